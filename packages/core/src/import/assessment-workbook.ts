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
import { cellText, columnLetter, importRows, type Row, type RowReader, type RowSource } from './rows.js';
import type { Sheet } from './sheets.js';

/** What the rows above the header say the workbook answers; each with the cell it came from. */
export type AssessmentWorkbookMeta = Partial<Record<MetaKey, { value: string; cell: string }>>;

/** The answers sheet's header, as the row loop found it, and what the rows above it say. */
interface AnswersHeader {
  /** The sheet's own name, as in the workbook. */
  sheet: string;
  /** The header's row number. */
  row: number;
  columns: Partial<Record<ColumnKey, number>>;
  meta: AssessmentWorkbookMeta;
}

const fold = (value: SheetValue) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : '');
const text = (value: SheetValue | undefined): string => cellText(value).trim();
/** `E14`: a cell's address from its 0-based column and 1-based row. */
export const cellAddress = (column: number, row: number): string => `${columnLetter(column)}${row}`;
/** A sheet as a cell address names it: quoted, as spreadsheets do, when its name has spaces. */
const sheetLabel = (name: string) => (/^[A-Za-z0-9_.]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

const HEADERS = new Map(COLUMNS.map((c) => [fold(c.header), c.key]));
/** A header as people shorten it: `Indicator id` for `Indicator id (do not change)`. */
const headerKey = (value: SheetValue): ColumnKey | undefined =>
  HEADERS.get(fold(value)) ?? (fold(value).startsWith('indicator id') ? 'indicator' : undefined);
const META = new Map(Object.entries(META_LABELS).map(([key, label]) => [fold(label), key as MetaKey]));

/**
 * The workbook's rows for the shared row loop: the sheet named "Answers" first, then the
 * others in order, each row named by its sheet as a cell address names it.
 */
function workbookRows(sheets: readonly Sheet[]): RowSource & Iterable<Row> {
  const ordered = [...sheets].sort((a, b) => Number(b.name === SHEETS.answers) - Number(a.name === SHEETS.answers));
  return {
    *[Symbol.iterator]() {
      for (const sheet of ordered) {
        const label = sheetLabel(sheet.name);
        for (const row of sheet.rows) yield { number: row.number, cells: row.cells, sheet: label };
      }
    },
  };
}

/**
 * The loop's header step for an answers sheet: the first row with the indicator-id and answer
 * headers, on the first sheet that has one; the rows above it on that sheet say what the
 * workbook answers (a label, then its value in the next cell).
 */
function answersHeader(sheets: readonly Sheet[]): NonNullable<RowReader<AnswersHeader, never>['header']> {
  const names = new Map(sheets.map((sheet) => [sheetLabel(sheet.name), sheet.name]));
  let found = false;
  let above: Row[] = [];
  return (_cells, _where, row) => {
    if (above[0]?.sheet !== row.sheet) above = [];
    const columns: Partial<Record<ColumnKey, number>> = {};
    row.cells.forEach((cell, i) => {
      const key = headerKey(cell);
      if (key && columns[key] === undefined) columns[key] = i;
    });
    // One answers sheet: a copy of it on a later sheet is not read twice.
    if (found || columns.indicator === undefined || columns.answer === undefined) {
      above.push(row);
      throw new ImportError(ImportError.HEADER, `${row.sheet ?? ''} is not the answers header`);
    }
    found = true;
    const meta: AssessmentWorkbookMeta = {};
    for (const metaRow of above) {
      metaRow.cells.forEach((cell, i) => {
        const key = META.get(fold(cell));
        const value = text(metaRow.cells[i + 1]);
        if (key && value && !meta[key])
          meta[key] = { value, cell: `${row.sheet}!${cellAddress(i + 1, metaRow.number)}` };
      });
    }
    return { sheet: names.get(row.sheet!) ?? row.sheet!, row: row.number, columns, meta };
  };
}

/**
 * Runs the shared row loop over the workbook. Not an assessment workbook (no sheet has the
 * answers header, or no sheet has rows) is one error naming the sheets it has.
 */
function readAnswers<T>(
  sheets: readonly Sheet[],
  source: string,
  reader: Omit<RowReader<AnswersHeader, T>, 'header' | 'headerSearch'>,
): ImportResult<T> & { header: AnswersHeader } {
  let header: AnswersHeader | undefined;
  const findHeader = answersHeader(sheets);
  try {
    const result = importRows(
      workbookRows(sheets),
      {
        ...reader,
        header: (cells, where, row) => (header = findHeader(cells, where, row)),
        // Title and note rows above the header are the workbook's own: never give up early.
        headerSearch: Number.POSITIVE_INFINITY,
      },
      source,
    );
    return { ...result, header: header! };
  } catch (error) {
    if (!(error instanceof ImportError) || (error.code !== ImportError.HEADER && error.code !== ImportError.EMPTY))
      throw error;
    const wanted = [COLUMNS[0].header, 'Answer'];
    throw new ImportError(
      ImportError.HEADER,
      `${source} is not an assessment workbook: no sheet has a header row with ${wanted.map((h) => JSON.stringify(h)).join(' and ')} (sheets: ${sheets.map((s) => JSON.stringify(s.name)).join(', ') || 'none'}). Make one with "openmaturity template".`,
      { missing: wanted, found: sheets.map((s) => s.name) },
    );
  }
}

/**
 * What a workbook says it answers (framework id and version, organisation, period), so that
 * a caller can find the framework before importing.
 *
 * @throws {@link ImportError} (`ERR_IMPORT_HEADER`) when no sheet has the answers header.
 */
export function assessmentWorkbookMeta(sheets: readonly Sheet[], source = 'the workbook'): AssessmentWorkbookMeta {
  return readAnswers(sheets, source, { make: () => null }).header.meta;
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
  const indicators = new Map(framework.indicators.map((indicator, i) => [indicator.id, { indicator, index: i }]));
  const read = readAnswers<{ row: number; index: number; response: Response }>(
    sheets,
    options.source ?? 'the workbook',
    {
      make: (row, { columns }, report) => {
        const value = (key: ColumnKey) => (columns[key] === undefined ? null : (row.cells[columns[key]] ?? null));
        const id = text(value('indicator'));
        if (id === '') {
          const answered = (['answer', 'evidence', 'comment', 'confidence', 'barriers', 'plannedDate'] as const).some(
            (key) => text(value(key)) !== '',
          );
          // Domain headings have no id and no answer: nothing is lost by skipping them.
          return answered
            ? { message: 'expected an indicator id, found nothing, on a row with answers', column: columns.indicator }
            : null;
        }
        const entry = indicators.get(id);
        if (!entry)
          return {
            message: `expected an indicator of ${framework.id} ${framework.version}, found ${describeValue(id)}`,
            column: columns.indicator,
          };
        const response: Response = { indicator: id, value: null };
        readRow(response, entry.indicator, framework, value, (key, message) => report(columns[key]!, message));
        return { row: row.number, index: entry.index, response };
      },
      key: (made, { columns }) => ({ value: made.response.indicator, column: columns.indicator, name: 'indicator' }),
      duplicate: (shown, first) =>
        `expected one row per indicator, found ${describeValue(shown)} again (first on row ${first.line})`,
    },
  );
  const { sheet, columns, meta } = read.header;
  const label = sheetLabel(sheet);
  const at = (column: number, row: number) => `${label}!${cellAddress(column, row)}`;
  const problems: ImportProblem[] = [];
  const problem = (row: number, cell: string, message: string) =>
    problems.push({ line: row, cell, message: `${cell}: ${message}` });
  const metaCell = (key: MetaKey) => meta[key]?.cell ?? `${sheet}!${META_LABELS[key]}`;

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

  // The rows' problems, each on its cell (every row of a workbook has its sheet).
  for (const p of read.problems) problem(p.line, p.cell ?? label, p.message);
  const document = newAssessment(framework, { odsCode, period });
  const rowOf = new Map<string, number>();
  for (const { row, index, response } of read.documents) {
    rowOf.set(response.indicator, row);
    document.responses[index] = response;
  }
  const cellOf = (indicatorId: string, key: ColumnKey) =>
    at(columns[key] ?? 0, rowOf.get(indicatorId) ?? read.header.row);

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
        metaKey ? metaCell(metaKey) : sheet,
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
