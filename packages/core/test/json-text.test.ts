/**
 * JSON text as every reader takes it (format/json-text.ts): a member name used twice in one
 * object and nesting deeper than 64 are refused with their JSON path, in `parseDocumentText`,
 * `validate`, `verify` and the client (the client's cases are in support/client-cases.ts, run in
 * Node and Chromium); a UTF-8 byte order mark is skipped by all of them.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runCli } from './support/cli.js';
import { generateIssuerKeys, signStatement } from '../src/conformance/index.js';
import { isInvalidDocumentError, type InvalidDocumentError } from '../src/format/invalid-document-error.js';
import { jsonTextIssue, MAX_JSON_DEPTH, parseJsonText } from '../src/format/json-text.js';
import type { ConformanceStatement } from '../src/format/kinds/conformance-statement.js';
import { parseDocumentText } from '../src/format/parse.js';
import { smallAssessment, smallFramework } from './helpers.js';
import { tempDir } from './support/temp.js';

const refusal = (run: () => unknown): InvalidDocumentError => {
  try {
    run();
  } catch (error) {
    assert.ok(isInvalidDocumentError(error), String(error));
    return error;
  }
  assert.fail('expected an InvalidDocumentError');
};

const cli = (...args: string[]) => runCli(args);

describe('repeated member names', () => {
  test('refused with the path of the repeated name, at any depth, with its line', () => {
    const top = refusal(() =>
      parseDocumentText(
        JSON.stringify(smallFramework(), null, 2).replace('"name": "Test framework"', '"name": "A",\n  "name": "B"'),
        { source: 'fw.json' },
      ),
    );
    assert.deepEqual(
      top.issues.map((i) => [i.code, i.path]),
      [['duplicate_key', ['name']]],
    );
    assert.match(top.message, /^fw\.json: .*name: expected each member name once in an object.*line 7, column 3/s);

    const text = JSON.stringify(smallAssessment()).replace('"value":true', '"value":false,"value":true');
    const nested = refusal(() => parseDocumentText(text));
    assert.deepEqual(nested.issues[0]!.path, ['responses', 1, 'value']);
  });

  test('names inside strings, escaped quotes and backslashes are not members', () => {
    const value = { a: 'x:y', b: '"a":1', 'c\\': '\\"', d: [{ e: ':' }, { e: '\\\\' }], '': { '': '' } };
    assert.deepEqual(parseJsonText(JSON.stringify(value)), value);
    assert.deepEqual(parseJsonText(JSON.stringify(value, null, 2)), value);
    // The same name in sibling objects is no repetition.
    assert.deepEqual(parseJsonText('[{"a":1},{"a":2}]'), [{ a: 1 }, { a: 2 }]);
    // Names equal once unescaped are the same name.
    assert.deepEqual(refusal(() => parseJsonText('{"a":1,"\\u0061":2}')).issues[0]!.path, ['a']);
    assert.deepEqual(refusal(() => parseJsonText('{"__proto__":1,"__proto__":2}')).issues[0]!.path, ['__proto__']);
  });

  test('property: any JSON value passes; the same text with one member repeated is refused at that path', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(), (value, pick) => {
        const text = JSON.stringify(value);
        assert.equal(jsonTextIssue(text, JSON.parse(text)), undefined);
        const objects = pathsOfObjects(value).filter(({ object }) => Object.keys(object).length > 0);
        if (objects.length === 0) return;
        const { path, object } = objects[pick % objects.length]!;
        const [name] = Object.keys(object);
        // Repeat the object's first member at its end.
        const repeated = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(name)}:0}`;
        const changed = JSON.stringify(setAt(value, path, '\u0000MARK\u0000')).replace(
          JSON.stringify('\u0000MARK\u0000'),
          () => repeated,
        );
        const found = jsonTextIssue(changed, JSON.parse(changed));
        assert.equal(found?.code, 'duplicate_key');
        assert.deepEqual(found?.path, [...path, name]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nesting', () => {
  test(`${MAX_JSON_DEPTH} levels pass, one more is refused with its path; 50,000 deep in an unknown member too`, () => {
    const nest = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    assert.doesNotThrow(() => parseJsonText(nest(MAX_JSON_DEPTH)));
    assert.equal(refusal(() => parseJsonText(nest(MAX_JSON_DEPTH + 1))).issues[0]!.code, 'too_deep');
    const text = JSON.stringify(smallFramework()).replace(/}$/, `,"x-extra":{"a":[1,${nest(50_000)}]}}`);
    const deep = refusal(() => parseDocumentText(text));
    assert.equal(deep.issues[0]!.code, 'too_deep');
    assert.deepEqual(deep.issues[0]!.path.slice(0, 4), ['x-extra', 'a', 1, 0]);
  });
});

describe('the command line', () => {
  test('validate: a repeated name and deep nesting fail with their path; a byte order mark is read', async () => {
    const dir = tempDir('openmaturity-json-');
    const text = JSON.stringify(smallFramework());
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}`);
    writeFileSync(join(dir, 'twice.json'), text.replace('"version":"1"', '"version":"1","version":"2"'));
    writeFileSync(join(dir, 'deep.json'), text.replace(/}$/, `,"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`));
    const { code, stdout } = await cli('validate', dir);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /ok +\S*bom\.json \(Framework test-fw\)/);
    assert.match(
      stdout,
      /twice\.json: version: expected each member name once in an object.*line 1, column 72 \[duplicate_key\]/,
    );
    assert.match(stdout, /deep\.json: x(\[0\])+: expected arrays and objects nested at most 64 deep.*\[too_deep\]/);
    assert.match(stdout, /3 documents: 1 valid, 2 invalid/);
  });

  test('verify: a signed statement that says its status twice is refused, whichever value was signed', async () => {
    const dir = tempDir('openmaturity-json-');
    const { privateJwk, publicJwk } = await generateIssuerKeys({ alg: 'EdDSA' });
    const statement = JSON.parse(
      readFileSync(new URL('./fixtures/conformance/statement.json', import.meta.url), 'utf8'),
    ) as ConformanceStatement;
    const signed = await signStatement({ ...statement, expires: '2099-01-01' }, privateJwk);
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [publicJwk] }));
    const text = JSON.stringify(signed, null, 2);
    writeFileSync(join(dir, 'signed.json'), text);
    writeFileSync(
      join(dir, 'twice.json'),
      text.replace('"status": "conformant"', '"status": "not-conformant",\n  "status": "conformant"'),
    );
    const verify = (file: string) =>
      cli('verify', join(dir, file), '--trust', statement.issuer.id, '--jwks', join(dir, 'jwks.json'));
    assert.equal((await verify('signed.json')).code, 0);
    const twice = await verify('twice.json');
    assert.equal(twice.code, 1);
    assert.match(
      twice.stderr,
      /the statement file .*twice\.json: invalid document.*status: expected each member name once in an object.*found "status" a second time, at line 19/s,
    );
  });
});

/** Every object in a JSON value, with its path. */
function pathsOfObjects(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; object: Record<string, unknown> }[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => pathsOfObjects(item, [...path, i]));
  const object = value as Record<string, unknown>;
  return [{ path, object }, ...Object.entries(object).flatMap(([key, item]) => pathsOfObjects(item, [...path, key]))];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}
