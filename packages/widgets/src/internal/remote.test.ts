/**
 * The elements' `src`, against the real test server the test runner starts on loopback
 * (packages/core/test/support/server.ts): loading, sharing, errors, retry and staleness.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sharedClient } from '@openmaturity/core';
import '../scorecard/define.js';
import '../priority-checklist/define.js';
import type { OmScorecard } from '../scorecard/scorecard.js';
import type { OmPriorityChecklist } from '../priority-checklist/priority-checklist.js';

let server: string;
let run = 0;
/** A fresh namespace per test, so the server's counts are the test's own. */
const ns = () => `widgets-${Date.now()}-${++run}`;
const hits = async (space: string) =>
  (await (await fetch(`${server}/__hits?ns=${space}`)).json()) as Record<string, { hits: number; statuses: number[] }>;
const ready = (el: HTMLElement) =>
  waitUntil(
    () => !el.hasAttribute('aria-busy') && el.shadowRoot!.querySelector('[part="base"] > *'),
    'element finished loading',
    { timeout: 5000 },
  );

before(async () => {
  server = ((await (await fetch('/__client-test-server')).json()) as { url: string }).url;
  // Page authors configure the page's shared client before the elements ask for it.
  sharedClient({ timeout: 400, retry: 0 });
});

describe('elements reading documents by URL', () => {
  it('finds the framework from the assessment’s reference in the publishing layout', async () => {
    const space = ns();
    const el = await fixture<OmScorecard>(
      html`<om-scorecard src=${`${server}/${space}/tree/organisations/RGT/assessments/2024-25.json`}></om-scorecard>`,
    );
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('button.domain').length).to.be.greaterThan(0);
    expect(Object.keys(await hits(space)).sort()).to.deep.equal([
      '/tree/frameworks/test-fw/2.json',
      '/tree/organisations/RGT/assessments/2024-25.json',
    ]);
    await expect(el).to.be.accessible();
  });

  it('finds the framework in a tree published before colons were escaped, at its former path', async () => {
    const space = ns();
    // The assessment's period and its framework's id and version hold a colon: `%3A` in the
    // URL, `:` in the file names, as publish wrote them before; the element asks for the path
    // of the current layout, then the former one.
    const el = await fixture<OmScorecard>(
      html`<om-scorecard
        src=${`${server}/${space}/former/organisations/RGT/assessments/2024%3AQ1.json`}
      ></om-scorecard>`,
    );
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('button.domain').length).to.be.greaterThan(0);
    const seen = await hits(space);
    expect(seen['/former/frameworks/nhs~3Afw/2024~3A1.json']?.statuses).to.deep.equal([404]);
    expect(seen['/former/frameworks/nhs%3Afw/2024%3A1.json']?.statuses).to.deep.equal([200]);
  });

  it('shares one request between elements that show one document', async () => {
    const space = ns();
    const src = `${server}/${space}/tree/organisations/RGT/assessments/2024-25.json`;
    const page = await fixture(
      html`<div>
        <om-scorecard src=${src}></om-scorecard><om-scorecard compact src=${src}></om-scorecard
        ><om-priority-checklist src=${src}></om-priority-checklist>
      </div>`,
    );
    for (const el of page.children) await ready(el as HTMLElement);
    const seen = await hits(space);
    expect(Object.values(seen).map((h) => h.hits)).to.deep.equal([1, 1]);
  });

  it('reserves its space with a busy skeleton while loading', async () => {
    const space = ns();
    const el = await fixture<OmPriorityChecklist>(
      html`<om-priority-checklist
        src=${`${server}/${space}/slow/assessment.json`}
        framework-src=${`${server}/${space}/slow/framework.json`}
      ></om-priority-checklist>`,
    );
    expect(el.getAttribute('aria-busy')).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(100);
    await ready(el);
    expect(el.hasAttribute('aria-busy')).to.be.false;
  });

  const failures: [string, (space: string) => [string, string?], RegExp][] = [
    [
      'not found, naming the address',
      (s) => [`${server}/${s}/missing/assessment.json`],
      /Nothing is published at http:\/\/127\.0\.0\.1:\d+\/widgets-[\w-]+\/missing\/assessment\.json\./,
    ],
    [
      'a framework not where the layout puts it, naming where and framework-src',
      (s) => [`${server}/${s}/plain/assessment.json`],
      /framework of this assessment could not be found at frameworks\/test-fw\/1\.json, where the publishing layout puts it\. Set framework-src to its address\. \(.*not where the publishing layout puts this Assessment/,
    ],
    [
      'an invalid document, with its path',
      (s) => [`${server}/${s}/plain/assessment.json`, `${server}/${s}/plain/invalid-framework.json`],
      /not valid: .*indicators/,
    ],
    [
      'the wrong kind',
      (s) => [`${server}/${s}/plain/framework.json`],
      /The data is a Framework document, not the Assessment this element shows\./,
    ],
    [
      'a timeout',
      (s) => [`${server}/${s}/hang/assessment.json`, `${server}/${s}/plain/framework.json`],
      /took too long/,
    ],
    ['an HTML page served as 200', (s) => [`${server}/${s}/html/assessment.json`], /not valid/],
    ['a server error', (s) => [`${server}/${s}/broken/assessment.json`], /error 503/],
  ];
  for (const [what, sources, message] of failures) {
    it(`shows an accessible error with a retry button for ${what}`, async () => {
      const [src, frameworkSrc] = sources(ns());
      const el = await fixture<OmScorecard>(
        html`<om-scorecard src=${src} framework-src=${frameworkSrc ?? ''}></om-scorecard>`,
      );
      await ready(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(message);
      expect(alert.querySelector('button')!.textContent).to.contain('Try again');
      await expect(el).to.be.accessible();
    });
  }

  it('retries on request, and recovers', async () => {
    const space = ns();
    const el = await fixture<OmScorecard>(
      html`<om-scorecard
        src=${`${server}/${space}/flaky/assessment.json`}
        framework-src=${`${server}/${space}/plain/framework.json`}
      ></om-scorecard>`,
    );
    await ready(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('button.domain'), 'recovered after retry', { timeout: 5000 });
  });

  it('shows a saved copy, marked stale, when the server fails after a first load', async () => {
    const space = ns();
    const src = `${server}/${space}/then-fail/assessment.json`;
    const frameworkSrc = `${server}/${space}/plain/framework.json`;
    const first = await fixture<OmScorecard>(
      html`<om-scorecard src=${src} framework-src=${frameworkSrc}></om-scorecard>`,
    );
    await ready(first);
    first.reload();
    await waitUntil(() => first.shadowRoot!.querySelector('[part="stale"]'), 'stale note shown', { timeout: 5000 });
    expect(first.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain('saved copy');
    expect(first.shadowRoot!.querySelector('button.domain')).to.exist;
    await expect(first).to.be.accessible();
  });
});

describe('no layout shift when data arrives', () => {
  it('keeps content below a loading scorecard in place (cumulative layout shift under 0.1)', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift', buffered: false });
    const space = ns();
    const page = await fixture(
      html`<div style="width: 720px">
        <om-scorecard
          src=${`${server}/${space}/slow/assessment.json`}
          framework-src=${`${server}/${space}/slow/framework.json`}
        ></om-scorecard>
        <p id="below">Content below the card</p>
      </div>`,
    );
    const el = page.querySelector('om-scorecard')!;
    await ready(el);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
    observer.disconnect();
    const cls = shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shifts ${shifts.join(', ')}`).to.be.below(0.1);
  });
});

describe('review findings, kept as tests', () => {
  it('finishes loading after being moved in the page while loading', async () => {
    const space = ns();
    const page = await fixture(
      html`<div>
        <div id="a">
          <om-scorecard
            src=${`${server}/${space}/slow/assessment.json`}
            framework-src=${`${server}/${space}/slow/framework.json`}
          ></om-scorecard>
        </div>
        <div id="b"></div>
      </div>`,
    );
    const el = page.querySelector('om-scorecard')!;
    page.querySelector('#b')!.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('button.domain'), 'loaded after the move', { timeout: 5000 });
  });

  it('follows a change of lang on an ancestor at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <om-scorecard src=${`${server}/${ns()}/tree/organisations/RGT/assessments/2024-25.json`}></om-scorecard>
      </div>`,
    );
    const el = wrapper.querySelector('om-scorecard')!;
    await ready(el);
    wrapper.setAttribute('lang', 'cy');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('allan o 100'), 'switched to Welsh', { timeout: 2000 });
  });
});
