/**
 * A small benchmark harness: each case runs in rounds of at least `minMs`, the median round
 * gives the figure, and every figure is printed beside a reference measured in the same run.
 * Timing varies from machine to machine and run to run, so ratios are the figures to compare.
 */

export interface Measurement {
  /** Operations per second, median of the rounds. */
  opsPerSecond: number;
  rounds: number;
}

export function measure(run: () => unknown, { rounds = 15, minMs = 60 } = {}): Measurement {
  // Warm up, so the JIT has compiled the code before it is timed.
  const warmUntil = performance.now() + minMs * 3;
  while (performance.now() < warmUntil) run();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      run();
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    rates.push((n * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  return { opsPerSecond: rates[Math.floor(rates.length / 2)]!, rounds };
}

/** One line of the table. */
export interface Row {
  group: string;
  name: string;
  /** The figure, already formatted with its unit. */
  value: string;
  /** The reference's figure, formatted, or '' for a reference row itself. */
  reference: string;
  /** figure / reference, where a higher figure is better; '' when none. */
  ratio: string;
  budget: string;
  /** Whether the figure is within its budget; undefined when it has none. */
  withinBudget?: boolean;
}

export const rate = (opsPerSecond: number, unit = 'ops/s') =>
  `${opsPerSecond >= 1000 ? Math.round(opsPerSecond).toLocaleString('en-GB') : opsPerSecond.toPrecision(3)} ${unit}`;

export function printTable(rows: Row[]): void {
  const header: Row = {
    group: 'group',
    name: 'case',
    value: 'figure',
    reference: 'reference',
    ratio: 'ratio',
    budget: 'budget',
  };
  const columns = ['group', 'name', 'value', 'reference', 'ratio', 'budget'] as const;
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => String(r[c]).length)));
  const line = (r: Row) =>
    columns
      .map((c, i) => String(r[c]).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
