/**
 * The analyst's toolkit: summarise over 32,000 statements, change over two 32,000-row
 * snapshots and export of 32,000 rows, each beside one bare counting pass over the same
 * statements in the same run; publish's summaries with --since's change beside the same
 * without it; and the peak memory of `openmaturity benchmark` over 25,000 assessments of 300
 * responses, read from files in a child process (its maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareSnapshots,
  summariseStatements,
  type ConformanceStatement,
  type ConformanceStatus,
} from '@openmaturity/core';
import type { EarlierSnapshot } from '../packages/core/src/cli/publish-since.js';
import { summariesToPublish } from '../packages/core/src/cli/publish-summaries.js';
import { csvLine } from '../packages/core/src/export/csv.js';
import { statementRow } from '../packages/core/src/export/tables.js';
import { measure, rate, type Row } from './harness.js';
import { assessmentOf, dsptStatement, generatedFramework } from '../packages/core/test/helpers.js';

const STATEMENTS = 32_000;
const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 25_000);
const RESPONSES = 300;
const MEMORY_GOAL_MB = 1024;

function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const WORDINGS: [ConformanceStatus, string][] = [
  ['conformant', 'Standards Met'],
  ['conformant', 'Standards Exceeded'],
  ['partially-conformant', 'Approaching Standards'],
  ['not-conformant', 'Standards Not Met'],
  ['in-progress', 'Not Published'],
];

function snapshot(year: string, next: () => number): ConformanceStatement[] {
  return Array.from({ length: STATEMENTS }, (_, i) => {
    const [status, words] = WORDINGS[Math.floor(next() * WORDINGS.length)]!;
    const code = `B${i.toString(36).toUpperCase().padStart(4, '0')}`;
    return dsptStatement({
      id: `dspt-${year}-${code}`,
      subject: {
        type: 'organisation',
        name: `Organisation ${code}`,
        odsCode: code,
        region: { code: `Y${56 + (i % 8)}` },
        icb: { code: `Q${(i % 42).toString().padStart(2, '0')}` },
      },
      standard: { id: 'dspt', version: year, name: 'DSPT' },
      status,
      statusDetail: `${year.slice(2, 4)}/${year.slice(5)} ${words}`,
      issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'DSPT' },
      issued: `${Number(year.slice(0, 4)) + 1}-06-30`,
      expires: `${Number(year.slice(0, 4)) + 2}-06-30`,
    });
  });
}

/** The reference: one pass that counts statuses per region in a Map, nothing else. */
function bareCount(statements: readonly ConformanceStatement[]): number {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const key = `${(s.subject.region as { code: string }).code}|${s.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts.size;
}

export function analystBenchmarks(): Row[] {
  const rows: Row[] = [];
  const next = random(11);
  const earlier = snapshot('2020-21', next);
  const later = snapshot('2022-23', next);
  const options = { rounds: 7, minMs: 100 };
  const reference = measure(() => bareCount(later), options).opsPerSecond;
  const row = (name: string, ops: number) =>
    rows.push({
      group: 'analyst',
      name,
      value: `${(1000 / ops).toFixed(1)} ms (${rate(ops * STATEMENTS, 'rows/s')})`,
      reference: `one counting pass ${(1000 / reference).toFixed(2)} ms`,
      ratio: `${(ops / reference).toFixed(3)}x`,
      budget: '',
    });
  row(
    'summarise, 32,000 statements by region',
    measure(() => summariseStatements(later, { by: 'region' }), options).opsPerSecond,
  );
  row(
    'change, two 32,000-statement snapshots by region',
    measure(() => compareSnapshots(earlier, later, { by: 'region' }), options).opsPerSecond,
  );
  row(
    'export, 32,000 statements as CSV',
    measure(() => {
      let out = '';
      for (const s of later) out += csvLine(statementRow(s));
      return out.length;
    }, options).opsPerSecond,
  );
  rows.push(publishSinceRow(earlier, later));
  rows.push(benchmarkMemory());
  return rows;
}

/** 25,000 assessment files (written once into the temporary folder and reused), then the CLI in a child. */
function benchmarkMemory(): Row {
  const dir = join(tmpdir(), `openmaturity-bench-${ASSESSMENTS}x${RESPONSES}`);
  const framework = generatedFramework(RESPONSES);
  if (!existsSync(join(dir, 'done'))) {
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(framework));
    const next = random(3);
    for (let n = 0; n < ASSESSMENTS; n++) {
      const odsCode = `A${n.toString(36).toUpperCase().padStart(4, '0')}`;
      writeFileSync(
        join(dir, 'assessments', `${odsCode}.json`),
        JSON.stringify(
          assessmentOf(
            framework,
            framework.indicators.map((i) => ({ indicator: i.id, value: 1 + Math.floor(next() * 5) })),
            { organisation: { odsCode } },
          ),
        ),
      );
    }
    writeFileSync(join(dir, 'done'), '');
  }
  const child = spawnSync(
    process.execPath,
    [
      '--conditions=openmaturity-source',
      '--import',
      'tsx',
      new URL('./benchmark-child.ts', import.meta.url).pathname,
      'benchmark',
      dir,
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const rss = /maxRSS (\d+)/.exec(child.stderr)?.[1];
  const seconds = /seconds ([\d.]+)/.exec(child.stderr)?.[1];
  const count = child.status === 0 ? (JSON.parse(child.stdout) as { overall: { count: number } }).overall.count : 0;
  const mb = rss ? Number(rss) / 1024 : Number.NaN;
  return {
    group: 'analyst',
    name: `benchmark CLI, ${ASSESSMENTS.toLocaleString('en-GB')} assessment files x ${RESPONSES} responses (peak memory, child maxRSS)`,
    value: `${mb.toFixed(0)} MB (${count.toLocaleString('en-GB')} scored in ${seconds ?? '?'} s)`,
    reference: 'holding every document: 6.5 GB',
    ratio: `${(mb / 6656).toFixed(3)}x`,
    budget: `under ${MEMORY_GOAL_MB} MB`,
    withinBudget: child.status === 0 && count === ASSESSMENTS && mb < MEMORY_GOAL_MB,
  };
}

/**
 * What `publish --since` adds to publish: the summaries of 32,000 statements (by all, region
 * and ICB, each checked as a document), with and then without the change since 32,000 earlier
 * ones, in this process, in the same run. Reading the earlier files costs what reading the
 * sources does, per file; this is the rest.
 */
function publishSinceRow(earlier: ConformanceStatement[], later: ConformanceStatement[]): Row {
  const computed = '2026-01-01T00:00:00Z';
  const since: EarlierSnapshot = {
    source: 'the earlier snapshot',
    statements: new Map([['dspt', earlier]]),
    successors: new Map(),
  };
  const options = { rounds: 7, minMs: 200 };
  const without = measure(() => summariesToPublish(later, computed), options).opsPerSecond;
  const withChange = measure(() => summariesToPublish(later, computed, since), options).opsPerSecond;
  return {
    group: 'analyst',
    name: `publish's summaries of ${STATEMENTS.toLocaleString('en-GB')} statements with --since ${STATEMENTS.toLocaleString('en-GB')} earlier (all, region, icb)`,
    value: `${(1000 / withChange).toFixed(0)} ms`,
    reference: `the same summaries without --since ${(1000 / without).toFixed(0)} ms`,
    ratio: `${(withChange / without).toFixed(2)}x`,
    budget: '',
  };
}
