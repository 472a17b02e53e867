/**
 * The assessment workbook round trip: the template written, answers typed into its cells by
 * code (as a person would, and as another program re-saves them), read back. Row numbers and
 * expected answers are worked out by hand from the small test framework: row 6 is the header,
 * row 7 the "Infrastructure" heading, 8 wifi, 9 epr, 10 ai, 11 the "People" heading, 12 skills.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { runCli } from './support/cli.js';
import { assessmentWorkbook } from '../src/export/assessment-workbook.js';
import { parseDocument } from '../src/format/parse.js';
import { newAssessment, periodFromId } from '../src/format/new-assessment.js';
import { validateAssessment } from '../src/format/validate-assessment.js';
import { assessmentWorkbookMeta, importAssessmentWorkbook } from '../src/import/assessment-workbook.js';
import { isImportError } from '../src/import/errors.js';
import { csvSheet, readXlsxSheets } from '../src/import/sheets.js';
import type { Framework, Response } from '../src/index.js';
import { smallFramework } from './helpers.js';
import { tempDir } from './support/temp.js';

const framework = smallFramework();
const period = periodFromId('2024-25')!;

async function template(fw: Framework = framework): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await assessmentWorkbook(fw, { odsCode: 'RX9', period })) as unknown as ExcelJS.Buffer);
  return workbook;
}
const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());
const importBytes = async (bytes: Uint8Array, fw: Framework = framework) =>
  importAssessmentWorkbook(await readXlsxSheets(bytes, 'test.xlsx'), { framework: fw, source: 'test.xlsx' });

/** The answers a person gives, by row (see the header comment). */
function fillIn(sheet: ExcelJS.Worksheet) {
  sheet.getCell('E8').value = '4 - Level 4';
  sheet.getCell('F8').value = 'https://intranet.example.nhs.uk/wifi-survey\nhttps://example.org/plan';
  sheet.getCell('G8').value = 'Two sites still patchy';
  sheet.getCell('H8').value = 'Peer reviewed';
  sheet.getCell('I8').value = 'funding, infrastructure';
  sheet.getCell('J8').value = new Date(Date.UTC(2025, 2, 31));
  sheet.getCell('E9').value = 'No';
  sheet.getCell('E10').value = 'Yes'; // the choice labelled "Yes"
  sheet.getCell('E12').value = 62.5;
  sheet.getCell('H12').value = 'Self-assessed';
}

const EXPECTED: Response[] = [
  {
    indicator: 'wifi',
    value: 4,
    evidence: [{ url: 'https://intranet.example.nhs.uk/wifi-survey' }, { url: 'https://example.org/plan' }],
    comment: 'Two sites still patchy',
    confidence: 'peer-reviewed',
    barriers: [{ code: 'funding' }, { code: 'infrastructure' }],
    plannedDate: '2025-03-31',
  },
  { indicator: 'epr', value: false },
  { indicator: 'skills', value: 62.5, confidence: 'self-assessed' },
  { indicator: 'ai', value: 'yes' },
];

describe('assessment workbook template', () => {
  it('has an instructions sheet, an answers sheet with one row per indicator grouped by domain, and the framework recorded', async () => {
    const workbook = await template();
    assert.deepEqual(
      workbook.worksheets.map((s) => [s.name, s.state]),
      [
        ['Instructions', 'visible'],
        ['Answers', 'visible'],
        ['Lists', 'hidden'],
      ],
    );
    const answers = workbook.getWorksheet('Answers')!;
    assert.deepEqual(
      [1, 2, 3, 4].map((r) => [answers.getCell(`A${r}`).value, answers.getCell(`B${r}`).value]),
      [
        ['Framework', 'test-fw'],
        ['Framework version', '1'],
        ['Organisation (ODS code)', 'RX9'],
        ['Period', '2024-25'],
      ],
    );
    assert.equal(answers.getCell('A6').value, 'Indicator id (do not change)');
    assert.equal(answers.getCell('E6').value, 'Answer');
    assert.deepEqual(
      [7, 8, 9, 10, 11, 12].map((r) => [answers.getCell(`A${r}`).value, answers.getCell(`B${r}`).value]),
      [
        [null, 'Infrastructure'],
        ['wifi', 'Infrastructure'],
        ['epr', 'Infrastructure'],
        ['ai', 'Infrastructure'],
        [null, 'People'],
        ['skills', 'People'],
      ],
    );
    assert.match(String(workbook.getWorksheet('Instructions')!.getCell('B4').value), /^1$/);
  });

  it('gives answer cells drop-downs from the lists sheet and limits percentages to 0-100', async () => {
    const workbook = await template();
    const answers = workbook.getWorksheet('Answers')!;
    const lists = workbook.getWorksheet('Lists')!;
    const listOf = (cell: string) => {
      const validation = answers.getCell(cell).dataValidation;
      assert.equal(validation.type, 'list', cell);
      const [, col, , last] = /^Lists!\$([A-Z]+)\$1:\$([A-Z]+)\$(\d+)$/.exec(String(validation.formulae[0]))!;
      return Array.from({ length: Number(last) }, (_, i) => lists.getCell(`${col}${i + 1}`).value);
    };
    assert.deepEqual(listOf('E8'), ['1 - Level 1', '2 - Level 2', '3 - Level 3', '4 - Level 4', '5 - Level 5']);
    assert.deepEqual(listOf('E9'), ['Yes', 'No']);
    assert.deepEqual(listOf('E10'), ['No', 'Yes']);
    assert.deepEqual(listOf('H8'), ['Self-assessed', 'Peer reviewed', 'Externally validated']);
    const percentage = answers.getCell('E12').dataValidation;
    assert.equal(percentage.type, 'decimal');
    assert.equal(percentage.operator, 'between');
    assert.deepEqual(percentage.formulae, [0, 100]);
    assert.equal(answers.getCell('J8').dataValidation.type, 'date');
  });
});

describe('import assessment', () => {
  it('reads back the answers written into the template, as a valid assessment', async () => {
    const workbook = await template();
    fillIn(workbook.getWorksheet('Answers')!);
    const result = await importBytes(await bytesOf(workbook));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.missingRows, []);
    const [document] = result.documents;
    assert.ok(document);
    parseDocument(document, { kind: 'Assessment' });
    assert.deepEqual(validateAssessment(document, framework), []);
    assert.equal(document.id, 'RX9-test-fw-2024-25');
    assert.deepEqual(document.organisation, { odsCode: 'RX9' });
    assert.deepEqual(document.period, { id: '2024-25', start: '2024-04-01', end: '2025-03-31', label: '2024 to 2025' });
    assert.equal(document.status, 'draft');
    assert.deepEqual(document.responses, EXPECTED);
  });

  it('leaves an empty answer unanswered (null), never zero', async () => {
    const result = await importBytes(await bytesOf(await template()));
    assert.deepEqual(result.documents[0]!.responses, newAssessment(framework, { odsCode: 'RX9', period }).responses);
  });

  it('reads a workbook re-saved by another program: rows sorted, a sheet added, values typed as text', async () => {
    const workbook = await template();
    const answers = workbook.getWorksheet('Answers')!;
    // Rows reversed below the header, as a sort would leave them; headings end up anywhere.
    const rows = [7, 8, 9, 10, 11, 12].map((r) => answers.getRow(r).values as ExcelJS.CellValue[]);
    rows.reverse().forEach((values, i) => {
      const row = answers.getRow(7 + i);
      row.values = values;
    });
    // Now: 7 skills, 8 People, 9 ai, 10 epr, 11 wifi, 12 Infrastructure. Everything typed as text.
    answers.getCell('E11').value = '4';
    answers.getCell('F11').value = {
      text: 'survey',
      hyperlink: 'https://intranet.example.nhs.uk/wifi-survey',
    } as ExcelJS.CellHyperlinkValue;
    answers.getCell('G11').value = {
      richText: [{ text: 'Two sites ' }, { font: { bold: true }, text: 'still patchy' }],
    };
    answers.getCell('H11').value = 'peer-reviewed';
    answers.getCell('I11').value = 'Funding; Infrastructure';
    answers.getCell('J11').value = '31/03/2025';
    answers.getCell('E10').value = 'FALSE';
    answers.getCell('E9').value = 'yes'; // the choice's value, not its label
    const percent = answers.getCell('E7');
    percent.value = 0.625; // typed as "62.5%": stored as a fraction, shown as a percentage
    percent.numFmt = '0.0%';
    answers.getCell('H7').value = 'SELF-ASSESSED';
    const notes = workbook.addWorksheet('Notes');
    notes.getCell('A1').value = 'Checked by the CCIO';
    workbook.worksheets.unshift(workbook.worksheets.pop()!);

    const result = await importBytes(await bytesOf(workbook));
    assert.deepEqual(result.problems, []);
    const byId = new Map(result.documents[0]!.responses.map((r) => [r.indicator, r]));
    assert.deepEqual(byId.get('wifi'), {
      ...EXPECTED[0],
      evidence: [{ url: 'https://intranet.example.nhs.uk/wifi-survey' }],
    });
    assert.deepEqual(byId.get('epr'), EXPECTED[1]);
    assert.deepEqual(byId.get('skills'), EXPECTED[2]);
    assert.deepEqual(byId.get('ai'), EXPECTED[3]);
  });

  it('names every bad cell by sheet and cell, reports unknown rows, and keeps the rest', async () => {
    const workbook = await template();
    const answers = workbook.getWorksheet('Answers')!;
    fillIn(answers);
    answers.getCell('E8').value = 7;
    answers.getCell('F8').value = 'javascript:alert(1)';
    answers.getCell('H8').value = 'Very sure';
    answers.getCell('I8').value = 'funding, money';
    answers.getCell('J8').value = '31 March';
    answers.getCell('E9').value = 'Maybe';
    answers.getCell('E12').value = 140;
    answers.getRow(13).values = ['telepathy', 'Infrastructure', 'Telepathy', '', 'Yes'];
    answers.getRow(14).values = [null, null, null, null, '3'];
    answers.getRow(15).values = ['epr', 'Infrastructure', 'EPR', '', 'Yes'];

    const result = await importBytes(await bytesOf(workbook));
    assert.deepEqual(
      result.problems.map((p) => p.message),
      [
        'Answers!E8: expected a level from 1 to 5, found 7',
        'Answers!F8: expected web addresses starting with http:// or https://, found "javascript:alert(1)"',
        'Answers!H8: expected Self-assessed, Peer reviewed or Externally validated, found "Very sure"',
        'Answers!I8: expected barrier codes (funding, workforce-and-skills, supplier-readiness, standard-not-ready, infrastructure, competing-priorities, timeline), found "money"',
        'Answers!J8: expected a date (YYYY-MM-DD or DD/MM/YYYY), found "31 March"',
        'Answers!E9: expected Yes or No, found "Maybe"',
        'Answers!E12: expected a percentage from 0 to 100, found 140',
        'Answers!A13: expected an indicator of test-fw 1, found "telepathy"',
        'Answers!A14: expected an indicator id, found nothing, on a row with answers',
        'Answers!A15: expected one row per indicator, found "epr" again (first on row 9)',
      ],
    );
    assert.deepEqual(
      result.problems.map((p) => p.cell),
      ['E8', 'F8', 'H8', 'I8', 'J8', 'E9', 'E12', 'A13', 'A14', 'A15'].map((c) => `Answers!${c}`),
    );
    const byId = new Map(result.documents[0]!.responses.map((r) => [r.indicator, r]));
    // What could be read on those rows is kept.
    assert.deepEqual(byId.get('wifi'), {
      indicator: 'wifi',
      value: null,
      comment: 'Two sites still patchy',
      barriers: [{ code: 'funding' }],
    });
    assert.deepEqual(byId.get('epr'), { indicator: 'epr', value: null });
    assert.deepEqual(byId.get('ai'), EXPECTED[3]);
    assert.deepEqual(byId.get('skills'), { indicator: 'skills', value: null, confidence: 'self-assessed' });
  });

  it('reports a deleted row as unanswered, and an ODS code the format refuses on its cell', async () => {
    const workbook = await template();
    const answers = workbook.getWorksheet('Answers')!;
    answers.spliceRows(9, 1);
    answers.getCell('B3').value = 'rx9';
    const result = await importBytes(await bytesOf(workbook));
    assert.deepEqual(result.missingRows, ['epr']);
    assert.deepEqual(result.documents, []);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['Answers!B3: organisation.odsCode: expected an ODS code: 1 to 9 uppercase letters or digits, found "rx9"'],
    );
  });

  it('reads the answers sheet saved as CSV', () => {
    const csv = [
      'Framework,test-fw,Test framework',
      'Framework version,1',
      'Organisation (ODS code),RX9',
      'Period,2024-25',
      ',',
      'Indicator id (do not change),Domain,Indicator,How to answer,Answer,Evidence links,Comment,Confidence,Barriers,Planned date',
      ',Infrastructure',
      'wifi,Infrastructure,Wi-Fi,,4 - Level 4,"https://intranet.example.nhs.uk/wifi-survey',
      'https://example.org/plan",Two sites still patchy,Peer reviewed,"funding, infrastructure",2025-03-31',
      'epr,Infrastructure,EPR,,No',
      'ai,Infrastructure,AI,,Yes',
      ',People',
      'skills,People,Skills,,62.5%,,,Self-assessed',
      'nope,People,Nope,,9',
    ].join('\r\n');
    const result = importAssessmentWorkbook([csvSheet(csv, 'answers.csv')], { framework });
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['answers.csv!A13: expected an indicator of test-fw 1, found "nope"'],
    );
    assert.deepEqual(result.documents[0]!.responses, EXPECTED);
  });

  it('refuses a file that is not such a workbook, with a clear error', async () => {
    await assert.rejects(readXlsxSheets(new TextEncoder().encode('kind,schemaVersion\n'), 'notes.xlsx'), (error) => {
      assert.ok(isImportError(error));
      assert.equal(error.code, 'ERR_IMPORT_FILE');
      assert.match(error.message, /^notes\.xlsx is not an \.xlsx workbook that can be read/);
      return true;
    });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Budget').getCell('A1').value = 'Cost centre';
    const sheets = await readXlsxSheets(await bytesOf(other), 'budget.xlsx');
    assert.throws(
      () => assessmentWorkbookMeta(sheets, 'budget.xlsx'),
      (error) => {
        assert.ok(isImportError(error));
        assert.equal(error.code, 'ERR_IMPORT_HEADER');
        assert.equal(
          error.message,
          'budget.xlsx is not an assessment workbook: no sheet has a header row with "Indicator id (do not change)" and "Answer" (sheets: "Budget"). Make one with "openmaturity template".',
        );
        return true;
      },
    );
  });

  it('names a workbook made for another framework version', async () => {
    const workbook = await template(smallFramework({ version: '2' }));
    const result = await importBytes(await bytesOf(workbook));
    assert.deepEqual(
      result.problems.map((p) => p.message),
      ['Answers!B2: expected "1" (the framework given), found "2"'],
    );
    assert.equal(result.documents[0]!.framework.version, '1');
  });
});

describe('openmaturity template and import assessment', () => {
  const run = (...args: string[]) => runCli(args);
  const bundled = (name: string) => new URL(`../data/frameworks/${name}`, import.meta.url).pathname;

  it('round-trips the bundled 2016 DMA framework (choices), finding the framework from the workbook', async () => {
    const dir = tempDir('om-workbook-');
    const file = join(dir, 'RX9-2024-25.xlsx');
    const made = await run(
      'template',
      '--framework',
      bundled('dma-2016.json'),
      '--organisation',
      'RX9',
      '--period',
      '2024-25',
      '--out',
      file,
    );
    assert.equal(made.code, 0, made.stderr);
    const dma = JSON.parse(readFileSync(bundled('dma-2016.json'), 'utf8')) as Framework;
    const first = dma.indicators[0]!;
    assert.equal(first.measure.type, 'choice');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const answers = workbook.getWorksheet('Answers')!;
    // Row 7 is the first domain's heading, row 8 its first indicator.
    assert.equal(answers.getCell('A8').value, first.id);
    answers.getCell('E8').value = 'Agree';
    writeFileSync(file, await bytesOf(workbook));

    const out = join(dir, 'out');
    const imported = await run('import', 'assessment', file, '--out', out);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /1 of \d+ indicators answered; 0 cell\(s\) could not be read/);
    const document = JSON.parse(readFileSync(join(out, `RX9-${dma.id}-2024-25.json`), 'utf8'));
    assert.deepEqual(validateAssessment(parseDocument(document, { kind: 'Assessment' }), dma), []);
    assert.equal(document.responses[0].value, 'agree');
  });

  it('exits 1 and names the cell when a cell cannot be read; exits 2 on a bad period', async () => {
    const dir = tempDir('om-workbook-');
    const frameworkFile = join(dir, 'fw.json');
    writeFileSync(frameworkFile, JSON.stringify(framework));
    const file = join(dir, 'a.xlsx');
    assert.equal(
      (
        await run(
          'template',
          '--framework',
          frameworkFile,
          '--organisation',
          'RX9',
          '--period',
          '2024-25',
          '--out',
          file,
        )
      ).code,
      0,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('Answers')!.getCell('E8').value = 7;
    writeFileSync(file, await bytesOf(workbook));
    const noFramework = await run('import', 'assessment', file, '--out', join(dir, 'out'));
    assert.equal(noFramework.code, 2);
    assert.match(
      noFramework.stderr,
      /answers framework test-fw version 1, which is not bundled: give it with --framework/,
    );
    const imported = await run('import', 'assessment', file, '--out', join(dir, 'out'), '--framework', frameworkFile);
    assert.equal(imported.code, 1);
    assert.equal(imported.stderr, `${file}: Answers!E8: expected a level from 1 to 5, found 7\n`);
    const bad = await run(
      'template',
      '--framework',
      frameworkFile,
      '--organisation',
      'RX9',
      '--period',
      '2024-26',
      '--out',
      file,
    );
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /--period: expected 2024-25 \(a financial year\) or 2024 \(a calendar year\), found "2024-26"/,
    );
  });
});
