/** The order of versions and periods, which decides what an index calls the latest. */
import type { Period } from '../format/shared.js';

const RUNS = /\d+|\D+/g;

/**
 * Compares two version or period ids in natural order: runs of digits by their numeric value,
 * other runs character by character. So `2` < `10`, `2024.1` < `2024.10`, `2023-24` < `2024-25`.
 * A pre-release suffix sorts after its release (`1.0` < `1.0-draft`): ids say no more.
 *
 * @returns a negative number, 0 or a positive number, for `Array.prototype.sort`.
 * @example
 * ```ts
 * ['2024.10', '2024.2', '2016'].sort(compareVersions); // ['2016', '2024.2', '2024.10']
 * ```
 */
export function compareVersions(a: string, b: string): number {
  const left = a.match(RUNS) ?? [];
  const right = b.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric) {
      // BigInt: a long run of digits (a date stamp) must not lose precision.
      const difference = BigInt(x) - BigInt(y);
      if (difference !== 0n) return difference < 0n ? -1 : 1;
      return x.length - y.length; // "01" after "1": equal values, a stable order
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Compares two reporting periods: the one that ends later is the later one; equal ends are
 * ordered by start, then by id with {@link compareVersions}.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return compareVersions(a.id, b.id);
}
