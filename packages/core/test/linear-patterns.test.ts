/**
 * Every pattern of the format runs in time linear in its input (issue #15: a 300 kB URL ending
 * in a space kept `validate` busy for 72 s). Times are never compared with a clock budget: each
 * pattern's time over long adversarial inputs is compared with a plain scan of the same inputs
 * in the same run. A linear pattern stays within a small multiple of the scan; a quadratic one
 * is thousands of times slower at these lengths.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allJsonSchemas } from '../src/format/json-schema.js';
import { HttpUrl } from '../src/format/shared.js';
import { parseDocument } from '../src/format/parse.js';
import { smallAssessment } from './helpers.js';

/** How many times slower than a plain scan a pattern may be. Quadratic ones measure > 1,000. */
const MAX_RATIO = 100;
const LENGTH = 16 * 1024;

function patternsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) patternsOf(item, into);
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'pattern' && typeof value === 'string') into.add(value);
      else patternsOf(value, into);
    }
  }
  return into;
}

/**
 * Inputs that make backtracking patterns slow: a prefix the pattern accepts, one character
 * class repeated, then an ending that fails the match. Written without knowing the pattern,
 * so a pattern added later is tested too.
 */
function adversarialInputs(length: number): string[] {
  const prefixes = ['', 'a', 'http://', 'https://a', '1.', '2024-02-29', '2024-01-01T00:00:00.', '2024-01-01T00:00:00'];
  const units = ['a', 'A', '0', '1', '/', '.', ':', '-', '_', 'a/', 'a.', '0-', ' ', '\t', 'é'];
  const endings = ['', ' ', '!', '\n', 'x', '/ '];
  const inputs: string[] = [];
  for (const prefix of prefixes)
    for (const unit of units)
      for (const ending of endings) inputs.push(prefix + unit.repeat(Math.ceil(length / unit.length)) + ending);
  return inputs;
}

/** The least time of several rounds: the machine is shared, and noise only ever adds time. */
function fastest(rounds: number, run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A plain scan: touches every character once. */
function scan(inputs: readonly string[]): number {
  let spaces = 0;
  for (const input of inputs) for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 32) spaces++;
  return spaces;
}

describe('format patterns are linear', () => {
  const patterns = new Set<string>();
  for (const schema of Object.values(allJsonSchemas())) patternsOf(schema, patterns);
  const inputs = adversarialInputs(LENGTH);
  const kilobytes = inputs.reduce((sum, input) => sum + input.length, 0) / 1024;

  test('the format has patterns to check', () => {
    assert.ok(patterns.size >= 4, `found ${patterns.size} patterns`);
  });

  for (const source of patterns) {
    test(`/${source}/ against ${inputs.length} long adversarial inputs`, (t) => {
      const pattern = new RegExp(source, 'u');
      let sink = 0;
      const scanTime = fastest(3, () => {
        sink += scan(inputs);
      });
      const budget = MAX_RATIO * Math.max(scanTime, 0.01);
      // The least of three rounds; a round stops as soon as it is over the ratio, so that a
      // quadratic pattern fails in seconds rather than minutes.
      let patternTime = Infinity;
      for (let round = 0; round < 3 && patternTime > budget / 4; round++) {
        const start = performance.now();
        for (const input of inputs) {
          if (pattern.test(input)) sink++;
          if (performance.now() - start > budget) break;
        }
        patternTime = Math.min(patternTime, performance.now() - start);
      }
      const ratio = patternTime / Math.max(scanTime, 0.01);
      t.diagnostic(
        `${kilobytes.toFixed(0)} kB: pattern ${patternTime.toFixed(2)} ms, scan ${scanTime.toFixed(2)} ms, ratio ${ratio.toFixed(2)}`,
      );
      assert.ok(sink >= 0);
      assert.ok(ratio < MAX_RATIO, `/${source}/ took ${ratio.toFixed(0)} times as long as a plain scan`);
    });
  }

  test('a URL over the length limit is refused by its length alone, before any pattern runs', (t) => {
    const long = `http://${'a'.repeat(40_000)} `;
    const result = HttpUrl.safeParse(long);
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error?.issues.map((i) => i.message),
      ['a URL of at most 2048 characters'],
    );
    const document = smallAssessment();
    (document.responses[0] as { evidence?: unknown }).evidence = [{ url: long }];
    const validate = fastest(3, () => assert.throws(() => parseDocument(document)));
    const scanTime = fastest(3, () => scan([long]));
    t.diagnostic(`40 kB URL: validation ${validate.toFixed(2)} ms, scan ${scanTime.toFixed(2)} ms`);
    assert.ok(validate / Math.max(scanTime, 0.01) < MAX_RATIO);
  });
});
