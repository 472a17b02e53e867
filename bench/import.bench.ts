/**
 * The DSPT publication of June 2019 (31,970 rows, every sector, one .xlsx sheet) end to end:
 * `openmaturity import dspt` (read, map, validate, write statements and organisations) beside
 * reading the sheet alone with the same exceljs streaming reader, each in its own process, in
 * the same run: wall time and peak memory. Then `publish` of the imported tree (about 64,000
 * statements and organisations). Goals (issue #12): import at most 2x the bare read, under 500 MB.
 * The commands run from the build (`npm run bench` builds first), as the `openmaturity` bin does:
 * through tsx, compiling the modules a command loads would be counted in its time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row } from './harness.js';

const root = new URL('..', import.meta.url).pathname;
const workbook = join(root, 'data/real/dspt-all-organisations-2018-19-publication-2019-06-17.xlsx');

interface Run {
  seconds: number;
  rssMb: number;
}

/** Runs a module with tsx in a child process; it prints `maxRSS <kB> seconds <s>` on stderr. */
function child(args: string[]): Run {
  const run = spawnSync(process.execPath, ['--conditions=openmaturity-source', '--import', 'tsx', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /maxRSS (\d+) seconds ([\d.]+)/.exec(run.stderr);
  if (!m) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return { seconds: Number(m[2]), rssMb: Number(m[1]) / 1024 };
}

const BARE_READ = `
import ExcelJS from 'exceljs';
const started = performance.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
let rows = 0;
for await (const sheet of reader) for await (const row of sheet) { rows += row.values.length > 0 ? 1 : 0; }
process.stderr.write('rows ' + rows + ' maxRSS ' + process.resourceUsage().maxRSS + ' seconds ' + ((performance.now() - started) / 1000).toFixed(2) + String.fromCharCode(10));
`;

export function importBenchmarks(): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'om-bench-import-'));
  try {
    const out = join(dir, 'documents');
    // One round each: the import alone takes tens of seconds on a shared machine.
    const reads: Run[] = [];
    const imports: Run[] = [];
    for (let r = 0; r < 1; r++) {
      reads.push(child(['--input-type=module', '-e', BARE_READ, workbook]));
      rmSync(out, { recursive: true, force: true });
      imports.push(
        child(['bench/benchmark-child.ts', '--dist', 'import', 'dspt', workbook, '--out', out, '--organisations']),
      );
    }
    const median = (runs: Run[], key: keyof Run) => runs.map((x) => x[key]).sort((a, b) => a - b)[0]!;
    const documents = readdirSync(out).length;
    const site = join(dir, 'site');
    const published = child(['bench/benchmark-child.ts', '--dist', 'publish', out, '--out', site]);
    const group = 'import: DSPT 2019 (31,970 rows)';
    const read = median(reads, 'seconds');
    const full = median(imports, 'seconds');
    return [
      {
        group,
        name: `import dspt .xlsx --organisations: read, map, validate, write ${documents.toLocaleString('en-GB')} documents`,
        value: `${full.toFixed(1)} s`,
        reference: `bare read of the sheet ${read.toFixed(1)} s`,
        ratio: `${(full / read).toFixed(2)}x the read`,
        budget: 'goal <= 2x the read',
        withinBudget: undefined,
      },
      {
        group,
        name: 'import dspt .xlsx: peak memory (maxRSS)',
        value: `${median(imports, 'rssMb').toFixed(0)} MB`,
        reference: `bare read ${median(reads, 'rssMb').toFixed(0)} MB`,
        ratio: `${(median(imports, 'rssMb') / median(reads, 'rssMb')).toFixed(2)}x`,
        budget: 'goal < 500 MB',
      },
      {
        group,
        name: `publish the imported tree (${documents.toLocaleString('en-GB')} documents)`,
        value: `${published.seconds.toFixed(1)} s, ${published.rssMb.toFixed(0)} MB`,
        reference: `import ${full.toFixed(1)} s`,
        ratio: `${(published.seconds / full).toFixed(2)}x the import`,
        budget: '',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
