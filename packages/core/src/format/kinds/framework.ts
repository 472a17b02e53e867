/** The Framework document: what is assessed, on what scale, and how it is scored. */
import * as z from 'zod/mini';
import { describe, envelope, FiniteNumber, Identifier, Label, Link, Prose, Source } from '../shared.js';

/** One labelled level of a scale. `value` is where the level starts on the scale. */
export const ScaleLevel = z.looseObject({
  value: FiniteNumber,
  label: Label,
  description: z.optional(Prose),
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

/** The framework's scale, such as 1-5 (NHS England DMA since 2023) or 0-100 (2016 DMA). */
export const Scale = z.looseObject({
  min: FiniteNumber,
  max: FiniteNumber,
  levels: z.array(ScaleLevel).check(z.minLength(1, { error: 'at least one level' })),
});
export type Scale = z.infer<typeof Scale>;

/** An answer that the framework maps to a score from 0 to 100 (as the 2016 DMA did). */
export const ChoiceOption = z.looseObject({
  value: Identifier,
  label: Label,
  score: FiniteNumber.check(z.gte(0), z.lte(100)),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** How an indicator is answered. */
export const Measure = describe(
  z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('level'), target: z.optional(FiniteNumber) }),
    z.looseObject({ type: z.literal('yes-no') }),
    z.looseObject({
      type: z.literal('percentage'),
      better: z.optional(z.enum(['higher', 'lower'])),
      target: z.optional(FiniteNumber.check(z.gte(0), z.lte(100))),
    }),
    z.looseObject({
      type: z.literal('choice'),
      options: z.array(ChoiceOption).check(z.minLength(2, { error: 'at least two options' })),
      target: z.optional(Identifier),
    }),
  ]),
  'How an indicator is answered: a level on the framework scale, yes or no, a percentage, or one of a list of choices each mapped to a score.',
);
export type Measure = z.infer<typeof Measure>;
/** The kinds of measure. */
export type MeasureType = Measure['type'];

/** Foundations first: an advanced capability only once what it depends on is in place. */
export const Tier = z.enum(['foundation', 'core', 'advanced']);
export type Tier = z.infer<typeof Tier>;

export const Domain = z.looseObject({
  id: Identifier,
  name: Label,
  description: z.optional(Prose),
});
export type Domain = z.infer<typeof Domain>;

export const Indicator = z.looseObject({
  id: Identifier,
  domain: describe(Identifier, 'The id of the domain this indicator belongs to.'),
  name: Label,
  description: z.optional(Prose),
  measure: Measure,
  weight: z.optional(FiniteNumber.check(z.gte(0, { error: 'a weight of 0 or more' }))),
  tier: Tier,
  stage: z.optional(
    describe(z.int().check(z.gte(0)), 'For cumulative-stages frameworks: the stage this criterion belongs to.'),
  ),
  prerequisites: z.optional(describe(z.array(Identifier), 'Indicators that must be met before this one can be.')),
  standards: z.optional(describe(z.array(Identifier), 'Ids of the standards this indicator asks for.')),
  guidance: z.optional(z.array(Link)),
  topics: z.optional(describe(z.array(Identifier), 'Free tags such as "workforce" or "interoperability".')),
});
export type Indicator = z.infer<typeof Indicator>;

export const Stage = z.looseObject({
  value: z.int().check(z.gte(0)),
  label: Label,
  description: z.optional(Prose),
});
export type Stage = z.infer<typeof Stage>;

/**
 * How answers become scores. `weighted-mean`: per domain and overall, the weighted mean of
 * the answered indicators. `cumulative-stages`: a stage counts only when it and every stage
 * below it are fully met.
 */
export const ScoringMethod = z.discriminatedUnion('method', [
  z.looseObject({ method: z.literal('weighted-mean') }),
  z.looseObject({
    method: z.literal('cumulative-stages'),
    stages: z.array(Stage).check(z.minLength(1, { error: 'at least one stage' })),
  }),
]);
export type ScoringMethod = z.infer<typeof ScoringMethod>;

export const Framework = describe(
  z.looseObject({
    ...envelope('Framework'),
    id: Identifier,
    version: Identifier,
    name: Label,
    description: z.optional(Prose),
    publisher: z.optional(Label),
    source: z.optional(Source),
    scale: Scale,
    scoring: ScoringMethod,
    domains: z.array(Domain).check(z.minLength(1, { error: 'at least one domain' })),
    indicators: z.array(Indicator).check(z.minLength(1, { error: 'at least one indicator' })),
  }),
  'What is assessed, versioned: a scale, domains, indicators and a scoring method.',
);
export type Framework = z.infer<typeof Framework>;
