/**
 * Spreadsheets as plain rows of values, whatever wrote them: an `.xlsx` workbook (exceljs) or
 * a CSV file (one sheet). Importers read these rows and name cells as `Sheet!E14`.
 */
import type ExcelJS from 'exceljs';
import type { SheetValue } from '../export/assessment-sheet.js';
import { parseCsv } from './csv.js';
import { ImportError } from './errors.js';

/** One row: its 1-based number in the sheet and its cells from column A (empty cells are `null`). */
export interface SheetRow {
  number: number;
  cells: SheetValue[];
}

/** One sheet of a workbook, or a CSV file. */
export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/**
 * Reads every sheet of an `.xlsx` file. Rich text becomes its plain text, a hyperlink its
 * address, a formula its last result; a number shown as a percentage (`45%`, stored as 0.45)
 * becomes the percentage people read (45).
 *
 * @throws {@link ImportError} (`ERR_IMPORT_FILE`) when the bytes are not an `.xlsx` workbook.
 */
export async function readXlsxSheets(bytes: Uint8Array, source = 'the file'): Promise<Sheet[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; a Uint8Array view is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new ImportError(
      ImportError.FILE,
      `${source} is not an .xlsx workbook that can be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: SheetValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellValue(cell)));
      rows.push({ number, cells: Array.from(cells, (cell) => cell ?? null) });
    });
    return { name: worksheet.name, rows };
  });
}

function cellValue(cell: ExcelJS.Cell): SheetValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return /%/.test(cell.numFmt ?? '') ? Math.round(value * 1e10) / 1e8 : value;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.hyperlink;
  if ('result' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('error' in value) return String(value.error);
  return String(cell.text);
}

/** A CSV file as one sheet, named after the file, every cell as text. */
export function csvSheet(text: string, name: string): Sheet {
  return {
    name, // The row a spreadsheet shows, not the text line: a quoted field (a comment, links one per line) may span lines.
    rows: parseCsv(text).map((record, i) => ({ number: i + 1, cells: record.fields })),
  };
}
