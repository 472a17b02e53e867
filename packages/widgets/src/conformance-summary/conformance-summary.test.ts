import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConformanceStatement, ConformanceStatus, Organisation } from '@openmaturity/core';
import './define.js';
import type { CohortSelectDetail, OmConformanceSummary } from './conformance-summary.js';
import { HOSTILE, text } from '../../test/fixtures.js';

const LONDON = { code: 'Y56', name: 'London' };
const MIDLANDS = { code: 'Y60', name: 'Midlands' };

const organisation = (odsCode: string, name: string, region: { code: string; name: string }): Organisation => ({
  kind: 'Organisation',
  schemaVersion: '1.0',
  odsCode,
  name,
  type: 'acute-trust',
  region,
});

const statement = (
  odsCode: string,
  status: ConformanceStatus,
  statusDetail: string,
  issued = '2023-06-30',
): ConformanceStatement => ({
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: `dspt-${odsCode}-${issued}`,
  subject: { type: 'organisation', name: `Trust ${odsCode}`, odsCode },
  standard: { id: 'dspt', version: issued.slice(0, 4), name: 'Data Security and Protection Toolkit' },
  status,
  statusDetail,
  issuer: { id: 'https://www.dsptoolkit.nhs.uk', name: 'DSPT' },
  issued,
  expires: '2024-06-30',
  source: { title: 'DSPT', url: 'https://www.dsptoolkit.nhs.uk/', retrieved: `${issued.slice(0, 4)}-11-16` },
});

// London: 7 trusts, Midlands: 2 (too few to show, under the minimum of 5).
const organisations = [
  ...['RA1', 'RA2', 'RA3', 'RA4', 'RA5', 'RA6', 'RA7'].map((c) => organisation(c, `Trust ${c}`, LONDON)),
  organisation('RB1', 'Trust RB1', MIDLANDS),
  organisation('RB2', 'Trust RB2', MIDLANDS),
];
const latest = [
  statement('RA1', 'conformant', '22/23 Standards Met'),
  statement('RA2', 'conformant', '22/23 Standards Met'),
  statement('RA3', 'conformant', '22/23 Standards Exceeded'),
  statement('RA4', 'conformant', '22/23 Standards Met'),
  statement('RA5', 'partially-conformant', '22/23 Approaching Standards'),
  statement('RA6', 'partially-conformant', '22/23 Approaching Standards'),
  statement('RA7', 'not-conformant', 'Not Published'),
  statement('RB1', 'conformant', '22/23 Standards Met'),
  statement('RB2', 'not-conformant', 'Not Published'),
];
// Two years before: RA5 was conformant (worsened), RA7 partially (worsened), RA1 partially (improved).
const earlier = latest.map((s) => {
  const was: Record<string, ConformanceStatus> = {
    RA1: 'partially-conformant',
    RA5: 'conformant',
    RA7: 'partially-conformant',
  };
  const code = s.subject.odsCode!;
  return statement(code, was[code] ?? s.status, was[code] ?? s.statusDetail ?? '', '2021-06-30');
});

/** A cell's value, without the heading it shows when rows stack at narrow widths. */
const cellValue = (cell: Element) =>
  [...cell.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('cell-heading')))
    .map((n) => n.textContent)
    .join('')
    .trim();

const render = (props: { previous?: unknown[]; by?: string; lang?: string } = {}) =>
  fixture<OmConformanceSummary>(
    html`<om-conformance-summary
      lang=${props.lang ?? 'en'}
      by=${props.by ?? 'region'}
      .statements=${latest}
      .organisations=${organisations}
      .previous=${props.previous}
    ></om-conformance-summary>`,
  );

const words = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.cohort > .words')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('om-conformance-summary', () => {
  it('says each cohort’s counts and shares in words, worked out by hand', async () => {
    const el = await render();
    expect(words(el)).to.deep.equal([
      // 9 organisations: 5 conformant (56%), 2 partially (22%), 2 not (22%).
      'All organisations: 9 organisations. Conformant 5 (56%), Partially conformant 2 (22%), Not conformant 2 (22%).',
      // London, 7: 4 (57%), 2 (29%), 1 (14%).
      'London: 7 organisations. Conformant 4 (57%), Partially conformant 2 (29%), Not conformant 1 (14%).',
    ]);
    expect(text(el)).to.contain('Midlands');
    expect(text(el)).to.contain('Too few organisations to show figures (2)');
    expect(text(el)).to.contain('As of 16 November 2023, by region');
  });

  it('keeps “Standards Exceeded” apart from “Standards Met” in the published words', async () => {
    const el = await render();
    const london = [...el.shadowRoot!.querySelectorAll('.cohort')][1]!;
    const published = london.querySelector('.published')!.textContent!.replace(/\s+/g, ' ');
    expect(published).to.contain('Standards Met 3 (43%)');
    expect(published).to.contain('Standards Exceeded 1 (14%)');
  });

  it('draws a stacked bar whose segments are the shares, each in its own pattern, named by the words', async () => {
    const el = await render();
    const picture = el.shadowRoot!.querySelectorAll('.cohort .picture')[1]!;
    expect(picture.getAttribute('role')).to.equal('img');
    const label = el.shadowRoot!.getElementById(picture.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.contain('London: 7 organisations.');
    const widths = [...picture.querySelectorAll('rect.segment')].map((r) => [
      r.getAttribute('fill'),
      parseFloat(r.getAttribute('width')!).toFixed(1),
    ]);
    expect(widths).to.deep.equal([
      ['url(#om-pattern-conformant)', '57.1'],
      ['url(#om-pattern-partially-conformant)', '28.6'],
      ['url(#om-pattern-not-conformant)', '14.3'],
    ]);
    // Every pattern the bars use is defined once in the element.
    for (const [fill] of widths) expect(el.shadowRoot!.querySelector(fill!.slice(4, -1))).to.exist;
  });

  it('shows the change since the earlier snapshot: improved, worsened, unchanged, by hand', async () => {
    const el = await render({ previous: earlier });
    const overall = el.shadowRoot!.querySelector('.cohort .change')!;
    // RA1 partially -> conformant (improved); RA5 conformant -> partially and RA7 partially -> not (worsened).
    expect(overall.textContent!.replace(/\s+/g, ' ')).to.contain('1 improved, 2 worsened, 6 unchanged, 0 other');
    expect(overall.textContent).to.contain('Change since 16 November 2021');
    const then = el.shadowRoot!.getElementById('cohort-overall-then')!.textContent!.replace(/\s+/g, ' ');
    // Then: RA1 P, RA2 C, RA3 C, RA4 C, RA5 C, RA6 P, RA7 P, RB1 C, RB2 N -> 5 C, 3 P, 1 N.
    expect(then).to.equal('Then: Conformant 5 (56%), Partially conformant 3 (33%), Not conformant 1 (11%)');
  });

  it('tells the page which cohort was chosen, and again when the choice is cleared', async () => {
    const el = await render();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.select')!;
    expect(button.textContent!.trim()).to.equal('Show the organisations of London');
    setTimeout(() => button.click());
    const chosen = await oneEvent(el, 'om-cohort-select');
    expect((chosen as CustomEvent<CohortSelectDetail>).detail).to.deep.equal({
      by: 'region',
      cohort: { id: 'Y56', label: 'London' },
    });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.selected).to.equal('Y56');
    setTimeout(() => button.click());
    const cleared = await oneEvent(el, 'om-cohort-select');
    expect((cleared as CustomEvent<CohortSelectDetail>).detail.cohort).to.equal(undefined);
  });

  it('gives the same figures as a table, and toggles it on screen', async () => {
    const el = await render();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map(cellValue),
    );
    expect(rows[1]).to.deep.equal(['London', '7', '4 (57%)', '2 (29%)', '1 (14%)', '0 (0%)', '0 (0%)', '0']);
    expect(rows[2]![0]).to.equal('Midlands');
    expect(rows[2]![2]).to.equal('Too few organisations to show figures (2)');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.getElementById('figures')!.className).to.equal('');
  });

  it('speaks Welsh', async () => {
    const el = await render({ lang: 'cy', previous: earlier });
    const t = text(el);
    expect(words(el)[1]).to.equal(
      'London: 7 sefydliad. Yn cydymffurfio 4 (57%), Yn cydymffurfio’n rhannol 2 (29%), Ddim yn cydymffurfio 1 (14%).',
    );
    expect(t).to.contain('Rhy ychydig o sefydliadau i ddangos ffigurau (2)');
    expect(t).to.contain('1 wedi gwella, 2 wedi gwaethygu, 6 heb newid, 0 arall');
    expect(t).to.contain('Dangos sefydliadau London');
    for (const english of ['organisations', 'improved', 'Too few', 'Show the', 'As of', 'Conformant'])
      expect(t, english).not.to.contain(english);
  });

  it('groups the digits of counts as each language writes them, in the heading, the words and the notes', async () => {
    // The 2019 publication's size: a count of five digits must read "31,968", not "31968".
    const cohort = (id: string, label: string, organisations: number, suppressed = false) => ({
      cohort: { id, label },
      organisations,
      suppressed,
      ...(suppressed
        ? {}
        : {
            statuses: [
              { status: 'conformant' as const, count: organisations - 1200, share: 0.96 },
              { status: 'not-conformant' as const, count: 1200, share: 0.04 },
            ],
            wordings: [],
            expired: 1234,
          }),
    });
    const summary = {
      standard: { id: 'dspt' },
      asOf: '2019-06-17',
      by: 'sector',
      overall: cohort('all', 'All organisations', 31968),
      cohorts: [cohort('gp', 'GP', 6789), cohort('x', 'Tiny', 3, true)],
      notCounted: { issuedLater: 0, superseded: 0, filteredOut: 0 },
    };
    for (const [lang, organisations, expired] of [
      ['en', '31,968 organisations', '1,234 expired by this date'],
      ['cy', '31,968 sefydliad', '1,234 wedi dod i ben erbyn y dyddiad hwn'],
    ] as const) {
      const el = await fixture<OmConformanceSummary>(
        html`<om-conformance-summary lang=${lang} .summary=${summary}></om-conformance-summary>`,
      );
      const heading = el.shadowRoot!.querySelector('.cohort h3 .count')!.textContent!;
      expect(heading).to.equal(`(${organisations})`);
      expect(words(el)[0]).to.contain(organisations);
      expect(words(el)[0]).to.contain('30,768 (96%)');
      expect(text(el)).to.contain(expired);
    }
  });

  it('reads a published ConformanceSummary from src on a real server, in one request, change included', async () => {
    const server = ((await (await fetch('/__client-test-server')).json()) as { url: string }).url;
    const base = `${server}/summary-${Date.now()}/tree/`;
    // The fixture tree holds this test's cohort, summarised by the engine and published as a document.
    const el = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary src=${`${base}summaries/dspt/region/2023-11-16.json`}></om-conformance-summary>`,
    );
    await waitUntil(() => !el.hasAttribute('aria-busy') && el.shadowRoot!.querySelector('.cohort'), 'loaded');
    expect(words(el)).to.deep.equal([
      'All organisations: 9 organisations. Conformant 5 (56%), Partially conformant 2 (22%), Not conformant 2 (22%).',
      'London: 7 organisations. Conformant 4 (57%), Partially conformant 2 (29%), Not conformant 1 (14%).',
    ]);
    expect(text(el)).to.contain('1 improved, 2 worsened, 6 unchanged, 0 other');
    expect(text(el)).to.contain('As of 16 November 2023, by region');
    await expect(el).to.be.accessible();

    // Another kind at that address is refused, naming it; nothing published there is said so.
    const wrong = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary src=${`${base}conformance/RGT/dspt.json`}></om-conformance-summary>`,
    );
    await waitUntil(() => wrong.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(wrong.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('ConformanceStatement');
    const missing = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary src=${`${base}summaries/dspt/region/1999-01-01.json`}></om-conformance-summary>`,
    );
    await waitUntil(() => missing.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(missing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('1999-01-01.json');
  });

  it('keeps its property API: a ConformanceSummary document as the summary property shows its change too', async () => {
    const server = ((await (await fetch('/__client-test-server')).json()) as { url: string }).url;
    const document = await (
      await fetch(`${server}/summary-prop-${Date.now()}/tree/summaries/dspt/region/2023-11-16.json`)
    ).json();
    const el = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary .summary=${document}></om-conformance-summary>`,
    );
    expect(words(el)[1]).to.contain('London: 7 organisations.');
    expect(text(el)).to.contain('1 improved, 2 worsened, 6 unchanged, 0 other');
  });

  it('shows hostile names as text', async () => {
    const hostile = latest.map((s, i) => (i === 0 ? { ...s, subject: { ...s.subject, name: HOSTILE } } : s));
    const orgs = organisations.map((o) => ({
      ...o,
      region: { code: o.region!.code, name: `${HOSTILE} ${'Llanfair'.repeat(15)}` },
    }));
    const el = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary .statements=${hostile} .organisations=${orgs}></om-conformance-summary>`,
    );
    expect(el.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
    expect(text(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('names the statement and the path when a document is not valid', async () => {
    const broken = [latest[0], { ...latest[1], status: 'compliant' }];
    const el = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary .statements=${broken}></om-conformance-summary>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('statement 2');
    expect(alert.textContent).to.contain('status');
  });

  it('reads inline JSON, and is empty without data', async () => {
    const el = await fixture<OmConformanceSummary>(
      html`<om-conformance-summary by="all"
        ><script type="application/json">
          ${JSON.stringify([...latest, ...organisations])}
        </script></om-conformance-summary
      >`,
    );
    expect(words(el)).to.have.length(1);
    expect(words(el)[0]).to.contain('All organisations: 9 organisations.');
    const empty = await fixture<OmConformanceSummary>(html`<om-conformance-summary></om-conformance-summary>`);
    expect(empty.shadowRoot!.querySelector('[part="empty"]')).to.exist;
  });

  it('is accessible in English and Welsh, with the change and the table shown', async () => {
    for (const lang of ['en', 'cy']) {
      const el = await render({ lang, previous: earlier });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});
