/** The Assessment document: one organisation's answers to one framework version for one period. */
import * as z from 'zod/mini';
import { checkPeriod, dateOrder, uniqueValues } from '../checks.js';
import { defineKind } from '../kind.js';
import { comparePeriods } from '../ordering.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import { Barrier, StandardAdoption } from '../local-voice.js';
import {
  describe,
  envelope,
  FiniteNumber,
  FrameworkRef,
  Identifier,
  IsoDate,
  Label,
  Link,
  OrganisationRef,
  Period,
  Prose,
  Weight,
} from '../shared.js';

export const Confidence = z.enum(['self-assessed', 'peer-reviewed', 'externally-validated']);
export type Confidence = z.infer<typeof Confidence>;

export const AssessmentStatus = z.enum(['draft', 'submitted', 'published']);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/**
 * An answer: a number for level and percentage measures, a boolean for yes/no, a choice's
 * `value` for choice measures, `null` while not answered.
 */
export const ResponseValue = z.union([FiniteNumber, z.boolean(), z.string().check(z.maxLength(128)), z.null()]);
export type ResponseValue = z.infer<typeof ResponseValue>;

export const Response = z.looseObject({
  indicator: Identifier,
  value: ResponseValue,
  evidence: z.optional(z.array(Link)),
  comment: z.optional(Prose),
  confidence: z.optional(Confidence),
  barriers: z.optional(describe(z.array(Barrier), 'What holds this indicator back, in the organisation’s words.')),
  plannedDate: z.optional(describe(IsoDate, 'When the organisation plans to meet this indicator.')),
});
export type Response = z.infer<typeof Response>;

/** A trust's own weight for an indicator or a whole domain, with its reason: local flexibility. */
export const LocalPriority = z.looseObject({
  indicator: z.optional(Identifier),
  domain: z.optional(Identifier),
  weight: Weight,
  reason: Prose,
});
export type LocalPriority = z.infer<typeof LocalPriority>;

export const SignOff = z.looseObject({ name: Label, role: z.optional(Label), date: IsoDate });
export type SignOff = z.infer<typeof SignOff>;

export const Assessment = describe(
  z.looseObject({
    ...envelope('Assessment'),
    id: Identifier,
    organisation: OrganisationRef,
    framework: FrameworkRef,
    period: Period,
    status: AssessmentStatus,
    responses: z.array(Response),
    localPriorities: z.optional(z.array(LocalPriority)),
    standardsAdoption: z.optional(
      describe(
        z.array(StandardAdoption),
        'How far the organisation has adopted each standard, with its barriers and plans.',
      ),
    ),
    signedOff: z.optional(SignOff),
    published: z.optional(IsoDate),
  }),
  "One organisation's answers to one framework version for one period.",
);
export type Assessment = z.infer<typeof Assessment>;

/**
 * Assessments are published under their organisation, by period; the index calls the period
 * that ends last the latest.
 */
export const assessmentKind = defineKind({
  kind: 'Assessment',
  schema: Assessment,
  integrity: (assessment) => [
    ...checkPeriod(assessment.period),
    ...dateOrder(['signedOff', 'date'], assessment.period.start, assessment.signedOff?.date, 'the start of the period'),
    ...uniqueValues(assessment.standardsAdoption ?? [], (a) => a.standard, 'standardsAdoption', 'standard'),
    // Without the framework too: two answers to one indicator are a contradiction in any reader.
    ...uniqueValues(assessment.responses, (r) => r.indicator, 'responses', 'indicator', 'duplicate_response'),
    // A barrier counted twice would count twice in a cohort's barriers.
    ...assessment.responses.flatMap((r, i) =>
      uniqueValues(r.barriers ?? [], (b) => b.code, ['responses', i, 'barriers'], 'code'),
    ),
    ...(assessment.standardsAdoption ?? []).flatMap((a, i) =>
      uniqueValues(a.barriers ?? [], (b) => b.code, ['standardsAdoption', i, 'barriers'], 'code'),
    ),
  ],
  publishing: {
    index: {
      name: 'assessments',
      path: (odsCode: string) => `organisations/${segment(odsCode, 'odsCode')}/assessments/${INDEX_FILE}`,
    },
    document: {
      name: 'assessment',
      path: (odsCode: string, periodId: string) =>
        `organisations/${segment(odsCode, 'odsCode')}/assessments/${leaf(periodId, 'periodId')}`,
    },
    ids: (assessment) => [assessment.organisation.odsCode, assessment.period.id],
    folder: (assessment) => ({ id: assessment.organisation.odsCode, title: assessment.organisation.name }),
    item: (assessment) => ({
      ...(assessment.period.label ? { title: assessment.period.label } : {}),
      framework: assessment.framework,
      status: assessment.status,
    }),
    catalogueRank: 30,
    latest: {
      compare: (a, b) => comparePeriods(a.period, b.period),
      what: (odsCode) => `assessment of ${odsCode}`,
    },
  },
});
