// The names page: every element, in English and Welsh, with the demo data renamed to the names a
// layout must hold. Built with DOM APIs and properties only: no markup is made from data.

/** Names a layout must hold, each used for organisations, domains, indicators and standards. */
const NAMES = [
  // The longest name of a real trust in data/real/ods-etr-trusts-2023.csv.
  'The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust',
  // 120 characters of words.
  'Hull University Teaching Hospitals, Northern Lincolnshire and Goole and Humber Teaching NHS Foundation Trust Partnership',
  // 120 characters with no space to break at.
  'YmddiriedolaethGwasanaethauIechydGwladolPrifysgolCaerdyddAFroMorgannwgArGyferPlantAPhoblIfancYnNgogleddCymruARhanbarthPo',
  // Welsh: a health board, an NHS trust, and the longest place name.
  'Bwrdd Iechyd Prifysgol Betsi Cadwaladr',
  'Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru',
  'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
  // Markup and a right-to-left override: shown as text, never run.
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\u202Egnp.exe',
];
const nameAt = (i) => NAMES[i % NAMES.length];

const data = '../data/';
const get = async (path) => {
  const response = await fetch(new URL(path, new URL(data, location.href)));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
};

const [framework, current, previous, benchmark, catalogue, organisations] = await Promise.all([
  get('frameworks/wgll/2024.1.json'),
  get('organisations/RX0/assessments/2024-25.json'),
  get('organisations/RX0/assessments/2023-24.json'),
  get('benchmarks/wgll/2024.1/demo-acute/2024-25.json'),
  get('index.json'),
  get('organisations/index.json'),
]);
const statement = await get('conformance/example-epr-demo/dtac.json');

framework.domains.forEach((domain, i) => (domain.name = nameAt(i)));
framework.indicators.forEach((indicator, i) => (indicator.name = nameAt(i + 3)));
benchmark.cohort.label = nameAt(1);
for (const assessment of [current, previous]) assessment.organisation.name = nameAt(0);

const standards = await Promise.all(
  catalogue.items
    .filter((item) => item.of === 'Standard')
    .map(async (item, i) => {
      const versions = await get(item.href);
      const standard = await get(item.href.replace(/index\.json$/, versions.items.at(-1).href));
      return { ...standard, name: nameAt(i) };
    }),
);
const cohort = (
  await Promise.all(
    organisations.items.map(async (item) => {
      const index = await get(`organisations/${item.id}/assessments/index.json`).catch(() => undefined);
      return index ? Promise.all(index.items.map((a) => get(`organisations/${item.id}/assessments/${a.href}`))) : [];
    }),
  )
).flat();

const statements = NAMES.map((name, i) => {
  const copy = structuredClone(statement);
  delete copy.signature;
  copy.id = `names-${i}`;
  copy.standard = { ...copy.standard, name };
  copy.subject = { ...copy.subject, name: nameAt(i + 1), product: { ...copy.subject.product, name: nameAt(i + 2) } };
  copy.issuer = { ...copy.issuer, name: nameAt(i + 3) };
  copy.scope = nameAt(i + 4);
  return copy;
});

const create = (tag, properties) => Object.assign(document.createElement(tag), properties);
for (const id of ['en-elements', 'cy-elements']) {
  const place = document.getElementById(id);
  place.replaceChildren(
    create('om-scorecard', { assessment: current, previous, framework, benchmark }),
    create('om-priority-checklist', { assessment: current, framework, limit: 7 }),
    ...statements.slice(0, 3).map((s) => create('om-conformance-badge', { statement: s, variant: 'card' })),
    create('div', {}),
  );
  place.lastElementChild.append(...statements.map((s) => create('om-conformance-badge', { statement: s })));
  place.after(create('om-standards-adoption', { assessments: cohort, standards, asOf: '2025-06-30' }));
  place.removeAttribute('aria-busy');
}
