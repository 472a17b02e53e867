// The built CDN files, through the one tag (the loader), in headless Chromium, on a page served with a strict
// Content-Security-Policy: every element, every way of giving it data, an error state; a
// securitypolicyviolation listener must stay silent. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from './chromium.js';

// The shared document builders (TypeScript, types only imported, so no build is needed).
const { assessmentOf, productStatement } = await tsImport('../packages/core/test/helpers.ts', import.meta.url);

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const framework = JSON.parse(read('packages/core/data/frameworks/wgll-2024.json'));
const assessment = assessmentOf(
  framework,
  framework.indicators.map((indicator, i) => ({
    indicator: indicator.id,
    value:
      indicator.measure.type === 'level'
        ? 1 + (i % 5)
        : indicator.measure.type === 'yes-no'
          ? i % 2 === 0
          : (i * 7) % 100,
  })),
);
const statement = productStatement();

const files = {
  '/': ['text/html', read('scripts/fixtures/csp/index.html')],
  '/record-violations.js': ['text/javascript', read('scripts/fixtures/csp/record-violations.js')],
  '/page.js': ['text/javascript', read('scripts/fixtures/csp/page.js')],
  '/data/framework.json': ['application/json', JSON.stringify(framework)],
  '/data/assessment.json': ['application/json', JSON.stringify(assessment)],
  '/data/statement.json': ['application/json', JSON.stringify(statement)],
};

let server;
let browser;
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    // The one tag's loader and the element files and chunks beside it.
    const file =
      files[path] ??
      (path.startsWith('/cdn/') && !path.includes('..') && existsSync(new URL(`packages/widgets/dist${path}`, root))
        ? ['text/javascript', read(`packages/widgets/dist${path}`)]
        : undefined);
    if (!file)
      return response.writeHead(404, { 'content-type': 'text/plain', 'content-security-policy': CSP }).end('Not found');
    response.writeHead(200, { 'content-type': file[0], 'content-security-policy': CSP }).end(file[1]);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('every element renders under a strict CSP, and no violation is reported', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on(
    'console',
    (message) => message.type() === 'error' && !/404/.test(message.text()) && errors.push(message.text()),
  );
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('om-scorecard, om-priority-checklist, om-conformance-badge')].every(
        (el) =>
          el.shadowRoot &&
          !el.hasAttribute('aria-busy') &&
          el.shadowRoot.textContent.trim().length > 0 &&
          !el.shadowRoot.textContent.includes('Checking'),
      ),
    { timeout: 15_000 },
  );
  const seen = await page.evaluate(() => ({
    violations: window.__violations,
    domains: document.querySelector('#by-src').shadowRoot.querySelectorAll('button.domain').length,
    compact: document.querySelector('#by-property').shadowRoot.querySelectorAll('button.domain').length,
    steps: document.querySelector('#checklist').shadowRoot.querySelectorAll('li.item').length,
    badge: document.querySelector('#inline').shadowRoot.textContent,
    card: document.querySelector('#card').shadowRoot.textContent,
    broken: document.querySelector('#broken').shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
    // Bars are sized through CSSOM custom properties, which style-src 'self' allows.
    barWidth: getComputedStyle(document.querySelector('#by-src').shadowRoot.querySelector('.fill')).width,
  }));
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(errors, []);
  assert.equal(seen.domains, 7);
  assert.equal(seen.compact, 7);
  assert.equal(seen.steps, 10);
  assert.match(seen.badge, /Conformant/);
  assert.match(seen.card, /Not verified/);
  assert.match(seen.broken, /Nothing is published at http:\/\/127\.0\.0\.1:\d+\/data\/missing\.json\./);
  assert.notEqual(seen.barWidth, '0px');
});

test('in forced-colors mode (Windows high contrast) bars, markers and icons keep a visible system colour', async () => {
  const page = await browser.newPage();
  // Puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol has it.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('#by-src').shadowRoot?.querySelector('.fill'), {
    timeout: 15_000,
  });
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#by-src').shadowRoot;
    const fill = getComputedStyle(root.querySelector('.fill'));
    const track = getComputedStyle(root.querySelector('.track'));
    const icon = getComputedStyle(document.querySelector('#inline').shadowRoot.querySelector('[part="status"] svg'));
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      fill: fill.backgroundColor,
      trackBorder: track.borderTopStyle,
      icon: icon.fill,
      canvas: getComputedStyle(document.body).backgroundColor,
    };
  });
  assert.equal(seen.forced, true);
  // The bar is painted in a system colour that differs from the page's, and its track is outlined.
  assert.notEqual(seen.fill, 'rgba(0, 0, 0, 0)');
  assert.notEqual(seen.fill, seen.canvas);
  assert.equal(seen.trackBorder, 'solid');
  assert.notEqual(seen.icon, 'none');
  await page.close();
});
