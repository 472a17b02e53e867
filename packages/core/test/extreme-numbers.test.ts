/**
 * Numbers at the edge of what a double holds (issue #15: weights of 1e308 rendered "NaN out of
 * 100", "Infinity" and a bar 33,554,432 px wide). The format bounds them to what the engine can
 * compute with; and the engine, given a document that skipped validation, still gives no NaN
 * or Infinity.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentIssues } from '../src/format/parse.js';
import { MAX_NUMBER, MAX_WEIGHT } from '../src/format/shared.js';
import { prioritise } from '../src/engine/prioritise.js';
import { score } from '../src/engine/score.js';
import { scoreAnswer } from '../src/engine/measures.js';
import type { Assessment } from '../src/format/kinds/assessment.js';
import type { Framework } from '../src/format/kinds/framework.js';
import { smallAssessment, smallFramework } from './helpers.js';

const messages = (value: unknown) => documentIssues(value).map((i) => i.message);

/** Every number anywhere in a value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbers);
}

describe('the format bounds numbers to what the engine can compute with', () => {
  test('a weight over the maximum, or a scale, answer or target beyond a billion, is refused with its path', () => {
    const framework = smallFramework();
    framework.indicators[0]!.weight = 1e308;
    framework.scale.min = -1e308;
    assert.deepEqual(messages(framework), [
      'scale.min: expected a number from -1,000,000,000 to 1,000,000,000, found -1e+308',
      `indicators[0].weight: expected a weight of at most ${MAX_WEIGHT}, found 1e+308`,
    ]);
    const assessment = smallAssessment({
      localPriorities: [{ domain: 'infra', weight: MAX_WEIGHT + 1, reason: 'Board' }],
    });
    (assessment.responses[0] as { value: unknown }).value = MAX_NUMBER * 10;
    assert.deepEqual(messages(assessment), [
      'responses[0].value: expected a number from -1,000,000,000 to 1,000,000,000, found 10000000000',
      `localPriorities[0].weight: expected a weight of at most ${MAX_WEIGHT}, found 1001`,
    ]);
  });

  test('the largest values allowed are valid', () => {
    const framework = smallFramework();
    framework.indicators[0]!.weight = MAX_WEIGHT;
    framework.scale.min = -MAX_NUMBER;
    framework.scale.max = MAX_NUMBER;
    framework.scale.levels = [{ value: -MAX_NUMBER, label: 'Lowest' }];
    assert.deepEqual(messages(framework), []);
  });
});

describe('the engine gives no NaN or Infinity, even for documents that skipped validation', () => {
  test('weights of 1e308 give the same scores as equal weights', () => {
    const framework = smallFramework();
    const heavy: Framework = {
      ...framework,
      indicators: framework.indicators.map((indicator) => ({ ...indicator, weight: 1e308 })),
    };
    const assessment = smallAssessment();
    const plain = score(framework, assessment);
    const result = score(heavy, assessment);
    for (const n of numbers(result)) assert.ok(Number.isFinite(n), `found ${n}`);
    assert.ok(result.overall.score! >= 0 && result.overall.score! <= 100);
    assert.ok(Math.abs(result.overall.score! - plain.overall.score!) < 1e-9);
    for (const [i, domain] of result.domains.entries())
      assert.equal(domain.score?.toFixed(9), plain.domains[i]!.score?.toFixed(9));
  });

  test('a scale from -1e308 to 1e308 scores an answer within 0 to 100', () => {
    const framework: Pick<Framework, 'scale'> = {
      scale: { min: -1e308, max: 1e308, levels: [{ value: -1e308, label: 'Lowest' }] },
    };
    const points = scoreAnswer(framework, { measure: { type: 'level' } }, 0);
    assert.equal(points, 50);
    assert.equal(scoreAnswer(framework, { measure: { type: 'level' } }, 1e308), 100);
  });

  test('local priorities multiplying beyond a double still give finite gains and no "Infinity" in the reasons', () => {
    const framework = smallFramework();
    const assessment: Assessment = smallAssessment({
      localPriorities: Array.from({ length: 200 }, () => ({ domain: 'infra', weight: MAX_WEIGHT, reason: 'Board' })),
    });
    const items = prioritise(framework, assessment);
    assert.ok(items.length > 0);
    for (const item of items) {
      for (const n of numbers(item)) assert.ok(Number.isFinite(n), `${item.indicator}: found ${n}`);
      assert.doesNotMatch(JSON.stringify(item), /Infinity|NaN/);
    }
  });
});
