/**
 * The real change of NHS trusts' DSPT statuses from 2020/21 (the metric file of 8 February 2022)
 * to 2022/23 (the snapshot of 16 November 2023), through the engine and through
 * `openmaturity change`. The expected figures were counted with Python's csv module over the two
 * files in data/real, not with the library: pairing rows by Code, 107 Met -> Met, 37 Approaching
 * -> Approaching, 9 Exceeded -> Exceeded, 5 Met -> Exceeded and 5 Exceeded -> Met (163
 * unchanged, Exceeded being conformant too); 22 Approaching -> Met, 4 Not Met -> Met, 1
 * Approaching -> Exceeded and 1 Not Met -> Approaching (28 improved); 18 Met -> Approaching and
 * 1 Exceeded -> Approaching (19 worsened); 1 Met -> Not Published (Yeovil, RA4: other).
 * And through `openmaturity publish --since`, whose summaries carry the same change.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  compareSnapshots,
  parseDocument,
  type ConformanceStatement,
  type ConformanceSummary,
  type SnapshotChange,
} from '@openmaturity/core';
import { importDspt, importOdsTrusts } from '@openmaturity/core/import';
import { runCli } from './support/cli.js';
import { startTestServer, type TestServer } from './support/server.js';
import { tempDir } from './support/temp.js';

const REAL = new URL('../../../data/real/', import.meta.url);
const EARLIER = 'dspt-trusts-ccgs-2020-21-metric-2022-02-08.csv';
const LATER = 'dspt-trusts-2022-23-snapshot-2023-11-16.csv';
const ODS = 'ods-etr-trusts-2023.csv';
const read = (name: string) => readFileSync(new URL(name, REAL), 'utf8');

// The file name as source: the importer reads each snapshot's day from it.
const earlierAll = importDspt(read(EARLIER), { source: EARLIER }).documents;
const later = importDspt(read(LATER), { source: LATER }).documents;
const organisations = importOdsTrusts(read(ODS)).documents;

/**
 * The 2020/21 file lists CCGs and CSUs beside trusts: trusts are the rows whose sector names a
 * trust, or whose ODS code is a trust's (R...), as the national page counts them.
 */
const isTrust = (s: ConformanceStatement) =>
  /trust/i.test(String((s.subject as Record<string, unknown>).sector ?? '')) || /^R/.test(s.subject.odsCode ?? '');
const earlier = earlierAll.filter(isTrust);

const figures = (change: SnapshotChange) => ({
  from: change.from,
  to: change.to,
  matched: change.overall.organisations,
  improved: change.overall.improved,
  worsened: change.overall.worsened,
  unchanged: change.overall.unchanged,
  other: change.overall.other,
  unmatched: change.unmatched.map((u) => [u.id, u.reason]),
});

const EXPECTED = {
  from: { asOf: '2022-02-08', organisations: 216 },
  to: { asOf: '2023-11-16', organisations: 211 },
  matched: 211,
  improved: 28,
  worsened: 19,
  unchanged: 163,
  other: 1,
  // Merged or dissolved by 2022/23; no successor code is given in these files, so none is followed.
  unmatched: [
    ['RBZ', 'not-in-later'],
    ['RTV', 'not-in-later'],
    ['RVY', 'not-in-later'],
    ['RW6', 'not-in-later'],
    ['RXH', 'not-in-later'],
  ],
};

describe('the real change of trusts from 2020/21 to 2022/23, through the engine', () => {
  test('211 matched: 28 improved, 19 worsened, 163 unchanged, 1 other; 5 unmatched, named', () => {
    assert.equal(earlier.length, 216);
    assert.equal(later.length, 211);
    const change = compareSnapshots(earlier, later, { organisations });
    assert.deepEqual(figures(change), EXPECTED);
    assert.deepEqual(change.followed, []);
  });

  test('the moves in the published words, as counted from the files', () => {
    const change = compareSnapshots(earlier, later, { organisations });
    const moves = Object.fromEntries(change.overall.wordingMoves!.map((m) => [`${m.from} -> ${m.to}`, m.count]));
    assert.deepEqual(moves, {
      'Standards Met -> Standards Met': 107,
      'Approaching Standards -> Approaching Standards': 37,
      'Approaching Standards -> Standards Met': 22,
      'Standards Met -> Approaching Standards': 18,
      'Standards Exceeded -> Standards Exceeded': 9,
      'Standards Exceeded -> Standards Met': 5,
      'Standards Met -> Standards Exceeded': 5,
      'Standards Not Met -> Standards Met': 4,
      'Approaching Standards -> Standards Exceeded': 1,
      'Standards Exceeded -> Approaching Standards': 1,
      'Standards Met -> Not Published': 1,
      'Standards Not Met -> Approaching Standards': 1,
    });
  });

  test('named trusts: Yeovil Met -> Not Published, Solent Not Met -> Met, Croydon Not Met -> Approaching', () => {
    const moveOf = (odsCode: string) => {
      const change = compareSnapshots(earlier, later, {
        organisations,
        where: (m) => m.statement.subject.odsCode === odsCode,
        minCohortSize: 1,
      });
      const { from, to } = change.overall.moves![0]!;
      const words = change.overall.wordingMoves![0]!;
      return [change.overall.organisations, from, to, words.from, words.to];
    };
    assert.deepEqual(moveOf('RA4'), [1, 'conformant', 'in-progress', 'Standards Met', 'Not Published']);
    assert.deepEqual(moveOf('R1C'), [1, 'not-conformant', 'conformant', 'Standards Not Met', 'Standards Met']);
    assert.deepEqual(moveOf('RJ6'), [
      1,
      'not-conformant',
      'partially-conformant',
      'Standards Not Met',
      'Approaching Standards',
    ]);
  });
});

/** Documents as files, one per document named by its id or ODS code, in `dir/folder`. */
function writeDocuments(dir: string, folder: string, documents: readonly object[]) {
  mkdirSync(join(dir, folder), { recursive: true });
  for (const d of documents) {
    const { id, odsCode } = d as { id?: string; odsCode?: string };
    writeFileSync(join(dir, folder, `${id ?? odsCode}.json`), JSON.stringify(d));
  }
}

/** The two snapshots and the organisations, in folders under `dir`. */
function writeSnapshots(dir: string) {
  writeDocuments(dir, '2020-21', earlier);
  writeDocuments(dir, '2022-23', later);
  writeDocuments(dir, 'organisations', organisations);
}

describe('the same change through `openmaturity change`', () => {
  const dir = tempDir('openmaturity-real-change-');
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeSnapshots(dir);

  const snapshots = [join(dir, '2020-21'), join(dir, '2022-23'), '--organisations', join(dir, 'organisations')];

  test('--json gives the same figures as the engine', async () => {
    const { code, stdout, stderr } = await runCli(['change', ...snapshots, '--json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(figures(JSON.parse(stdout) as SnapshotChange), EXPECTED);
  });

  test('the table says them to people, with the named moves and the unmatched trusts', async () => {
    const { code, stdout } = await runCli(['change', ...snapshots]);
    assert.equal(code, 0);
    assert.match(stdout, /: 2022-02-08 \(216 organisations\) -> 2023-11-16 \(211\)/);
    assert.match(stdout, /^All +211 +28 +19 +163 +1$/m);
    // Yeovil's is the only move to Not Published; Croydon's the only one from Not Met to Approaching.
    assert.match(stdout, /^Standards Met +Not Published +1$/m);
    assert.match(stdout, /^Standards Not Met +Approaching Standards +1$/m);
    assert.match(stdout, /not in the later snapshot \(5\): RBZ, RTV, RVY, RW6, RXH/);
  });

  test('by region: the regions add up to the whole', async () => {
    const { stdout } = await runCli(['change', ...snapshots, '--by', 'region', '--json']);
    const change = JSON.parse(stdout) as SnapshotChange;
    const sum = (key: 'organisations' | 'improved' | 'worsened') =>
      change.cohorts.reduce((total, c) => total + (c[key] ?? 0), 0);
    assert.deepEqual(
      [sum('organisations'), sum('improved'), sum('worsened')],
      [211, 28, 19],
      'every region is large enough to show, so nothing is suppressed',
    );
  });
});

describe('the same change published by `openmaturity publish --since`', () => {
  const dir = tempDir('openmaturity-publish-since-');
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ tree: join(dir, 'tree-2020-21') });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  writeSnapshots(dir);

  const sources = [join(dir, '2022-23'), join(dir, 'organisations')];
  const summaryOf = (out: string, by: string) =>
    parseDocument(JSON.parse(readFileSync(join(dir, out, `summaries/dspt/${by}/2023-11-16.json`), 'utf8')), {
      kind: 'ConformanceSummary',
    }) as ConformanceSummary;

  test("every summary carries compareSnapshots' change by its grouping: 211 matched, 28 improved, 19 worsened, 163 unchanged, 1 other, 5 unmatched", async () => {
    const { code, stdout, stderr } = await runCli([
      'publish',
      ...sources,
      '--out',
      join(dir, 'out'),
      '--since',
      join(dir, '2020-21'),
    ]);
    assert.equal(code, 0, stdout + stderr);
    assert.equal(
      stderr,
      "change of dspt from 2022-02-08 to 2023-11-16: 211 matched; 5 not matched (in each summary's change.unmatched); 5 not in the later snapshot: RBZ, RTV, RVY, RW6, RXH\n",
    );
    for (const by of ['all', 'region', 'icb', 'type', 'sector'] as const) {
      const summary = summaryOf('out', by);
      const expected = JSON.parse(JSON.stringify(compareSnapshots(earlier, later, { by, organisations })));
      assert.deepEqual(summary.change, expected, by);
      assert.deepEqual(figures(summary.change as SnapshotChange), EXPECTED, by);
    }
    // Small cohorts are suppressed as the engine suppresses them: some ICBs have fewer than 5 trusts.
    const byIcb = summaryOf('out', 'icb').change!;
    assert.ok(byIcb.cohorts.some((c) => c.suppressed && c.moves === undefined));
  });

  test('an earlier published tree, from its folder or its URL, gives the same change', async () => {
    const tree = await runCli([
      'publish',
      join(dir, '2020-21'),
      join(dir, 'organisations'),
      '--out',
      join(dir, 'tree-2020-21'),
    ]);
    assert.equal(tree.code, 0, tree.stdout);
    const fromStatements = summaryOf('out', 'region').change;
    for (const [out, since] of [
      ['from-folder', join(dir, 'tree-2020-21')],
      ['from-url', `${server.url}/since/tree/`],
    ] as const) {
      const { code, stdout, stderr } = await runCli(['publish', ...sources, '--out', join(dir, out), '--since', since]);
      assert.equal(code, 0, stdout + stderr);
      assert.deepEqual(summaryOf(out, 'region').change, fromStatements, since);
    }
  });

  test('an earlier snapshot that cannot be compared with is named, and nothing is published', async () => {
    const cases: [string[], RegExp][] = [
      // The snapshots the wrong way round.
      [
        [join(dir, '2020-21'), '--since', join(dir, '2022-23')],
        /--since .*2022-23: its dspt statements are as of 2023-11-16, not before those published here \(as of 2022-02-08\)/,
      ],
      // The same snapshot: not earlier either.
      [[join(dir, '2022-23'), '--since', join(dir, '2022-23')], /as of 2023-11-16, not before .*\(as of 2023-11-16\)/],
      [
        [join(dir, '2022-23'), '--since', join(dir, 'missing')],
        /missing: ENOENT[^]*--since .*missing: 1 input could not be read/,
      ],
      [
        [join(dir, '2022-23'), '--since', join(dir, 'organisations')],
        /--since .*organisations: no conformance statements there/,
      ],
    ];
    writeDocuments(dir, 'other-standard', [{ ...earlier[0]!, id: 'dtac-rbz', standard: { id: 'dtac', name: 'DTAC' } }]);
    cases.push([
      [join(dir, '2022-23'), '--since', join(dir, 'other-standard')],
      /--since .*other-standard: no statements of dspt, the standards published here; it holds statements of dtac/,
    ]);
    for (const [args, message] of cases) {
      const out = mkdtempSync(join(dir, 'refused-'));
      const { code, stdout, stderr } = await runCli(['publish', ...args, '--out', out]);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, message);
      assert.match(stdout, /^nothing published: the earlier snapshot \(--since\) cannot be compared with/m);
      assert.deepEqual(readdirSync(out), [], 'nothing written');
    }
  });
});
