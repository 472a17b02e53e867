// The one tag in headless Chromium (after `npm run build`): the loader imports only the elements
// on the page, and those added later, and a page requests exactly the files scripts/size.js counts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { filesLoaded, LOADER } from './size.js';

// The shared document builders (TypeScript, types only imported, so no build is needed).
const { assessmentOf, productStatement } = await tsImport('../packages/core/test/helpers.ts', import.meta.url);

const root = new URL('../', import.meta.url);
const statement = productStatement();
const framework = JSON.parse(readFileSync(new URL('packages/core/data/frameworks/wgll-2024.json', root), 'utf8'));
const assessment = assessmentOf(
  framework,
  framework.indicators.map((indicator, i) => ({
    indicator: indicator.id,
    value: indicator.measure.type === 'level' ? 1 + (i % 5) : indicator.measure.type === 'yes-no' ? i % 2 === 0 : 50,
  })),
);
// A page as the docs show it: the fallback stylesheet, a link to the data inside the element,
// content below it; the loader late (as on a slow network) or never (blocked, or failed).
const fallbackPage = (script) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>fallback</title>
<link rel="stylesheet" href="/cdn/openmaturity-widgets.css">${script}</head><body><main>
<om-scorecard src="/data/assessment.json" framework-src="/data/framework.json"><a href="/data/assessment.json">Demo Valley's assessment for 2024-25 (JSON)</a></om-scorecard>
<p id="below">Content below the scorecard</p></main></body></html>`;
const pages = {
  // A Welsh page: the elements show Welsh, whose words are a chunk of their own.
  '/cy': `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>cy</title>
<script type="module" src="/cdn/${LOADER}"></script></head><body><main>
<om-conformance-badge src="/data/statement.json"></om-conformance-badge></main></body></html>`,
  '/fallback-never': fallbackPage(''),
  '/fallback-late': fallbackPage(`<script type="module" src="/late/cdn/${LOADER}"></script>`),
};
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>loader</title>
<script type="module" src="/cdn/${LOADER}"></script></head><body><main>
<om-conformance-badge src="/data/statement.json"><a href="/data/statement.json">DTAC conformance statement</a></om-conformance-badge>
</main></body></html>`;

let server;
let browser;
const requested = [];
before(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = url.pathname;
    requested.push(path);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    const data = { statement, assessment, framework }[path.match(/^\/data\/(\w+)\.json$/)?.[1]];
    if (data) return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    // Under /late/, every file of the one tag comes late: the loader, then the element's files.
    const late = path.startsWith('/late/');
    const file = late ? path.slice('/late'.length) : path;
    if (file.startsWith('/cdn/') && !file.includes('..')) {
      try {
        const code = readFileSync(new URL(`packages/widgets/dist${file}`, root));
        if (late) await new Promise((done) => setTimeout(done, 700));
        const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
        return response.writeHead(200, { 'content-type': type }).end(code);
      } catch {
        // falls through to 404
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

const scripts = () =>
  requested
    .filter((path) => path.startsWith('/cdn/'))
    .map((path) => path.slice('/cdn/'.length))
    .sort();

test('the loader imports only the elements on the page, and those added later', async () => {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(
    () => document.querySelector('om-conformance-badge').shadowRoot?.textContent.includes('Conformant'),
    { timeout: 15_000 },
  );
  // Exactly the files the size table counts for one badge: no verification code, no other element.
  assert.deepEqual(scripts(), filesLoaded(['om-conformance-badge.js']));

  await tab.evaluate(() => document.querySelector('main').append(document.createElement('om-scorecard')));
  await tab.waitForFunction(() => customElements.get('om-scorecard') !== undefined, { timeout: 15_000 });
  assert.deepEqual(scripts(), filesLoaded(['om-conformance-badge.js', 'om-scorecard.js']));
  assert.ok(!scripts().some((name) => /priority-checklist|standards-adoption/.test(name)));
  await tab.close();
});

test('an English page loads no Welsh words; a Welsh page loads them, and shows no English', async () => {
  const english = scripts();
  assert.ok(english.length > 0 && !english.some((name) => /i18n-cy/.test(name)), english.join(', '));
  requested.length = 0;
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/cy`);
  await tab.waitForFunction(
    () => document.querySelector('om-conformance-badge').shadowRoot?.textContent.includes('yn ddilys tan'),
    { timeout: 15_000 },
  );
  const welsh = scripts();
  assert.deepEqual(welsh, filesLoaded(['om-conformance-badge.js'], { dynamic: /^chunks\/i18n-cy-/ }));
  assert.ok(
    welsh.some((name) => /^chunks\/i18n-cy-/.test(name)),
    welsh.join(', '),
  );
  const text = await tab.evaluate(() => document.querySelector('om-conformance-badge').shadowRoot.textContent);
  assert.doesNotMatch(text, /Conformant|valid until|Loading/);
  await tab.close();
});

const fallbackSeen = (tab) =>
  tab.evaluate(() => {
    const el = document.querySelector('om-scorecard');
    const link = el.querySelector('a');
    return {
      defined: customElements.get('om-scorecard') !== undefined,
      height: el.getBoundingClientRect().height,
      linkVisible: link.getBoundingClientRect().height > 0 && getComputedStyle(link).visibility === 'visible',
      href: link.getAttribute('href'),
      below: document.querySelector('#below').getBoundingClientRect().top,
    };
  });

test('if the script never runs, the page shows the link to the data, in the space the element will take', async () => {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/fallback-never`);
  const seen = await fallbackSeen(tab);
  assert.equal(seen.defined, false);
  assert.equal(seen.linkVisible, true);
  assert.equal(seen.href, '/data/assessment.json');
  assert.ok(seen.height >= 300, `space reserved: ${seen.height}px`);
  await tab.close();
});

test('when the script runs late, the fallback gives way to the element and nothing below it moves much', async () => {
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`http://127.0.0.1:${server.address().port}/fallback-late`);
  const before = await fallbackSeen(tab);
  assert.equal(before.defined, false, 'the loader is still on its way');
  assert.equal(before.linkVisible, true);
  await tab.waitForFunction(
    () => document.querySelector('om-scorecard').shadowRoot?.querySelectorAll('button.domain').length === 7,
    { timeout: 15_000 },
  );
  const after = await fallbackSeen(tab);
  // Once defined, the element shows its own content: the fallback link is no longer rendered.
  assert.equal(after.linkVisible, false);
  // What follows the element stays within a line or two of where the page first drew it.
  assert.ok(Math.abs(after.below - before.below) < 48, `below moved ${before.below} -> ${after.below}`);
  const shifts = await tab.evaluate(() => window.__shifts);
  const cls = shifts.reduce((a, b) => a + b, 0);
  assert.ok(
    cls < 0.1,
    `cumulative layout shift ${cls} (${shifts.join(', ')}); below moved ${before.below} -> ${after.below}`,
  );
  await tab.close();
});
