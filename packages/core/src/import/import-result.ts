/** What an importer returns: the documents it could make and the rows it could not. */

/** A row that could not be imported, and why. */
export interface ImportProblem {
  /** The 1-based line of the file where the row starts. */
  line: number;
  /** What is wrong, naming the column and the value: `column "Code": expected ..., found "r0a"`. */
  message: string;
  /** In a spreadsheet, the cell: `Answers!E14`. */
  cell?: string;
  /** The row's fields as read, when there is a row. */
  row?: string[];
}

/** The outcome of an import: one unreadable row never costs the others. */
export interface ImportResult<T> {
  documents: T[];
  problems: ImportProblem[];
}
