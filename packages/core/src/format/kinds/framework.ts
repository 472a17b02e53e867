/** The Framework document: what is assessed, on what scale, and how it is scored. */
import * as z from 'zod/mini';
import { findCycle } from '../../graph/find-cycle.js';
import { uniqueIds } from '../checks.js';
import { describeValue, issue, type DocumentIssue } from '../issues.js';
import { defineKind } from '../kind.js';
import { compareVersions } from '../ordering.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import { describe, envelope, FiniteNumber, Identifier, Label, Link, Prose, Source, Weight } from '../shared.js';

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
  weight: z.optional(Weight),
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

/**
 * Frameworks are published by id and version; the index of a framework's versions calls the
 * highest version the latest. A framework whose ids clash, whose references dangle or whose
 * prerequisites loop cannot be scored or prioritised.
 */
export const frameworkKind = defineKind({
  kind: 'Framework',
  schema: Framework,
  integrity: (framework) => checkFrameworkIntegrity(framework),
  publishing: {
    index: {
      name: 'frameworkVersions',
      path: (frameworkId: string) => `frameworks/${segment(frameworkId, 'frameworkId')}/${INDEX_FILE}`,
    },
    document: {
      name: 'framework',
      path: (frameworkId: string, version: string) =>
        `frameworks/${segment(frameworkId, 'frameworkId')}/${leaf(version, 'version')}`,
    },
    ids: (framework) => [framework.id, framework.version],
    folder: (framework) => ({ id: framework.id, title: framework.name }),
    item: (framework) => ({ title: framework.name }),
    catalogueRank: 10,
    latest: {
      compare: (a, b) => compareVersions(a.version, b.version),
      what: (frameworkId) => `version of the framework "${frameworkId}"`,
    },
  },
});

/** Every problem of integrity in a framework whose shape is already valid. */
export function checkFrameworkIntegrity(framework: Framework): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const domainIds = uniqueIds(framework.domains, 'domains', issues);
  const indicatorIds = uniqueIds(framework.indicators, 'indicators', issues);
  const { scale } = framework;

  const scaleUsable = scale.min < scale.max;
  if (!scaleUsable) {
    issues.push(
      issue('invalid_scale', ['scale', 'max'], `a number above scale.min (${scale.min})`, describeValue(scale.max)),
    );
  }
  // Levels are checked against the scale only when the scale itself makes sense.
  if (scaleUsable)
    scale.levels.forEach((level, i) => {
      const previous = scale.levels[i - 1];
      if (level.value < scale.min || level.value > scale.max) {
        issues.push(
          issue(
            'invalid_scale',
            ['scale', 'levels', i, 'value'],
            `a value within the scale (${scale.min} to ${scale.max})`,
            describeValue(level.value),
          ),
        );
      } else if (previous && !(level.value > previous.value)) {
        issues.push(
          issue(
            'invalid_scale',
            ['scale', 'levels', i, 'value'],
            `a value above the previous level's (${previous.value})`,
            describeValue(level.value),
          ),
        );
      }
    });

  const stages = framework.scoring.method === 'cumulative-stages' ? framework.scoring.stages : undefined;
  const stageValues = new Set<number>();
  stages?.forEach((stage, i) => {
    if (stageValues.has(stage.value)) {
      issues.push(
        issue('duplicate_id', ['scoring', 'stages', i, 'value'], 'a stage value used once', describeValue(stage.value)),
      );
    }
    stageValues.add(stage.value);
  });

  framework.indicators.forEach((indicator, i) => {
    const at = ['indicators', i] as const;
    if (!domainIds.has(indicator.domain)) {
      issues.push(
        issue(
          'unknown_reference',
          [...at, 'domain'],
          'the id of a domain of this framework',
          describeValue(indicator.domain),
        ),
      );
    }
    indicator.prerequisites?.forEach((id, j) => {
      if (!indicatorIds.has(id)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'prerequisites', j],
            'the id of an indicator of this framework',
            describeValue(id),
          ),
        );
      }
    });
    const { measure } = indicator;
    if (
      measure.type === 'level' &&
      measure.target !== undefined &&
      (measure.target < scale.min || measure.target > scale.max)
    ) {
      issues.push(
        issue(
          'invalid_scale',
          [...at, 'measure', 'target'],
          `a level within the scale (${scale.min} to ${scale.max})`,
          describeValue(measure.target),
        ),
      );
    }
    if (measure.type === 'choice') {
      const values = new Set<string>();
      measure.options.forEach((option, j) => {
        if (values.has(option.value)) {
          issues.push(
            issue(
              'duplicate_id',
              [...at, 'measure', 'options', j, 'value'],
              'an option value used once',
              describeValue(option.value),
            ),
          );
        }
        values.add(option.value);
      });
      if (measure.target !== undefined && !values.has(measure.target)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'measure', 'target'],
            'the value of one of the options',
            describeValue(measure.target),
          ),
        );
      }
    }
    if (stages) {
      if (indicator.stage === undefined) {
        issues.push(
          issue(
            'missing',
            [...at, 'stage'],
            'the stage this criterion belongs to (the framework scores by cumulative stages)',
            'nothing',
          ),
        );
      } else if (!stageValues.has(indicator.stage)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'stage'],
            'one of the stages in scoring.stages',
            describeValue(indicator.stage),
          ),
        );
      }
    }
  });

  // The first indicator of an id stands for it, as in uniqueIds: a duplicate is reported there.
  const graph = new Map<string, readonly string[]>();
  for (const indicator of framework.indicators)
    if (!graph.has(indicator.id)) graph.set(indicator.id, indicator.prerequisites ?? []);
  const cycle = findCycle(graph);
  if (cycle) {
    const index = framework.indicators.findIndex((indicator) => indicator.id === cycle[0]);
    issues.push({
      ...issue(
        'prerequisite_cycle',
        ['indicators', index, 'prerequisites'],
        'prerequisites without a cycle',
        `the cycle ${cycle.join(' -> ')}`,
      ),
    });
  }
  return issues;
}
