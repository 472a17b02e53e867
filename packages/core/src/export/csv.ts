/**
 * Tidy tables as text: CSV as RFC 4180 says (CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, a quote doubled), and JSON Lines. Spreadsheets run a cell that
 * starts with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula, so such a text
 * cell is neutralised as OWASP's CSV-injection guidance says: a leading `'` and quotes. Numbers
 * are written as numbers, so a negative figure stays a figure.
 */

/** A cell of a tidy table: text, a number, true/false, or empty. */
export type Cell = string | number | boolean | null | undefined;

/**
 * The UTF-8 byte order mark. Excel reads a CSV as UTF-8 only when it starts with one (Welsh
 * names and curly apostrophes are garbled otherwise); R's readr, DuckDB and Power BI skip it.
 */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field of a CSV line.
 *
 * @example
 * ```ts
 * csvCell('=HYPERLINK("http://x")'); // `"'=HYPERLINK(""http://x"")"`
 * csvCell(-3.5); // '-3.5'
 * ```
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line, with its CRLF. */
export const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** One JSON Lines line: an object of the columns, empty cells as null. */
export function jsonLine(columns: readonly string[], cells: readonly Cell[]): string {
  const row: Record<string, Cell> = {};
  columns.forEach((column, i) => (row[column] = cells[i] ?? null));
  return `${JSON.stringify(row)}\n`;
}
