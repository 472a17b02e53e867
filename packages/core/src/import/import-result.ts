/** What an importer returns: the documents it could make and the rows it could not. */

/** A row that could not be imported, and why. */
export interface ImportProblem {
  /** The 1-based line of a CSV file where the row starts, or the row number of a sheet. */
  line: number;
  /** In a spreadsheet: where, as `Sheet!A12` (the cell at fault, or the row's first cell). */
  cell?: string;
  /** What is wrong, naming the column and the value: `column "Code": expected ..., found "r0a"`. */
  message: string;
  /** The row's fields as read, when there is a row. */
  row?: string[];
}

/** The outcome of an import: one unreadable row never costs the others. */
export interface ImportResult<T> {
  documents: T[];
  problems: ImportProblem[];
}
