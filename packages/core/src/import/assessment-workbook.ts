/**
 * The assessment workbook (see export/assessment-workbook.ts), filled in, back into an
 * Assessment document: from the `.xlsx` file, or from its answers sheet saved as CSV.
 * Columns are found by their headers, so a workbook re-saved by another program, with rows
 * sorted or sheets added, still reads. Every problem names its sheet and cell.
 */
import type { Assessment, Response } from '../format/kinds/assessment.js';
import type { Framework, Indicator } from '../format/kinds/framework.js';
import { describeValue, formatPath, type DocumentIssue } from '../format/issues.js';
import { barrierCodes, type Barrier } from '../format/local-voice.js';
import { assessmentId, newAssessment, periodFromId } from '../format/new-assessment.js';
import { documentIssues } from '../format/parse.js';
import { validateAssessment } from '../format/validate-assessment.js';
import {
  COLUMNS,
  META_LABELS,
  readAnswer,
  readBarrier,
  readConfidence,
  SHEETS,
  splitList,
  type ColumnKey,
  type MetaKey,
  type SheetValue,
} from '../export/assessment-sheet.js';
import { fromDayMonthYear } from './dates.js';
import { ImportError } from './errors.js';
import type { ImportProblem, ImportResult } from './import-result.js';
import type { Sheet } from './sheets.js';

/** What the rows above the header say the workbook answers; each with the cell it came from. */
export type AssessmentWorkbookMeta = Partial<Record<MetaKey, { value: string; cell: string }>>;

/** The answers sheet as found: its header's columns and what it says it answers. */
interface AnswersSheet {
  sheet: Sheet;
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  meta: AssessmentWorkbookMeta;
}

const fold = (value: SheetValue) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : '');
const text = (value: SheetValue | undefined): string =>
  value === null || value === undefined
    ? ''
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).trim();
/** `E14`: a cell's address from its 0-based column and 1-based row. */
export const cellAddress = (column: number, row: number): string => {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
};
/** `Answers!E14`, quoted as spreadsheets do when the sheet's name has spaces. */
const at = (sheet: Sheet, column: number, row: number) =>
  `${/^[A-Za-z0-9_.]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${cellAddress(column, row)}`;

const HEADERS = new Map(COLUMNS.map((c) => [fold(c.header), c.key]));
/** A header as people shorten it: `Indicator id` for `Indicator id (do not change)`. */
const headerKey = (value: SheetValue): ColumnKey | undefined =>
  HEADERS.get(fold(value)) ?? (fold(value).startsWith('indicator id') ? 'indicator' : undefined);
const META = new Map(Object.entries(META_LABELS).map(([key, label]) => [fold(label), key as MetaKey]));

/** The answers sheet of a workbook: the one named "Answers", else the first with the header row. */
function findAnswersSheet(sheets: readonly Sheet[]): AnswersSheet | undefined {
  const ordered = [...sheets].sort((a, b) => Number(b.name === SHEETS.answers) - Number(a.name === SHEETS.answers));
  for (const sheet of ordered) {
    for (const row of sheet.rows) {
      const columns: Partial<Record<ColumnKey, number>> = {};
      row.cells.forEach((cell, i) => {
        const key = headerKey(cell);
        if (key && columns[key] === undefined) columns[key] = i;
      });
      if (columns.indicator === undefined || columns.answer === undefined) continue;
      const meta: AssessmentWorkbookMeta = {};
      for (const above of sheet.rows) {
        if (above.number >= row.number) break;
        above.cells.forEach((cell, i) => {
          const key = META.get(fold(cell));
          const value = text(above.cells[i + 1]);
          if (key && value && !meta[key]) meta[key] = { value, cell: at(sheet, i + 1, above.number) };
        });
      }
      return { sheet, headerRow: row.number, columns, meta };
    }
  }
  return undefined;
}

/**
 * What a workbook says it answers (framework id and version, organisation, period), so that
 * a caller can find the framework before importing.
 *
 * @throws {@link ImportError} (`ERR_IMPORT_HEADER`) when no sheet has the answers header.
 */
export function assessmentWorkbookMeta(sheets: readonly Sheet[], source = 'the workbook'): AssessmentWorkbookMeta {
  return answersSheetOf(sheets, source).meta;
}

function answersSheetOf(sheets: readonly Sheet[], source: string): AnswersSheet {
  const found = findAnswersSheet(sheets);
  if (!found) {
    const wanted = [COLUMNS[0].header, 'Answer'];
    throw new ImportError(
      ImportError.HEADER,
      `${source} is not an assessment workbook: no sheet has a header row with ${wanted.map((h) => JSON.stringify(h)).join(' and ')} (sheets: ${sheets.map((s) => JSON.stringify(s.name)).join(', ') || 'none'}). Make one with "openmaturity template".`,
      { missing: wanted, found: sheets.map((s) => s.name) },
    );
  }
  return found;
}

/** Options of {@link importAssessmentWorkbook}. */
export interface AssessmentWorkbookImportOptions {
  /** The framework answered: the one the workbook names, or given to override it. */
  framework: Framework;
  /** The file's name, for errors. */
  source?: string;
  /** The organisation's ODS code, when the sheet (a CSV of answers alone) does not say. */
  odsCode?: string;
  /** The period's id (`2024-25`), when the sheet does not say. */
  period?: string;
}

/** The result of {@link importAssessmentWorkbook}: at most one document, and every problem by cell. */
export interface AssessmentWorkbookResult extends ImportResult<Assessment> {
  /** The framework's indicators that had no row, left unanswered. */
  missingRows: string[];
}

/**
 * Reads a filled-in assessment workbook (its sheets, from {@link readXlsxSheets} or
 * {@link csvSheet}) into an Assessment document, checked with `parseDocument`'s checks and
 * `validateAssessment`. A cell that cannot be read is a problem naming it
 * (`Answers!E14: expected a level from 1 to 5, found 7`) and is left out; rows of unknown
 * indicators are reported and skipped; the other answers are kept. No document is made only
 * when the organisation or period cannot be read.
 *
 * @throws {@link ImportError} when no sheet has the answers header: not such a workbook.
 */
export function importAssessmentWorkbook(
  sheets: readonly Sheet[],
  options: AssessmentWorkbookImportOptions,
): AssessmentWorkbookResult {
  const { framework } = options;
  const answers = answersSheetOf(sheets, options.source ?? 'the workbook');
  const { sheet, columns, meta } = answers;
  const problems: ImportProblem[] = [];
  const problem = (row: number, cell: string, message: string) =>
    problems.push({ line: row, cell, message: `${cell}: ${message}` });
  const metaCell = (key: MetaKey) => meta[key]?.cell ?? `${sheet.name}!${META_LABELS[key]}`;

  for (const [key, expected] of [
    ['framework', framework.id],
    ['frameworkVersion', framework.version],
  ] as const) {
    const found = meta[key]?.value;
    if (found !== undefined && found !== expected)
      problem(
        0,
        metaCell(key),
        `expected ${JSON.stringify(expected)} (the framework given), found ${describeValue(found)}`,
      );
  }
  const odsCode = options.odsCode ?? meta.organisation?.value;
  const periodId = options.period ?? meta.period?.value;
  const period = periodId === undefined ? undefined : periodFromId(periodId);
  if (odsCode === undefined) problem(0, metaCell('organisation'), 'expected an ODS code, found nothing');
  if (!period)
    problem(
      0,
      metaCell('period'),
      `expected a period such as "2024-25" (a financial year) or "2024", found ${periodId === undefined ? 'nothing' : describeValue(periodId)}`,
    );
  if (odsCode === undefined || !period) return { documents: [], problems, missingRows: [] };

  const document = newAssessment(framework, { odsCode, period });
  const indicators = new Map(framework.indicators.map((indicator, i) => [indicator.id, { indicator, index: i }]));
  const rowOf = new Map<string, number>();
  const cellOf = (indicatorId: string, key: ColumnKey) =>
    at(sheet, columns[key] ?? 0, rowOf.get(indicatorId) ?? answers.headerRow);

  for (const row of sheet.rows) {
    if (row.number <= answers.headerRow) continue;
    const value = (key: ColumnKey) => (columns[key] === undefined ? null : (row.cells[columns[key]] ?? null));
    const id = text(value('indicator'));
    const idCell = at(sheet, columns.indicator!, row.number);
    if (id === '') {
      const answered = (['answer', 'evidence', 'comment', 'confidence', 'barriers', 'plannedDate'] as const).some(
        (key) => text(value(key)) !== '',
      );
      // Domain headings and blank rows have no id and no answer: nothing is lost by skipping them.
      if (answered) problem(row.number, idCell, 'expected an indicator id, found nothing, on a row with answers');
      continue;
    }
    const entry = indicators.get(id);
    if (!entry) {
      problem(
        row.number,
        idCell,
        `expected an indicator of ${framework.id} ${framework.version}, found ${describeValue(id)}`,
      );
      continue;
    }
    const earlier = rowOf.get(id);
    if (earlier !== undefined) {
      problem(
        row.number,
        idCell,
        `expected one row per indicator, found ${describeValue(id)} again (first on row ${earlier})`,
      );
      continue;
    }
    rowOf.set(id, row.number);
    const response = document.responses[entry.index]!;
    const report = (key: ColumnKey, message: string) =>
      problem(row.number, at(sheet, columns[key]!, row.number), message);
    readRow(response, entry.indicator, framework, value, report);
  }

  const missingRows = framework.indicators.filter((indicator) => !rowOf.has(indicator.id)).map((i) => i.id);

  // The document's own checks, as a last word: each issue is put on the cell it came from.
  const issues: DocumentIssue[] = [...documentIssues(document, 'Assessment')];
  if (issues.length === 0) issues.push(...validateAssessment(document, framework));
  const fatal: DocumentIssue[] = [];
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    const response = first === 'responses' && typeof index === 'number' ? document.responses[index] : undefined;
    const key = COLUMNS.find((c) => c.key === field)?.key ?? (field === 'value' ? 'answer' : undefined);
    if (response && key && field !== undefined) {
      problem(rowOf.get(response.indicator) ?? 0, cellOf(response.indicator, key), issue.message);
      if (field === 'value') response.value = null;
      else delete (response as Record<string, unknown>)[field];
    } else {
      const metaKey = first === 'organisation' ? 'organisation' : first === 'period' ? 'period' : undefined;
      problem(
        0,
        metaKey ? metaCell(metaKey) : sheet.name,
        `${formatPath(issue.path)}: expected ${issue.expected}, found ${issue.found}`,
      );
      fatal.push(issue);
    }
  }
  if (fatal.length > 0) return { documents: [], problems, missingRows };
  document.id = assessmentId(odsCode, framework, period);
  return { documents: [document], problems, missingRows };
}

/** Reads one indicator's row into its response; a cell that cannot be read is reported and left out. */
function readRow(
  response: Response,
  indicator: Indicator,
  framework: Framework,
  value: (key: ColumnKey) => SheetValue,
  report: (key: ColumnKey, message: string) => void,
) {
  const found = (cell: SheetValue) => describeValue(cell instanceof Date ? cell.toISOString().slice(0, 10) : cell);
  const answer = readAnswer(value('answer'), indicator, framework);
  if ('value' in answer) response.value = answer.value;
  else report('answer', `expected ${answer.expected}, found ${found(value('answer'))}`);

  const evidence = splitList(text(value('evidence')), /\s+/);
  const links = evidence.filter((url) => /^https?:\/\/[^\s/?#]+/i.test(url));
  if (links.length < evidence.length) {
    const bad = evidence.find((url) => !links.includes(url))!;
    report('evidence', `expected web addresses starting with http:// or https://, found ${describeValue(bad)}`);
  }
  if (links.length > 0) response.evidence = links.map((url) => ({ url }));

  const comment = text(value('comment'));
  if (comment) response.comment = comment;

  const confidenceText = text(value('confidence'));
  if (confidenceText) {
    const confidence = readConfidence(confidenceText);
    if (confidence) response.confidence = confidence;
    else
      report(
        'confidence',
        `expected Self-assessed, Peer reviewed or Externally validated, found ${describeValue(confidenceText)}`,
      );
  }

  const barriers: Barrier[] = [];
  for (const part of splitList(text(value('barriers')))) {
    const code = readBarrier(part);
    if (code) {
      if (!barriers.some((b) => b.code === code)) barriers.push({ code });
    } else report('barriers', `expected barrier codes (${barrierCodes.join(', ')}), found ${describeValue(part)}`);
  }
  if (barriers.length > 0) response.barriers = barriers;

  const planned = value('plannedDate');
  if (planned !== null && text(planned) !== '') {
    const date = readDate(planned);
    if (date) response.plannedDate = date;
    else report('plannedDate', `expected a date (YYYY-MM-DD or DD/MM/YYYY), found ${found(planned)}`);
  }
}

/** 1899-12-30: day 0 of spreadsheet serial dates (Excel's 1900 system, leap-year bug included). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function readDate(cell: SheetValue): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  // A date cell re-typed as a number by another program: its serial day.
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell > 0 && cell < 200_000
      ? new Date(SERIAL_EPOCH + cell * 86_400_000).toISOString().slice(0, 10)
      : undefined;
  return fromDayMonthYear(text(cell));
}
