/**
 * An RFC 4180 CSV reader that also accepts what real exports do: LF or bare CR line ends, a
 * byte-order mark, blank lines. One pass over the text, no recursion and no regular
 * expression over the whole text, so a file of many megabytes costs linear time and constant stack.
 */
import { CsvError } from './errors.js';

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
  const end = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;

  while (i < end) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      // A blank line: no record.
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) throw new CsvError(opened, `line ${opened}: a quoted field opens here and is never closed`);
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
      if (i >= end) break;
      const c = text.charCodeAt(i);
      i++;
      if (c === COMMA) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    records.push({ line: start, fields });
  }
  return records;
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
