// The national page: real DSPT statuses of every trust, grouped by region, with filters.
// Built with DOM APIs and textContent only: no markup is ever made from data.

const element = (tag, properties = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

const badge = (statement) => {
  const node = document.createElement('om-conformance-badge');
  node.statement = statement;
  return node;
};

const data = await (await fetch('../data/national.json')).json();
const regionOf = new Map(data.organisations.map((o) => [o.odsCode, o.region?.name ?? 'Region not known']));
const nameOf = new Map(data.organisations.map((o) => [o.odsCode, o.displayName ?? o.name]));

// Counts per status, in the portal's own words.
const count = (statements) =>
  statements.reduce((map, s) => map.set(s.statusDetail, (map.get(s.statusDetail) ?? 0) + 1), new Map());
const trustCounts = count(data.trusts);
const icbCounts = count(data.icbs);
const statuses = [...new Set([...trustCounts.keys(), ...icbCounts.keys()])].sort();
document
  .querySelector('#counts')
  .append(
    ...statuses.map((status) =>
      element('tr', {}, [
        element('th', { scope: 'row', textContent: status }),
        element('td', { className: 'number', textContent: String(trustCounts.get(status) ?? 0) }),
        element('td', { className: 'number', textContent: String(icbCounts.get(status) ?? 0) }),
      ]),
    ),
    element('tr', {}, [
      element('th', { scope: 'row', textContent: 'All' }),
      element('td', { className: 'number', textContent: String(data.trusts.length) }),
      element('td', { className: 'number', textContent: String(data.icbs.length) }),
    ]),
  );

const statusFilter = document.querySelector('#status-filter');
statusFilter.append(...statuses.map((status) => element('option', { value: status, textContent: status })));
const nameFilter = document.querySelector('#name-filter');

const rows = data.trusts.map((statement) => {
  const code = statement.subject.odsCode;
  const name = nameOf.get(code) ?? statement.subject.name;
  const row = element('li', {}, [element('span', { textContent: `${name} (${code})` }), badge(statement)]);
  return { statement, region: regionOf.get(code) ?? 'Region not known', name, row };
});

const regions = document.querySelector('#regions');
const byRegion = Map.groupBy
  ? Map.groupBy(rows, (r) => r.region)
  : rows.reduce((m, r) => m.set(r.region, [...(m.get(r.region) ?? []), r]), new Map());
const sections = [...byRegion.keys()].sort().map((region) => {
  const heading = element('h3', { textContent: region });
  const list = element(
    'ul',
    { className: 'organisations' },
    byRegion.get(region).map((r) => r.row),
  );
  return { region, section: element('section', {}, [heading, list]), entries: byRegion.get(region) };
});
regions.replaceChildren(...sections.map((s) => s.section));
regions.removeAttribute('aria-busy');

const apply = () => {
  const status = statusFilter.value;
  const text = nameFilter.value.trim().toLowerCase();
  let shown = 0;
  for (const { section, entries } of sections) {
    let inSection = 0;
    for (const entry of entries) {
      const visible =
        (!status || entry.statement.statusDetail === status) && (!text || entry.name.toLowerCase().includes(text));
      entry.row.hidden = !visible;
      inSection += visible ? 1 : 0;
    }
    section.hidden = inSection === 0;
    shown += inSection;
  }
  document.querySelector('#shown').textContent = `Showing ${shown} of ${rows.length} trusts`;
};
statusFilter.addEventListener('change', apply);
nameFilter.addEventListener('input', apply);
document.querySelector('#filters').addEventListener('submit', (event) => event.preventDefault());
apply();

document
  .querySelector('#icbs')
  .append(
    ...data.icbs.map((statement) =>
      element('li', {}, [element('span', { textContent: statement.subject.name }), badge(statement)]),
    ),
  );
