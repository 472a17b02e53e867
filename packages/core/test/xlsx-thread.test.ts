/**
 * A large workbook is read in a worker thread (import/xlsx-rows.ts): the same rows, sheets and
 * errors as when it is read on the caller's thread, on the real 2019 publication and on hostile
 * and broken workbooks; errors keep their class and code across the thread; the thread ends when
 * the caller stops early. Which thread read is observed (a WORKER resource made), not assumed.
 */
import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { importDsptWorkbook } from '../src/import/dspt.js';
import { ImportError, isImportError } from '../src/import/errors.js';
import type { Row } from '../src/import/rows.js';
import { THREAD_MIN_BYTES, workerExecArgv, xlsxRows, type XlsxRowsOptions } from '../src/import/xlsx-rows.js';
import { tempDir } from './support/temp.js';

const WORKBOOK = new URL(
  '../../../data/real/dspt-all-organisations-2018-19-publication-2019-06-17.xlsx',
  import.meta.url,
).pathname;

/** Worker threads made while `run` runs, and a promise of each one's end. */
async function watchingWorkers<T>(
  run: () => Promise<T>,
): Promise<{ result: T; workers: number; ended: Promise<void> }> {
  const live = new Map<number, () => void>();
  const ends: Promise<void>[] = [];
  const hook = createHook({
    init(id, type) {
      if (type === 'WORKER') ends.push(new Promise((resolve) => live.set(id, resolve)));
    },
    destroy(id) {
      live.get(id)?.();
    },
  }).enable();
  try {
    const result = await run();
    return { result, workers: ends.length, ended: Promise.all(ends).then(() => void hook.disable()) };
  } catch (error) {
    hook.disable();
    throw error;
  }
}

async function rowsOf(file: string, options: XlsxRowsOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of xlsxRows(file, options)) rows.push(row);
  return rows;
}

async function failureOf(file: string, options: XlsxRowsOptions) {
  let rows = 0;
  try {
    for await (const _ of xlsxRows(file, options)) rows++;
  } catch (error) {
    return { rows, error };
  }
  assert.fail(`${file} was read without an error`);
}

describe('reading a workbook in a worker thread', () => {
  it('reads the 2019 publication in a thread by default, with the same rows, cells and sheet as on this thread', async () => {
    assert.ok(statSync(WORKBOOK).size >= THREAD_MIN_BYTES, 'the real file is large enough to be read in a thread');
    const threaded = await watchingWorkers(() => rowsOf(WORKBOOK, {}));
    const here = await watchingWorkers(() => rowsOf(WORKBOOK, { thread: false }));
    assert.equal(threaded.workers, 1);
    assert.equal(here.workers, 0);
    assert.equal(threaded.result.length, 31_971);
    assert.deepEqual(threaded.result, here.result);
    await threaded.ended;
  });

  it('imports a hostile workbook the same in a thread: formulas as text, rich text, serial dates, problems named by sheet and cell', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Notes')
      .addRows([['About this export'], [{ richText: [{ text: 'Taken ' }, { text: 'today' }] }]]);
    const sheet = workbook.addWorksheet('Statuses');
    sheet.addRow(['Organisation Name', 'Code', 'Status', 'Date Of Publication', 'Primary Sector']);
    sheet.addRow(['=HYPERLINK("http://x","A")', 'FA123', 'Standards Met', 43_490, 'Pharmacy']);
    sheet.addRow([
      { formula: 'CONCAT("A","B")', result: 'AB' },
      'A81001',
      'Entry Level',
      new Date(Date.UTC(2019, 0, 25)),
      'GP',
    ]);
    sheet.addRow(['@SUM(A1)', 'not a code!', 'Standards Met', '2019-03-29', 'GP']);
    sheet.addRow(['BAD DATE', 'A81003', 'Standards Met', '31/02/2019', true]);
    const file = join(tempDir('om-xlsx-thread-'), 'dspt-2018-19.xlsx');
    await workbook.xlsx.writeFile(file);

    const threaded = await watchingWorkers(() => importDsptWorkbook(file, { thread: true }));
    const here = await importDsptWorkbook(file, { thread: false });
    assert.equal(threaded.workers, 1);
    assert.deepEqual(threaded.result, here);
    assert.deepEqual(
      threaded.result.documents.map((d) => d.subject.name),
      ['=HYPERLINK("http://x","A")', '=CONCAT("A","B")'],
    );
    assert.deepEqual(
      threaded.result.problems.map((p) => p.cell),
      ['Statuses!B4', 'Statuses!D5'],
    );
    await threaded.ended;
  });

  it("rebuilds a broken workbook's error as the ImportError it was, after the same rows as on this thread", async () => {
    const bytes = readFileSync(WORKBOOK);
    // Inside the sheet's compressed XML: the zip's end record is intact, the XML is not.
    bytes.fill(0, 100_000, 100_064);
    const file = join(tempDir('om-xlsx-thread-'), 'broken.xlsx');
    writeFileSync(file, bytes);
    const threaded = await watchingWorkers(() => failureOf(file, { thread: true }));
    const here = await failureOf(file, { thread: false });
    assert.equal(threaded.workers, 1);
    const { error, rows } = threaded.result;
    assert.ok(error instanceof ImportError, 'the class survives the thread');
    assert.ok(isImportError(error));
    assert.equal(error.code, ImportError.FILE);
    assert.match(error.message, /broken\.xlsx is not an \.xlsx workbook that can be read \(.+\)/);
    assert.equal(error.message, (here.error as Error).message);
    assert.ok(rows > 0);
    assert.equal(rows, here.rows);
    await threaded.ended;
  });

  it('says a workbook read in a thread that yields nothing is empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const file = join(tempDir('om-xlsx-thread-'), 'empty.xlsx');
    await workbook.xlsx.writeFile(file);
    await assert.rejects(importDsptWorkbook(file, { thread: true }), (error) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.code, ImportError.EMPTY);
      return true;
    });
  });

  it('reads in a thread when Node runs code given with -e, as the bin runs the source, and passes the other options on', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rows').addRows([
      ['a', 1],
      ['b', 2],
    ]);
    const file = join(tempDir('om-xlsx-thread-'), 'small.xlsx');
    await workbook.xlsx.writeFile(file);
    const module = new URL('../src/import/xlsx-rows.ts', import.meta.url).href;
    const code = `import { xlsxRows } from ${JSON.stringify(module)};
      const rows = [];
      for await (const row of xlsxRows(process.argv[1], { thread: true })) rows.push(row.cells);
      console.log(JSON.stringify(rows));`;
    const run = spawnSync(
      process.execPath,
      ['--conditions=openmaturity-source', '--import', 'tsx', '--input-type=module', '-e', code, file],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      ['a', 1],
      ['b', 2],
    ]);
    assert.deepEqual(workerExecArgv(['--conditions=x', '--input-type=module', '-e', code, '--import', 'tsx']), [
      '--conditions=x',
      '--import',
      'tsx',
    ]);
    assert.deepEqual(workerExecArgv(['--eval=1', '--input-type', 'module', '-p', '2', '--max-old-space-size=900']), [
      '--max-old-space-size=900',
    ]);
  });

  it('ends the thread when the caller stops after the first row', { timeout: 120_000 }, async () => {
    const { result, workers, ended } = await watchingWorkers(async () => {
      for await (const row of xlsxRows(WORKBOOK, { thread: true })) return row;
      return undefined;
    });
    assert.equal(workers, 1);
    assert.equal(result?.number, 1);
    await ended; // a thread left reading would never end, and this test with it
  });
});
