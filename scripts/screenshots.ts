/**
 * Renders every example page in headless Chromium at 1280, 768, 375 and 320 px wide (320 is
 * WCAG 1.4.10's reflow width) and in forced colours (Windows high contrast, emulated) into
 * screenshots/ (not committed), and checks each render: axe-core with the WCAG 2.2 AA rules,
 * Content-Security-Policy violations, console errors, page errors, failed requests, sideways
 * scrolling, and the layout checks axe cannot make (scripts/layout-gate.browser.js): boxes wider
 * than their container, scrolling table wrappers that need to scroll, clipped text, text
 * squeezed a character or two per line, table cells narrower than their longest word, a page
 * far taller than its content needs, and elements showing an error, loading or empty state the
 * page did not ask for. The names page renders every element with real, long, Welsh and
 * hostile names. Prints a table and exits 1 on any problem. Run after `npm run build` and
 * `npm run examples`:
 *
 *   node --import tsx scripts/screenshots.ts [page...]
 */
import type * as AxeCore from 'axe-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { startServer } from './serve.js';
import { launchChromium } from './chromium.js';

const PAGES: Record<string, string> = {
  index: '/examples/',
  trust: '/examples/trust/',
  'fill-in': '/examples/fill-in/',
  supplier: '/examples/supplier/',
  national: '/examples/national/',
  embed: '/examples/embed/',
  names: '/examples/names/',
};
/** What to do at each render: a PNG, axe, and Chromium's forced-colours emulation. */
interface Render {
  width: number;
  label: string;
  png: boolean;
  axe: boolean;
  forced: boolean;
}
const RENDERS: Render[] = [
  { width: 1280, label: '1280', png: true, axe: true, forced: false },
  { width: 768, label: '768', png: true, axe: true, forced: false },
  { width: 375, label: '375', png: true, axe: true, forced: false },
  { width: 320, label: '320', png: true, axe: true, forced: false },
  { width: 1280, label: '1280 forced', png: true, axe: true, forced: true },
];
/**
 * A page at a narrow width may be taller, but its area (width x height) should stay near the
 * area it takes at 1280 px: text reflows, it does not multiply. A column squeezed to a few
 * pixels makes the page thousands of pixels taller, far beyond this.
 */
const MAX_AREA_RATIO = 2;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const out = new URL('../screenshots/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const layoutSource = readFileSync(new URL('./layout-gate.browser.js', import.meta.url), 'utf8');

interface Problem {
  kind: 'axe' | 'csp' | 'console' | 'pageerror' | 'request' | 'overflow' | 'layout' | 'state' | 'timeout';
  text: string;
}

interface Outcome {
  page: string;
  render: string;
  width: number;
  file?: string;
  /** The page's height and how many om-* elements it holds, once it settled. */
  height?: number;
  elements?: number;
  problems: Problem[];
}

/** Installed before any script of the page runs: records CSP violations, from shadow roots too. */
function recordViolations() {
  const reports: string[] = [];
  (window as unknown as { __omCspReports: string[] }).__omCspReports = reports;
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      reports.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || document.URL}:${e.lineNumber}${e.sample ? ` "${e.sample}"` : ''}`,
      ),
    true,
  );
}

/**
 * True once the page has settled: nothing is aria-busy (in the page or in a shadow root), and
 * every om-* element is defined, has rendered into its shadow root and shows no skeleton.
 */
function settled(): boolean {
  const roots: (Document | ShadowRoot)[] = [document];
  const elements: Element[] = [];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      if (element.localName.startsWith('om-')) elements.push(element);
    }
  }
  if (roots.some((root) => root.querySelector('[aria-busy]:not([aria-busy="false"])'))) return false;
  return elements.every(
    (element) =>
      customElements.get(element.localName) !== undefined &&
      element.shadowRoot !== null &&
      element.shadowRoot.childElementCount > 0 &&
      element.shadowRoot.querySelector('[part~="skeleton"]') === null &&
      !(element as Element & { isUpdatePending?: boolean }).isUpdatePending,
  );
}

async function check(browser: Browser, origin: string, name: string, path: string, render: Render): Promise<Outcome> {
  const { width } = render;
  const file = render.png ? `${name}-${render.label.replace(' ', '-')}.png` : undefined;
  const problems: Problem[] = [];
  let height: number | undefined;
  let elements: number | undefined;
  const page: Page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console', text: message.text() });
  });
  page.on('pageerror', (error) =>
    problems.push({ kind: 'pageerror', text: error instanceof Error ? error.message : String(error) }),
  );
  page.on('requestfailed', (request) =>
    problems.push({ kind: 'request', text: `${request.url()}: ${request.failure()?.errorText}` }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push({ kind: 'request', text: `${response.url()}: HTTP ${response.status()}` });
  });
  try {
    await page.evaluateOnNewDocument(recordViolations);
    if (render.forced) {
      // puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
      const session = await page.createCDPSession();
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    }
    await page.setViewport({ width, height: 900 });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 30_000 });
    await page.waitForFunction(settled, { timeout: 20_000, polling: 100 });
    // Two frames, so that what was just rendered has been laid out and painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (file) await page.screenshot({ path: new URL(file, out).pathname as `${string}.png`, fullPage: true });

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0)
      problems.push({ kind: 'overflow', text: `the page scrolls sideways by ${overflow}px at ${width}px wide` });
    for (const report of await page.evaluate(() => (window as unknown as { __omCspReports: string[] }).__omCspReports))
      problems.push({ kind: 'csp', text: report });

    // Like axe, through the protocol: the page's CSP does not govern it.
    await page.evaluate(layoutSource);
    const layout = await page.evaluate(() =>
      (
        window as unknown as {
          __omLayoutProblems: () => { problems: string[]; height: number; elements: number };
        }
      ).__omLayoutProblems(),
    );
    height = layout.height;
    elements = layout.elements;
    for (const text of layout.problems) problems.push({ kind: text.startsWith('state:') ? 'state' : 'layout', text });

    if (!render.axe) return { page: name, render: render.label, width, file, height, elements, problems };
    // axe is evaluated through the DevTools protocol, which the page's CSP does not govern:
    // no script tag, no bypass of the policy for the page itself.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags: string[]) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map(
          (n) =>
            `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n        ${n.failureSummary?.replaceAll('\n', '\n        ') ?? ''}`,
        ),
      }));
    }, AXE_TAGS);
    for (const v of violations)
      problems.push({ kind: 'axe', text: `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}` });
  } catch (error) {
    problems.push({ kind: 'timeout', text: error instanceof Error ? error.message : String(error) });
    if (file)
      await page
        .screenshot({ path: new URL(file, out).pathname as `${string}.png`, fullPage: true })
        .catch(() => undefined);
  } finally {
    await page.close();
  }
  return { page: name, render: render.label, width, file, height, elements, problems };
}

// Fail fast, with the fix, rather than with a page of 404s.
for (const [file, fix] of [
  ['packages/widgets/dist/cdn/openmaturity-widgets.js', 'npm run build'],
  ['examples/data/index.json', 'npm run examples'],
]) {
  if (!existsSync(new URL(`../${file}`, import.meta.url))) {
    console.error(`screenshots: ${file} is missing: run "${fix}" first`);
    process.exit(1);
  }
}

const only = process.argv.slice(2);
const pages = Object.entries(PAGES).filter(([name]) => only.length === 0 || only.includes(name));
mkdirSync(out, { recursive: true });
const server = await startServer(0, '127.0.0.1');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

const outcomes: Outcome[] = [];
try {
  for (const [name, path] of pages)
    for (const render of RENDERS) outcomes.push(await check(browser, origin, name, path, render));
} finally {
  await browser.close();
  server.close();
}

// A page far taller than its content needs: its area against the same page at 1280 px.
for (const o of outcomes) {
  const wide = outcomes.find((w) => w.page === o.page && w.render === '1280');
  if (!wide?.height || !o.height || o === wide) continue;
  const ratio = (o.width * o.height) / (wide.width * wide.height);
  if (ratio > MAX_AREA_RATIO)
    o.problems.push({
      kind: 'layout',
      text: `height: the page is ${o.height} px tall at ${o.width} px, ${ratio.toFixed(1)} times the area it takes at 1280 px (${wide.height} px tall): far beyond its content`,
    });
}

const count = (o: Outcome, kind: Problem['kind'] | Problem['kind'][]) =>
  o.problems.filter((p) => [kind].flat().includes(p.kind)).length;
const rows = [
  [
    'page',
    'render',
    'elements',
    'height',
    'axe',
    'CSP',
    'console',
    'errors',
    'overflow',
    'layout',
    'state',
    'screenshot',
  ],
  ...outcomes.map((o) =>
    [
      o.page,
      o.render,
      o.elements ?? '-',
      o.height ?? '-',
      RENDERS.find((r) => r.label === o.render)!.axe ? count(o, 'axe') : '-',
      count(o, 'csp'),
      count(o, 'console'),
      count(o, ['pageerror', 'request', 'timeout']),
      count(o, 'overflow'),
      count(o, 'layout'),
      count(o, 'state'),
      o.file ? `screenshots/${o.file}` : '-',
    ].map(String),
  ),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(rows.map((r) => `| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`).join('\n'));
for (const o of outcomes) for (const p of o.problems) console.log(`\n${o.page} at ${o.render}, ${p.kind}: ${p.text}`);

const failed = outcomes.filter((o) => o.problems.length > 0);
const widthsRendered = [...new Set(RENDERS.map((r) => r.label))].join(', ');
const problemCount = outcomes.reduce((n, o) => n + o.problems.length, 0);
console.log(
  `\n${outcomes.length} renders of ${pages.length} pages at ${widthsRendered}; ${problemCount} problems (axe tags: ${AXE_TAGS.join(', ')})`,
);
// The closing line, in the form every test runner of the project ends with.
console.log(`screenshots: ${outcomes.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
