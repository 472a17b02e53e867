/**
 * An RFC 4180 CSV reader that also accepts what real exports do: LF or bare CR line ends, a
 * byte-order mark, blank lines. One pass over the text, no recursion and no regular
 * expression over the whole text, so a file of many megabytes costs linear time and constant stack.
 */
import { CsvError, ImportError } from './errors.js';
import type { ImportProblem } from './import-result.js';
import type { Row, RowSource } from './rows.js';

/** One record of a CSV file. */
export interface CsvRecord {
  /** The 1-based line where the record starts (a quoted field may span lines). */
  line: number;
  /** The fields, unquoted; never empty. */
  fields: string[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

/** One record read from `i`, or where a quoted field opened and never closed. */
type Read =
  { fields: string[]; next: number; nextLine: number; unclosed?: undefined } | { unclosed: number; fields?: undefined };

/** Reads the record starting at `i` (not a blank line) on line `line`. */
function readRecord(text: string, i: number, line: number): Read {
  const end = text.length;
  const fields: string[] = [];
  for (;;) {
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      const opened = line;
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return { unclosed: opened };
        line += countLineBreaks(text, from, close);
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    }
    // The unquoted part: the whole field, or stray text after a closing quote.
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === LF || c === CR) break;
      j++;
    }
    if (j > i) value += text.slice(i, j);
    fields.push(value);
    i = j;
    if (i >= end) return { fields, next: i, nextLine: line };
    const c = text.charCodeAt(i);
    i++;
    if (c === COMMA) continue;
    if (c === CR && text.charCodeAt(i) === LF) i++;
    return { fields, next: i, nextLine: line + 1 };
  }
}

/** Skips blank lines from `i`; the position and line of the next record. */
function skipBlank(text: string, i: number, line: number): [number, number] {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) break;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
  }
  return [i, line];
}

/** The position just after the line break that ends the line at `i`. */
function nextLineStart(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    i++;
  }
  return i;
}

/**
 * Splits CSV text into records. Quoted fields may hold commas, line breaks and `""` (one
 * quote); text after a closing quote is kept as part of the field. Lines with no characters
 * at all are skipped.
 *
 * @throws {@link CsvError} when a quoted field is never closed, naming the line where it opened.
 * @example
 * ```ts
 * parseCsv('a,"b ""c"""\r\n1,2') // [{ line: 1, fields: ['a', 'b "c"'] }, { line: 2, fields: ['1', '2'] }]
 * ```
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  for (;;) {
    [i, line] = skipBlank(text, i, line);
    if (i >= text.length) return records;
    const read = readRecord(text, i, line);
    if (read.unclosed !== undefined)
      throw new CsvError(read.unclosed, `line ${read.unclosed}: a quoted field opens here and is never closed`);
    records.push({ line, fields: read.fields });
    ({ next: i, nextLine: line } = read);
  }
}

/**
 * Refuses text that is not UTF-8 before any row is read: a UTF-16 export read as UTF-8 starts
 * with two replacement characters and has a NUL between letters, which would otherwise fail
 * every row with a different message.
 *
 * @throws {@link ImportError} `ERR_IMPORT_ENCODING`.
 */
export function checkCsvText(text: string, source = 'the file'): void {
  const head = text.slice(0, 4096);
  if (head.startsWith('\ufffd\ufffd') || head.startsWith('\ufffe') || head.includes('\u0000')) {
    throw new ImportError(
      ImportError.ENCODING,
      `${source} looks UTF-16 encoded (it holds NUL characters or a UTF-16 byte-order mark): save it as "CSV UTF-8" and import it again`,
    );
  }
}

/**
 * The rows of a CSV file for the shared row loop, reading past a broken quote: a quoted field
 * that never closes, or that runs over several lines into a row of the wrong width, is
 * reported on the line where it opened, and reading starts again on the next line, so the rows
 * the quote swallowed are read, not lost.
 */
export class CsvRows implements RowSource {
  readonly problems: ImportProblem[] = [];
  private width: number | undefined;

  constructor(
    private readonly text: string,
    source?: string,
  ) {
    checkCsvText(text, source);
  }

  /** The number of fields a row has (the header's), once the loop knows it. */
  expectWidth(width: number): void {
    this.width = width;
  }

  *[Symbol.iterator](): Iterator<Row> {
    const text = this.text;
    this.problems.length = 0;
    let i = text.charCodeAt(0) === BOM ? 1 : 0;
    let line = 1;
    for (;;) {
      [i, line] = skipBlank(text, i, line);
      if (i >= text.length) return;
      const read = readRecord(text, i, line);
      const broken =
        read.unclosed !== undefined ||
        (read.nextLine - line > 1 &&
          this.width !== undefined &&
          (read.fields.length !== this.width || this.swallowsRows(i, read.next)));
      if (broken) {
        const to = read.unclosed !== undefined ? 'the end of the file' : `line ${read.nextLine - 1}`;
        this.problems.push({
          line,
          message: `a quoted field opens on this line and runs to ${to}, over lines that are rows of their own: this line is not read; reading starts again on the next line, so the rows after it are read`,
          row: [text.slice(i, nextLineStart(text, i)).replace(/\r?\n$/, '')],
        });
        i = nextLineStart(text, i);
        line++;
        continue;
      }
      yield { number: line, cells: read.fields! };
      ({ next: i, nextLine: line } = read as { next: number; nextLine: number });
    }
  }

  /**
   * True when a record from `from` to `to` spans lines of which one, read alone, is a whole
   * row of the header's width: a stray quote swallowed it. A real multi-line cell (a list of
   * endorsements) has no such line.
   */
  private swallowsRows(from: number, to: number): boolean {
    const text = this.text;
    let start = nextLineStart(text, from);
    while (start < to) {
      const end = nextLineStart(text, start);
      if (end >= to) return false; // the last line holds the closing quote
      const alone = readRecord(text.slice(start, end), 0, 1);
      if (alone.unclosed === undefined && alone.fields.length === this.width) return true;
      start = end;
    }
    return false;
  }
}

/** Line breaks (LF, CRLF or a bare CR) in `text[from, to)`. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}
