/** `npm run bench`: every benchmark of the project, in one table. */
import { analystBenchmarks } from './analyst.bench.js';
import { cliBenchmarks } from './cli.bench.js';
import { clientBenchmarks } from './client.bench.js';
import { engineBenchmarks } from './engine.bench.js';
import { formatBenchmarks } from './format.bench.js';
import { importBenchmarks } from './import.bench.js';
import { nationalBenchmarks } from './national.bench.js';
import { printTable, type Row } from './harness.js';
import { widgetBenchmarks } from './widgets.bench.js';
// @ts-expect-error: a plain JavaScript module shared with the build tests
import { measurePages } from '../scripts/size.js';

const rows: Row[] = [];
const started = performance.now();
console.log(
  `node ${process.version}, ${process.platform} ${process.arch}; medians of 15 rounds; ratio = figure / reference (higher is faster)\n`,
);
rows.push(...formatBenchmarks());
rows.push(...cliBenchmarks());
rows.push(...(await clientBenchmarks()));
rows.push(...engineBenchmarks());
rows.push(...analystBenchmarks());
rows.push(...importBenchmarks());
rows.push(...(await widgetBenchmarks()));
rows.push(...(await nationalBenchmarks()));
// Sizes are deterministic: what a page loads through the one tag. CI enforces the ceiling; the budget is issue #14's.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const b of measurePages() as {
  page: string;
  files: number;
  minified: number;
  gzip: number;
  budget?: number;
  ceiling: number;
}[]) {
  rows.push({
    group: 'size (gzip -9)',
    name: `${b.page} (${b.files} files)`,
    value: kb(b.gzip),
    reference: `minified ${kb(b.minified)}`,
    ratio: `${(b.gzip / b.minified).toFixed(2)}x`,
    budget: `${b.budget ? `budget ${kb(b.budget)}, ` : ''}CI ceiling ${kb(b.ceiling)}${b.budget && b.gzip > b.budget ? ' (over budget)' : ''}`,
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
