/**
 * When a statement is in force. Its dates are calendar dates without a time zone: `expires`
 * is valid through the end of that day in UTC; `issued` counts from the moment that date has
 * begun anywhere on Earth (UTC+14), so a statement signed just after midnight in the UK is
 * never "not yet valid" for the hour that British Summer Time is ahead of UTC.
 */
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';

const DAY_MS = 86_400_000;
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/**
 * The period in which a statement is in force, in milliseconds since the epoch.
 *
 * @example
 * ```ts
 * const { notBefore, notAfter }: ValidityWindow = validityWindow(statement);
 * ```
 */
export interface ValidityWindow {
  /** The first moment it is in force. */
  notBefore: number;
  /** The first moment it is no longer in force; absent when it does not expire. */
  notAfter?: number;
}

/**
 * The period in which a statement is in force.
 *
 * @example
 * ```ts
 * validityWindow({ issued: '2024-04-01', expires: '2025-03-31' });
 * // { notBefore: Date.parse('2024-03-31T10:00:00Z'), notAfter: Date.parse('2025-04-01T00:00:00Z') }
 * ```
 */
export function validityWindow(statement: Pick<ConformanceStatement, 'issued' | 'expires'>): ValidityWindow {
  const notBefore = Date.parse(`${statement.issued}T00:00:00Z`) - EARLIEST_ZONE_MS;
  if (statement.expires === undefined) return { notBefore };
  return { notBefore, notAfter: Date.parse(`${statement.expires}T00:00:00Z`) + DAY_MS };
}

/**
 * True when the statement has expired at `now`: the day after its `expires` date has begun
 * in UTC. The same rule as the conformance badge element.
 *
 * @example
 * ```ts
 * isExpired({ issued: '2023-06-30', expires: '2024-06-30' }, new Date('2024-07-01T00:00:00Z')); // true
 * ```
 */
export function isExpired(
  statement: Pick<ConformanceStatement, 'issued' | 'expires'>,
  now: Date = new Date(),
): boolean {
  const { notAfter } = validityWindow(statement);
  return notAfter !== undefined && now.getTime() >= notAfter;
}
