/**
 * The assessment workbook template: a spreadsheet a trust fills in and `import assessment`
 * turns into an Assessment document. Its layout and cell words live in assessment-sheet.ts,
 * shared with the importer.
 */
import ExcelJS from 'exceljs';
import type { Framework, Indicator } from '../format/kinds/framework.js';
import { barrierCodes } from '../format/local-voice.js';
import type { Period } from '../format/shared.js';
import {
  answerChoices,
  BARRIER_WORDS,
  COLUMNS,
  CONFIDENCE_WORDS,
  HEADER_ROW,
  howToAnswer,
  META_LABELS,
  SHEETS,
} from './assessment-sheet.js';

/** Options of {@link assessmentWorkbook}. */
export interface AssessmentWorkbookOptions {
  /** The ODS code of the organisation that answers, such as `RX9`. */
  odsCode: string;
  /** The period answered for (see `periodFromId`). */
  period: Period;
}

const column = (key: (typeof COLUMNS)[number]['key']) => COLUMNS.findIndex((c) => c.key === key) + 1;
const letter = (index: number) => String.fromCharCode(64 + index);
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDEE' } } as const;
const DOMAIN_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD8DDE0' } } as const;

/**
 * Makes the workbook: an instructions sheet, and an answers sheet with one row per indicator
 * grouped by domain, drop-downs from the spreadsheet's own data validation (levels, yes/no,
 * choices, confidence), percentages limited to 0-100 and planned dates to dates. The
 * framework's id and version, the organisation and the period are written above the header.
 *
 * @returns the `.xlsx` file's bytes.
 * @example
 * ```ts
 * const bytes = await assessmentWorkbook(framework, { odsCode: 'RX9', period: periodFromId('2024-25')! });
 * writeFileSync('RX9-2024-25.xlsx', bytes);
 * ```
 */
export async function assessmentWorkbook(
  framework: Framework,
  options: AssessmentWorkbookOptions,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OpenMaturity';
  workbook.title = `${framework.name}: ${options.odsCode} ${options.period.id}`;

  const instructions = workbook.addWorksheet(SHEETS.instructions);
  const answers = workbook.addWorksheet(SHEETS.answers, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }],
  });
  const lists = workbook.addWorksheet(SHEETS.lists, { state: 'hidden' });

  writeInstructions(instructions, framework, options);
  const listRange = writeLists(lists, framework);

  const meta: [string, string, string?][] = [
    [META_LABELS.framework, framework.id, framework.name],
    [META_LABELS.frameworkVersion, framework.version],
    [META_LABELS.organisation, options.odsCode],
    [META_LABELS.period, options.period.id, options.period.label],
  ];
  meta.forEach((cells, i) => {
    const row = answers.getRow(i + 1);
    row.values = cells;
    row.getCell(1).font = { bold: true };
  });
  answers.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = answers.getRow(HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };

  let rowNumber = HEADER_ROW;
  const byDomain = new Map<string, Indicator[]>();
  for (const indicator of framework.indicators) {
    const list = byDomain.get(indicator.domain);
    if (list) list.push(indicator);
    else byDomain.set(indicator.domain, [indicator]);
  }
  for (const domain of framework.domains) {
    const heading = answers.getRow(++rowNumber);
    heading.getCell(column('domain')).value = domain.name;
    heading.font = { bold: true };
    for (let c = 1; c <= COLUMNS.length; c++) heading.getCell(c).fill = DOMAIN_FILL;
    for (const indicator of byDomain.get(domain.id) ?? []) {
      writeIndicatorRow(answers.getRow(++rowNumber), indicator, domain.name, framework, listRange);
    }
  }
  answers.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: rowNumber, column: COLUMNS.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeIndicatorRow(
  row: ExcelJS.Row,
  indicator: Indicator,
  domainName: string,
  framework: Framework,
  listRange: (key: string) => string,
) {
  const id = row.getCell(column('indicator'));
  id.value = indicator.id;
  id.fill = GREY;
  id.note = 'Do not change: the importer finds the indicator by this id.';
  row.getCell(column('domain')).value = domainName;
  row.getCell(column('name')).value = indicator.name;
  row.getCell(column('how')).value = howToAnswer(indicator, framework);
  row.alignment = { wrapText: true, vertical: 'top' };

  const answer = row.getCell(column('answer'));
  const choices = answerChoices(indicator, framework);
  if (choices) {
    answer.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [listRange(listKey(indicator))],
      showErrorMessage: true,
      errorTitle: 'Not in the list',
      error: 'Choose an answer from the list.',
    };
  } else {
    answer.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: 'Not a percentage',
      error: 'Type a number from 0 to 100.',
    };
  }
  row.getCell(column('confidence')).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listRange('confidence')],
    showErrorMessage: true,
    error: 'Choose a confidence from the list.',
  };
  row.getCell(column('barriers')).dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listRange('barriers')],
    // A warning, not a stop: several barriers can be typed, separated by commas.
    errorStyle: 'warning',
    showErrorMessage: true,
    showInputMessage: true,
    prompt: 'Choose a barrier, or type several codes separated by commas.',
    error: 'Barrier codes are listed on the Instructions sheet. Keep this value?',
  };
  const planned = row.getCell(column('plannedDate'));
  planned.numFmt = 'yyyy-mm-dd';
  planned.dataValidation = {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    showErrorMessage: true,
    error: 'Type a date, such as 2025-03-31.',
  };
}

/** The key of an indicator's drop-down list: one per distinct list, so choices share theirs. */
function listKey(indicator: Indicator): string {
  const { measure } = indicator;
  if (measure.type === 'choice') return `choice:${measure.options.map((o) => o.label).join('\u0000')}`;
  return measure.type;
}

/**
 * Writes every drop-down list into its own column of the hidden lists sheet (a range has no
 * length limit, unlike a list typed into the validation) and returns where each one is.
 */
function writeLists(sheet: ExcelJS.Worksheet, framework: Framework): (key: string) => string {
  const columns = new Map<string, string[]>([
    ['confidence', Object.values(CONFIDENCE_WORDS)],
    ['barriers', [...barrierCodes]],
  ]);
  for (const indicator of framework.indicators) {
    const key = listKey(indicator);
    const choices = answerChoices(indicator, framework);
    if (choices && !columns.has(key)) columns.set(key, choices);
  }
  const ranges = new Map<string, string>();
  [...columns].forEach(([key, values], i) => {
    // Beyond column Z the letters take two characters; 26 distinct lists is far more than a framework has.
    const col = i < 26 ? letter(i + 1) : `${letter(Math.floor(i / 26))}${letter((i % 26) + 1)}`;
    values.forEach((value, r) => (sheet.getCell(`${col}${r + 1}`).value = value));
    ranges.set(key, `${SHEETS.lists}!$${col}$1:$${col}$${values.length}`);
  });
  return (key) => ranges.get(key)!;
}

function writeInstructions(sheet: ExcelJS.Worksheet, framework: Framework, options: AssessmentWorkbookOptions) {
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 90;
  const lines: string[][] = [
    [`${framework.name}: assessment workbook`],
    [],
    [META_LABELS.framework, `${framework.id} (${framework.name})`],
    [META_LABELS.frameworkVersion, framework.version],
    [META_LABELS.organisation, options.odsCode],
    [META_LABELS.period, options.period.label ? `${options.period.id} (${options.period.label})` : options.period.id],
    [],
    ['How to fill it in'],
    ['1', `Answer on the "${SHEETS.answers}" sheet: one row per indicator, grouped by domain.`],
    ['2', 'Do not change the "Indicator id" column: the importer finds each indicator by its id.'],
    ['3', 'Answer: choose from the drop-down (levels, Yes or No, choices) or type a percentage from 0 to 100.'],
    ['4', 'Evidence links: web addresses starting with https://, one per line.'],
    ['5', 'Leave a cell empty when you have no answer yet: it stays unanswered, never zero.'],
    ['6', 'Then run: openmaturity import assessment <this file> --out <folder>'],
    [],
    ['Confidence'],
    ...Object.values(CONFIDENCE_WORDS).map((words) => [words]),
    [],
    ['Barriers', 'Type one or more of these codes, separated by commas:'],
    ...barrierCodes.map((code) => [code, BARRIER_WORDS[code]]),
  ];
  lines.forEach((cells, i) => (sheet.getRow(i + 1).values = cells));
  sheet.getCell('A1').font = { bold: true, size: 14 };
  for (const title of ['How to fill it in', 'Confidence', 'Barriers']) {
    const index = lines.findIndex((line) => line[0] === title);
    sheet.getCell(`A${index + 1}`).font = { bold: true };
  }
}
