/**
 * The one row loop every importer runs: rows from a CSV file or a spreadsheet's sheets, blank
 * rows skipped, the header found (in any of the first rows, on any sheet), each row made into
 * a document or a problem with its line or cell, duplicates refused with the line of the first.
 * An importer gives only what is its own: how to read the header, how to make one row.
 */
import { describeValue } from '../format/issues.js';
import type { DocumentIssue } from '../format/issues.js';
import { ImportError } from './errors.js';
import type { ImportProblem, ImportResult } from './import-result.js';

/** A cell as a reader gives it: CSV cells are text; spreadsheet cells keep their type. */
export type CellValue = string | number | boolean | Date | null;

/** One row: its 1-based line (CSV) or row number (sheet), and its cells from the first column. */
export interface Row {
  number: number;
  cells: readonly CellValue[];
  /** The sheet, for a spreadsheet row: problems then name cells as `Sheet!B7`. */
  sheet?: string;
}

/** Where rows come from: a CSV file, or a workbook's sheets one after another. */
export interface RowSource {
  [Symbol.iterator]?(): Iterator<Row>;
  [Symbol.asyncIterator]?(): AsyncIterator<Row>;
  /** Problems the reader met between rows (a broken quote), reported with the others. */
  readonly problems?: readonly ImportProblem[];
  /** Told the header's width, so that a CSV reader can recover from a broken quote. */
  expectWidth?(width: number): void;
}

/** A row that makes no document: why, and the column at fault when there is one. */
export interface RowFault {
  message: string;
  column?: number;
}

/** What an importer gives the loop. `H` is what it learns from the header (its columns). */
export interface RowReader<H, T> {
  /**
   * Reads a header row. Throws {@link ImportError} `ERR_IMPORT_HEADER` for a row that is not
   * the header; the loop then tries the next rows (title rows above a table) and sheets.
   * Absent for files without a header row.
   */
  header?(cells: readonly string[], where: string, row: Row): H;
  /**
   * One row's document, or why there is none, or `null` for a row that holds nothing to import
   * (a heading between groups of rows). `report` records a problem with one cell of a row that
   * is still read (the other cells kept); it counts only if the row is not a duplicate.
   */
  make(row: Row, header: H, report: (column: number, message: string) => void): T | RowFault | null;
  /** The key two rows must not share (an ODS code, an id), and the column it comes from. */
  key?(document: T, header: H): { value: string; shown?: string; column?: number; name: string };
  /**
   * The words for a row whose key an earlier row has, after `found "<shown>"` style checks:
   * by default `column "<name>": expected a code not already listed, found "<shown>" (already on <first>)`.
   */
  duplicate?(shown: string, first: { line: number; where: string }): string;
  /** How many rows before the header may be titles or notes. */
  headerSearch?: number;
}

/** The text of a cell: numbers as written, dates as ISO dates, nothing as ''. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** `C` for the third column, `AA` for the 27th. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** True for a row of empty cells, such as the `,,,,` lines spreadsheets leave at the end. */
export const isBlankRow = (fields: readonly CellValue[]): boolean =>
  fields.every((f) => f === null || (typeof f === 'string' ? f.trim() === '' : cellText(f) === ''));

/** `column "Code": expected an ODS code ..., found "r0a"`. */
export const columnMessage = (column: string, expected: string, value: string): string =>
  `column ${JSON.stringify(column)}: expected ${expected}, found ${value.trim() === '' ? 'nothing' : describeValue(value)}`;

/** The words of a document's issues, for a problem's message. */
export const issuesMessage = (issues: readonly DocumentIssue[]): string =>
  `the row does not make a valid document: ${issues.map((i) => i.message).join('; ')}`;

/** An ODS code as the format takes it: the format's own rule, never a copy. */
export { ODS_CODE_PATTERN as ODS_CODE, ODS_CODE_EXPECTED as ODS_CODE_WORDS } from '../format/shared.js';

const isFault = (value: unknown): value is RowFault =>
  typeof value === 'object' && value !== null && typeof (value as RowFault).message === 'string' && !('kind' in value);

/** The loop's state: fed rows one by one by {@link importRows} or {@link importRowsAsync}. */
class RowLoop<H, T> {
  readonly documents: T[] = [];
  readonly problems: ImportProblem[] = [];
  private header: H | undefined;
  private headerWhere = '';
  private sheet: string | undefined;
  private tried = 0;
  private readonly headerErrors: ImportError[] = [];
  private width: number | undefined;
  private readonly seen = new Map<string, { line: number; where: string }>();
  private rows = 0;

  constructor(
    private readonly reader: RowReader<H, T>,
    private readonly source: RowSource,
    private readonly name: string,
    private readonly emit?: (document: T) => void,
  ) {
    if (!reader.header) this.header = undefined as H;
  }

  add(row: Row): void {
    if (row.sheet !== this.sheet) {
      // A new sheet: its own header.
      this.sheet = row.sheet;
      if (this.reader.header) this.header = undefined;
      this.tried = 0;
    }
    if (isBlankRow(row.cells)) return;
    this.rows++;
    const where = (column = 0) =>
      row.sheet === undefined ? undefined : `${row.sheet}!${columnLetter(column)}${row.number}`;
    // The row's text only where it is used: the header, and a problem's copy of the row.
    const text = () => row.cells.map(cellText);
    if (this.reader.header && this.header === undefined) {
      if (this.tried >= (this.reader.headerSearch ?? 10)) return;
      this.tried++;
      try {
        this.header = this.reader.header(
          text().map((h) => h.trim()),
          where() ?? `line ${row.number}`,
          row,
        );
        this.headerWhere = where() ?? `line ${row.number}`;
        if (this.source.expectWidth) {
          // A CSV row has the header's width; a sheet's rows end at their last value.
          this.width = row.cells.length;
          this.source.expectWidth(row.cells.length);
        }
      } catch (error) {
        if (!(error instanceof ImportError) || error.code !== ImportError.HEADER) throw error;
        if (this.tried === 1) this.headerErrors.push(error);
      }
      return;
    }
    if (this.width !== undefined && row.cells.length !== this.width) {
      this.problems.push({
        line: row.number,
        message: `expected ${this.width} fields, as in the header row, found ${row.cells.length}`,
        row: text(),
      });
      return;
    }
    const reported: ImportProblem[] = [];
    const made = this.reader.make(row, this.header as H, (column, message) =>
      reported.push({ line: row.number, ...cellOf(where(column)), message, row: text() }),
    );
    if (made === null) return;
    if (isFault(made)) {
      this.problems.push({ line: row.number, ...cellOf(where(made.column ?? 0)), message: made.message, row: text() });
      return;
    }
    const key = this.reader.key?.(made, this.header as H);
    if (key) {
      const here = where(key.column ?? 0) ?? `line ${row.number}`;
      const first = this.seen.get(key.value);
      if (first !== undefined) {
        const shown = key.shown ?? key.value;
        this.problems.push({
          line: row.number,
          ...cellOf(where(key.column ?? 0)),
          message:
            this.reader.duplicate?.(shown, first) ??
            `${columnMessage(key.name, 'a code not already listed', shown)} (already on ${first.where})`,
          row: text(),
        });
        return;
      }
      this.seen.set(key.value, { line: row.number, where: here });
    }
    this.problems.push(...reported);
    if (this.emit) this.emit(made);
    else this.documents.push(made);
  }

  finish(): ImportResult<T> {
    if (this.rows === 0) throw new ImportError(ImportError.EMPTY, `${this.name} is empty: it holds no rows to import`);
    if (this.reader.header && this.headerWhere === '') {
      // One sheet: its own error, with the missing columns. Several: each sheet's, in one message.
      const [first, ...others] = this.headerErrors;
      if (first && others.length === 0) throw first;
      throw new ImportError(
        ImportError.HEADER,
        this.headerErrors.map((e) => e.message).join('; ') || `${this.name}: no header row found`,
        { missing: first?.missing, found: first?.found },
      );
    }
    const problems = [...(this.source.problems ?? []), ...this.problems].sort((a, b) => a.line - b.line);
    return { documents: this.documents, problems };
  }
}

const cellOf = (cell: string | undefined) => (cell === undefined ? {} : { cell });

/**
 * Runs the row loop over rows read at once (a CSV file).
 *
 * @throws {@link ImportError} `ERR_IMPORT_EMPTY` when the file holds no rows, `ERR_IMPORT_HEADER`
 *   when no row looks like the header the reader needs.
 */
export function importRows<H, T>(source: RowSource & Iterable<Row>, reader: RowReader<H, T>, name = 'the file') {
  const loop = new RowLoop(reader, source, name);
  for (const row of source) loop.add(row);
  return loop.finish();
}

/**
 * Runs the row loop over rows streamed (a spreadsheet's sheets). Throws as {@link importRows}.
 *
 * @param emit when given, each document is handed to it as soon as its row is made, and the
 *   result's `documents` stays empty: a caller writing them out never holds the whole file's
 *   documents (32,000 rows make 64,000 documents).
 */
export async function importRowsAsync<H, T>(
  source: RowSource & AsyncIterable<Row>,
  reader: RowReader<H, T>,
  name = 'the file',
  emit?: (document: T) => void,
): Promise<ImportResult<T>> {
  const loop = new RowLoop(reader, source, name, emit);
  for await (const row of source) loop.add(row);
  return loop.finish();
}
