/**
 * What each type of measure means, in one table keyed by the type: which answers fit it (and
 * the words for what was expected), the score of an answer from 0 to 100, the answer that
 * counts as met, and the answer in words. Validation (`validateAssessment`), the engine
 * (`scoreAnswer`, `targetOf`) and the elements (an answer shown in a list) all ask here, so a
 * new type of measure is one entry of this table; TypeScript refuses the table without it.
 */
import type { ResponseValue } from './kinds/assessment.js';
import type { Measure, MeasureType, Scale } from './kinds/framework.js';

/** An answer given (`null`, not answered, is never passed to a rule). */
export type Answer = Exclude<ResponseValue, null>;

/** The words an answer is shown in, from whoever shows it (the elements' English and Welsh). */
export interface AnswerWords {
  yes: string;
  no: string;
  /** A number as the reader writes it: "3", "62.5", "62,5". */
  number(value: number): string;
  /** A level: "level 3", and the scale's label for it when it has one. */
  level(number: string, label: string | undefined): string;
}

/** The rules of one type of measure. */
export interface MeasureRule<M extends Measure = Measure> {
  /** Whether an answer fits the measure on this scale. */
  fits(value: unknown, measure: M, scale: Scale): boolean;
  /** What a fitting answer is, in words for an error: "a level from 1 to 5". */
  expected(measure: M, scale: Scale): string;
  /** The score of an answer from 0 to 100, or `undefined` when it does not fit. */
  score(value: Answer, measure: M, scale: Scale): number | undefined;
  /** The answer that counts as met: the measure's `target`, or else the best answer there is. */
  target(measure: M, scale: Scale): Answer;
  /** The answer in words. */
  show(value: Answer, measure: M, scale: Scale, words: AnswerWords): string;
}

/** The measure of one type: `MeasureOf<'choice'>` has `options`. */
export type MeasureOf<T extends MeasureType> = Extract<Measure, { type: T }>;

const isPercentage = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 100;

/** The rules of every type of measure. */
export const measureTypes: { readonly [T in MeasureType]: MeasureRule<MeasureOf<T>> } = {
  level: {
    fits: (value, _measure, { min, max }) => typeof value === 'number' && value >= min && value <= max,
    expected: (_measure, { min, max }) => `a level from ${min} to ${max}`,
    // Its place on the scale: 1 of 1-5 is 0, 3 is 50, 5 is 100.
    score(value, _measure, { min, max }) {
      if (typeof value !== 'number' || value < min || value > max || !(max > min)) return undefined;
      // Halved first, so that a scale wider than the largest double (-1e308 to 1e308, from a
      // document that skipped validation) gives a score, not NaN; halving is exact.
      return ((value / 2 - min / 2) / (max / 2 - min / 2)) * 100;
    },
    target: (measure, scale) => measure.target ?? scale.max,
    show(value, _measure, scale, words) {
      const level = scale.levels.find((l) => l.value === value);
      return words.level(words.number(Number(value)), level?.label);
    },
  },
  'yes-no': {
    fits: (value) => typeof value === 'boolean',
    expected: () => 'true or false (a yes/no indicator)',
    score: (value) => (typeof value === 'boolean' ? (value ? 100 : 0) : undefined),
    target: () => true,
    show: (value, _measure, _scale, words) => (value === true ? words.yes : words.no),
  },
  percentage: {
    fits: isPercentage,
    expected: () => 'a percentage from 0 to 100',
    // The percentage, or 100 minus it where lower is better.
    score: (value, measure) => (isPercentage(value) ? (measure.better === 'lower' ? 100 - value : value) : undefined),
    target: (measure) => measure.target ?? (measure.better === 'lower' ? 0 : 100),
    show: (value, _measure, _scale, words) => `${words.number(Number(value))}%`,
  },
  choice: {
    fits: (value, measure) => measure.options.some((option) => option.value === value),
    expected: (measure) => `one of ${measure.options.map((option) => JSON.stringify(option.value)).join(', ')}`,
    // The option's own score (the 2016 DMA's published answer mappings).
    score: (value, measure) => measure.options.find((option) => option.value === value)?.score,
    target: (measure) =>
      measure.target ?? measure.options.reduce((best, option) => (option.score > best.score ? option : best)).value,
    show: (value, measure) => measure.options.find((option) => option.value === value)?.label ?? String(value),
  },
};

/**
 * The rules of a measure's type, typed for that measure.
 *
 * @example
 * ```ts
 * measureRule(indicator.measure).score(4, indicator.measure, framework.scale) // 75 on a 1-5 scale
 * ```
 */
export function measureRule<M extends Measure>(measure: M): MeasureRule<M> {
  // The table is keyed by the type, so the entry is the rule of this measure; TypeScript cannot
  // follow a lookup by a union key to the member it came from.
  return measureTypes[measure.type] as unknown as MeasureRule<M>;
}
