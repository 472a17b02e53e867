import { expect, fixture, html } from '@open-wc/testing';
import type { Assessment, Benchmark, Framework } from '@openmaturity/core';
import './define.js';
import type { OmBenchmarkChart } from './benchmark-chart.js';
import { HOSTILE, text } from '../../test/fixtures.js';
import { assessmentOf, smallFramework } from '../../../core/test/helpers.js';

const framework: Framework = smallFramework({
  id: 'tiny',
  name: 'Tiny framework',
  domains: [
    { id: 'alpha', name: 'Alpha' },
    { id: 'beta', name: 'Beta' },
  ],
  indicators: [
    { id: 'a1', domain: 'alpha', name: 'A one', measure: { type: 'level' }, weight: 1, tier: 'foundation' },
    { id: 'a2', domain: 'alpha', name: 'A two', measure: { type: 'yes-no' }, weight: 1, tier: 'core' },
    { id: 'b1', domain: 'beta', name: 'B one', measure: { type: 'level' }, weight: 1, tier: 'core' },
  ],
});

const period = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' };
// a1 = 4 -> 75, a2 = yes -> 100: Alpha 87.5; b1 = 2 -> 25: Beta 25; overall (75 + 100 + 25) / 3 = 66.7.
const assessment: Assessment = assessmentOf(
  framework,
  [
    { indicator: 'a1', value: 4 },
    { indicator: 'a2', value: true },
    { indicator: 'b1', value: 2 },
  ],
  { organisation: { odsCode: 'RX0', name: 'Demo Valley NHS Trust' }, period },
);

const benchmark: Benchmark = {
  kind: 'Benchmark',
  schemaVersion: '1.0',
  id: 'tiny-acute',
  framework: { id: 'tiny', version: '1' },
  period,
  cohort: { id: 'acute', label: 'Acute trusts' },
  computed: '2025-05-01T00:00:00Z',
  overall: { count: 12, min: 10, lowerQuartile: 40, median: 60, upperQuartile: 70, max: 95 },
  domains: [
    { domain: 'alpha', count: 12, min: 0, lowerQuartile: 30, median: 50, upperQuartile: 80, max: 85 },
    { domain: 'beta', count: 3, suppressed: true },
  ],
};

/** A cell's value, without the heading it shows when rows stack at narrow widths. */
const cellValue = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('cell-heading')))
    .map((n) => n.textContent)
    .join('')
    .trim();

const render = (lang = 'en', props: Partial<{ benchmark: unknown; assessment: unknown }> = {}) =>
  fixture<OmBenchmarkChart>(
    html`<om-benchmark-chart
      lang=${lang}
      .framework=${framework}
      .assessment=${props.assessment ?? assessment}
      .benchmark=${'benchmark' in props ? props.benchmark : benchmark}
    ></om-benchmark-chart>`,
  );

const words = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.row .words')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('om-benchmark-chart', () => {
  it('places the organisation in its cohort in words, worked out by hand', async () => {
    const el = await render();
    expect(words(el)).to.deep.equal([
      'Overall: Score 66.7, above the median, in the middle half. Cohort median 60, middle half 40 to 70, range 10 to 95, 12 organisations.',
      'Alpha: Score 87.5, in the highest quarter of the cohort. Cohort median 50, middle half 30 to 80, range 0 to 85, 12 organisations.',
      'Beta: Score 25. Cohort too small to compare.',
    ]);
    expect(text(el)).to.contain('Against Acute trusts');
  });

  it('draws the range, the middle half, the median and the mark where the figures say', async () => {
    const el = await render();
    const alpha = el.shadowRoot!.querySelectorAll('.row .picture')[1]!;
    expect(alpha.getAttribute('role')).to.equal('img');
    expect(el.shadowRoot!.getElementById(alpha.getAttribute('aria-labelledby')!)!.textContent).to.contain('Alpha');
    const attr = (selector: string, name: string) => alpha.querySelector(selector)!.getAttribute(name);
    expect([attr('.range', 'x'), attr('.range', 'width')]).to.deep.equal(['0%', '85%']);
    expect([attr('.box', 'x'), attr('.box', 'width')]).to.deep.equal(['30%', '50%']);
    expect(attr('.median', 'x')).to.equal('50%');
    expect(alpha.querySelector('.mark')!.closest('svg')!.getAttribute('x')).to.equal('87.5%');
    // A suppressed cohort draws no distribution, only the organisation's mark.
    const beta = el.shadowRoot!.querySelectorAll('.row .picture')[2]!;
    expect(beta.querySelector('.box, .median, .range')).to.equal(null);
    expect(beta.querySelector('.mark')!.closest('svg')!.getAttribute('x')).to.equal('25%');
  });

  it('gives the same figures as a table', async () => {
    const el = await render();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map(cellValue),
    );
    expect(rows).to.deep.equal([
      ['Overall', '66.7', '60', '40', '70', '10', '95', '12'],
      ['Alpha', '87.5', '50', '30', '80', '0', '85', '12'],
      ['Beta', '25', '–', '–', '–', '–', '–', '3'],
    ]);
  });

  it('shows the scores alone, and says so, without a benchmark', async () => {
    const el = await render('en', { benchmark: undefined });
    expect(text(el)).to.contain('No cohort benchmark was given');
    expect(words(el)[1]).to.equal('Alpha: Score 87.5.');
  });

  it('speaks Welsh', async () => {
    const el = await render('cy');
    const t = text(el);
    expect(words(el)[1]).to.equal(
      'Alpha: Sgôr 87.5, yn chwarter uchaf y garfan. Canolrif y garfan 50, hanner canol 30 i 80, ystod 0 i 85, 12 sefydliad.',
    );
    for (const english of ['Score', 'quarter', 'median', 'Against', 'organisations', 'Overall'])
      expect(t, english).not.to.contain(english);
  });

  it('shows a hostile organisation name as text', async () => {
    const el = await render('en', { assessment: { ...assessment, organisation: { odsCode: 'RX0', name: HOSTILE } } });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(HOSTILE);
  });

  it('names the document and the path when the benchmark is not valid', async () => {
    const el = await render('en', { benchmark: { ...benchmark, overall: { count: -1 } } });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('benchmark');
    expect(alert.textContent).to.contain('overall.count');
  });

  it('is accessible in English and Welsh, with the table shown', async () => {
    for (const lang of ['en', 'cy']) {
      const el = await render(lang);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
