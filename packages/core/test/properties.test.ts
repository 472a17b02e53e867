/** Property-based tests: whatever JSON comes in, the answer is a document or our error. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  documentKinds,
  parseDocument,
  parseDocumentText,
  safeParseDocument,
  validateAssessment,
  isInvalidDocumentError,
} from '@openmaturity/core';
import { smallAssessment, smallFramework } from './helpers.js';
import { MAX_NUMBER } from '../src/format/shared.js';

const outcome = (run: () => unknown) => {
  try {
    run();
    return 'document';
  } catch (error) {
    if (isInvalidDocumentError(error)) return 'invalid';
    throw error;
  }
};

test('any JSON value gives a document or InvalidDocumentError, never another exception', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => void outcome(() => parseDocument(value))),
    { numRuns: 2000 },
  );
});

test('any object with a known kind gives a document or InvalidDocumentError', () => {
  const arbitrary = fc.record({
    kind: fc.constantFrom(...documentKinds),
    schemaVersion: fc.oneof(fc.constant('1.0'), fc.string()),
    id: fc.oneof(fc.string(), fc.jsonValue()),
    indicators: fc.array(fc.jsonValue()),
    responses: fc.array(fc.record({ indicator: fc.string(), value: fc.jsonValue() })),
  });
  fc.assert(
    fc.property(arbitrary, (value) => void outcome(() => parseDocument(value))),
    { numRuns: 1000 },
  );
});

test('any text gives a document or InvalidDocumentError', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json()), (text) => void outcome(() => parseDocumentText(text))),
    { numRuns: 1000 },
  );
});

/** Replaces the value at a random path of a valid document with a random JSON value. */
function mutate(document: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof document !== 'object' || document === null) return replacement;
  const entries = Object.entries(document);
  if (entries.length === 0) return replacement;
  const index = path[0]! % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(document) ? [...document] : { ...document };
  const key = entries[index]![0];
  (copy as Record<string, unknown>)[key] = mutate(entries[index]![1], path.slice(1), replacement);
  return copy;
}

test('a valid document with one value replaced at random still gives a document or the error, and every issue has a path that exists', () => {
  const documents = [smallFramework(), smallAssessment()];
  fc.assert(
    fc.property(
      fc.constantFrom(...documents),
      fc.array(fc.nat(), { maxLength: 6 }),
      fc.jsonValue(),
      (document, path, replacement) => {
        const mutated = mutate(document, path, replacement);
        const result = safeParseDocument(mutated);
        if (result.success) return;
        for (const issue of result.error.issues) {
          assert.ok(issue.expected.length > 0 && issue.found.length > 0);
          if (issue.path.length === 0) continue;
          let node: unknown = mutated;
          for (const key of issue.path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
          assert.ok(typeof node === 'object' && node !== null, `parent of ${issue.message} is an object or array`);
        }
      },
    ),
    { numRuns: 1500 },
  );
});

test('validateAssessment never throws on a shape-valid assessment, whatever the values', () => {
  const framework = smallFramework();
  const value = fc.oneof(fc.double(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant(null));
  const indicator = fc.constantFrom('wifi', 'epr', 'skills', 'ai', 'unknown');
  fc.assert(
    // One response per indicator: a second one is the document's own problem (parseDocument).
    fc.property(
      fc.uniqueArray(fc.record({ indicator, value }), { maxLength: 12, selector: (r) => r.indicator }),
      (responses) => {
        const assessment = parseDocument(
          smallAssessment({
            responses: responses.map((r) => ({
              ...r,
              // Numbers within the format's bound (MAX_NUMBER); beyond it the shape is not valid.
              value: typeof r.value !== 'number' || Math.abs(r.value) <= MAX_NUMBER ? r.value : 0,
            })),
          }),
          { kind: 'Assessment' },
        );
        const issues = validateAssessment(assessment, framework);
        for (const issue of issues) assert.equal(issue.path[0], 'responses');
      },
    ),
  );
});
