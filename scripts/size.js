// `npm run size`: the CDN bundles' sizes (minified, gzip -9) against their budgets. Size is
// deterministic, so it is checked in CI (scripts/dist.test.js); time is not, and is benchmarked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * `target`: the budget the widgets issue sets. `ceiling`: what CI enforces today, so the bundle
 * cannot grow while it is still over its target; lower it whenever a change makes room.
 */
export const budgets = {
  'openmaturity-widgets.js': { what: 'all elements, client, schemas', target: 25 * KB, ceiling: 53 * KB },
  'om-conformance-badge.js': { what: 'the badge alone', target: 15 * KB, ceiling: 40 * KB },
  'om-scorecard.js': { what: 'the scorecard alone', target: undefined, ceiling: 40.5 * KB },
  'om-priority-checklist.js': { what: 'the checklist alone', target: undefined, ceiling: 41.5 * KB },
  'om-standards-adoption.js': { what: 'standards adoption alone', target: undefined, ceiling: 38 * KB },
};

export function measureBundles() {
  return Object.entries(budgets).map(([file, budget]) => {
    const code = readFileSync(new URL(`../packages/widgets/dist/cdn/${file}`, import.meta.url));
    const gzip = gzipSync(code, { level: 9 }).length;
    return { file, ...budget, minified: code.length, gzip };
  });
}

const kb = (bytes) => (bytes === undefined ? '-' : `${(bytes / KB).toFixed(1)} kB`);

export function sizeTable(rows) {
  const lines = [['bundle', 'contents', 'minified', 'gzip', 'target', 'ceiling (CI)', 'status']];
  for (const r of rows) {
    const status =
      r.gzip > r.ceiling
        ? 'OVER CEILING'
        : r.target !== undefined && r.gzip > r.target
          ? `over target by ${kb(r.gzip - r.target)}`
          : 'ok';
    lines.push([r.file, r.what, kb(r.minified), kb(r.gzip), kb(r.target), kb(r.ceiling), status]);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines
    .map((l) =>
      l
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measureBundles();
  console.log(sizeTable(rows));
  if (rows.some((r) => r.gzip > r.ceiling)) process.exitCode = 1;
}
