/** `npm run bench`: every benchmark of the project, in one table. */
import { clientBenchmarks } from './client.bench.js';
import { engineBenchmarks } from './engine.bench.js';
import { formatBenchmarks } from './format.bench.js';
import { printTable, type Row } from './harness.js';
import { widgetBenchmarks } from './widgets.bench.js';

const rows: Row[] = [];
const started = performance.now();
console.log(`node ${process.version}, ${process.platform} ${process.arch}; medians of 15 rounds; ratio = figure / reference (higher is faster)\n`);
rows.push(...formatBenchmarks());
rows.push(...(await clientBenchmarks()));
rows.push(...engineBenchmarks());
rows.push(...(await widgetBenchmarks()));
printTable(rows);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
const over = rows.filter((r) => r.withinBudget === false);
if (over.length > 0) {
  console.error(`over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
