// The one tag in headless Chromium (after `npm run build`): the loader imports only the elements
// on the page, and those added later, and a page requests exactly the files scripts/size.js counts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { filesLoaded, LOADER } from './size.js';

const root = new URL('../', import.meta.url);
const statement = {
  kind: 'ConformanceStatement',
  schemaVersion: '1.0',
  id: 'demo-dtac',
  subject: { type: 'product', name: 'Example Health Software Ltd (demo)', product: { name: 'Example EPR (demo)' } },
  standard: { id: 'dtac', name: 'DTAC', version: '1.0' },
  status: 'conformant',
  issuer: { id: 'https://issuer.test.openmaturity.org/', name: 'Test Assurance Body' },
  issued: '2025-01-10',
  expires: '2099-01-10',
};
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>loader</title>
<script type="module" src="/cdn/${LOADER}"></script></head><body><main>
<om-conformance-badge src="/data/statement.json"><a href="/data/statement.json">DTAC conformance statement</a></om-conformance-badge>
</main></body></html>`;

let server;
let browser;
const requested = [];
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    requested.push(path);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (path === '/data/statement.json')
      return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(statement));
    if (path.startsWith('/cdn/') && !path.includes('..')) {
      try {
        const code = readFileSync(new URL(`packages/widgets/dist${path}`, root));
        return response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
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
