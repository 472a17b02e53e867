/**
 * What an answer means: its score from 0 to 100, the target that counts as met, and whether it
 * is met. The one place that knows the measures; scores, stages and priorities all ask here.
 */
import type { ResponseValue } from '../format/kinds/assessment.js';
import type { Framework, Indicator } from '../format/kinds/framework.js';

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
  const { measure } = indicator;
  switch (measure.type) {
    case 'level': {
      const { min, max } = framework.scale;
      if (typeof value !== 'number' || value < min || value > max || !(max > min)) return undefined;
      // Halved first, so that a scale wider than the largest double (-1e308 to 1e308, from a
      // document that skipped validation) gives a score, not NaN; halving is exact.
      return ((value / 2 - min / 2) / (max / 2 - min / 2)) * 100;
    }
    case 'yes-no':
      return typeof value === 'boolean' ? (value ? 100 : 0) : undefined;
    case 'percentage':
      if (typeof value !== 'number' || value < 0 || value > 100) return undefined;
      return measure.better === 'lower' ? 100 - value : value;
    case 'choice':
      return measure.options.find((option) => option.value === value)?.score;
  }
}

/**
 * The answer that counts as met: the measure's `target`, or else the best answer there is
 * (the top of the scale, yes, 100% or 0% where lower is better, the highest-scoring choice).
 */
export function targetOf(
  framework: Pick<Framework, 'scale'>,
  indicator: Pick<Indicator, 'measure'>,
): Exclude<ResponseValue, null> {
  const { measure } = indicator;
  switch (measure.type) {
    case 'level':
      return measure.target ?? framework.scale.max;
    case 'yes-no':
      return true;
    case 'percentage':
      return measure.target ?? (measure.better === 'lower' ? 0 : 100);
    case 'choice':
      return (
        measure.target ?? measure.options.reduce((best, option) => (option.score > best.score ? option : best)).value
      );
  }
}

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
