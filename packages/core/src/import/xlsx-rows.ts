/**
 * The rows of an `.xlsx` workbook, streamed sheet after sheet through exceljs's streaming
 * reader: the 32,000-row DSPT publication is never held whole. Node only (it reads a file or a
 * stream); exceljs loads when a workbook is read, never for a CSV file.
 */
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
}

/**
 * The rows of every worksheet of a workbook, in order, each named by its sheet.
 *
 * @param input a file path or a readable stream of the `.xlsx` bytes.
 * @throws {@link ImportError} `ERR_IMPORT_FILE` (while iterating) when the bytes are not an `.xlsx` workbook.
 */
/**
 * A workbook to read: a file path, or a Node readable stream of its bytes. Typed by its shape,
 * so that the package's types do not require Node's (`@types/node`) of a browser user.
 */
export type WorkbookInput = string | (AsyncIterable<unknown> & { pipe(destination: never): unknown });

export function xlsxRows(input: WorkbookInput, options: XlsxRowsOptions = {}): RowSource & AsyncIterable<Row> {
  const source = options.source ?? (typeof input === 'string' ? input : 'the workbook');
  return {
    async *[Symbol.asyncIterator]() {
      if (typeof input === 'string' && !(await endsLikeZip(input)))
        throw new ImportError(
          ImportError.FILE,
          `${source} is not an .xlsx workbook that can be read (it does not end as a zip archive ends: cut short?)`,
        );
      const { default: Excel } = await import('exceljs');
      const reader = new Excel.stream.xlsx.WorkbookReader(
        input as ConstructorParameters<typeof Excel.stream.xlsx.WorkbookReader>[0],
        {
          sharedStrings: 'cache',
          hyperlinks: 'ignore',
          styles: 'ignore',
          worksheets: 'emit',
          entries: 'ignore',
        },
      );
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
    },
  };
}

/**
 * True when a file ends with a zip archive's end record, as every `.xlsx` does. exceljs's
 * streaming reader never settles on a file cut short (a broken download): the import would
 * end with no word at all. The record is in the last 22 bytes, or up to 64 kB before them when
 * the archive has a comment.
 */
async function endsLikeZip(file: string): Promise<boolean> {
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
      if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) return true;
    return false;
  } finally {
    closeSync(fd);
  }
}
