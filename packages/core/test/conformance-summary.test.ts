/**
 * The ConformanceSummary kind beyond the corpus: what the engine makes from real data is a
 * valid document that survives JSON unchanged; a broken one is refused with the JSON path of
 * each problem; hostile content stays data; and publish refuses a summary the layout cannot
 * place instead of failing.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  compareSnapshots,
  conformanceSummaryDocument,
  isInvalidDocumentError,
  parseDocument,
  parseDocumentText,
  safeParseDocument,
  summariseStatements,
  type ConformanceSummary,
} from '@openmaturity/core';
import { layout } from '@openmaturity/core/client';
import { importDspt, importOdsTrusts } from '@openmaturity/core/import';
import { publishCommand } from '../src/cli/publish.js';
import { tempDir } from './support/temp.js';

const REAL = new URL('../../../data/real/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, REAL), 'utf8');
const EARLIER = 'dspt-trusts-ccgs-2020-21-metric-2022-02-08.csv';
const LATER = 'dspt-trusts-2022-23-snapshot-2023-11-16.csv';
// Trusts, as the national page counts them: the sector names a trust, or the ODS code is a trust's.
const earlier = importDspt(read(EARLIER), { source: EARLIER }).documents.filter(
  (s) =>
    /trust/i.test(String((s.subject as Record<string, unknown>).sector ?? '')) || /^R/.test(s.subject.odsCode ?? ''),
);
const later = importDspt(read(LATER), { source: LATER }).documents;
const organisations = importOdsTrusts(read('ods-etr-trusts-2023.csv')).documents;
const COMPUTED = '2024-01-15T09:00:00Z';

const realSummary = (by: 'region' | 'icb' | 'type' | 'sector') =>
  conformanceSummaryDocument(summariseStatements(later, { by, organisations }), {
    change: compareSnapshots(earlier, later, { by, organisations }),
    computed: COMPUTED,
    title: 'NHS trusts, 2020/21 to 2022/23',
  });

/** The issues of a document, as `code path` lines. */
function issuesOf(document: unknown): string[] {
  const result = safeParseDocument(document);
  assert.equal(result.success, false, 'refused');
  return result.error!.issues.map((i) => `${i.code} ${i.path.join('.')}`);
}

describe('ConformanceSummary: valid', () => {
  test('what the engine makes from the real trust files is valid in every grouping, and unchanged by JSON', () => {
    for (const by of ['region', 'icb', 'type', 'sector'] as const) {
      const document = JSON.parse(JSON.stringify(realSummary(by))) as ConformanceSummary;
      const parsed = parseDocument(document, { kind: 'ConformanceSummary' });
      assert.deepEqual(parsed, document, by);
    }
    const byRegion = realSummary('region');
    assert.equal(byRegion.id, '2023-11-16');
    assert.equal(byRegion.change!.overall.organisations, 211);
    assert.equal(layout.conformanceSummary('dspt', 'region', byRegion.id), 'summaries/dspt/region/2023-11-16.json');
  });
});

describe('ConformanceSummary: invalid, each problem at its JSON path', () => {
  const base = () => JSON.parse(JSON.stringify(realSummary('region'))) as ConformanceSummary;

  test('shapes: a status the format has not, a share over 1, a negative count, a date that is no date', () => {
    const document = base();
    (document.cohorts[0]!.statuses![0] as { status: string }).status = 'met';
    document.cohorts[1]!.wordings![0]!.share = 1.5;
    document.change!.overall.improved = -1;
    document.asOf = '16/11/2023';
    assert.deepEqual(issuesOf(document).sort(), [
      'invalid_format asOf',
      'invalid_value cohorts.0.statuses.0.status',
      'too_big cohorts.1.wordings.0.share',
      'too_small change.overall.improved',
    ]);
  });

  test('figures that contradict each other, named where they are', () => {
    const document = base();
    // London's conformant count one more: its statuses add up to 35 of 34, its share no longer matches.
    const london = document.cohorts.findIndex((c) => c.cohort.id === 'Y56');
    document.cohorts[london]!.statuses![0]!.count += 1;
    document.change!.to.asOf = '2023-11-17';
    assert.deepEqual(issuesOf(document), [
      `inconsistent cohorts.${london}.organisations`,
      `inconsistent cohorts.${london}.statuses.0.share`,
      'inconsistent change.to.asOf',
    ]);
    const error = (() => {
      try {
        parseDocument(document, { source: 'summary.json' });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(isInvalidDocumentError(error));
    assert.match(error.message, /summary\.json/);
    assert.match(
      error.message,
      new RegExp(`cohorts\\[${london}\\]\\.organisations: expected the sum of the status counts \\(35\\), found 34`),
    );
  });
});

describe('ConformanceSummary: hostile', () => {
  test('markup, the longest labels and prototype names are data; one character more is refused', () => {
    const document = realSummary('region');
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><script>alert(1)</script>';
    document.cohorts[0]!.cohort = { id: '__proto__', label: hostile };
    document.cohorts[1]!.cohort = { id: 'constructor', label: 'Ł'.repeat(500) };
    const text = JSON.stringify(document).replace(
      '"cohort":{"id":"__proto__"',
      '"cohort":{"__proto__":{"polluted":true},"id":"__proto__"',
    );
    const parsed = parseDocumentText(text) as ConformanceSummary;
    assert.equal(parsed.cohorts[0]!.cohort.label, hostile);
    assert.equal(parsed.cohorts[0]!.cohort.id, '__proto__');
    assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'no prototype polluted');
    assert.equal((globalThis as { __pwned?: number }).__pwned, undefined);
    document.cohorts[1]!.cohort.label = 'Ł'.repeat(501);
    assert.deepEqual(issuesOf(document), ['too_big cohorts.1.cohort.label']);
  });

  test('counts beyond a safe integer, fractions and text in place of numbers are refused', () => {
    const document = realSummary('region');
    (document.overall as { organisations: unknown }).organisations = 2 ** 53;
    (document.cohorts[0]!.statuses![0] as { count: unknown }).count = 0.5;
    (document.cohorts[0]!.statuses![1] as { share: unknown }).share = '0.5';
    const issues = issuesOf(document);
    assert.ok(
      issues.includes('too_big overall.organisations') || issues.includes('invalid_type overall.organisations'),
      issues.join(),
    );
    assert.ok(issues.includes('invalid_type cohorts.0.statuses.0.count'), issues.join());
    assert.ok(issues.includes('invalid_type cohorts.0.statuses.1.share'), issues.join());
  });

  test('publish refuses a summary whose id the layout reserves, saying which file, and writes nothing', async () => {
    const dir = tempDir('openmaturity-summary-');
    after(() => rmSync(dir, { recursive: true, force: true }));
    const src = join(dir, 'src');
    const out = join(dir, 'out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(src);
    writeFileSync(join(src, 'latest.json'), JSON.stringify({ ...realSummary('region'), id: 'latest' }));
    writeFileSync(join(src, 'statement.json'), JSON.stringify(later[0]));
    let stdout = '';
    const code = await publishCommand([src, '--out', out], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stdout += t),
    });
    assert.equal(code, 1);
    assert.match(stdout, /latest\.json: cannot be published: summaryId cannot be "latest"/);
    assert.match(stdout, /nothing published/);
  });
});
