import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ConformanceStatement, ConformanceStatus, Organisation } from '@openmaturity/core';
import './define.js';
import type { OmStatementList } from './statement-list.js';
import { HOSTILE, text } from '../../test/fixtures.js';

// The virtualizer measures rows with a ResizeObserver; when rows change size while it lays them
// out, Chromium reports "ResizeObserver loop completed with undelivered notifications" to
// window.onerror. It is benign (the notifications arrive next frame: w3c/csswg-drafts#5488), but
// mocha takes it for an uncaught error, so this file lets that one message, and only it, pass.
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

const REGIONS = [
  { code: 'Y56', name: 'London' },
  { code: 'Y60', name: 'Midlands' },
];
const STATUSES: ConformanceStatus[] = ['conformant', 'partially-conformant', 'not-conformant', 'conformant'];

/** Organisation i: code P0000i, in London when i is even, status STATUSES[i mod 4]. */
function cohort(size: number): { statements: ConformanceStatement[]; organisations: Organisation[] } {
  const statements: ConformanceStatement[] = [];
  const organisations: Organisation[] = [];
  for (let i = 0; i < size; i++) {
    const odsCode = `P${String(i).padStart(5, '0')}`;
    organisations.push({
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode,
      name: `Pharmacy ${odsCode}`,
      type: 'acute-trust',
      region: REGIONS[i % 2],
    } as Organisation);
    statements.push({
      kind: 'ConformanceStatement',
      schemaVersion: '1.0',
      id: `dspt-${odsCode}`,
      subject: { type: 'organisation', name: `Pharmacy ${odsCode}`, odsCode },
      standard: { id: 'dspt', version: '2018-19' },
      status: STATUSES[i % 4]!,
      statusDetail: i % 4 === 3 ? 'Standards Exceeded' : undefined,
      issuer: { id: 'https://www.dsptoolkit.nhs.uk', name: 'DSPT' },
      issued: '2019-03-31',
    } as ConformanceStatement);
  }
  return { statements, organisations };
}

const render = async (size: number, lang = 'en') => {
  const { statements, organisations } = cohort(size);
  const el = await fixture<OmStatementList>(
    html`<om-statement-list
      lang=${lang}
      .statements=${statements}
      .organisations=${organisations}
    ></om-statement-list>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.row'), 'expected the list to render its first rows');
  return el;
};

const shown = (el: OmStatementList) => el.shadowRoot!.querySelector('.shown')!.textContent!.trim();
const set = async (el: OmStatementList, selector: string, value: string) => {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLInputElement ? 'input' : 'change'));
  await el.updateComplete;
};

describe('om-statement-list', () => {
  it('keeps only the rows in view in the page, with 32,000 organisations', async () => {
    const el = await render(32_000);
    expect(shown(el)).to.equal('Showing 32,000 of 32,000 organisations');
    const rows = el.shadowRoot!.querySelectorAll('.row');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.length, 'rows in the DOM').to.be.lessThan(200);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('32000');
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Pharmacy P00000 (P00000) London Conformant');
  });

  it('filters by status, cohort and search, counted by hand', async () => {
    const el = await render(40);
    // i mod 4 = 2: 10 of 40 not conformant.
    await set(el, '#status', 'not-conformant');
    expect(shown(el)).to.equal('Showing 10 of 40 organisations');
    // Not conformant (i = 2, 6, 10, ...) are all even: all in London.
    await set(el, '#cohort', 'Y60');
    expect(shown(el)).to.equal('Showing 0 of 40 organisations');
    expect(text(el)).to.contain('No organisation matches these filters.');
    await set(el, '#cohort', 'Y56');
    expect(shown(el)).to.equal('Showing 10 of 40 organisations');
    await set(el, '#status', '');
    expect(shown(el)).to.equal('Showing 20 of 40 organisations');
    // Codes P00010 to P00019 contain "P0001": 10, of which the even ones (5) are in London.
    await set(el, '#search', 'p0001');
    expect(shown(el)).to.equal('Showing 5 of 40 organisations');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.row').length === 5, 'expected 5 rows');
    const names = [...el.shadowRoot!.querySelectorAll('.row .name')].map((n) => n.textContent!.trim());
    expect(names).to.deep.equal([
      'Pharmacy P00010 (P00010)',
      'Pharmacy P00012 (P00012)',
      'Pharmacy P00014 (P00014)',
      'Pharmacy P00016 (P00016)',
      'Pharmacy P00018 (P00018)',
    ]);
  });

  it('shows the cohort a page sets, as the conformance summary’s event would', async () => {
    const el = await render(40);
    el.cohort = 'Y60';
    await el.updateComplete;
    expect(shown(el)).to.equal('Showing 20 of 40 organisations');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#cohort')!.value).to.equal('Y60');
  });

  it('says the published wording beside the status', async () => {
    const el = await render(4);
    const rows = [...el.shadowRoot!.querySelectorAll('.row .status')].map((s) =>
      s.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Conformant',
      'Partially conformant',
      'Not conformant',
      'Conformant · Standards Exceeded',
    ]);
  });

  it('speaks Welsh', async () => {
    const el = await render(4, 'cy');
    expect(shown(el)).to.equal('Yn dangos 4 o 4 sefydliad');
    const t = text(el);
    for (const english of ['Showing', 'All statuses', 'Name or ODS code', 'Conformant'])
      expect(t).not.to.contain(english);
  });

  it('shows a hostile name as text', async () => {
    const { statements } = cohort(1);
    statements[0]!.subject.name = HOSTILE;
    const el = await fixture<OmStatementList>(html`<om-statement-list .statements=${statements}></om-statement-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.row'), 'expected a row');
    expect(el.shadowRoot!.querySelector('.row img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.row .name')!.textContent).to.contain('<img src=x');
  });

  it('names the document and the path when one is not valid', async () => {
    const { statements } = cohort(3);
    const broken = [...statements.slice(0, 2), { ...statements[2], status: 'compliant' }];
    const el = await fixture<OmStatementList>(html`<om-statement-list .statements=${broken}></om-statement-list>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('document 3');
    expect(alert.textContent).to.contain('status');
  });

  it('is accessible', async () => {
    const el = await render(40);
    await expect(el).to.be.accessible();
  });
});
