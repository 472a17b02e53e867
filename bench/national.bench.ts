/**
 * The national page in Chromium, served as `npm start` serves it (compressed): the requests
 * and bytes of its first view, and the time to its first picture, beside the time the page's
 * HTML took to become interactive (DOMContentLoaded) in the same load; and the standards
 * adoption picture's data, one published StandardsAdoptionSummary, beside the files it read
 * before there was one (the tree's indexes, standards and every trust's assessments).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { startServer } from '../scripts/serve.js';
import type { Row } from './harness.js';
import { launchChromium } from '../scripts/chromium.js';

export async function nationalBenchmarks(): Promise<Row[]> {
  const root = new URL('../', import.meta.url);
  if (!existsSync(new URL('examples/data/summaries/dspt/region/2023-11-16.json', root))) {
    // The page's data is generated, not committed.
    const run = spawnSync('npm', ['run', 'examples', '--silent'], { cwd: root.pathname, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('npm run examples failed: the national page has no data to measure');
  }
  const server = await startServer(0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const bytes = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${origin}/examples/national/`, { waitUntil: 'domcontentloaded' });
    // The first picture: a summary's first stacked bar in its shadow root.
    await page.waitForFunction(
      () => document.querySelector('om-conformance-summary')?.shadowRoot?.querySelector('svg.bar'),
      { timeout: 120_000, polling: 'raf' },
    );
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { picture: performance.now(), ready: nav.domContentLoadedEventEnd };
    });
    // The standards adoption picture, further down: its table drawn from its one document.
    await page.waitForFunction(
      () => document.querySelector('om-standards-adoption')?.shadowRoot?.querySelector('[part="table"]'),
      { timeout: 120_000, polling: 'raf' },
    );
    // What the first view loaded: everything until the first picture, the below-the-fold list excepted.
    await new Promise((done) => setTimeout(done, 300));
    const loaded = [...bytes.entries()].map(([id, size]) => ({ url: urls.get(id) ?? '', size }));
    const data = loaded.filter((r) => r.url.includes('/examples/data/'));
    const adoption = loaded.filter((r) => r.url.includes('/examples/data/adoption/'));
    const before = treeFiles(new URL('examples/data/', root));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const sum = (rows: typeof loaded) => rows.reduce((total, r) => total + r.size, 0);
    const group = `national page (${await browser.version()})`;
    return [
      {
        group,
        name: 'first view: data requests, bytes on the wire',
        value: `${data.length} requests, ${kb(sum(data))}`,
        reference: `all requests: ${loaded.length}, ${kb(sum(loaded))}`,
        ratio: '',
        budget: 'goal: at most 5 data requests and 300 kB',
        withinBudget: data.length <= 5 && sum(loaded) <= 300 * 1024,
      },
      {
        group,
        name: 'standards adoption: data requests, bytes on the wire',
        value: `${adoption.length} request${adoption.length === 1 ? '' : 's'}, ${kb(sum(adoption))}`,
        reference: `before the summary: at least ${before.files} requests, ${kb(before.gzip)} (gzip, counted on disk)`,
        ratio: `${(before.gzip / sum(adoption)).toFixed(1)}x`,
        budget: '',
      },
      {
        group,
        name: 'time to the first picture',
        value: `${timing.picture.toFixed(0)} ms`,
        reference: `DOMContentLoaded ${timing.ready.toFixed(0)} ms`,
        ratio: `${(timing.ready / timing.picture).toFixed(2)}x`,
        budget: '',
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The files <om-standards-adoption> read from the tree before publish wrote its summary: the
 * catalogue, each standard's index and latest version, the organisations' index, and each
 * organisation's assessments index and assessments; their count and gzip bytes.
 */
function treeFiles(tree: URL): { files: number; gzip: number } {
  const files = [new URL('index.json', tree), new URL('organisations/index.json', tree)];
  const under = (folder: URL) => (existsSync(folder) ? readdirSync(folder) : []);
  for (const id of under(new URL('standards/', tree))) {
    const index = new URL(`standards/${id}/index.json`, tree);
    const { latest, items } = JSON.parse(readFileSync(index, 'utf8')) as {
      latest: string;
      items: { id: string; href: string }[];
    };
    const href = items.find((item) => item.id === latest)!.href;
    files.push(index, new URL(decodeURIComponent(href), new URL(`standards/${id}/`, tree)));
  }
  for (const ods of under(new URL('organisations/', tree))) {
    const folder = new URL(`organisations/${ods}/assessments/`, tree);
    for (const name of under(folder)) files.push(new URL(name, folder));
  }
  return { files: files.length, gzip: files.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0) };
}
