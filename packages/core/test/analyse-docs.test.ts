/** docs/analyse.md's DuckDB query, as written there, gives the counts `summarise` gives. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { importDspt } from '@openmaturity/core/import';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp.js';

const doc = readFileSync(new URL('../../../docs/analyse.md', import.meta.url), 'utf8');
const real = new URL('../../../data/real/', import.meta.url).pathname;

test('the documented DuckDB query over an export gives the same counts as summarise --by region', async () => {
  // The first SQL block of the DuckDB section: the one the page says this test runs.
  const section = doc.slice(doc.indexOf('## DuckDB SQL'));
  const sql = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(sql?.includes("read_csv('statements.csv'"), 'the documented query reads statements.csv');

  const dir = tempDir('openmaturity-analyse-');
  mkdirSync(join(dir, 'dspt'));
  const { documents } = importDspt(readFileSync(join(real, 'dspt-trusts-2022-23-snapshot-2023-11-16.csv'), 'utf8'), {
    snapshotDate: '2023-11-16',
  });
  for (const s of documents) writeFileSync(join(dir, 'dspt', `${s.id}.json`), JSON.stringify(s));
  const csv = join(dir, 'statements.csv');
  assert.equal((await runCli(['export', join(dir, 'dspt'), '--table', 'statements', '--out', csv])).code, 0);

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sql!.replaceAll("'statements.csv'", `'${csv.replaceAll("'", "''")}'`));
  const fromSql = reader
    .getRowObjects()
    .map((r) => `${String(r.region_code)} ${String(r.status_wording)}: ${Number(r.organisations)}`)
    .sort();
  connection.closeSync();

  const summary = JSON.parse(
    (await runCli(['summarise', join(dir, 'dspt'), '--by', 'region', '--min-cohort', '1', '--json'])).stdout,
  ) as { cohorts: { cohort: { id: string }; wordings: { wording: string; count: number }[] }[] };
  const fromSummarise = summary.cohorts
    .flatMap((c) => c.wordings.map((w) => `${c.cohort.id} ${w.wording}: ${w.count}`))
    .sort();
  assert.equal(fromSql.length, 21);
  assert.deepEqual(fromSql, fromSummarise);
  assert.ok(fromSql.includes('Y56 Standards Met: 23'));
});
