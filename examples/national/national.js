// The national page. The figures are the library's own: `openmaturity publish` summarises the
// statements that scripts/examples/national.ts prepares into ConformanceSummary documents, with
// the trusts' change since 2020/21 from `--since`; each picture reads its document by its `src`, one request
// per picture; the demo cohort's standards adoption too, from the StandardsAdoptionSummary that
// publish writes (one request, instead of one per trust). The 32,000-row list (about 640 kB)
// loads when a reader asks for it, so the first view stays small.

const bySector = document.querySelector('#by-sector');
const byRegion = document.querySelector('#by-region');

/** Replaces a placeholder (its button and link) with the element, once. */
const reveal = (place, element) => {
  place.replaceChildren(element);
  return element;
};

let list;
const showList = () =>
  (list ??= (async () => {
    const place = document.querySelector('#list-place');
    place.setAttribute('aria-busy', 'true');
    place.querySelector('button').textContent = 'Loading every organisation…';
    const { statements } = await (await fetch('../data/national/dspt-2019.json')).json();
    const element = document.createElement('om-statement-list');
    element.by = 'sector';
    element.statements = statements;
    place.removeAttribute('aria-busy');
    return reveal(place, element);
  })());
document.querySelector('#show-list').addEventListener('click', showList);

// Choosing a cohort in a picture shows its organisations in the list.
for (const summary of [bySector, byRegion]) {
  summary.addEventListener('om-cohort-select', async (event) => {
    const shown = await showList();
    shown.by = event.detail.by;
    shown.cohort = event.detail.cohort?.id;
    if (event.detail.cohort) document.querySelector('#list-heading').scrollIntoView();
  });
}
