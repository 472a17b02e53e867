import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Assessment, Standard } from '@openmaturity/core';
import type { AdoptionStage } from '@openmaturity/core/format';
import './define.js';
import type { OmStandardsAdoption } from './standards-adoption.js';
import { describeNode, expectNone, HOSTILE, text } from '../../test/fixtures.js';

const standard = (id: string, name: string, status: Standard['status'], mandatedFrom?: string): Standard => ({
  kind: 'Standard',
  schemaVersion: '1.0',
  id,
  version: '1.0',
  name,
  status,
  url: `https://standards.example/${id}`,
  ...(mandatedFrom ? { mandatedFrom } : {}),
});
const standards = [
  standard('fhir-uk-core', 'FHIR UK Core', 'active', '2025-04-01'),
  standard('future', 'Future Standard', 'draft', '2027-01-01'),
];
const CODES = ['RGT', 'R0A', 'RJ1', 'RYJ', 'RRK', 'RTH'];
const cohort = (
  stages: AdoptionStage[],
  period = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
): Assessment[] =>
  stages.map((stage, i) => ({
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: `${CODES[i]}-${period.id}`,
    organisation: { odsCode: CODES[i]! },
    framework: { id: 'wgll', version: '2024.1' },
    period,
    status: 'published',
    responses: [],
    standardsAdoption: [
      { standard: 'fhir-uk-core', stage, barriers: stage === 'live' ? [] : [{ code: 'supplier-readiness' }] },
      { standard: 'future', stage: 'planning' },
    ],
  }));

describe('om-standards-adoption', () => {
  const render = (assessments: unknown[], catalogue: unknown[] = standards) =>
    fixture<OmStandardsAdoption>(
      html`<om-standards-adoption
        as-of="2025-12-01"
        .assessments=${assessments}
        .standards=${catalogue}
      ></om-standards-adoption>`,
    );

  it('shows each standard’s stages as shares, its barriers, and the timelines at risk (by hand)', async () => {
    const el = await render(cohort(['live', 'live', 'planning', 'implementing', 'not-started', 'planning']));
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')][0]!;
    // 1 of 6 not started (17%), 2 planning (33%), 1 implementing (17%), 2 live (33%)
    expect(
      [...row.querySelectorAll('td.number')].map((td) => td.querySelector('.value')!.textContent!.trim()),
    ).to.deep.equal(['17%', '33%', '17%', '33%', '6']);
    expect(row.textContent).to.contain('Supplier readiness (4)');
    const signals = el.shadowRoot!.querySelector('[part="signals"]')!.textContent!;
    expect(signals).to.contain(
      'FHIR UK Core has been mandated since 1 April 2025, but only 33% of 6 organisations are live.',
    );
    expect(signals).to.contain('Future Standard is mandated from 1 January 2027 while it is still a draft.');
    await expect(el).to.be.accessible();
  });

  it('shows the change in the live share since the first period', async () => {
    const p1 = { id: '2023-24', start: '2023-04-01', end: '2024-03-31' };
    const el = await render([
      ...cohort(['live', 'planning', 'planning', 'planning', 'not-started'], p1),
      ...cohort(['live', 'live', 'live', 'planning', 'planning']),
    ]);
    expect(text(el)).to.contain('Change in live');
    expect(el.shadowRoot!.querySelector('tbody tr')!.textContent).to.contain('+40 points since 2023-24');
  });

  it('suppresses a cohort of fewer than 5: no shares, only how many responded', async () => {
    const el = await render(cohort(['live', 'planning', 'live']));
    expect(text(el)).to.contain('Too few responses to show (3)');
    expectNone(el.shadowRoot!, '.stack');
    expect(text(el)).not.to.contain('%');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const wrapper = await fixture(
      html`<div lang="cy">
        <om-standards-adoption
          as-of="2025-12-01"
          .assessments=${cohort(['live', 'live', 'planning', 'implementing', 'not-started'])}
          .standards=${standards}
        ></om-standards-adoption>
      </div>`,
    );
    const el = wrapper.querySelector('om-standards-adoption')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Mabwysiadu safonau');
    expect(text(el)).to.contain('Amserlenni mewn perygl');
  });

  it('reads documents from inline JSON', async () => {
    const el = await fixture<OmStandardsAdoption>(
      html`<om-standards-adoption as-of="2025-12-01">
        <script type="application/json">
          ${JSON.stringify(standards)}
        </script>
        <script type="application/json">
          ${JSON.stringify(cohort(['live', 'live', 'live', 'live', 'live']))}
        </script>
      </om-standards-adoption>`,
    );
    expect(el.shadowRoot!.querySelector('tbody td.number:nth-of-type(5)')?.textContent ?? text(el)).to.contain('100%');
  });

  it('renders hostile names as text, and an accessible error for invalid documents', async () => {
    const el = await render(cohort(['live', 'live', 'planning', 'implementing', 'not-started']), [
      standard('fhir-uk-core', HOSTILE, 'active'),
    ]);
    expectNone(el.shadowRoot!, 'img, script');
    expect(text(el)).to.contain(HOSTILE);
    const bad = await render([{ kind: 'Assessment', schemaVersion: '1.0' }]);
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('document 1');
    await expect(bad).to.be.accessible();
    const empty = await fixture<OmStandardsAdoption>(html`<om-standards-adoption></om-standards-adoption>`);
    expect(empty.shadowRoot!.querySelector('.empty')).to.exist;
  });

  // The corpus's valid summary: 6 trusts, FHIR UK Core 2 live of 6 (1 of 6 the year before), the draft suppressed.
  const CORPUS = '/packages/core/test/corpus/valid/standards-adoption-summary.json';
  const loaded = async (el: OmStandardsAdoption, what = '[part="table"], [role="alert"]') => {
    await waitUntil(() => !el.hasAttribute('aria-busy') && el.shadowRoot!.querySelector(what), 'loaded', {
      timeout: 5000,
    });
    return el;
  };

  it('reads a published StandardsAdoptionSummary by src, in one request, and shows it as it is (by hand)', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await loaded(
      await fixture<OmStandardsAdoption>(html`<om-standards-adoption src=${CORPUS}></om-standards-adoption>`),
    );
    expectNone(el.shadowRoot!, '[role="alert"]');
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((entry) => entry.name.endsWith('.json'));
    expect(requests.map((entry) => new URL(entry.name).pathname)).to.deep.equal([CORPUS]);
    expect(text(el)).to.contain('2024 to 2025 · 6 organisations');
    const [fhir, draft] = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    // 1 of 6 not started (17%), 2 planning (33%), 1 implementing (17%), 2 live (33%); live 1/6 -> 2/6.
    expect(
      [...fhir!.querySelectorAll('td.number')].map((td) => td.querySelector('.value')!.textContent!.trim()),
    ).to.deep.equal(['17%', '33%', '17%', '33%', '6']);
    expect(fhir!.textContent).to.contain('+17 points since 2023 to 2024');
    expect(fhir!.textContent).to.contain('Supplier readiness (4)');
    expect(draft!.textContent).to.contain('Too few responses to show (3)');
    // Judged as of the summary's own date, the end of its period: the mandate is a day away.
    const signals = el.shadowRoot!.querySelector('[part="signals"]')!.textContent!;
    expect(signals).to.contain('1 April 2025');
    expect(signals).to.contain(
      'Example interoperability standard is mandated from 1 January 2027 while it is still a draft.',
    );
    await expect(el).to.be.accessible();
  });

  it('judges a published summary’s timelines again at its as-of date', async () => {
    const el = await loaded(
      await fixture<OmStandardsAdoption>(
        html`<om-standards-adoption src=${CORPUS} as-of="2025-12-01"></om-standards-adoption>`,
      ),
    );
    expect(el.shadowRoot!.querySelector('[part="signals"]')!.textContent).to.contain(
      'FHIR UK Core (example) has been mandated since 1 April 2025, but only 33% of 6 organisations are live.',
    );
  });

  it('says which URL has nothing published, and which kind of document it found instead of a summary', async () => {
    const missing = await loaded(
      await fixture<OmStandardsAdoption>(
        html`<om-standards-adoption
          src="/packages/core/test/corpus/valid/no-such-summary.json"
        ></om-standards-adoption>`,
      ),
    );
    expect(missing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no-such-summary.json');
    await expect(missing).to.be.accessible();
    const wrong = await loaded(
      await fixture<OmStandardsAdoption>(
        html`<om-standards-adoption
          src="/packages/core/test/corpus/valid/standard-dcb0129.json"
        ></om-standards-adoption>`,
      ),
    );
    const alert = wrong.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('a Standard document, not the StandardsAdoptionSummary');
  });

  it('takes a summary as a property, and fits 320 px with a 500-character name', async () => {
    const summary = await (await fetch(CORPUS)).json();
    summary.standards[0].standard.name = 'Llanfairpwllgwyngyll '.repeat(24).slice(0, 500);
    const host = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><om-standards-adoption .summary=${summary}></om-standards-adoption></div>`,
    );
    const el = host.querySelector('om-standards-adoption')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Llanfairpwllgwyngyll');
    // The version is said as such, not run on after the name (the directory's versions are dates).
    const heading = el.shadowRoot!.querySelector('th[scope="row"]')!.textContent!.replace(/\s+/g, ' ');
    expect(heading).to.contain(`· version ${summary.standards[0].standard.version}`);
    expect(el.scrollWidth).to.be.at.most(320);
    const right = host.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      expect(node.getBoundingClientRect().right, describeNode(node)).to.be.at.most(right + 0.5);
    // Stacked as cards, the caption spans the table: as a table caption it shrank to its longest word.
    const caption = el.shadowRoot!.querySelector('caption')!.getBoundingClientRect();
    const table = el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
    expect(caption.width, 'caption width').to.be.closeTo(table.width, 1);
    // A summary whose figures contradict each other is refused, saying where.
    summary.standards[0].stages.live += 1;
    const bad = await fixture<OmStandardsAdoption>(
      html`<om-standards-adoption .summary=${summary}></om-standards-adoption>`,
    );
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('standards[0].responding');
  });

  it('keeps a dated version on one line, from the cards at 320 px to the table at 1280 px', async () => {
    // The Standards Directory's versions are dates. As a table, the name column may shrink to
    // its longest word (a name breaks anywhere), and then broke "2021-12-31" at its hyphens.
    const summary = await (await fetch(CORPUS)).json();
    /** The lines the version's text is laid out on, for each row: one top per line. */
    const versionLines = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('th[scope="row"]')].map((th) => {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf('2021-12-31');
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + '2021-12-31'.length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
        return 0;
      });
    // A short name leaves the column narrow; a long one, at 320 px, leaves the line little room.
    for (const name of ['SNOMED CT', 'Llanfairpwllgwyngyll '.repeat(24).slice(0, 500)])
      for (const lang of ['en', 'cy'])
        for (const width of [320, 375, 800, 1000, 1280]) {
          for (const s of summary.standards) {
            s.standard.version = '2021-12-31';
            s.standard.name = name;
          }
          const host = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px">
              <om-standards-adoption lang=${lang} .summary=${summary}></om-standards-adoption>
            </div>`,
          );
          const el = host.querySelector('om-standards-adoption')!;
          await el.updateComplete;
          const lines = versionLines(el);
          expect(lines, `${name.slice(0, 12)}, ${lang} at ${width} px: the lines of each row's version`).to.deep.equal(
            summary.standards.map(() => 1),
          );
          // And the layout still holds: nothing wider than the element, nothing to scroll.
          expect(el.scrollWidth, `${lang} at ${width} px`).to.be.at.most(width);
          const wrapper = el.shadowRoot!.querySelector('.table-wrapper')!;
          expect(wrapper.scrollWidth, `${lang} at ${width} px: the table's region`).to.be.at.most(wrapper.clientWidth);
          const right = host.getBoundingClientRect().right;
          for (const node of el.shadowRoot!.querySelectorAll('*'))
            expect(node.getBoundingClientRect().right, describeNode(node)).to.be.at.most(right + 0.5);
        }
  });

  it('reads a published tree through the full client, loaded only then: its latest adoption summary, a cohort of one', async () => {
    const server = ((await (await fetch('/__client-test-server')).json()) as { url: string }).url;
    const el = await fixture<OmStandardsAdoption>(
      html`<om-standards-adoption src=${`${server}/adoption-${Date.now()}/tree/index.json`}></om-standards-adoption>`,
    );
    await waitUntil(
      () => !el.hasAttribute('aria-busy') && el.shadowRoot!.querySelector('[part="base"] > *'),
      'loaded',
      { timeout: 5000 },
    );
    expectNone(el.shadowRoot!, '[role="alert"]');
    expect(text(el)).to.contain('1 organisation');
    await expect(el).to.be.accessible();
  });
});
