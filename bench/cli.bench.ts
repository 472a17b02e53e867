/**
 * The command line as users run it, each figure beside a reference from the same run:
 * - start-up: `openmaturity validate FILE` (the built bin) against `node -e 0`, and `npx`;
 * - scale: `validate` over a folder of 32,000 DSPT statements (the real 2022-23 trusts snapshot,
 *   imported, each copied under new ids) against reading and checking the same files with ajv
 *   compiled from our JSON Schemas; wall time and peak memory of each in its own process.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '@openmaturity/core';
import { importDspt } from '@openmaturity/core/import';
import type { Row } from './harness.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'packages/core/bin/openmaturity.js');
const file = join(root, 'packages/core/test/corpus/valid/assessment-rgt-small.json');

/** Median wall time, in ms, of running a command to its end; the commands of a case alternate. */
function spawnTimes(commands: Record<string, [string, string[]]>, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < rounds + 1; r++) {
    for (const [name, [command, args]] of Object.entries(commands)) {
      const start = performance.now();
      const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = performance.now() - start;
      if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
      if (r > 0) times[name]!.push(ms); // the first round warms the file cache
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!]),
  );
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

function startUp(): Row[] {
  const t = spawnTimes(
    {
      node: [process.execPath, ['-e', '0']],
      validate: [process.execPath, [bin, 'validate', file]],
    },
    15,
  );
  const npx = spawnTimes({ npx: ['npx', ['--no-install', 'openmaturity', 'validate', file]] }, 5).npx!;
  const group = 'cli: start-up';
  return [
    {
      group,
      name: 'openmaturity validate FILE (the built bin, one small assessment)',
      value: ms(t.validate!),
      reference: `node -e 0 ${ms(t.node!)}`,
      ratio: `${(t.validate! / t.node!).toFixed(2)}x the time`,
      budget: 'within 2x',
      withinBudget: t.validate! <= 2 * t.node!,
    },
    {
      group,
      name: 'npx openmaturity validate FILE (installed, so npx only finds the bin)',
      value: ms(npx),
      reference: `the bin ${ms(t.validate!)}`,
      ratio: `+${ms(npx - t.validate!)} per run`,
      budget: '',
    },
  ];
}

const COPIES = 32_000;

/** One process that reads and checks every file, and says how long it took and its peak memory. */
function measureChild(script: string, dir: string): { ms: number; rssMb: number; valid: number } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

function scale(): Row[] {
  const csv = readFileSync('/work/shared/data/real/dspt-trusts-2022-23-snapshot-2023-11-16.csv', 'utf8');
  const statements = importDspt(csv).documents;
  const dir = mkdtempSync(join(tmpdir(), 'openmaturity-bench-'));
  try {
    for (let n = 0; n < COPIES; n++) {
      const statement = statements[n % statements.length]!;
      const copy = { ...statement, id: `${statement.id}-${Math.floor(n / statements.length)}` };
      if (n < statements.length) parseDocument(copy, { kind: 'ConformanceStatement' });
      const folder = join(dir, String(Math.floor(n / 1000)).padStart(2, '0'));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${n}.json`), JSON.stringify(copy, null, 2));
    }
    // The CLI's own entry point, with its output thrown away (32,000 lines to a terminal
    // would measure the terminal).
    const cli = measureChild(
      `import { main } from ${JSON.stringify(join(root, 'packages/core/dist/cli.js'))};
       const start = performance.now();
       let valid = 0;
       const code = await main(['validate', process.argv[1]], { stdout: (t) => { if (t.startsWith('ok')) valid++; }, stderr: () => {} });
       if (code !== 0) throw new Error('exit ' + code);
       console.log(JSON.stringify({ ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, valid }));`,
      dir,
    );
    const ajv = measureChild(
      `import { readdirSync, readFileSync } from 'node:fs';
       import { join } from 'node:path';
       import { Ajv2020 } from 'ajv/dist/2020.js';
       import addFormats from 'ajv-formats';
       const start = performance.now();
       const ajv = new Ajv2020({ strict: false, allErrors: true });
       addFormats.default(ajv);
       const check = ajv.compile(JSON.parse(readFileSync('packages/core/schema/ConformanceStatement.schema.json', 'utf8')));
       let valid = 0;
       for (const folder of readdirSync(process.argv[1]).sort())
         for (const name of readdirSync(join(process.argv[1], folder)).sort())
           if (check(JSON.parse(readFileSync(join(process.argv[1], folder, name), 'utf8')))) valid++;
       console.log(JSON.stringify({ ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, valid }));`,
      dir,
    );
    if (cli.valid !== COPIES || ajv.valid !== COPIES)
      throw new Error(`valid: cli ${cli.valid}, ajv ${ajv.valid}, of ${COPIES}`);
    const group = 'cli: 32,000 documents';
    return [
      {
        group,
        name: `validate DIR: ${COPIES.toLocaleString('en-GB')} DSPT statements (2022-23 trusts, copied)`,
        value: `${ms(cli.ms)} (${Math.round((COPIES / cli.ms) * 1000).toLocaleString('en-GB')} docs/s)`,
        reference: `read + JSON.parse + ajv ${ms(ajv.ms)}`,
        ratio: `${(ajv.ms / cli.ms).toFixed(2)}x`,
        budget: '',
      },
      {
        group,
        name: 'validate DIR: peak memory (maxRSS of the process)',
        value: `${cli.rssMb.toFixed(0)} MB`,
        reference: `ajv's process ${ajv.rssMb.toFixed(0)} MB`,
        ratio: `${(cli.rssMb / ajv.rssMb).toFixed(2)}x the memory`,
        budget: '',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliBenchmarks(): Row[] {
  return [...startUp(), ...scale()];
}
