/**
 * The national picture from the trusts' side: across a cohort, which barriers are reported
 * against each indicator and standard, how far each standard is adopted and how that moves
 * over periods, and which mandates look at risk. Cohorts smaller than the benchmark minimum
 * are suppressed: a count, and no figure that could single out one organisation.
 */
import type { Assessment } from '../format/kinds/assessment.js';
import {
  adoptionStages,
  barrierCodes,
  type AdoptionStage,
  type Barrier,
  type BarrierCode,
} from '../format/local-voice.js';
import type { Period } from '../format/shared.js';
import type { Standard } from '../format/kinds/standard.js';
import { MIN_COHORT_SIZE } from './benchmark.js';

/** How many organisations report a barrier. */
export interface BarrierTally {
  code: BarrierCode;
  organisations: number;
}

export interface BarrierCounts {
  cohortSize: number;
  suppressed: boolean;
  /**
   * Per indicator with any barrier: how many organisations report each code, most reported
   * first. An indicator fewer than the minimum report on is `suppressed`, without `counts`.
   */
  indicators: { indicator: string; organisations: number; suppressed: boolean; counts?: BarrierTally[] }[];
  /** The same for standards, from the assessments' standards adoption. */
  standards: { standard: string; organisations: number; suppressed: boolean; counts?: BarrierTally[] }[];
}

/** Options of the local-voice aggregations. */
export interface LocalVoiceOptions {
  /** The smallest cohort whose figures are shown. Default: 5, as for benchmarks. */
  minCohortSize?: number;
}

/**
 * Counts the barriers a cohort reports, per indicator and per standard. An organisation counts
 * once per code, however often it names it.
 *
 * @example
 * ```ts
 * const { indicators } = countBarriers(assessments);
 * indicators[0]; // { indicator: 'e-prescribing', organisations: 14, counts: [{ code: 'funding', organisations: 9 }, ...] }
 * ```
 */
export function countBarriers(assessments: readonly Assessment[], options: LocalVoiceOptions = {}): BarrierCounts {
  const minimum = options.minCohortSize ?? MIN_COHORT_SIZE;
  const cohortSize = new Set(assessments.map((a) => a.organisation.odsCode)).size;
  if (cohortSize < minimum) return { cohortSize, suppressed: true, indicators: [], standards: [] };
  const byIndicator = new Tally();
  const byStandard = new Tally();
  for (const a of assessments) {
    for (const r of a.responses) byIndicator.add(r.indicator, a.organisation.odsCode, r.barriers);
    for (const s of a.standardsAdoption ?? []) byStandard.add(s.standard, a.organisation.odsCode, s.barriers);
  }
  // A small group inside a large cohort could single out its members just as a small cohort could.
  const shown = <T extends { organisations: number; counts: BarrierTally[] }>({ counts, ...rest }: T) =>
    rest.organisations < minimum ? { ...rest, suppressed: true } : { ...rest, suppressed: false, counts };
  return {
    cohortSize,
    suppressed: false,
    indicators: byIndicator.list().map(({ key, ...rest }) => ({ indicator: key, ...shown(rest) })),
    standards: byStandard.list().map(({ key, ...rest }) => ({ standard: key, ...shown(rest) })),
  };
}

/** Counts distinct organisations per key and code. */
class Tally {
  private readonly seen = new Map<string, { organisations: Set<string>; codes: Map<BarrierCode, Set<string>> }>();

  add(key: string, organisation: string, barriers: readonly Barrier[] | undefined): void {
    if (!barriers || barriers.length === 0) return;
    let entry = this.seen.get(key);
    if (!entry) this.seen.set(key, (entry = { organisations: new Set(), codes: new Map() }));
    entry.organisations.add(organisation);
    for (const { code } of barriers) {
      let who = entry.codes.get(code);
      if (!who) entry.codes.set(code, (who = new Set()));
      who.add(organisation);
    }
  }

  list() {
    return [...this.seen.entries()]
      .map(([key, entry]) => ({
        key,
        organisations: entry.organisations.size,
        counts: barrierCodes
          .filter((code) => entry.codes.has(code))
          .map((code) => ({ code, organisations: entry.codes.get(code)!.size }))
          .sort((a, b) => b.organisations - a.organisations),
      }))
      .sort((a, b) => b.organisations - a.organisations || a.key.localeCompare(b.key));
  }
}

/** One standard's adoption across a cohort. */
export interface StandardAdoptionSummary {
  standard: string;
  /** Organisations that report a stage for this standard. */
  responding: number;
  /** True when too few respond to show figures. */
  suppressed: boolean;
  /** Organisations at each stage (absent when suppressed). */
  stages?: Record<AdoptionStage, number>;
  /** The share of responding organisations at each stage, from 0 to 1 (absent when suppressed). */
  shares?: Record<AdoptionStage, number>;
  /** The most reported barriers (absent when suppressed). */
  barriers?: BarrierTally[];
}

export interface AdoptionSummary {
  cohortSize: number;
  suppressed: boolean;
  standards: StandardAdoptionSummary[];
}

/**
 * How far a cohort has adopted each standard of the catalogue: per standard, the organisations
 * at each stage and their shares. A standard that fewer than the minimum report on is suppressed.
 *
 * @example
 * ```ts
 * summariseAdoption(assessments, catalogue).standards.find((s) => s.standard === 'fhir-uk-core')?.shares?.live; // 0.35
 * ```
 */
export function summariseAdoption(
  assessments: readonly Assessment[],
  standards: readonly Pick<Standard, 'id'>[],
  options: LocalVoiceOptions = {},
): AdoptionSummary {
  const minimum = options.minCohortSize ?? MIN_COHORT_SIZE;
  // One assessment per organisation (the first), indexed once: O(assessments + adoptions + standards).
  const first = new Map<string, Assessment>();
  for (const a of assessments) if (!first.has(a.organisation.odsCode)) first.set(a.organisation.odsCode, a);
  const cohort = [...first.values()];
  const stagesOf = new Map<string, Record<AdoptionStage, number>>();
  for (const a of cohort) {
    const seen = new Set<string>();
    for (const adoption of a.standardsAdoption ?? []) {
      if (seen.has(adoption.standard)) continue;
      seen.add(adoption.standard);
      let stages = stagesOf.get(adoption.standard);
      if (!stages)
        stagesOf.set(
          adoption.standard,
          (stages = Object.fromEntries(adoptionStages.map((stage) => [stage, 0])) as Record<AdoptionStage, number>),
        );
      stages[adoption.stage]++;
    }
  }
  const barriers = new Map(
    countBarriers(cohort, { minCohortSize: 0 }).standards.map((b) => [b.standard, b.counts ?? []]),
  );
  const cohortSize = cohort.length;
  return {
    cohortSize,
    suppressed: cohortSize < minimum,
    standards: uniqueIds(standards).map((id) => {
      const stages =
        stagesOf.get(id) ??
        (Object.fromEntries(adoptionStages.map((stage) => [stage, 0])) as Record<AdoptionStage, number>);
      const responding = adoptionStages.reduce((sum, stage) => sum + stages[stage], 0);
      if (responding < minimum || cohortSize < minimum) return { standard: id, responding, suppressed: true };
      const shares = Object.fromEntries(adoptionStages.map((stage) => [stage, stages[stage] / responding])) as Record<
        AdoptionStage,
        number
      >;
      return { standard: id, responding, suppressed: false, stages, shares, barriers: barriers.get(id) ?? [] };
    }),
  };
}

/** Each standard once, in catalogue order: a catalogue may hold several versions of one. */
const uniqueIds = (standards: readonly Pick<Standard, 'id'>[]) => [...new Set(standards.map((s) => s.id))];

/** One standard's adoption, period by period. */
export interface AdoptionOverTime {
  standard: string;
  periods: { period: string; responding: number; suppressed: boolean; shares?: Record<AdoptionStage, number> }[];
  /**
   * The change in the share that is live, in percentage points, from the first period that can
   * be shown to the latest period; absent when the latest period is suppressed.
   */
  liveChange?: { points: number; from: string; to: string };
}

/**
 * How each standard's adoption moves over periods: the cohort's shares per period, oldest first.
 *
 * @example
 * ```ts
 * adoptionOverTime([{ period: p2023, assessments: a2023 }, { period: p2024, assessments: a2024 }], catalogue)[0].liveChange; // 12.5
 * ```
 */
export function adoptionOverTime(
  cohorts: readonly { period: Period; assessments: readonly Assessment[] }[],
  standards: readonly Pick<Standard, 'id'>[],
  options: LocalVoiceOptions = {},
): AdoptionOverTime[] {
  const ordered = [...cohorts].sort((a, b) => a.period.start.localeCompare(b.period.start));
  const summaries = ordered.map((c) => ({
    period: c.period.id,
    standards: new Map(summariseAdoption(c.assessments, standards, options).standards.map((s) => [s.standard, s])),
  }));
  return uniqueIds(standards).map((id) => {
    const periods = summaries.map(({ period, standards: byId }) => {
      const s = byId.get(id)!;
      return { period, responding: s.responding, suppressed: s.suppressed, shares: s.shares };
    });
    const latest = periods.at(-1);
    const baseline = periods.find((p) => p.shares);
    const liveChange =
      latest?.shares && baseline && baseline !== latest
        ? { points: (latest.shares.live - baseline.shares!.live) * 100, from: baseline.period, to: latest.period }
        : undefined;
    return { standard: id, periods, liveChange };
  });
}

/** A mandate that looks at risk, and the figures behind the judgement. */
export interface TimelineSignal {
  standard: string;
  /** `mandated-while-draft`: a mandate date is set for a standard still in draft. `mandate-passed`: the date has passed and few are live. `mandate-approaching`: it is close and few are live. */
  kind: 'mandated-while-draft' | 'mandate-passed' | 'mandate-approaching';
  mandatedFrom: string;
  /** Days from `now` to the mandate date: negative once it has passed. */
  daysToMandate: number;
  /** The share of responding organisations that are live (absent when suppressed). */
  liveShare?: number;
  responding: number;
}

/**
 * Flags mandates at risk: a standard mandated while still a draft; or one whose mandate date
 * has passed, or falls within `horizonDays` (180 by default), while fewer than `liveBelow`
 * (half, by default) of the responding cohort are live. A suppressed cohort gives only the
 * draft signal, which needs no cohort figure.
 *
 * @example
 * ```ts
 * timelineSignals(catalogue, summariseAdoption(assessments, catalogue), { now: new Date('2026-01-01') });
 * // [{ standard: 'fhir-uk-core', kind: 'mandated-while-draft', mandatedFrom: '2026-04-01', ... }]
 * ```
 */
export function timelineSignals(
  standards: readonly Pick<Standard, 'id' | 'status' | 'mandatedFrom'>[],
  adoption: AdoptionSummary,
  options: { now?: Date; horizonDays?: number; liveBelow?: number } = {},
): TimelineSignal[] {
  const now = options.now ?? new Date();
  const horizon = options.horizonDays ?? 180;
  const threshold = options.liveBelow ?? 0.5;
  const signals: TimelineSignal[] = [];
  if (Number.isNaN(now.getTime())) throw new RangeError('timelineSignals: options.now is not a valid date');
  for (const standard of standards) {
    // A retired standard's mandate is history, not a timeline at risk.
    if (!standard.mandatedFrom || standard.status === 'retired') continue;
    // Whole calendar days (UTC): a mandate is not "passed" on the afternoon before its date.
    const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    const days = Math.round((Date.parse(`${standard.mandatedFrom}T00:00:00Z`) - today) / 86_400_000);
    const summary = adoption.standards.find((s) => s.standard === standard.id);
    const figures = {
      standard: standard.id,
      mandatedFrom: standard.mandatedFrom,
      daysToMandate: days,
      liveShare: summary?.shares?.live,
      responding: summary?.responding ?? 0,
    };
    if (standard.status === 'draft') signals.push({ kind: 'mandated-while-draft', ...figures });
    if (!summary || summary.suppressed || summary.shares === undefined || summary.shares.live >= threshold) continue;
    if (days <= 0) signals.push({ kind: 'mandate-passed', ...figures });
    else if (days <= horizon) signals.push({ kind: 'mandate-approaching', ...figures });
  }
  return signals;
}
