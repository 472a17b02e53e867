/** The Benchmark document: a cohort summary for one framework version and period. */
import * as z from 'zod/mini';
import { checkPeriod, uniqueValues } from '../checks.js';
import { describeValue, issue, type DocumentIssue } from '../issues.js';
import { defineKind } from '../kind.js';
import { comparePeriods } from '../ordering.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import {
  describe,
  envelope,
  FiniteNumber,
  FrameworkRef,
  Identifier,
  IsoDateTime,
  Label,
  OdsCode,
  OrganisationType,
  Period,
} from '../shared.js';

const Score = FiniteNumber.check(z.gte(0), z.lte(100));

/**
 * Five-number summary of a set of scores. Figures are left out, and `suppressed` set, when
 * the cohort is too small to compare without singling out an organisation.
 */
export const Summary = z.looseObject({
  count: z.int().check(z.gte(0)),
  suppressed: z.optional(z.boolean()),
  min: z.optional(Score),
  lowerQuartile: z.optional(Score),
  median: z.optional(Score),
  upperQuartile: z.optional(Score),
  max: z.optional(Score),
});
export type Summary = z.infer<typeof Summary>;

export const Cohort = z.looseObject({
  id: Identifier,
  label: Label,
  organisationType: z.optional(OrganisationType),
  region: z.optional(OdsCode),
  icb: z.optional(OdsCode),
});
export type Cohort = z.infer<typeof Cohort>;

export const Benchmark = describe(
  z.looseObject({
    ...envelope('Benchmark'),
    id: Identifier,
    framework: FrameworkRef,
    period: Period,
    cohort: Cohort,
    computed: IsoDateTime,
    overall: Summary,
    // The schema z.extend(Summary, ...) would make, without z.extend's code (0.4 kB gzipped) in browser bundles.
    domains: z.array(z.looseObject({ ...Summary.shape, domain: Identifier })),
  }),
  'Per domain and overall, the count, quartiles and median of a cohort of assessments.',
);
export type Benchmark = z.infer<typeof Benchmark>;

const FIGURES = ['min', 'lowerQuartile', 'median', 'upperQuartile', 'max'] as const;

/** Quartiles in order, and no figure where the summary is suppressed or counts nobody. */
function checkSummary(summary: Summary, path: (string | number)[]): DocumentIssue[] {
  const present = FIGURES.filter((figure) => summary[figure] !== undefined);
  if (summary.suppressed) {
    // A suppressed summary exists so that no figure singles out one organisation.
    return present.map((figure) =>
      issue('inconsistent', [...path, figure], 'no figure in a suppressed summary', describeValue(summary[figure])),
    );
  }
  const issues: DocumentIssue[] = [];
  let previous: { figure: string; value: number } | undefined;
  for (const figure of present) {
    const value = summary[figure]!;
    if (previous && value < previous.value)
      issues.push(
        issue(
          'inconsistent',
          [...path, figure],
          `a value of at least ${previous.figure} (${previous.value})`,
          describeValue(value),
        ),
      );
    previous = { figure, value };
  }
  if (summary.count === 0 && present.length > 0)
    issues.push(
      issue('inconsistent', [...path, present[0]!], 'no figures for a count of 0', describeValue(summary[present[0]!])),
    );
  return issues;
}

const cohortFolder = (frameworkId: string, frameworkVersion: string, cohortId: string) =>
  `benchmarks/${segment(frameworkId, 'frameworkId')}/${segment(frameworkVersion, 'frameworkVersion')}/${segment(cohortId, 'cohortId')}`;

/**
 * Benchmarks are published by framework version and cohort, by period; the index calls the
 * period that ends last the latest.
 */
export const benchmarkKind = defineKind({
  kind: 'Benchmark',
  schema: Benchmark,
  integrity: (benchmark) => [
    ...checkPeriod(benchmark.period),
    ...checkSummary(benchmark.overall, ['overall']),
    ...benchmark.domains.flatMap((domain, i) => checkSummary(domain, ['domains', i])),
    ...uniqueValues(benchmark.domains, (d) => d.domain, 'domains', 'domain'),
  ],
  publishing: {
    index: {
      name: 'benchmarkPeriods',
      path: (frameworkId: string, frameworkVersion: string, cohortId: string) =>
        `${cohortFolder(frameworkId, frameworkVersion, cohortId)}/${INDEX_FILE}`,
    },
    document: {
      name: 'benchmark',
      path: (frameworkId: string, frameworkVersion: string, cohortId: string, periodId: string) =>
        `${cohortFolder(frameworkId, frameworkVersion, cohortId)}/${leaf(periodId, 'periodId')}`,
    },
    ids: (benchmark) => [benchmark.framework.id, benchmark.framework.version, benchmark.cohort.id, benchmark.period.id],
    folder: (benchmark) => ({
      id: `${benchmark.framework.id}/${benchmark.framework.version}/${benchmark.cohort.id}`,
      title: benchmark.cohort.label,
    }),
    item: (benchmark) => (benchmark.period.label ? { title: benchmark.period.label } : {}),
    catalogueRank: 40,
    latest: {
      compare: (a, b) => comparePeriods(a.period, b.period),
      what: (_frameworkId, _frameworkVersion, cohortId) => `benchmark of the cohort "${cohortId}"`,
    },
  },
});
