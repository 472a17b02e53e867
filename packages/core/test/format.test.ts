import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  documentIssues,
  InvalidDocumentError,
  isInvalidDocumentError,
  isOpenMaturityError,
  parseDocument,
  parseDocumentText,
  safeParseDocument,
  validateAssessment,
  type Assessment,
  type DocumentIssue,
} from '@openmaturity/core';
import { locateJsonError } from '../src/format/json-position.js';
import { smallAssessment, smallFramework } from './helpers.js';

/** node's assert.throws returns nothing: this returns the error. */
function thrown(run: () => unknown): InvalidDocumentError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InvalidDocumentError, String(error));
    return error;
  }
  assert.fail('expected an InvalidDocumentError');
}

const brief = (issues: readonly DocumentIssue[]) => issues.map((i) => `${i.code} ${i.message}`);

describe('parseDocument', () => {
  test('returns a valid document, typed by kind', () => {
    const framework = parseDocument(smallFramework(), { kind: 'Framework' });
    assert.equal(framework.indicators.length, 4);
  });

  test('names the JSON path, what was expected and what was found', () => {
    const assessment = smallAssessment();
    (assessment.responses[3] as { value: unknown }).value = { level: 3 };
    const error = thrown(() => parseDocument(assessment));
    assert.deepEqual(brief(error.issues), [
      'invalid_type responses[3].value: expected a number, true or false, a string or null, found an object',
    ]);
    assert.deepEqual(error.issues[0]!.path, ['responses', 3, 'value']);
    assert.equal(error.code, 'ERR_INVALID_DOCUMENT');
  });

  test('names the file in the message when given a source', () => {
    const result = safeParseDocument({ ...smallFramework(), name: '' }, { source: 'frameworks/test.json' });
    assert.equal(result.success, false);
    assert.match(
      result.error!.message,
      /^frameworks\/test\.json: invalid document, 1 problem:\n {2}- name: expected a non-empty text, found ""$/,
    );
  });

  test('reports a missing property as missing', () => {
    const { status: _, ...withoutStatus } = smallAssessment();
    assert.deepEqual(brief(documentIssues(withoutStatus)), [
      'missing status: expected "draft", "submitted" or "published", found nothing',
    ]);
  });

  test('checks ODS codes', () => {
    for (const odsCode of ['rgt', 'K810030012', 'R T', '']) {
      const issues = documentIssues(smallAssessment({ organisation: { odsCode } }));
      assert.equal(issues[0]?.code, 'invalid_format', odsCode);
      assert.match(issues[0]!.message, /^organisation\.odsCode: expected an ODS code/);
    }
    for (const odsCode of ['RGT', 'R0A', 'QE1', '8J123', 'RG', 'A81001', 'K81003001'])
      assert.deepEqual(documentIssues(smallAssessment({ organisation: { odsCode } })), []);
  });

  test('checks dates are real ISO 8601 dates', () => {
    for (const start of ['2023-02-29', '31/03/2024', '2024-13-01', '2024-4-1']) {
      const issues = documentIssues(smallAssessment({ period: { id: 'p', start, end: '2025-03-31' } }));
      assert.deepEqual(
        issues.map((i) => i.code),
        ['invalid_format'],
        start,
      );
    }
    assert.deepEqual(
      documentIssues(smallAssessment({ period: { id: 'p', start: '2024-02-29', end: '2025-03-31' } })),
      [],
    );
  });

  test('refuses javascript: and data: links', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'JaVaScRiPt:alert(1)',
      '//evil.example',
      'https:// space',
    ]) {
      const assessment = smallAssessment();
      assessment.responses[0]!.evidence = [{ url }];
      assert.equal(documentIssues(assessment)[0]?.code, 'invalid_format', url);
    }
  });

  test('keeps unknown properties, at the root and nested, for forward compatibility', () => {
    const newer = { ...smallFramework(), schemaVersion: '1.7', translations: { cy: { name: 'Fframwaith prawf' } } };
    newer.indicators[0] = { ...newer.indicators[0]!, evidenceRequired: true } as never;
    const parsed = parseDocument(JSON.parse(JSON.stringify(newer)));
    assert.deepEqual(JSON.parse(JSON.stringify(parsed)), JSON.parse(JSON.stringify(newer)));
  });

  test('rejects another major schema version, saying so', () => {
    const error = thrown(() => parseDocument({ ...smallFramework(), schemaVersion: '2.0' }));
    assert.equal(error.issues.length, 1);
    assert.equal(error.issues[0]!.code, 'unsupported_version');
    assert.match(error.message, /schemaVersion: expected schema version 1\.x, the major version this SDK reads/);
  });

  test('names the kinds when kind is unknown, and refuses another kind than asked', () => {
    assert.equal(documentIssues({ kind: 'Spreadsheet', schemaVersion: '1.0' })[0]?.code, 'unknown_kind');
    assert.deepEqual(brief(documentIssues(smallFramework(), 'Assessment')), [
      'wrong_kind kind: expected a document of kind Assessment, found "Framework"',
    ]);
  });

  test('says what a root that is not an object is', () => {
    for (const value of [null, 42, 'text', [], true])
      assert.deepEqual(
        documentIssues(value).map((i) => i.code),
        ['invalid_type'],
      );
  });

  test('checks framework integrity after its shape', () => {
    const framework = smallFramework();
    framework.indicators[0]!.prerequisites = ['ai'];
    assert.deepEqual(brief(documentIssues(framework)), [
      'prerequisite_cycle indicators[0].prerequisites: expected prerequisites without a cycle, found the cycle wifi -> ai -> epr -> wifi',
    ]);
  });
});

describe('parseDocumentText', () => {
  test('names the line and column of broken JSON', () => {
    const error = thrown(() => parseDocumentText('{\n  "kind": "Framework",\n  "id": oops\n}', { source: 'x.json' }));
    assert.equal(error.issues[0]!.code, 'not_json');
    assert.match(error.message, /^x\.json: .*line 3, column 9/s);
  });

  test('says an empty file is empty', () => {
    assert.throws(() => parseDocumentText('   '), /an empty file/);
  });

  test('survives JSON nested far too deep for a recursive reader', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const result = (() => {
      try {
        return parseDocumentText(text);
      } catch (error) {
        return error;
      }
    })();
    assert.ok(isInvalidDocumentError(result));
  });
});

describe('validateAssessment', () => {
  const framework = smallFramework();
  const check = (changes: Partial<ReturnType<typeof smallAssessment>>) =>
    brief(validateAssessment(smallAssessment(changes), framework));

  test('accepts an assessment that fits, unanswered (null) included', () => {
    assert.deepEqual(check({}), []);
  });

  test('refuses another framework or version', () => {
    assert.deepEqual(check({ framework: { id: 'other', version: '1' } }), [
      'framework_mismatch framework.id: expected the framework "test-fw", found "other"',
    ]);
    assert.deepEqual(check({ framework: { id: 'test-fw', version: '2' } }), [
      'framework_mismatch framework.version: expected version "1" of test-fw, found "2"',
    ]);
  });

  test('reports unknown indicators; a duplicate, with both places, is the document’s own problem', () => {
    const responses = [
      ...smallAssessment().responses,
      { indicator: 'wifi', value: 2 },
      { indicator: 'quantum', value: 1 },
    ];
    assert.deepEqual(check({ responses }), [
      'unknown_indicator responses[5].indicator: expected an indicator of test-fw 1, found "quantum"',
    ]);
    assert.deepEqual(brief(documentIssues(smallAssessment({ responses }))), [
      'duplicate_response responses[4].indicator: expected one entry per indicator, found "wifi", already at responses[0]',
    ]);
  });

  const cases: [string, unknown, string][] = [
    ['wifi', 6, 'a level from 1 to 5'],
    ['wifi', 0, 'a level from 1 to 5'],
    ['wifi', 'high', 'a level from 1 to 5'],
    ['epr', 'yes', 'true or false (a yes/no indicator)'],
    ['epr', 1, 'true or false (a yes/no indicator)'],
    ['skills', 100.5, 'a percentage from 0 to 100'],
    ['skills', -1, 'a percentage from 0 to 100'],
    ['ai', 'maybe', 'one of "no", "yes"'],
  ];
  for (const [indicator, value, expected] of cases) {
    test(`refuses ${JSON.stringify(value)} for ${indicator}`, () => {
      const responses = smallAssessment().responses.map((r) =>
        r.indicator === indicator ? { ...r, value: value as never } : r,
      );
      const issues = validateAssessment(smallAssessment({ responses }), framework);
      assert.equal(issues.length, 1);
      assert.equal(issues[0]!.code, 'value_mismatch');
      assert.equal(issues[0]!.expected, expected);
    });
  }

  test('checks local priorities name one indicator or domain that exists', () => {
    assert.deepEqual(
      check({
        localPriorities: [
          { indicator: 'skills', weight: 2, reason: 'Our board asked for it' },
          { domain: 'people', weight: 1.5, reason: 'Recruitment drive' },
          { indicator: 'nope', weight: 1, reason: '' },
          { domain: 'nope', weight: 1, reason: '' },
          { weight: 1, reason: '' },
        ],
      }),
      [
        'unknown_indicator localPriorities[2].indicator: expected an indicator of test-fw 1, found "nope"',
        'unknown_reference localPriorities[3].domain: expected a domain of test-fw 1, found "nope"',
        'missing localPriorities[4]: expected exactly one of "indicator" or "domain", found neither',
      ],
    );
  });
});

describe('errors', () => {
  test('are OpenMaturity errors with a code, recognised across realms by brand', () => {
    const error = new InvalidDocumentError([]);
    assert.ok(isOpenMaturityError(error));
    assert.ok(!isOpenMaturityError(new Error('plain')));
    const foreign = Object.assign(new Error('from another realm'), { code: 'ERR_INVALID_DOCUMENT', issues: [] });
    assert.ok(isInvalidDocumentError(foreign));
  });

  test('show the first ten problems and count the rest', () => {
    const responses = Array.from({ length: 25 }, (_, i) => ({ indicator: `bad id ${i}`, value: 1 }));
    const error = safeParseDocument(smallAssessment({ responses })).error!;
    assert.equal(error.issues.length, 25);
    assert.match(error.message, /\.\.\. and 15 more$/);
  });
});

describe('locating broken JSON', () => {
  const cases: [string, number, number][] = [
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2,\n  ]\n}', 3, 3],
    ['[1, 2] x', 1, 8],
    ['{"a" 1}', 1, 6],
    ['{"a": "unterminated', 1, 7],
    ['{"a": tru}', 1, 7],
    ['{"a": 01}', 1, 8],
    ["{'a': 1}", 1, 2],
    ['{"a": 1', 1, 8],
  ];
  for (const [text, line, column] of cases) {
    test(`${JSON.stringify(text)} breaks at line ${line}, column ${column}`, () => {
      assert.equal(locateJsonError(text).line, line);
      assert.equal(locateJsonError(text).column, column);
    });
  }
});

describe('describing values', () => {
  test('never splits a surrogate pair when it shortens text', async () => {
    const { describeValue } = await import('@openmaturity/core/format');
    const described = describeValue('🏥'.repeat(501));
    assert.ok(described.endsWith('..."'));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(described), 'no lone high surrogate');
  });

  test('an older major version is told to convert, a newer one to upgrade', () => {
    assert.match(documentIssues({ ...smallFramework(), schemaVersion: '0.9' })[0]!.expected, /predates format 1\.0/);
    assert.match(
      documentIssues({ ...smallFramework(), schemaVersion: '3.1' })[0]!.expected,
      /newer version of @openmaturity\/core/,
    );
  });
});

describe('huge documents', () => {
  const framework = smallFramework();
  const many = (n: number, value: (i: number) => unknown) =>
    smallAssessment({
      responses: Array.from({ length: n }, (_, i) => ({
        indicator: 'wifi',
        value: value(i) as never,
        comment: 'x'.repeat(200),
      })),
    });

  test('a 100,000-response assessment (about 25 MB of JSON) parses, and fits-checks in one pass', () => {
    const text = JSON.stringify(many(100_000, () => 3));
    assert.ok(text.length > 20_000_000);
    // Every response after the first answers wifi again: the document's own contradiction.
    const { issues } = (() => {
      try {
        parseDocumentText(text, { kind: 'Assessment' });
      } catch (error) {
        if (isInvalidDocumentError(error)) return error;
      }
      throw new Error('expected an InvalidDocumentError');
    })();
    assert.equal(issues.length, 99_999);
    assert.ok(issues.every((i) => i.code === 'duplicate_response'));
    // The fit to the framework, in one pass over the 100,000: only the first answer is checked.
    assert.deepEqual(validateAssessment(JSON.parse(text) as Assessment, framework), []);
  });

  test('100,000 bad values give every issue, and a message of bounded length', () => {
    const error = thrown(() => parseDocument(many(100_000, () => ({}))));
    assert.equal(error.issues.length, 100_000);
    assert.ok(error.message.length < 2_000, `${error.message.length} characters`);
    assert.match(error.message, /and 99990 more$/);
  });

  test('a name of a million characters is refused with a short excerpt', () => {
    const error = thrown(() => parseDocument({ ...smallFramework(), name: 'A'.repeat(1_000_000) }));
    assert.ok(error.message.length < 300, error.message);
    assert.equal(error.issues[0]!.code, 'too_big');
  });
});

test('a kind that is no document kind, from plain JavaScript, is an issue, not a TypeError', () => {
  const result = safeParseDocument({ kind: 'Index', schemaVersion: '1.0' }, { kind: 'Index' as never });
  assert.equal(result.success, false);
  assert.equal(result.error!.issues[0]!.code, 'unknown_kind');
});

describe('the measure types table', () => {
  test('has the rules of every measure type the schema accepts, and of no other', async () => {
    const { Measure, measureTypes } = await import('@openmaturity/core/format');
    const accepted = Object.keys(measureTypes).filter(
      (type) =>
        Measure.safeParse({
          type,
          options: [
            { value: 'a', label: 'A', score: 0 },
            { value: 'b', label: 'B', score: 100 },
          ],
        }).success,
    );
    assert.deepEqual(accepted, Object.keys(measureTypes));
    assert.equal(Measure.safeParse({ type: 'slider' }).success, false);
  });

  test('validation, the engine and the words of an answer ask the same rules', async () => {
    const { measureRule, validateAssessment } = await import('@openmaturity/core/format');
    const { scoreAnswer } = await import('@openmaturity/core/engine');
    const framework = smallFramework();
    for (const indicator of framework.indicators) {
      const rule = measureRule(indicator.measure);
      for (const value of [0, 3, 62.5, 101, true, false, 'yes', 'maybe']) {
        const fits = rule.fits(value, indicator.measure, framework.scale);
        const issues = validateAssessment(
          smallAssessment({ responses: [{ indicator: indicator.id, value }] }),
          framework,
        );
        assert.equal(issues.length === 0, fits, `${indicator.id} = ${String(value)}`);
        assert.equal(
          scoreAnswer(framework, indicator, value) !== undefined,
          fits,
          `${indicator.id} = ${String(value)}`,
        );
      }
    }
  });
});
