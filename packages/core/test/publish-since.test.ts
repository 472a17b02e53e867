/**
 * `openmaturity publish --since`, on small snapshots made by hand: a trust that merged since
 * the earlier snapshot is followed to its successor through the earlier Organisation
 * documents, and a standard published without earlier statements gets summaries without a
 * change, said on stderr. (The real DSPT trusts, 2020/21 to 2022/23, are in real-change.test.ts.)
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { publishCommand } from '../src/cli/publish.js';
import { parseDocument } from '../src/format/parse.js';
import type { ConformanceStatement } from '../src/format/kinds/conformance-statement.js';
import type { ConformanceSummary } from '../src/format/kinds/conformance-summary.js';
import { dsptStatement, productStatement } from './helpers.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp.js';

const dir = tempDir('openmaturity-since-');
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (folder: string, name: string, document: object) => {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, `${name}.json`), JSON.stringify(document));
};

/** A DSPT statement of one trust for one year. */
const statement = (odsCode: string, year: '2021-22' | '2022-23', status: ConformanceStatement['status']) =>
  dsptStatement({
    id: `dspt-${year}-${odsCode}`,
    subject: { type: 'organisation', name: `Trust ${odsCode}`, odsCode },
    standard: { id: 'dspt', version: year, name: 'DSPT' },
    status,
    issued: year === '2021-22' ? '2022-06-30' : '2023-06-30',
  });

// Five trusts in both years; ROLD only in the earlier one, merged into RNEW, only in the later.
const both = ['RA1', 'RA2', 'RA3', 'RA4', 'RA5'];
for (const code of both) write('earlier', code, statement(code, '2021-22', 'partially-conformant'));
write('earlier', 'ROLD', statement('ROLD', '2021-22', 'not-conformant'));
for (const code of both)
  write('later', code, statement(code, '2022-23', code === 'RA5' ? 'not-conformant' : 'conformant'));
write('later', 'RNEW', statement('RNEW', '2022-23', 'conformant'));
write('later', 'product', productStatement());
// The merger, as the earlier snapshot's Organisation document says it.
write('merger', 'ROLD', {
  kind: 'Organisation',
  schemaVersion: '1.1',
  odsCode: 'ROLD',
  name: 'Trust ROLD',
  type: 'acute-trust',
  successor: { odsCode: 'RNEW' },
});

const publish = (...args: string[]) => runCli(args, { command: publishCommand });
const summary = (out: string, standard: string) => {
  const folder = join(dir, out, 'summaries', standard, 'all');
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as { latest: string };
  return parseDocument(JSON.parse(readFileSync(join(folder, `${index.latest}.json`), 'utf8')), {
    kind: 'ConformanceSummary',
  }) as ConformanceSummary;
};

test('a trust merged since the earlier snapshot is followed to its successor, as its Organisation document says', async () => {
  const { code, stdout, stderr } = await publish(
    join(dir, 'later'),
    '--out',
    join(dir, 'out'),
    '--since',
    join(dir, 'earlier'),
    '--since',
    join(dir, 'merger'),
  );
  assert.equal(code, 0, stdout + stderr);
  const change = summary('out', 'dspt').change!;
  assert.deepEqual(change.followed, [{ from: 'ROLD', to: 'RNEW' }]);
  assert.deepEqual(change.unmatched, []);
  assert.deepEqual(
    [change.overall.organisations, change.overall.improved, change.overall.worsened, change.overall.unchanged],
    [6, 5, 1, 0],
    'RA1-RA4 and ROLD -> RNEW improved, RA5 worsened',
  );
  assert.match(
    stderr,
    /^change of dspt from 2022-06-30 to 2023-06-30: 6 matched \(1 through a successor code\); 0 not matched/m,
  );
  // The product's standard has no earlier statements: its summary is published without a change, and stderr says so.
  assert.match(stderr, /--since .*earlier.*: no dtac statements there: its summaries carry no change/);
  assert.equal(summary('out', 'dtac').change, undefined);
});

test('without the merger, the two trusts are each unmatched, named on stderr and in the document', async () => {
  const { code, stderr } = await publish(
    join(dir, 'later'),
    '--out',
    join(dir, 'out-2'),
    '--since',
    join(dir, 'earlier'),
  );
  assert.equal(code, 0, stderr);
  const change = summary('out-2', 'dspt').change!;
  assert.deepEqual(
    change.unmatched.map((u) => [u.id, u.reason]),
    [
      ['ROLD', 'not-in-later'],
      ['RNEW', 'not-in-earlier'],
    ],
  );
  assert.match(
    stderr,
    /5 matched; 2 not matched \(in each summary's change\.unmatched\); 1 not in the later snapshot: ROLD; 1 not in the earlier snapshot: RNEW/,
  );
  // Five matched: a cohort of five is shown; the suppression rule is the engine's (under 5).
  assert.equal(change.overall.suppressed, false);
});
