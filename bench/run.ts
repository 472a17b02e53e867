/** `npm run bench`: every benchmark of the project, in one table. */
import { analystBenchmarks } from './analyst.bench.js';
import { cliBenchmarks } from './cli.bench.js';
import { clientBenchmarks } from './client.bench.js';
import { engineBenchmarks } from './engine.bench.js';
import { formatBenchmarks } from './format.bench.js';
import { importBenchmarks } from './import.bench.js';
import { nationalBenchmarks } from './national.bench.js';
import { availableParallelism, loadavg } from 'node:os';
import { printTable, type Row } from './harness.js';
import { widgetBenchmarks } from './widgets.bench.js';
// @ts-expect-error: a plain JavaScript module shared with the build tests
import { measurePages } from '../scripts/size.js';

/** Each group of benchmarks by name: `npm run bench -- engine cli` runs only those (all when none is named). */
const groups: Record<string, () => Row[] | Promise<Row[]>> = {
  format: formatBenchmarks,
  cli: cliBenchmarks,
  client: clientBenchmarks,
  engine: engineBenchmarks,
  analyst: analystBenchmarks,
  import: importBenchmarks,
  widgets: widgetBenchmarks,
  national: nationalBenchmarks,
  size: sizeBenchmarks,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown benchmark group: ${unknown.join(', ')} (groups: ${Object.keys(groups).join(', ')})`);
  process.exit(2);
}

const rows: Row[] = [];
const started = performance.now();
// Timings on a shared machine depend on what else runs: the load average says how busy it was.
const [load1, load5] = loadavg();
console.log(
  `node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores, load average ${load1!.toFixed(2)} (1 min) ${load5!.toFixed(2)} (5 min); medians of 15 rounds; ratio = figure / reference (higher is faster)\n`,
);
for (const [name, run] of Object.entries(groups))
  if (chosen.length === 0 || chosen.includes(name)) rows.push(...(await run()));
printTable(rows);
console.log(
  `\n(${((performance.now() - started) / 1000).toFixed(1)} s; load average at the end ${loadavg()[0]!.toFixed(2)})`,
);
const over = rows.filter((r) => r.withinBudget === false);
if (over.length > 0) {
  console.error(`over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}

/** Sizes are deterministic: what a page loads through the one tag. CI enforces the ceiling; the budget is issue #14's. */
function sizeBenchmarks(): Row[] {
  const rows: Row[] = [];
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
  return rows;
}
