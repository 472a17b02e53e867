/**
 * The shared corpus: every valid document parses; every invalid one fails with the issues it
 * names; and ajv, reading only the generated JSON Schemas, agrees with zod on every shape case.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { shapeValidators } from '#shape-check';
import { shapeValidatorCode } from '../scripts/shape-validator-code.js';
import {
  documentIssues,
  formatPath,
  parseDocument,
  parseDocumentText,
  safeParseDocument,
  validateAssessment,
  isInvalidDocumentError,
  documentKinds,
  type DocumentKind,
  type Assessment,
  type DocumentIssue,
  type Framework,
} from '@openmaturity/core';
import { allJsonSchemas, schemas as schemasOf } from '@openmaturity/core/format';

const corpus = new URL('./corpus/', import.meta.url);
const read = (dir: string) =>
  readdirSync(new URL(dir, corpus))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, value: JSON.parse(readFileSync(new URL(`${dir}${name}`, corpus), 'utf8')) as unknown }));

interface InvalidCase {
  description: string;
  layer: 'shape' | 'integrity' | 'assessment';
  framework?: string;
  expect: { code: string; path: string }[];
  document?: unknown;
  text?: string;
}

const valid = read('valid/');
const invalid = read('invalid/').map(({ name, value }) => ({ name, ...(value as InvalidCase) }));

function issuesOf(c: InvalidCase): DocumentIssue[] {
  if (c.text !== undefined) {
    try {
      parseDocumentText(c.text);
      return [];
    } catch (error) {
      assert.ok(isInvalidDocumentError(error));
      return [...error.issues];
    }
  }
  if (c.layer === 'assessment') {
    const framework = parseDocument(valid.find((v) => v.name === c.framework)!.value, {
      kind: 'Framework',
    }) as Framework;
    return validateAssessment(parseDocument(c.document, { kind: 'Assessment' }) as Assessment, framework);
  }
  return documentIssues(c.document);
}

describe('the valid corpus', () => {
  test('has every kind', () => {
    const kinds = new Set(valid.map((v) => (v.value as { kind: string }).kind));
    assert.deepEqual([...kinds].sort(), [...documentKinds].sort());
  });
  for (const { name, value } of valid) {
    test(`${name} is valid and survives a round trip unchanged`, () => {
      const result = safeParseDocument(value);
      assert.ok(result.success, result.error?.message);
      assert.deepEqual(JSON.parse(JSON.stringify(result.data)), value);
    });
  }
});

describe('the invalid corpus', () => {
  test('holds at least 40 cases, each layer represented', () => {
    assert.ok(invalid.length >= 40, `${invalid.length} cases`);
    for (const layer of ['shape', 'integrity', 'assessment'])
      assert.ok(
        invalid.some((c) => c.layer === layer),
        layer,
      );
  });
  for (const c of invalid) {
    test(`${c.name}: ${c.description}`, () => {
      const issues = issuesOf(c);
      const found = issues.map((i) => `${i.code} at ${formatPath(i.path)}`);
      assert.ok(issues.length > 0, 'expected at least one issue');
      for (const expected of c.expect)
        assert.ok(
          found.includes(`${expected.code} at ${expected.path}`),
          `want ${expected.code} at ${expected.path}; got ${found.join('; ')}`,
        );
      for (const i of issues) assert.match(i.message, /: expected .+, found .+/s);
    });
  }
});

// Node checks shapes with these validators first and believes them when they accept, so
// what they accept must be exactly what zod accepts: these tests are what keeps that true.
const ajvAccepts = (value: unknown) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' && Object.hasOwn(shapeValidators!, kind)
    ? shapeValidators![kind as DocumentKind](value) === true
    : false;
};

describe('the JSON Schemas', () => {
  const schemas = allJsonSchemas();
  test('are the files shipped in schema/, and Node compiles its shape check from them', () => {
    for (const [kind, schema] of Object.entries(schemas)) {
      const shipped = JSON.parse(readFileSync(new URL(`../schema/${kind}.schema.json`, import.meta.url), 'utf8'));
      assert.deepEqual(shipped, schema, `schema/${kind}.schema.json is stale: run npm run build`);
    }
    const { code, types } = shapeValidatorCode(schemas);
    const generated = new URL('../src/format/node/shape-validators.generated', import.meta.url).pathname;
    assert.equal(readFileSync(`${generated}.js`, 'utf8'), code, 'the shape validators are stale: run npm run build');
    assert.equal(readFileSync(`${generated}.d.ts`, 'utf8'), types, 'the shape validators are stale: run npm run build');
    assert.deepEqual(Object.keys(shapeValidators!).sort(), Object.keys(schemas).sort());
  });

  test('agree with zod on every valid document', () => {
    for (const { name, value } of valid) assert.ok(ajvAccepts(value), `ajv rejects ${name}`);
  });

  test('agree with zod on every invalid document of the shape layer', () => {
    const shape = invalid.filter((c) => c.layer === 'shape' && c.document !== undefined);
    assert.ok(shape.length >= 25, `${shape.length} shape cases`);
    for (const c of shape) assert.equal(ajvAccepts(c.document), false, `ajv accepts ${c.name}: ${c.description}`);
  });

  test('accept what zod accepts after integrity checks are set aside', () => {
    // Integrity and fit-to-framework are beyond JSON Schema; their documents are valid in shape.
    for (const c of invalid.filter((c) => c.layer !== 'shape'))
      assert.ok(ajvAccepts(c.document), `ajv rejects ${c.name}`);
  });

  test('refuse what only JavaScript can pass: NaN, Infinity, undefined, a lone surrogate is still a string', () => {
    const assessment = valid.find((v) => v.name === 'assessment-rgt-small.json')!.value as Assessment;
    const withValue = (value: unknown) => ({
      ...assessment,
      responses: [{ ...assessment.responses[0]!, value }, ...assessment.responses.slice(1)],
    });
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, () => 1]) {
      assert.equal(schemasOf.Assessment.safeParse(withValue(value)).success, false);
      assert.equal(ajvAccepts(withValue(value)), false, String(value));
    }
  });
});

describe('zod and the JSON Schemas on random documents', () => {
  test('accept and refuse the same mutations of the valid corpus, for every kind', async () => {
    const fc = (await import('fast-check')).default;
    const mutate = (value: unknown, path: number[], replacement: unknown): unknown => {
      if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
      const entries = Object.entries(value);
      if (entries.length === 0) return replacement;
      const [key, child] = entries[path[0]! % entries.length]!;
      const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
      copy[key] = mutate(child, path.slice(1), replacement);
      return copy;
    };
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.string({ unit: 'binary', maxLength: 140 }),
      fc.constantFrom(
        '',
        'RGT',
        'rgt',
        '2024-02-30',
        '2024-02-29',
        '2023-02-29',
        '2024-04-01',
        '2024-04-01T09:00:00Z',
        'https://example.org/x',
        'HTTPS://example.org/x',
        'javascript:alert(1)',
        'a'.repeat(128),
        'a'.repeat(129),
        // Astral characters: two UTF-16 code units but one code point each, which is how zod counts a length.
        '😀'.repeat(64),
        '😀'.repeat(65),
        '\ud800',
        -1,
        101,
        0.5,
        3,
        -0,
        Number.MAX_SAFE_INTEGER + 2,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        undefined,
        null,
        [],
        {},
      ),
    );
    const kinds = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...valid.map((v) => v.value)),
        fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
        replacement,
        (document, path, value) => {
          const mutated = mutate(document, path, value) as { kind: DocumentKind };
          const kind = (document as { kind: DocumentKind }).kind;
          kinds.add(kind);
          const zodSays = mutated?.kind === kind && schemasOf[kind].safeParse(mutated).success;
          const ajvSays = mutated?.kind === kind && ajvAccepts(mutated);
          if (ajvSays !== zodSays) {
            const shown = typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value);
            assert.fail(
              `ajv says ${ajvSays}, zod ${zodSays}: ${JSON.stringify({ kind, path })} ${shown.slice(0, 300)}`,
            );
          }
        },
      ),
      { numRuns: 6000 },
    );
    assert.deepEqual([...kinds].sort(), [...documentKinds].sort());
  });
});

test('a number too large for JSON to hold (1e400 parses to Infinity) is refused by both zod and ajv', async () => {
  const { schemas } = await import('@openmaturity/core/format');
  const ajv = new Ajv2020({ strict: false });
  addFormats.default(ajv);
  const text = JSON.stringify(valid.find((v) => v.name === 'assessment-rgt-small.json')!.value).replace(
    /"value":\s*(\d+)/,
    '"value":1e400',
  );
  const value = JSON.parse(text);
  assert.equal(schemas.Assessment.safeParse(value).success, false);
  assert.equal(ajv.validate(allJsonSchemas().Assessment, value), false);
  assert.deepEqual(
    documentIssues(value).map((i) => i.expected),
    ['a number, true or false, a string or null'],
  );
});
