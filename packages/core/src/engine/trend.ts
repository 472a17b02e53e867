/**
 * Trends: what changed between two assessments of one organisation, per domain and overall.
 * Across framework versions, only indicators that both versions have (same id, same kind of
 * measure) are compared, and the rest are reported rather than silently mixed in.
 */
import type { Assessment } from '../format/kinds/assessment.js';
import type { Framework } from '../format/kinds/framework.js';
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { issue } from '../format/issues.js';
import { score } from './score.js';

export type Direction = 'up' | 'down' | 'same' | 'unknown';

export interface Change {
  from: number | undefined;
  to: number | undefined;
  /** to - from, in points; `undefined` when either is unknown. */
  delta: number | undefined;
  direction: Direction;
}

export interface Trend {
  overall: Change;
  domains: ({ domain: string; name: string } & Change)[];
  /** Whether both assessments answer the same framework version. */
  sameVersion: boolean;
  /** Indicators compared. */
  matched: string[];
  /** Indicators only the newer version has. */
  added: string[];
  /** Indicators only the older version has. */
  removed: string[];
  /** Indicators both have but measured differently: left out. */
  changedMeasure: string[];
  /** Indicators both have but in another domain: left out, so that no domain seems to move for it. */
  changedDomain: string[];
}

export interface Scored {
  framework: Framework;
  assessment: Assessment;
}

/**
 * The change from a previous assessment to the current one. A change within `tolerance`
 * points (0.5 by default) counts as the same.
 *
 * @throws {@link InvalidDocumentError} when the assessments are of different organisations or frameworks.
 * @example
 * ```ts
 * const t = trend({ framework: fw2023, assessment: last }, { framework: fw2024, assessment: now });
 * t.overall; // { from: 51.2, to: 58.9, delta: 7.7, direction: 'up' }
 * t.removed; // indicators the 2024 version dropped
 * ```
 */
export function trend(previous: Scored, current: Scored, options: { tolerance?: number } = {}): Trend {
  if (previous.assessment.organisation.odsCode !== current.assessment.organisation.odsCode) {
    throw new InvalidDocumentError([
      issue(
        'inconsistent',
        ['organisation', 'odsCode'],
        `an assessment of ${previous.assessment.organisation.odsCode}`,
        current.assessment.organisation.odsCode,
      ),
    ]);
  }
  if (previous.framework.id !== current.framework.id) {
    throw new InvalidDocumentError([
      issue('framework_mismatch', ['framework', 'id'], `the framework ${previous.framework.id}`, current.framework.id),
    ]);
  }
  const before = new Map(previous.framework.indicators.map((i) => [i.id, i]));
  const now = new Map(current.framework.indicators.map((i) => [i.id, i]));
  const matched: string[] = [];
  const changedMeasure: string[] = [];
  const changedDomain: string[] = [];
  for (const [id, indicator] of now) {
    const old = before.get(id);
    if (!old) continue;
    if (old.measure.type !== indicator.measure.type) changedMeasure.push(id);
    else if (old.domain !== indicator.domain) changedDomain.push(id);
    else matched.push(id);
  }
  const keep = new Set(matched);
  const only = (framework: Framework): Framework => ({
    ...framework,
    indicators: framework.indicators.filter((i) => keep.has(i.id)),
  });
  const sameVersion = previous.framework.version === current.framework.version;
  const from = score(sameVersion ? previous.framework : only(previous.framework), previous.assessment);
  const to = score(sameVersion ? current.framework : only(current.framework), current.assessment);
  const tolerance = options.tolerance ?? 0.5;

  return {
    overall: change(from.overall.score, to.overall.score, tolerance),
    domains: to.domains.map((domain) => ({
      domain: domain.domain,
      name: domain.name,
      ...change(from.domains.find((d) => d.domain === domain.domain)?.score, domain.score, tolerance),
    })),
    sameVersion,
    matched,
    added: [...now.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !now.has(id)),
    changedMeasure,
    changedDomain,
  };
}

function change(from: number | undefined, to: number | undefined, tolerance: number): Change {
  if (from === undefined || to === undefined) return { from, to, delta: undefined, direction: 'unknown' };
  const delta = to - from;
  return { from, to, delta, direction: Math.abs(delta) <= tolerance ? 'same' : delta > 0 ? 'up' : 'down' };
}
