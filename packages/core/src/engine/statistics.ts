/** Order statistics for benchmarks: one definition of a quartile, used everywhere. */

/**
 * The q-quantile of sorted values by linear interpolation between closest ranks (Hyndman and
 * Fan's type 7: the default of R, NumPy and Excel's QUARTILE.INC), so figures match what an
 * analyst gets from a spreadsheet.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The five-number summary of a set of values: minimum, quartiles, median, maximum. */
export function fiveNumbers(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0]!,
    lowerQuartile: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upperQuartile: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

/** Rounds a figure for publishing, so that documents do not carry float noise. */
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
