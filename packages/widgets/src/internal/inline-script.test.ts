/**
 * A document pasted into a page as inline JSON, in Chromium's own HTML parser: written with
 * core's inlineScript (what `openmaturity snippet` prints), text that holds `</script>`, `<!--`,
 * `&` and U+2028 stays inside its data block and reads back as the same document; written with
 * plain JSON.stringify, the same document ends the block early and runs the script after it
 * (the control, so this test can fail).
 */
import { expect } from '@open-wc/testing';
import { inlineScript, type ConformanceStatement } from '@openmaturity/core';
import '../conformance-badge/define.js';
import type { OmConformanceBadge } from '../conformance-badge/conformance-badge.js';
import { inlineDocuments } from './data-source.js';

type Flagged = Window & { __breakout?: number };

const hostile: ConformanceStatement = {
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: 'acme-dtac-2024',
  subject: {
    type: 'product',
    name: 'Acme </script><script>parent.__breakout = (parent.__breakout ?? 0) + 1</script> EPR',
  },
  standard: { id: 'dtac', version: '2024', name: 'DTAC <!-- <script> & </SCRIPT > \u2028\u2029' },
  status: 'conformant',
  issuer: { id: 'https://acme-health.example/', name: 'Acme &amp; Co -->' },
  issued: '2024-04-01',
  expires: '2099-03-31',
};

/** Loads a page made of `body` in an iframe, as a CMS would serve it, and waits for it. */
async function page(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>CMS page</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('inline JSON through the HTML parser', () => {
  afterEach(() => {
    delete (window as Flagged).__breakout;
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('plain JSON.stringify: the document ends the data block and its script runs (the control)', async () => {
    const doc = await page(
      `<om-conformance-badge><script type="application/json">${JSON.stringify(hostile)}</script></om-conformance-badge>`,
    );
    expect((window as Flagged).__breakout).to.equal(1);
    expect(inlineDocuments(doc.querySelector('om-conformance-badge')!)).not.to.deep.equal([hostile]);
  });

  it('inlineScript: one data block, nothing runs, and the same document reads back', async () => {
    const doc = await page(`<om-conformance-badge>${inlineScript(hostile)}</om-conformance-badge>`);
    expect((window as Flagged).__breakout).to.equal(undefined);
    const host = doc.querySelector('om-conformance-badge')!;
    expect(host.querySelectorAll('script')).to.have.length(1);
    expect(inlineDocuments(host)).to.deep.equal([hostile]);
    // Pretty-printed too.
    const pretty = await page(`<div>${inlineScript([hostile, hostile], 2)}</div>`);
    expect(inlineDocuments(pretty.querySelector('div')!)).to.deep.equal([hostile, hostile]);
    expect((window as Flagged).__breakout).to.equal(undefined);
  });

  it('the element shows the hostile names as text', async () => {
    const parsed = new DOMParser().parseFromString(
      `<om-conformance-badge>${inlineScript(hostile)}</om-conformance-badge>`,
      'text/html',
    );
    const el = document.adoptNode(parsed.querySelector('om-conformance-badge')!) as OmConformanceBadge;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('DTAC <!-- <script> &');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    el.remove();
  });
});
