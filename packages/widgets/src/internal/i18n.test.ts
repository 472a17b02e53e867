// Every word the elements show, in both languages: each message has an English and a Welsh
// form, and each element rendered in Welsh shows none of our own English words (data aside).
import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment, Benchmark, ConformanceStatement, Framework, Standard } from '@openmaturity/core';
import '../conformance-badge/define.js';
import '../priority-checklist/define.js';
import '../scorecard/define.js';
import '../standards-adoption/define.js';
import { messagesFor, wordsReady } from './i18n-all.js';
import { smallAssessment, smallFramework } from '../../../core/test/helpers.js';

/** Every leaf of a messages object, by its path: strings as they are, functions called with markers. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(value.length, 1) }, (_, i) => `⟦${i}⟧`);
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}

await wordsReady('cy');
const en = new Map(leaves(messagesFor('en')));
const cy = new Map(leaves(messagesFor('cy')));

/** The English words of a message: its text between the markers, runs of 4 letters or more. */
const englishFragments = () => {
  const fragments = new Set<string>();
  for (const [path, english] of en) {
    if (english === cy.get(path)) continue;
    for (const part of english.split(/⟦\d⟧/)) {
      const trimmed = part.replace(/^[\s:.,·()"“”'’×-]+|[\s:.,·()"“”'’×-]+$/g, '');
      if (/\p{L}{4,}/u.test(trimmed)) fragments.add(trimmed);
    }
  }
  return [...fragments];
};

describe('messages in English and Welsh', () => {
  it('has a Welsh form for every English message and nothing more', () => {
    expect([...cy.keys()].sort()).to.deep.equal([...en.keys()].sort());
    for (const [path, welsh] of cy) expect(welsh.trim(), `${path} in Welsh`).to.not.equal('');
  });

  it('translates each message: a Welsh form is not the English one', () => {
    // Words both languages spell alike; messages made only of their parts have no words.
    const alike = new Set(['charts.groupings.sector']);
    const same = [...cy]
      .filter(([path, welsh]) => welsh === en.get(path) && !alike.has(path))
      .filter(([, welsh]) => /\p{L}{2,}/u.test(welsh.replace(/⟦\d⟧/g, '')))
      .map(([path]) => path);
    expect(same, 'messages whose Welsh form is the English one').to.deep.equal([]);
  });
});

// Data written in Welsh, so that no English on the page can come from it.
const framework: Framework = smallFramework({
  name: 'Fframwaith prawf',
  scale: { min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Lefel ${value}` })) },
  domains: [
    { id: 'infra', name: 'Rhwydweithiau' },
    { id: 'people', name: 'Pobl' },
  ],
  indicators: smallFramework().indicators.map((i) => ({ ...i, name: `Dangosydd ${i.id}` })),
});
const assessment: Assessment = smallAssessment({
  organisation: { odsCode: 'RGT', name: 'Ymddiriedolaeth GIG' },
  responses: [
    { indicator: 'wifi', value: 4, barriers: [{ code: 'funding', note: 'Dim arian' }] },
    { indicator: 'epr', value: false },
    { indicator: 'skills', value: 62.5 },
    { indicator: 'ai', value: null },
  ],
  localPriorities: [{ indicator: 'wifi', weight: 1.5, reason: 'Cwynion gan y wardiau' }],
} as Partial<Assessment>);
const previous: Assessment = smallAssessment({
  id: 'rgt-2023-24',
  period: { id: '2023-24', start: '2023-04-01', end: '2024-03-31' },
  responses: [{ indicator: 'wifi', value: 2 }],
});
const benchmark: Benchmark = {
  kind: 'Benchmark',
  schemaVersion: '1.0',
  id: 'b',
  framework: { id: 'test-fw', version: '1' },
  period: { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
  cohort: { id: 'c', label: 'Carfan' },
  computed: '2025-05-01T00:00:00Z',
  overall: { count: 24, min: 20, lowerQuartile: 38, median: 51, upperQuartile: 63, max: 82 },
  domains: ['infra', 'people'].map((domain) => ({
    domain,
    count: 24,
    min: 20,
    lowerQuartile: 38,
    median: 51,
    upperQuartile: 63,
    max: 82,
  })),
};
const statement = (status: ConformanceStatement['status']): ConformanceStatement => ({
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: `s-${status}`,
  subject: { type: 'organisation', name: 'Bwrdd Iechyd', odsCode: 'RGT' },
  standard: { id: 'safon', version: '1', name: 'Safon' },
  status,
  scope: 'Y cyfan',
  issuer: { id: 'https://cyhoeddwr.example/', name: 'Cyhoeddwr' },
  issued: '2024-01-01',
  expires: '2099-01-01',
  evidence: [{ url: 'https://cyhoeddwr.example/tystiolaeth' }],
});
const standards: Standard[] = [
  {
    kind: 'Standard',
    schemaVersion: '1.0',
    id: 'safon',
    version: '1',
    name: 'Safon',
    status: 'active',
    url: 'https://safonau.example/safon',
    mandatedFrom: '2025-04-01',
  },
];
const cohort = (period: Assessment['period']): Assessment[] =>
  ['RGT', 'R0A', 'RJ1', 'RYJ', 'RRK', 'RTH'].map((odsCode, i) => ({
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: `${odsCode}-${period.id}`,
    organisation: { odsCode },
    framework: { id: 'test-fw', version: '1' },
    period,
    status: 'published',
    responses: [],
    standardsAdoption: [
      {
        standard: 'safon',
        stage: i < 2 ? 'live' : i < 4 ? 'implementing' : 'planning',
        barriers: i < 2 ? [] : [{ code: 'supplier-readiness' }],
      },
    ],
  }));

const shadowText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const ariaText = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');

describe('each element in Welsh', () => {
  const fragments = englishFragments();

  const expectNoEnglish = (el: Element, what: string) => {
    const shown = `${shadowText(el)} ${ariaText(el)}`;
    const english = fragments.filter((f) => shown.includes(f));
    expect(english, `English words in ${what} rendered in Welsh: "${shown.slice(0, 300)}"`).to.deep.equal([]);
  };

  it('the scorecard, with last year and a cohort', async () => {
    const el = await fixture(
      html`<div lang="cy">
        <om-scorecard .assessment=${assessment} .framework=${framework} .previous=${previous} .benchmark=${benchmark}>
        </om-scorecard>
      </div>`,
    );
    const card = el.querySelector('om-scorecard')!;
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Sgôr');
    expectNoEnglish(card, 'the scorecard');
  });

  it('the checklist, with a local priority and a blocked step', async () => {
    const el = await fixture(
      html`<div lang="cy">
        <om-priority-checklist .assessment=${assessment} .framework=${framework}></om-priority-checklist>
      </div>`,
    );
    const list = el.querySelector('om-priority-checklist')!;
    await list.updateComplete;
    expectNoEnglish(list, 'the checklist');
  });

  it('the badge, as a pill and a card, in every status', async () => {
    for (const status of ['conformant', 'partially-conformant', 'not-conformant', 'in-progress', 'withdrawn'] as const)
      for (const variant of ['pill', 'card']) {
        const el = await fixture(
          html`<div lang="cy">
            <om-conformance-badge variant=${variant} .statement=${statement(status)}></om-conformance-badge>
          </div>`,
        );
        const badge = el.querySelector('om-conformance-badge')!;
        await badge.updateComplete;
        expect(shadowText(badge)).to.contain('Tystiolaeth');
        expectNoEnglish(badge, `the ${status} ${variant}`);
      }
  });

  it('the standards adoption table, with a change since last year', async () => {
    const el = await fixture(
      html`<div lang="cy">
        <om-standards-adoption
          as-of="2025-12-01"
          .assessments=${[
            ...cohort({ id: '2024-25', start: '2024-04-01', end: '2025-03-31' }),
            ...cohort({ id: '2023-24', start: '2023-04-01', end: '2024-03-31' }),
          ]}
          .standards=${standards}
        ></om-standards-adoption>
      </div>`,
    );
    const table = el.querySelector('om-standards-adoption')!;
    await table.updateComplete;
    expectNoEnglish(table, 'the standards adoption table');
  });

  it('the error state', async () => {
    const el = await fixture(
      html`<div lang="cy">
        <om-scorecard .assessment=${{ kind: 'Assessment' }} .framework=${framework}></om-scorecard>
      </div>`,
    );
    const card = el.querySelector('om-scorecard')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expectNoEnglish(card, 'the error state');
  });
});
