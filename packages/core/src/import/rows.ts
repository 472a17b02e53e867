/** Small helpers the importers share for reading rows and wording their problems. */
import { describeValue } from '../format/issues.js';
import type { DocumentIssue } from '../format/issues.js';

/** True for a row of empty cells, such as the `,,,,` lines spreadsheets leave at the end. */
export const isBlankRow = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** `column "Code": expected an ODS code ..., found "r0a"`. */
export const columnMessage = (column: string, expected: string, value: string): string =>
  `column ${JSON.stringify(column)}: expected ${expected}, found ${value.trim() === '' ? 'nothing' : describeValue(value)}`;

/** The words of a document's issues, for a problem's message. */
export const issuesMessage = (issues: readonly DocumentIssue[]): string =>
  `the row does not make a valid document: ${issues.map((i) => i.message).join('; ')}`;

/** An ODS code as the format takes it: the format's own rule, never a copy. */
export { ODS_CODE_PATTERN as ODS_CODE, ODS_CODE_EXPECTED as ODS_CODE_WORDS } from '../format/shared.js';
