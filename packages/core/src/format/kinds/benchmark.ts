/** The Benchmark document: a cohort summary for one framework version and period. */
import * as z from 'zod/mini';
import { OrganisationType } from './organisation.js';
import {
  describe,
  envelope,
  FiniteNumber,
  FrameworkRef,
  Identifier,
  IsoDateTime,
  Label,
  OdsCode,
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
