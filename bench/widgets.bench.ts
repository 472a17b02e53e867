/**
 * The elements in Chromium: first render of a scorecard for a 300-response assessment and of a
 * 2,000-item checklist (it shows ten, and computes all), from the built CDN bundle, beside the
 * engine's own work for the same data measured in the same page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import type { Row } from './harness.js';
import { launchChromium } from '../scripts/chromium.js';

export async function widgetBenchmarks(): Promise<Row[]> {
  const root = new URL('../', import.meta.url);
  // The engine for the reference, bundled as the widgets bundle it: same code, same page.
  const core = await esbuild.build({
    stdin: {
      contents:
        "export { score, prioritise, validateAssessment, documentIssues, newAssessment, periodFromId } from '@openmaturity/core';",
      resolveDir: new URL('packages/widgets/', root).pathname,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['openmaturity-source'],
    logLevel: 'silent',
  });
  const files: Record<string, [string, string | Buffer]> = {
    '/': [
      'text/html',
      '<!doctype html><html lang="en-GB"><title>bench</title><script type="module" src="/cdn/om-scorecard.js"></script><script type="module" src="/cdn/om-priority-checklist.js"></script><script type="module" src="/cdn/om-assessment-editor.js"></script><script type="module" src="/bench.js"></script><body></body></html>',
    ],
    '/bundle-core.js': ['text/javascript', core.outputFiles[0]!.text],
    '/bench.js': ['text/javascript', readFileSync(new URL('bench/fixtures/widgets-bench.js', root))],
    '/wgll.json': ['application/json', readFileSync(new URL('packages/core/data/frameworks/wgll-2024.json', root))],
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // The two elements' CDN files (defined before any timing starts) and their chunks.
    const file: [string, string | Buffer] | undefined =
      files[path] ??
      (path.startsWith('/cdn/') && !path.includes('..') && existsSync(new URL(`packages/widgets/dist${path}`, root))
        ? ['text/javascript', readFileSync(new URL(`packages/widgets/dist${path}`, root))]
        : undefined);
    if (!file) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as { __results?: unknown }).__results, { timeout: 120_000 });
    const r = (await page.evaluate(() => (window as unknown as { __results: Record<string, number> }).__results))!;
    const version = await browser.version();
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    return [
      {
        group: `widgets (${version})`,
        name: 'first render, <om-scorecard>, 300 responses',
        value: ms(r.scorecard!),
        reference: `score() alone ${ms(r.score!)}`,
        ratio: `${(r.score! / r.scorecard!).toFixed(2)}x`,
        budget: '',
      },
      {
        group: `widgets (${version})`,
        name: `first render, <om-priority-checklist>, ${r.items} items (10 shown)`,
        value: ms(r.checklist!),
        reference: `prioritise() alone ${ms(r.prioritise!)}`,
        ratio: `${(r.prioritise! / r.checklist!).toFixed(2)}x`,
        budget: '',
      },
      ...(
        [
          [`WGLL (${r.wgllIndicators} indicators)`, r.editorWgll!, r.keystrokeWgll!, r.checkWgll!],
          ['500 indicators', r.editor500!, r.keystroke500!, r.check500!],
        ] as const
      ).flatMap(([what, first, keystroke, check]) => [
        {
          group: `widgets (${version})`,
          name: `first render, <om-assessment-editor>, ${what}, with its preview`,
          value: ms(first),
          reference: `validate + score() alone ${ms(check)}`,
          ratio: `${(check / first).toFixed(2)}x`,
          budget: '',
        },
        {
          group: `widgets (${version})`,
          name: `keystroke to updated preview, <om-assessment-editor>, ${what}`,
          value: ms(keystroke),
          reference: `validate + score() alone ${ms(check)}`,
          ratio: `${(check / keystroke).toFixed(2)}x`,
          budget: '',
        },
      ]),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
