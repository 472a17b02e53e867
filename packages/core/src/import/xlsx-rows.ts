/**
 * The rows of an `.xlsx` workbook, streamed sheet after sheet through exceljs's streaming
 * reader: the 32,000-row DSPT publication is never held whole. A large file is read in a worker
 * thread running this same module, so that reading the XML and making documents of the rows
 * use two cores. Node only (it reads a file or a stream); exceljs loads when a workbook is
 * read, never for a CSV file.
 */
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type ExcelJS from 'exceljs';
import { ImportError } from './errors.js';
import type { CellValue, Row, RowSource } from './rows.js';

/**
 * A cell's value as data. Text stays text whatever it looks like: `=HYPERLINK(...)`, `+cmd` and
 * `@SUM(...)` typed as text are read as those characters. A formula cell is read as its formula
 * text (`=A1+1`), never evaluated and never taken from a cached result a file could forge; rich
 * text as its plain text; a hyperlink as the text shown; an error cell as its code (`#N/A`).
 * Dates arrive as serial numbers (the reader ignores styles), which importers convert.
 */
export function xlsxCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.formula === 'string') return `=${v.formula}`;
  if (typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`;
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
  if ('text' in v) return xlsxCellValue(v.text);
  if (typeof v.error === 'string') return v.error;
  return null;
}

/** Options for {@link xlsxRows}. */
export interface XlsxRowsOptions {
  /** The file's name, for errors. */
  source?: string;
  /**
   * Whether a file is read in a worker thread, while the rows already read are made into
   * documents on this one. By default, for a file of {@link THREAD_MIN_BYTES} or more.
   */
  thread?: boolean;
}

/**
 * The size from which a workbook is read in a worker thread. Reading the XML is most of the
 * time of an import (about 0.55 s of the 2019 publication's 2.2 s, on one core); in a thread it
 * runs beside making, validating and writing the documents, on another core. A thread costs
 * about 50 ms of CPU and its start, which a small file does not win back: measured from the
 * build, a 20-row workbook (7 kB) took a median 0.6 s in a thread and 0.4 s without, a
 * 3,000-row one (85 kB) the same either way. 256 kB is about 9,000 rows of a DSPT list.
 */
export const THREAD_MIN_BYTES = 256 * 1024;

/**
 * A workbook to read: a file path, or a Node readable stream of its bytes. Typed by its shape,
 * so that the package's types do not require Node's (`@types/node`) of a browser user.
 */
export type WorkbookInput = string | (AsyncIterable<unknown> & { pipe(destination: never): unknown });

/**
 * The rows of every worksheet of a workbook, in order, each named by its sheet. A file of
 * {@link THREAD_MIN_BYTES} or more is read in a worker thread (see {@link XlsxRowsOptions.thread}):
 * the rows, their numbers, sheets and errors are the same either way.
 *
 * @param input a file path or a readable stream of the `.xlsx` bytes.
 * @throws {@link ImportError} `ERR_IMPORT_FILE` (while iterating) when the bytes are not an `.xlsx` workbook.
 */
export function xlsxRows(input: WorkbookInput, options: XlsxRowsOptions = {}): RowSource & AsyncIterable<Row> {
  const source = options.source ?? (typeof input === 'string' ? input : 'the workbook');
  return {
    async *[Symbol.asyncIterator]() {
      if (typeof input !== 'string') return yield* readRows(input, source);
      const size = await zipSize(input);
      if (size === undefined)
        throw new ImportError(
          ImportError.FILE,
          `${source} is not an .xlsx workbook that can be read (it does not end as a zip archive ends: cut short?)`,
        );
      if (options.thread ?? size >= THREAD_MIN_BYTES) yield* threadRows(input, source);
      else yield* readRows(input, source);
    },
  };
}

/** The one reader of a workbook's rows, on this thread or in the worker. */
async function* readRows(input: WorkbookInput, source: string): AsyncGenerator<Row> {
  const WorkbookReader = await workbookReader();
  const reader = new WorkbookReader(input as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[0], {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? 'Sheet';
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: CellValue[] = [];
        // row.values is 1-based and sparse: column A is values[1].
        for (let c = 1; c < values.length; c++) cells.push(xlsxCellValue(values[c]));
        yield { number: row.number, cells, sheet: name };
      }
    }
  } catch (cause) {
    if (cause instanceof ImportError) throw cause;
    throw new ImportError(
      ImportError.FILE,
      `${source} is not an .xlsx workbook that can be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
}

/**
 * exceljs's streaming reader alone, by its module in the package: the package's entry also
 * loads the workbook model and both writers, and loading it was about 40% longer (measured
 * 0.54 s against 0.30 s on a busy machine), all of it before the first row. Should a release
 * move that module, the entry is loaded instead.
 */
async function workbookReader(): Promise<typeof ExcelJS.stream.xlsx.WorkbookReader> {
  // A name in a variable, which TypeScript does not look up (the module has no types of its own).
  const readerModule: string = 'exceljs/lib/stream/xlsx/workbook-reader.js';
  try {
    return ((await import(readerModule)) as { default: typeof ExcelJS.stream.xlsx.WorkbookReader }).default;
  } catch {
    return (await import('exceljs')).default.stream.xlsx.WorkbookReader;
  }
}

/** What the worker is given: the file, and its name for errors. */
interface ThreadJob {
  file: string;
  source: string;
}

/** Rows of one sheet, as the worker sends them: plain values, which structured clone copies. */
interface Batch {
  sheet: string;
  numbers: number[];
  cells: CellValue[][];
}

/** The worker's messages: a batch, the end, or the error that ended the reading. */
type ThreadMessage =
  | Batch
  | { done: true }
  | { error: { code: string; message: string; missing: readonly string[]; found: readonly string[] } };

// The key of workerData that makes this module, loaded in a worker, read a workbook.
const JOB = 'openmaturity.xlsxRows';
/** Rows a batch holds: fewer cost a message each, more leave the other thread idle longer at the start. */
const BATCH_ROWS = 500;
/** Batches the worker may send before this thread has taken the first of them: memory stays bounded. */
const BATCHES_AHEAD = 8;

/**
 * Rows read by a worker thread running this very module (its own URL: the TypeScript source
 * or the built chunk, whichever this is), in batches. The worker's errors are rebuilt here as
 * the {@link ImportError} they were (structured clone keeps no class); the worker ends when the
 * rows end, when the reading fails, and when the caller stops early.
 */
async function* threadRows(file: string, source: string): AsyncGenerator<Row> {
  const here = import.meta.url;
  const workerData = { [JOB]: { file, source } satisfies ThreadJob };
  // exceljs makes garbage at a great rate: a larger young generation than the default 16 MB
  // collects less often (about 0.1 s of CPU less for the 2019 publication; peak memory alike).
  const resourceLimits = { maxYoungGenerationSizeMb: 64 };
  const execArgv = workerExecArgv(process.execArgv);
  // Node 20 does not apply the `--import tsx` hooks of the parent to a worker's modules: the
  // TypeScript source (tests, scripts run from source) registers tsx in the worker itself.
  // A built package is JavaScript and never takes this branch.
  const worker = here.endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(here)}); });`,
        { eval: true, workerData, resourceLimits, execArgv },
      )
    : new Worker(new URL(here), { workerData, resourceLimits, execArgv });
  const batches: Batch[] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const woken = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: ThreadMessage) => {
    if ('error' in message) {
      const { code, message: text, missing, found } = message.error;
      failure = new ImportError(code, text, { missing, found });
    } else if ('done' in message) done = true;
    else batches.push(message);
    woken();
  });
  worker.on('error', (error) => {
    // Not the file's fault (an ImportError comes as a message): the thread itself failed.
    failure ??= new Error(`the thread reading ${source} failed: ${error.message}`, { cause: error });
    woken();
  });
  worker.on('exit', (code) => {
    if (!done)
      failure ??= new ImportError(
        ImportError.FILE,
        `${source} could not be read: the thread reading it stopped (exit code ${code})`,
      );
    woken();
  });
  try {
    for (;;) {
      const batch = batches.shift();
      if (batch) {
        worker.postMessage(0); // room for one more batch
        const { sheet, numbers, cells } = batch;
        for (let i = 0; i < numbers.length; i++) yield { number: numbers[i]!, cells: cells[i]!, sheet };
        continue;
      }
      // Rows read before a failure are all handed over first, as on this thread.
      if (failure !== undefined) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // Also when the caller stops early: no thread keeps reading (or keeps the process alive).
    void worker.terminate();
  }
}

/**
 * The parent's Node options for the worker (`--conditions`, `--import`, memory limits), less
 * those about the parent's own entry, which a worker refuses: the built CLI run from code given
 * as `node --input-type=module -e CODE` (as the benchmark runs it) had its worker fail with
 * "--input-type can only be used with string input".
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i]!;
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(option)) i++;
    else if (!/^--(eval|print|input-type)=/.test(option)) kept.push(option);
  }
  return kept;
}

/** The worker's side: reads the rows and sends them in batches, at most {@link BATCHES_AHEAD} ahead. */
async function serveRows(port: MessagePort, { file, source }: ThreadJob): Promise<void> {
  let room = BATCHES_AHEAD;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    room++;
    wake?.();
    wake = undefined;
  });
  let batch: Batch | undefined;
  const send = async () => {
    if (!batch) return;
    port.postMessage(batch satisfies ThreadMessage);
    batch = undefined;
    room--;
    while (room <= 0) await new Promise<void>((resolve) => (wake = resolve));
  };
  try {
    for await (const row of readRows(file, source)) {
      if (batch && batch.sheet !== row.sheet) await send();
      batch ??= { sheet: row.sheet!, numbers: [], cells: [] };
      batch.numbers.push(row.number);
      batch.cells.push(row.cells as CellValue[]);
      if (batch.numbers.length >= BATCH_ROWS) await send();
    }
    await send();
    port.postMessage({ done: true } satisfies ThreadMessage);
  } catch (error) {
    // The rows read before the failure are handed over too, as on one thread.
    if (batch) port.postMessage(batch satisfies ThreadMessage);
    const e = error instanceof ImportError ? error : new ImportError(ImportError.FILE, String(error));
    port.postMessage({
      error: { code: e.code, message: e.message, missing: e.missing, found: e.found },
    } satisfies ThreadMessage);
  }
  port.close();
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[JOB])
  void serveRows(parentPort, (workerData as Record<string, ThreadJob>)[JOB]!);

/**
 * The size of a file that ends with a zip archive's end record, as every `.xlsx` does, else
 * `undefined`. exceljs's streaming reader never settles on a file cut short (a broken
 * download): the import would end with no word at all. The record is in the last 22 bytes, or
 * up to 64 kB before them when the archive has a comment.
 */
async function zipSize(file: string): Promise<number | undefined> {
  const { closeSync, constants, fstatSync, openSync, readSync } = await import('node:fs');
  // Non-blocking, so that a named pipe in the file's place does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ImportError(ImportError.FILE, `${file} is not a regular file: not read`);
    const size = stat.size;
    const length = Math.min(size, 22 + 0xffff);
    const tail = new Uint8Array(length);
    readSync(fd, tail, 0, length, size - length);
    for (let i = length - 22; i >= 0; i--)
      if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) return size;
    return undefined;
  } finally {
    closeSync(fd);
  }
}
