/**
 * What an answer means to the engine: its score from 0 to 100, the target that counts as met,
 * and whether it is met. Scores, stages and priorities all ask here; the rules of each type of
 * measure are the format's table (`format/measure-types.ts`), shared with validation and the
 * elements.
 */
import type { ResponseValue } from '../format/kinds/assessment.js';
import type { Framework, Indicator, Measure } from '../format/kinds/framework.js';
import { measureRule, measureTypes, type MeasureRule } from '../format/measure-types.js';

/**
 * The score of an answer, from 0 to 100, or `undefined` when it is not answered (`null`) or
 * does not fit the measure (a document that skipped `validateAssessment`).
 *
 * - level: its place on the framework's scale (1 of 1-5 is 0, 3 is 50, 5 is 100);
 * - yes-no: 100 or 0;
 * - percentage: the percentage, or 100 minus it where lower is better;
 * - choice: the option's own score (the 2016 DMA's published answer mappings).
 *
 * @example
 * ```ts
 * scoreAnswer(framework, indicator, 4) // 75 on a 1-5 scale
 * ```
 */
export function scoreAnswer(
  framework: Pick<Framework, 'scale'>,
  indicator: Pick<Indicator, 'measure'>,
  value: ResponseValue | undefined,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  // A measure type the table lacks comes only from a document that skipped validation: no score.
  return ruleOf(indicator.measure)?.score(value, indicator.measure, framework.scale);
}

/**
 * The answer that counts as met: the measure's `target`, or else the best answer there is
 * (the top of the scale, yes, 100% or 0% where lower is better, the highest-scoring choice).
 */
export function targetOf(
  framework: Pick<Framework, 'scale'>,
  indicator: Pick<Indicator, 'measure'>,
): Exclude<ResponseValue, null> {
  return measureRule(indicator.measure).target(indicator.measure, framework.scale);
}

/** The rules of a measure, or undefined for a type the format does not know. */
const ruleOf = (measure: Measure): MeasureRule | undefined =>
  Object.hasOwn(measureTypes, measure.type) ? measureRule(measure) : undefined;

/** Whether an answer meets its target. Not answered is not met. */
export function isMet(
  framework: Pick<Framework, 'scale'>,
  indicator: Pick<Indicator, 'measure'>,
  value: ResponseValue | undefined,
): boolean {
  const score = scoreAnswer(framework, indicator, value);
  const target = scoreAnswer(framework, indicator, targetOf(framework, indicator));
  return score !== undefined && target !== undefined && score >= target;
}
