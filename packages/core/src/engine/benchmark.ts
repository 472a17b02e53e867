/**
 * Benchmarks: a cohort's five-number summaries per domain and overall, and an organisation's
 * rank and percentile in its cohort. A cohort smaller than the minimum (5 by default) is
 * marked suppressed and shows no figure that could single out one organisation.
 */
import type { Assessment } from '../format/kinds/assessment.js';
import type { Benchmark, Cohort, Summary } from '../format/kinds/benchmark.js';
import type { Framework } from '../format/kinds/framework.js';
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { describeValue, issue, type DocumentIssue } from '../format/issues.js';
import { organisationKey, type Organisation } from '../format/kinds/organisation.js';
import { SCHEMA_VERSION, type Period } from '../format/shared.js';
import { score, type ScoreResult } from './score.js';
import { fiveNumbers, round } from './statistics.js';

/** The smallest cohort whose figures are shown, as in NHS small-number suppression practice. */
export const MIN_COHORT_SIZE = 5;

export interface BenchmarkOptions {
  /** Who is compared: all assessments, or those of an organisation type, region or ICB. */
  cohort: Cohort;
  /** Needed when the cohort filters by type, region or ICB: what each organisation is. */
  organisations?: readonly Organisation[];
  /** The period; by default the assessments' own (they must all share it). */
  period?: Period;
  /** When the benchmark was computed (ISO 8601); by default now. Fix it for reproducible output. */
  computed?: string;
  id?: string;
  minCohortSize?: number;
}

/**
 * Computes a Benchmark document from many assessments of one framework version and period.
 * Quartiles are interpolated as spreadsheets do (see `quantile`); figures are rounded to two
 * decimals.
 *
 * @throws {@link format!InvalidDocumentError} when an assessment is for another framework, version or
 *   period, or two are of the same organisation (paths like `[3].framework.version`).
 * @example
 * ```ts
 * const acute = benchmark(framework, assessments, {
 *   cohort: { id: 'acute', label: 'Acute trusts', organisationType: 'acute-trust' },
 *   organisations,
 * });
 * acute.overall.median; // 58.25
 * ```
 */
export function benchmark(
  framework: Framework,
  assessments: readonly Assessment[],
  options: BenchmarkOptions,
): Benchmark {
  const builder = benchmarkBuilder(framework, { ...options, period: options.period ?? assessments[0]?.period });
  for (const assessment of assessments) builder.add(assessment);
  return builder.result();
}

/** Builds a benchmark one assessment at a time: see {@link benchmarkBuilder}. */
export interface BenchmarkBuilder {
  /**
   * Scores one assessment (when it is in the cohort) and keeps only its scores. Give its
   * `score` result when already computed, so it is not scored twice.
   */
  add(assessment: Assessment, result?: Pick<ScoreResult, 'overall' | 'domains'>): void;
  /**
   * The Benchmark document of everything added.
   *
   * @throws {@link format!InvalidDocumentError} as {@link benchmark} does, with the index of each
   *   assessment in the order added.
   */
  result(): Benchmark;
}

/**
 * A benchmark over more assessments than fit in memory: each one added is checked and scored,
 * and only its scores are kept, so a caller that reads, adds and drops documents holds a few
 * numbers per organisation. {@link benchmark} is this over an array.
 *
 * @example
 * ```ts
 * const builder = benchmarkBuilder(framework, { cohort: { id: 'all', label: 'All' }, period });
 * for (const file of files) builder.add(JSON.parse(readFileSync(file, 'utf8')));
 * const document = builder.result();
 * ```
 */
export function benchmarkBuilder(framework: Framework, options: BenchmarkOptions): BenchmarkBuilder {
  const issues: DocumentIssue[] = [];
  const seen = new Map<string, number>();
  const byCode = new Map((options.organisations ?? []).map((o) => [organisationKey(o), o]));
  const overall: number[] = [];
  const domains = framework.domains.map(() => [] as number[]);
  let period = options.period;
  let index = 0;
  return {
    add(assessment, scored) {
      const i = index++;
      period ??= assessment.period;
      if (!comparable(framework, assessment, period, i, seen, issues)) return;
      if (!inCohort(assessment, options.cohort, byCode)) return;
      const result = scored ?? score(framework, assessment);
      if (result.overall.score !== undefined) overall.push(result.overall.score);
      result.domains.forEach((d, j) => {
        if (d.score !== undefined) domains[j]!.push(d.score);
      });
    },
    result() {
      if (!period)
        throw new InvalidDocumentError([
          issue('missing', ['period'], 'options.period, since there is no assessment to take it from', 'nothing'),
        ]);
      if (issues.length > 0) throw new InvalidDocumentError(issues, { source: 'assessments' });
      const minimum = options.minCohortSize ?? MIN_COHORT_SIZE;
      return {
        kind: 'Benchmark',
        schemaVersion: SCHEMA_VERSION,
        id: options.id ?? `${framework.id}-${framework.version}-${options.cohort.id}-${period.id}`,
        framework: { id: framework.id, version: framework.version },
        period,
        cohort: options.cohort,
        computed: options.computed ?? new Date().toISOString(),
        overall: summarise(overall, minimum),
        domains: framework.domains.map((domain, j) => ({ domain: domain.id, ...summarise(domains[j]!, minimum) })),
      };
    },
  };
}

/** Adds the reasons an assessment cannot be compared to `issues`; true when it can. */
function comparable(
  framework: Framework,
  a: Assessment,
  period: Period,
  i: number,
  seen: Map<string, number>,
  issues: DocumentIssue[],
): boolean {
  const before = issues.length;
  if (a.framework.id !== framework.id || a.framework.version !== framework.version) {
    issues.push(
      issue(
        'framework_mismatch',
        [i, 'framework'],
        `${framework.id} ${framework.version}`,
        `${a.framework.id} ${a.framework.version}`,
      ),
    );
  }
  if (a.period.id !== period.id)
    issues.push(
      issue('inconsistent', [i, 'period', 'id'], `the period ${JSON.stringify(period.id)}`, describeValue(a.period.id)),
    );
  const earlier = seen.get(a.organisation.odsCode);
  if (earlier !== undefined)
    issues.push(
      issue(
        'duplicate_id',
        [i, 'organisation', 'odsCode'],
        'one assessment per organisation',
        `${a.organisation.odsCode}, also at [${earlier}]`,
      ),
    );
  else seen.set(a.organisation.odsCode, i);
  return issues.length === before;
}

function inCohort(assessment: Assessment, cohort: Cohort, byCode: ReadonlyMap<string, Organisation>): boolean {
  if (cohort.organisationType === undefined && cohort.region === undefined && cohort.icb === undefined) return true;
  const o = byCode.get(assessment.organisation.odsCode);
  return (
    o !== undefined &&
    (cohort.organisationType === undefined || o.type === cohort.organisationType) &&
    (cohort.region === undefined || o.region?.code === cohort.region) &&
    (cohort.icb === undefined || o.icb?.code === cohort.icb)
  );
}

function summarise(values: number[], minimum: number): Summary {
  if (values.length === 0) return { count: 0 };
  if (values.length < minimum) return { count: values.length, suppressed: true };
  const f = fiveNumbers(values);
  return {
    count: values.length,
    min: round(f.min),
    lowerQuartile: round(f.lowerQuartile),
    median: round(f.median),
    upperQuartile: round(f.upperQuartile),
    max: round(f.max),
  };
}

/**
 * What {@link rank} reads of a score result: a `ScoreResult` will do, and so will these few
 * figures kept of each when the whole results would not fit in memory.
 */
export interface Ranked {
  organisation: string;
  overall: Pick<ScoreResult['overall'], 'score'>;
  domains: readonly Pick<ScoreResult['domains'][number], 'domain' | 'score'>[];
}

/** An organisation's place in its cohort. */
export interface Rank {
  odsCode: string;
  /** The organisation's own score (always shown: it is its own). */
  score: number | undefined;
  /** How many organisations of the cohort have a score. */
  count: number;
  /** True when the cohort is too small to compare: no rank or percentile is given. */
  suppressed: boolean;
  /** 1 for the highest score; tied scores share the best rank (1, 2, 2, 4). */
  rank?: number;
  /** How many others share the score. */
  tiedWith?: number;
  /** The share of the cohort below, counting ties as half: (below + ties / 2) / count x 100. */
  percentile?: number;
}

/**
 * Ranks one organisation among scored assessments (the output of `score` for each), overall or
 * for one domain.
 *
 * @example
 * ```ts
 * const results = assessments.map((a) => score(framework, a));
 * rank(results, 'RGT'); // { rank: 3, count: 12, percentile: 79.2, tiedWith: 0, ... }
 * ```
 */
export function rank(
  results: readonly Ranked[],
  odsCode: string,
  options: { domain?: string; minCohortSize?: number } = {},
): Rank {
  const pick = (r: Ranked) =>
    options.domain === undefined ? r.overall.score : r.domains.find((d) => d.domain === options.domain)?.score;
  const own = results.find((r) => r.organisation === odsCode);
  const ownScore = own && pick(own);
  const scores = results.map(pick).filter((s): s is number => s !== undefined);
  const count = scores.length;
  if (ownScore === undefined || count < (options.minCohortSize ?? MIN_COHORT_SIZE))
    return { odsCode, score: ownScore, count, suppressed: true };
  let above = 0;
  let below = 0;
  for (const s of scores) {
    if (s > ownScore) above++;
    else if (s < ownScore) below++;
  }
  const tied = count - above - below;
  return {
    odsCode,
    score: ownScore,
    count,
    suppressed: false,
    rank: above + 1,
    tiedWith: tied - 1,
    percentile: round(((below + tied / 2) / count) * 100, 1),
  };
}

/** Which quarter of the cohort a score falls in, from a summary that is not suppressed. */
export function quarterOf(points: number, summary: Summary): 1 | 2 | 3 | 4 | undefined {
  if (
    summary.suppressed ||
    summary.lowerQuartile === undefined ||
    summary.median === undefined ||
    summary.upperQuartile === undefined
  )
    return undefined;
  if (points < summary.lowerQuartile) return 1;
  if (points < summary.median) return 2;
  if (points < summary.upperQuartile) return 3;
  return 4;
}
