/** The errors the importers throw: a CSV file that cannot be split into rows, a file of the wrong shape. */
import { errorGuard, OpenMaturityError } from '../errors.js';

/**
 * Thrown by {@link parseCsv} for the one fault it cannot read past: a quoted field that is
 * never closed, which would otherwise swallow the rest of the file into one field.
 * `line` is the 1-based line where the quote opened.
 */
export class CsvError extends OpenMaturityError {
  static readonly code = 'ERR_CSV';
  readonly line: number;

  constructor(line: number, message: string) {
    super(CsvError.code, message);
    this.name = 'CsvError';
    this.line = line;
  }
}

/**
 * Thrown when a whole file cannot be imported: a header row without the columns the importer
 * needs (`ERR_IMPORT_HEADER`), options it cannot use (`ERR_IMPORT_OPTIONS`), or a file that is
 * not of the type it reads, such as bytes that are not an `.xlsx` workbook (`ERR_IMPORT_FILE`). A single row
 * that cannot be read is never thrown: it is an {@link ImportProblem} of the result.
 */
export class ImportError extends OpenMaturityError {
  static readonly HEADER = 'ERR_IMPORT_HEADER';
  static readonly OPTIONS = 'ERR_IMPORT_OPTIONS';
  static readonly FILE = 'ERR_IMPORT_FILE';
  /** A file that yields no rows at all: never "wrote 0 documents". */
  static readonly EMPTY = 'ERR_IMPORT_EMPTY';
  /** Text that is not UTF-8 (a UTF-16 export), named once instead of failing every row. */
  static readonly ENCODING = 'ERR_IMPORT_ENCODING';

  /** For a header error: the columns that are missing. */
  readonly missing: readonly string[];
  /** For a header error: the header row as found. */
  readonly found: readonly string[];

  constructor(code: string, message: string, details: { missing?: readonly string[]; found?: readonly string[] } = {}) {
    super(code, message);
    this.name = 'ImportError';
    this.missing = details.missing ?? [];
    this.found = details.found ?? [];
  }
}

/** True for a {@link CsvError}, from this realm or another. */
export const isCsvError = errorGuard<CsvError>(CsvError.code);

/** True for an {@link ImportError}, from this realm or another. */
export const isImportError = errorGuard<ImportError>(
  ImportError.HEADER,
  ImportError.OPTIONS,
  ImportError.FILE,
  ImportError.EMPTY,
  ImportError.ENCODING,
);
