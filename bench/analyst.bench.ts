/**
 * The analyst's toolkit: summarise over 32,000 statements, change over two 32,000-row
 * snapshots and export of 32,000 rows, each beside one bare counting pass over the same
 * statements in the same run; `publish --since` on the real trusts beside the same publish
 * without it; and the peak memory of `openmaturity benchmark` over 25,000 assessments of 300
 * responses, read from files in a child process (its maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareSnapshots,
  summariseStatements,
  type ConformanceStatement,
  type ConformanceStatus,
  type Organisation,
} from '@openmaturity/core';
import { importDspt, importOdsTrusts } from '@openmaturity/core/import';
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
  rows.push(publishSinceBenchmark());
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
 * `publish --since` on the real trusts: the 2022/23 list (211 statements, 211 organisations)
 * since the 2020/21 file (356 statements of trusts, CCGs and CSUs), beside the same publish
 * without --since, each from the build in its own process, in the same run. What --since adds:
 * reading the earlier snapshot and one compareSnapshots per summary.
 */
export function publishSinceBenchmark(): Row {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-since-'));
  try {
    const real = (name: string) => readFileSync(new URL(`../data/real/${name}`, import.meta.url), 'utf8');
    const write = (folder: string, documents: readonly object[], name: (d: never) => string) => {
      mkdirSync(join(dir, folder));
      for (const d of documents) writeFileSync(join(dir, folder, `${name(d as never)}.json`), JSON.stringify(d));
    };
    const later = 'dspt-trusts-2022-23-snapshot-2023-11-16.csv';
    const earlier = 'dspt-trusts-ccgs-2020-21-metric-2022-02-08.csv';
    write('later', importDspt(real(later), { source: later }).documents, (d: ConformanceStatement) => d.id);
    write('earlier', importDspt(real(earlier), { source: earlier }).documents, (d: ConformanceStatement) => d.id);
    write('organisations', importOdsTrusts(real('ods-etr-trusts-2023.csv')).documents, (d: Organisation) => d.odsCode!);
    const sources = [join(dir, 'later'), join(dir, 'organisations')];
    // Three rounds each, alternated, the fastest kept: one round is a second or so on a shared machine.
    const plain: number[] = [];
    const since: number[] = [];
    for (let r = 0; r < 3; r++) {
      plain.push(publishChild([...sources, '--out', join(dir, `plain-${r}`)]));
      since.push(publishChild([...sources, '--out', join(dir, `since-${r}`), '--since', join(dir, 'earlier')]));
    }
    const [a, b] = [Math.min(...plain), Math.min(...since)];
    return {
      group: 'analyst',
      name: 'publish --since, the real trusts: 2022/23 (211 + 211 organisations) since 2020/21 (356 statements)',
      value: `${b.toFixed(2)} s`,
      reference: `the same publish without --since ${a.toFixed(2)} s`,
      ratio: `${(b / a).toFixed(2)}x the time without`,
      budget: '',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `publish` from the build in a child process; its time as benchmark-child reports it. */
function publishChild(args: string[]): number {
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=openmaturity-source',
      '--import',
      'tsx',
      new URL('./benchmark-child.ts', import.meta.url).pathname,
      '--dist',
      'publish',
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = /seconds ([\d.]+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || seconds === undefined)
    throw new Error(`publish ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  return Number(seconds);
}
