// The fill-in page: the editor shows each related standard's status (a draft says so) once the
// standards it names are read from the publishing layout; and the page says how many answers are in.
const editor = document.querySelector('om-assessment-editor');
const status = document.querySelector('#status');
const catalogueUrl = new URL('../data/index.json', location.href);
const json = (url) => fetch(url).then((response) => (response.ok ? response.json() : undefined));

/**
 * The latest version of a standard: the catalogue gives the href of the standard's index (by
 * the standard's id, so the page needs no copy of the layout's rules), the index names the latest.
 */
async function latestStandard(catalogue, id) {
  const listed = catalogue?.items?.find((item) => item.of === 'Standard' && item.id === id);
  if (!listed) return undefined;
  const folder = new URL(listed.href, catalogueUrl);
  const index = await json(folder);
  const href = index?.items?.find((item) => item.id === index.latest)?.href;
  return href ? json(new URL(href, folder)) : undefined;
}

async function standardsOf(framework) {
  const ids = [...new Set(framework.indicators.flatMap((indicator) => indicator.standards ?? []))];
  const catalogue = await json(catalogueUrl).catch(() => undefined);
  const read = await Promise.all(ids.map((id) => latestStandard(catalogue, id).catch(() => undefined)));
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
