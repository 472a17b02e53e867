/**
 * A cohort's standards adoption as one document: what `summariseAdoption`, `adoptionOverTime`
 * and `timelineSignals` say of a cohort's assessments, period by period, put together as an
 * `StandardsAdoptionSummary`, so that `openmaturity publish` can write it and a page can read one file
 * instead of every organisation's assessments.
 */
import type { StandardsAdoptionSummary } from '../format/kinds/standards-adoption-summary.js';
import type { Assessment } from '../format/kinds/assessment.js';
import type { Standard } from '../format/kinds/standard.js';
import { SCHEMA_VERSION, type Period } from '../format/shared.js';
import { adoptionOverTime, summariseAdoption, timelineSignals, type LocalVoiceOptions } from './local-voice.js';

/** Options of {@link adoptionSummaryDocument}. */
export interface AdoptionSummaryDocumentOptions extends LocalVoiceOptions {
  /** The day the timelines are judged at, `YYYY-MM-DD`. By default the end of the latest period, never today. */
  asOf?: string;
  /** The summary's id; by default the id of the latest period. */
  id?: string;
  /** What it counts, for people. */
  title?: string;
  /** When it was computed (ISO date and time); by default now. */
  computed?: string;
}

/**
 * The assessments' periods, oldest first, each with its assessments: the cohorts
 * `adoptionOverTime` takes.
 */
export function cohortsByPeriod(assessments: readonly Assessment[]): { period: Period; assessments: Assessment[] }[] {
  const byPeriod = new Map<string, { period: Period; assessments: Assessment[] }>();
  for (const a of assessments) {
    const entry = byPeriod.get(a.period.id);
    if (entry) entry.assessments.push(a);
    else byPeriod.set(a.period.id, { period: a.period, assessments: [a] });
  }
  return [...byPeriod.values()].sort((a, b) => a.period.start.localeCompare(b.period.start));
}

/**
 * A cohort's adoption of each standard of `standards` as a `StandardsAdoptionSummary` document: the
 * latest period's figures (`summariseAdoption`), every period's shares and the change in the
 * live share (`adoptionOverTime`), and the mandates at risk on the as-of date
 * (`timelineSignals`). Standards and figures are the engine's, unrounded; of several versions
 * of one standard in the catalogue, the last listed names it.
 *
 * @throws `RangeError` for no assessments (a summary is of a period), or an `asOf` that is not a date.
 * @example
 * ```ts
 * const summary = adoptionSummaryDocument(assessments, catalogue, { title: 'Acute trusts' });
 * summary.standards[0].shares?.live; // 0.35
 * ```
 */
export function adoptionSummaryDocument(
  assessments: readonly Assessment[],
  standards: readonly Standard[],
  options: AdoptionSummaryDocumentOptions = {},
): StandardsAdoptionSummary {
  const cohorts = cohortsByPeriod(assessments);
  const latest = cohorts.at(-1);
  if (!latest) throw new RangeError('adoptionSummaryDocument: no assessments, so no period to summarise');
  const asOf = options.asOf ?? latest.period.end;
  const now = new Date(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(now.getTime()))
    throw new RangeError(`adoptionSummaryDocument: asOf ${JSON.stringify(asOf)} is not a date (YYYY-MM-DD)`);
  const engine = { minCohortSize: options.minCohortSize };
  const summary = summariseAdoption(latest.assessments, standards, engine);
  const trend = new Map(adoptionOverTime(cohorts, standards, engine).map((t) => [t.standard, t]));
  const named = new Map(standards.map((s) => [s.id, s]));
  // The engine's interfaces are the schema's shapes without their index signatures (every
  // object of the format keeps properties it does not know), so the cast only adds those.
  return {
    kind: 'StandardsAdoptionSummary',
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? latest.period.id,
    ...(options.title !== undefined ? { title: options.title } : {}),
    asOf,
    computed: options.computed ?? new Date().toISOString(),
    period: latest.period,
    periods: cohorts.map((c) => c.period),
    organisations: summary.cohortSize,
    suppressed: summary.suppressed,
    standards: summary.standards.map(({ standard: id, ...figures }) => {
      const { version, name, status, mandatedFrom } = named.get(id)!;
      const { periods, liveChange } = trend.get(id)!;
      return {
        standard: { id, version, name, status, ...(mandatedFrom ? { mandatedFrom } : {}) },
        ...withoutUndefined(figures),
        periods: periods.map((p) => withoutUndefined(p)),
        ...(liveChange ? { liveChange } : {}),
      };
    }),
    signals: timelineSignals(standards, summary, { now }).map((s) => withoutUndefined(s)),
  } as StandardsAdoptionSummary;
}

/** The object without its undefined members: what JSON keeps, so a document equals its own JSON. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
