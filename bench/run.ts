/** `npm run bench`: every benchmark of the project, in one table. */
import { clientBenchmarks } from './client.bench.js';
import { engineBenchmarks } from './engine.bench.js';
import { formatBenchmarks } from './format.bench.js';
import { printTable, type Row } from './harness.js';
import { widgetBenchmarks } from './widgets.bench.js';
// @ts-expect-error: a plain JavaScript module shared with the build tests
import { measureBundles } from '../scripts/size.js';

const rows: Row[] = [];
const started = performance.now();
console.log(
  `node ${process.version}, ${process.platform} ${process.arch}; medians of 15 rounds; ratio = figure / reference (higher is faster)\n`,
);
rows.push(...formatBenchmarks());
rows.push(...(await clientBenchmarks()));
rows.push(...engineBenchmarks());
rows.push(...(await widgetBenchmarks()));
// Sizes are deterministic; CI enforces the ceiling, the target is the widgets issue's.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const b of measureBundles() as {
  file: string;
  what: string;
  minified: number;
  gzip: number;
  target?: number;
  ceiling: number;
}[]) {
  rows.push({
    group: 'size (gzip -9)',
    name: `${b.file} (${b.what})`,
    value: kb(b.gzip),
    reference: `minified ${kb(b.minified)}`,
    ratio: `${(b.gzip / b.minified).toFixed(2)}x`,
    budget: `${b.target ? `target ${kb(b.target)}, ` : ''}CI ceiling ${kb(b.ceiling)}${b.target && b.gzip > b.target ? ' (over target)' : ''}`,
    withinBudget: b.gzip <= b.ceiling,
  });
}
printTable(rows);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
const over = rows.filter((r) => r.withinBudget === false);
if (over.length > 0) {
  console.error(`over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
