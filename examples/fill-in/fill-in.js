// The fill-in page: the editor shows each related standard's status (a draft says so) once the
// standards it names are read from the publishing layout; and the page says how many answers are in.
const editor = document.querySelector('om-assessment-editor');
const status = document.querySelector('#status');
const standardsBase = new URL('../data/standards/', location.href);

/** The latest version of a standard: its index names it, and the index's item gives the file. */
async function latestStandard(id) {
  const folder = new URL(`${encodeURIComponent(id)}/`, standardsBase);
  const index = await fetch(new URL('index.json', folder)).then((response) =>
    response.ok ? response.json() : undefined,
  );
  const href = index?.items?.find((item) => item.id === index.latest)?.href;
  if (!href) return undefined;
  return fetch(new URL(href, folder)).then((response) => (response.ok ? response.json() : undefined));
}

async function standardsOf(framework) {
  const ids = [...new Set(framework.indicators.flatMap((indicator) => indicator.standards ?? []))];
  const read = await Promise.all(ids.map((id) => latestStandard(id).catch(() => undefined)));
  return read.filter(Boolean);
}

let asked = false;
editor.addEventListener('om-assessment-change', async (event) => {
  const { assessment, issues } = event.detail;
  const answered = assessment.responses.filter((response) => response.value !== null).length;
  status.textContent = `${answered} of ${assessment.responses.length} indicators answered; ${
    issues.length === 0 ? 'no problems' : `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix`
  }.`;
  if (asked) return;
  asked = true;
  const framework = await fetch(editor.getAttribute('framework-src')).then((response) => response.json());
  editor.standards = await standardsOf(framework);
});
