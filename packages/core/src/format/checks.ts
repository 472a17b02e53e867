/**
 * The checks beyond one field's shape that several document kinds share: dates in order, and
 * keys used once in a list. Each kind's descriptor composes its integrity from these.
 */
import { describeValue, formatPath, issue, type DocumentIssue } from './issues.js';
import type { Period } from './shared.js';

/** A date that must not come before another: `later` is reported at `path` when it does. */
export function dateOrder(
  path: (string | number)[],
  earlier: string | undefined,
  later: string | undefined,
  what: string,
): DocumentIssue[] {
  if (earlier === undefined || later === undefined || later >= earlier) return [];
  return [issue('inconsistent', path, `a date on or after ${what} (${earlier})`, describeValue(later))];
}

/** A reporting period that ends on or after its start. */
export const checkPeriod = (period: Period): DocumentIssue[] =>
  dateOrder(['period', 'end'], period.start, period.end, 'period.start');

/**
 * The one loop for "used once in a list": every item whose key repeats an earlier item's is
 * reported, as `report(index, earlierIndex, key)` words it, into `issues`.
 *
 * @returns each key with the index of its first item.
 */
export function firstOfEach<T>(
  items: readonly T[],
  key: (item: T) => string,
  report: (index: number, earlier: number, key: string) => DocumentIssue,
  issues: DocumentIssue[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const value = key(item);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else issues.push(report(i, earlier, value));
  });
  return first;
}

/**
 * Reports every item whose key repeats an earlier one's, at `list[i].field`: `list` is a name
 * at the root, or the path of a list deeper in (`['responses', 0, 'barriers']`).
 */
export function uniqueValues<T>(
  items: readonly T[],
  key: (item: T) => string,
  list: string | readonly (string | number)[],
  field: string,
  code: 'duplicate_id' | 'duplicate_response' = 'duplicate_id',
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const at = typeof list === 'string' ? [list] : list;
  firstOfEach(
    items,
    key,
    (i, earlier, value) =>
      issue(
        code,
        [...at, i, field],
        `one entry per ${field}`,
        `${describeValue(value)}, already at ${formatPath([...at, earlier])}`,
      ),
    issues,
  );
  return issues;
}

/** Reports every item whose `id` repeats an earlier one's, and returns the ids. */
export function uniqueIds(items: readonly { id: string }[], list: string, issues: DocumentIssue[]): Set<string> {
  const first = firstOfEach(
    items,
    (item) => item.id,
    (i, earlier, id) =>
      issue(
        'duplicate_id',
        [list, i, 'id'],
        `an id used once in ${list}`,
        `${describeValue(id)}, already used at ${list}[${earlier}]`,
      ),
    issues,
  );
  return new Set(first.keys());
}
