/**
 * The DSPT publication of June 2019 (31,970 rows, every sector, one .xlsx sheet) end to end:
 * `openmaturity import dspt --organisations` (read, map, validate, write 63,936 statements and
 * organisations) beside reading the sheet alone with the same exceljs streaming reader, each in
 * its own process, in the same run: wall time and peak memory. The import is measured twice:
 * into a folder (one file per document) and into one JSON Lines file. Beside the folder, the
 * floor of the output medium: a plain loop creating as many files of the same sizes in the same
 * folder, so that a reader sees what is ours and what is the file system's. Then `publish` of
 * the imported folder. Goals (issue #12): import at most 2x the bare read, under 500 MB.
 * The import reads the sheet in a worker thread while this one maps, validates and writes the
 * rows already read: on two free cores its time is about the longer of the two, not their sum,
 * and on a machine whose cores are busy with other work it gains little (the load average is
 * printed). Peak memory is the process's, both threads. The import's time includes loading
 * its modules (exceljs in the worker, zod and the importer here); the bare read's leaves out
 * loading exceljs, which is printed beside it: the goal is against the read alone.
 * Three rounds, each measuring every case once (so that the load of a shared machine falls on
 * all of them alike); the median is shown. The commands run from the build (`npm run bench`
 * builds first) in plain Node, as the `openmaturity` bin does. The folder is the system's temporary one:
 * `TMPDIR=/dev/shm npm run bench -- import` measures on memory instead of a disk.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row } from './harness.js';

const root = new URL('..', import.meta.url).pathname;
const workbook = join(root, 'data/real/dspt-all-organisations-2018-19-publication-2019-06-17.xlsx');
const ROUNDS = 3;

interface Run {
  seconds: number;
  rssMb: number;
  /** For the bare read: loading exceljs, which its time leaves out (the import's includes it). */
  loadSeconds: number;
}

/** Runs a module in a child process (plain Node); it prints `maxRSS <kB> seconds <s>` on stderr. */
function child(args: string[]): Run {
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /maxRSS (\d+) seconds ([\d.]+)/.exec(run.stderr);
  if (!m) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return {
    seconds: Number(m[2]),
    rssMb: Number(m[1]) / 1024,
    loadSeconds: Number(/load ([\d.]+)/.exec(run.stderr)?.[1] ?? 0),
  };
}

const BARE_READ = `
const loading = performance.now();
const { default: ExcelJS } = await import('exceljs');
const started = performance.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
let rows = 0;
for await (const sheet of reader) for await (const row of sheet) { rows += row.values.length > 0 ? 1 : 0; }
process.stderr.write('load ' + ((started - loading) / 1000).toFixed(2) + ' rows ' + rows + ' maxRSS ' + process.resourceUsage().maxRSS + ' seconds ' + ((performance.now() - started) / 1000).toFixed(2) + String.fromCharCode(10));
`;

/**
 * The file system's share: creates, with a plain loop and the import's exclusive create, the
 * files the folder argv[1] holds (same names, same sizes) in the new folder argv[2] beside it.
 * Only the creating is timed (names and sizes are read first). The names count: on ext4, 63,936
 * files named as the import names them took twice as long to create as `f1.json`, `f2.json`...
 */
const FLOOR = `
import { readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [from, to] = process.argv.slice(1);
const names = readdirSync(from);
const sizes = names.map((name) => statSync(join(from, name)).size);
const bytes = Buffer.alloc(Math.max(...sizes), 32);
const started = performance.now();
mkdirSync(to);
names.forEach((name, i) => writeFileSync(join(to, name), bytes.subarray(0, sizes[i]), { flag: 'wx' }));
process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + ' seconds ' + ((performance.now() - started) / 1000).toFixed(2) + String.fromCharCode(10));
`;

/**
 * The built CLI (argv[1]) run with the arguments after it, as the `openmaturity` bin runs it:
 * plain Node, no tsx (the import's worker thread would load tsx too, and it costs), timed from
 * after the CLI's first module loaded, as benchmark-child.ts times it.
 */
const CLI = `
const [cli, ...args] = process.argv.slice(1);
const { main } = await import(cli);
const started = performance.now();
const code = await main(args);
process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + ' seconds ' + ((performance.now() - started) / 1000).toFixed(2) + String.fromCharCode(10));
process.exitCode = code;
`;
const cli = (...args: string[]) => [
  '--input-type=module',
  '-e',
  CLI,
  new URL('../packages/core/dist/cli.js', import.meta.url).href,
  ...args,
];

const median = (runs: Run[], key: keyof Run) =>
  runs.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;

export function importBenchmarks(): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-import-'));
  try {
    const out = join(dir, 'documents');
    const floorOut = join(dir, 'floor');
    const lines = join(dir, 'documents.jsonl');
    const reads: Run[] = [];
    const toFolder: Run[] = [];
    const floors: Run[] = [];
    const toLines: Run[] = [];
    let documents = 0;
    for (let r = 0; r < ROUNDS; r++) {
      reads.push(child(['--input-type=module', '-e', BARE_READ, workbook]));
      rmSync(out, { recursive: true, force: true });
      toFolder.push(child(cli('import', 'dspt', workbook, '--out', out, '--organisations')));
      documents = readdirSync(out).length;
      rmSync(floorOut, { recursive: true, force: true });
      floors.push(child(['--input-type=module', '-e', FLOOR, out, floorOut]));
      rmSync(lines, { force: true });
      toLines.push(child(cli('import', 'dspt', workbook, '--out', lines, '--organisations')));
    }
    rmSync(floorOut, { recursive: true, force: true });
    const site = join(dir, 'site');
    const published = child(cli('publish', out, '--out', site));
    const group = 'import: DSPT 2019 (31,970 rows)';
    const read = median(reads, 'seconds');
    const folder = median(toFolder, 'seconds');
    const floor = median(floors, 'seconds');
    const jsonl = median(toLines, 'seconds');
    const count = documents.toLocaleString('en-GB');
    const mb = (runs: Run[]) => `${median(runs, 'rssMb').toFixed(0)} MB`;
    return [
      {
        group,
        name: `import dspt .xlsx --organisations --out DIR: read, map, validate, write ${count} files`,
        value: `${folder.toFixed(2)} s, ${mb(toFolder)}`,
        reference: `bare read of the sheet ${read.toFixed(2)} s (+${median(reads, 'loadSeconds').toFixed(2)} s loading exceljs), ${mb(reads)}`,
        ratio: `${(folder / read).toFixed(2)}x the read`,
        budget: 'goal <= 2x the read, < 500 MB',
        withinBudget: undefined,
      },
      {
        group,
        name: `  of which the file system: a plain loop creating the same ${count} files (names, sizes) there`,
        value: `${floor.toFixed(1)} s`,
        reference: `import to DIR ${folder.toFixed(1)} s`,
        ratio: `${(floor / read).toFixed(2)}x the read; the import less it ${((folder - floor) / read).toFixed(2)}x`,
        budget: '',
      },
      {
        group,
        name: `import dspt .xlsx --organisations --out FILE.jsonl: the same ${count} documents, one file`,
        value: `${jsonl.toFixed(2)} s, ${mb(toLines)}`,
        reference: `bare read of the sheet ${read.toFixed(2)} s`,
        ratio: `${(jsonl / read).toFixed(2)}x the read`,
        budget: 'goal <= 2x the read, < 500 MB',
        withinBudget: undefined,
      },
      {
        group,
        name: `publish the imported folder (${count} documents)`,
        value: `${published.seconds.toFixed(1)} s, ${published.rssMb.toFixed(0)} MB`,
        reference: `import to DIR ${folder.toFixed(1)} s`,
        ratio: `${(published.seconds / folder).toFixed(2)}x the import`,
        budget: '',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
