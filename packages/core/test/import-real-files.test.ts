/**
 * Every real file in data/real through the importers: documents counted, per status and per
 * sector, a few organisations field by field; the shapes no file here has (columns reordered,
 * renamed, missing; a workbook with another sheet first; dates as text and serials); every
 * imported tree valid. Expected counts come from Python's csv module over the CSV files and
 * from a plain exceljs scan of the workbook, not from the importers.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { runCli } from './support/cli.js';
import { importDspt, importDsptWorkbook } from '../src/import/dspt.js';
import { importStandardsDirectory } from '../src/import/standards-directory.js';
import { tempDir } from './support/temp.js';

const REAL = new URL('../../../data/real/', import.meta.url);
const path = (name: string) => new URL(name, REAL).pathname;
const real = (name: string) => readFileSync(new URL(name, REAL), 'utf8');
const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};
const sorted = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));

const WORKBOOK = 'dspt-all-organisations-2018-19-publication-2019-06-17.xlsx';
const METRIC = 'dspt-trusts-ccgs-2020-21-metric-2022-02-08.csv';
const CSUS = 'dspt-csus-2022-23-snapshot-2023-11-16.csv';
const DIRECTORY = 'nhs-standards-directory-2022-01.csv';

describe('the DSPT 2020-21 statuses of trusts, CCGs and CSUs (R column names, several status columns)', () => {
  const result = importDspt(real(METRIC), { source: METRIC });

  it('makes 356 statements of 357 rows: the one row left out is a second RW6 (split between two successors), reported', () => {
    assert.equal(result.documents.length, 356);
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.message]),
      [[297, 'column "Code": expected a code not already listed, found "RW6" (already on line 296)']],
    );
  });

  it('counts per status and per sector', () => {
    // Counter(r['Latest.Status']) less the second RW6 row, whose status is empty ("" is Not Published).
    assert.deepEqual(
      countBy(result.documents, (d) => d.statusDetail ?? ''),
      sorted({
        '20/21 Standards Met': 226,
        '20/21 Approaching Standards': 65,
        '20/21 Standards Exceeded': 41,
        '19/20 Standards Met': 8,
        '': 5,
        '20/21 Standards Not Met': 5,
        '19/20 Approaching Standards': 3,
        '19/20 Standards Exceeded': 3,
      }),
    );
    // Counter(r['Primary.Sector'] or r['Sector']) less the second RW6 row (no Primary.Sector, Sector "Trust").
    assert.deepEqual(
      countBy(result.documents, (d) => String(d.subject.sector)),
      sorted({
        'NHS Trust': 214,
        'CCG / Integrated Care Board (ICB)': 132,
        'Commissioning Support Unit (CSU)': 5,
        CCG: 3,
        Trust: 2,
      }),
    );
    assert.deepEqual(
      countBy(result.documents, (d) => d.standard.version ?? ''),
      { '2019-20': 14, '2020-21': 342 },
    );
  });

  it('reads an organisation field by field: name from Organisation.Name, region and ICB from the NHSER20/STP20 columns, successor', () => {
    const huddersfield = result.organisations.find((o) => o.odsCode === '03A');
    assert.deepEqual(
      { ...huddersfield },
      {
        kind: 'Organisation',
        schemaVersion: '1.1',
        odsCode: '03A',
        name: 'NHS Greater Huddersfield CCG',
        type: 'ccg',
        sector: 'CCG / Integrated Care Board (ICB)',
        region: { code: 'Y63', name: 'North East and Yorkshire' },
        icb: {
          code: 'QWO',
          name: 'West Yorkshire and Harrogate (Health and Care Partnership)',
          onsCode: 'E54000054',
        },
        ccg: { name: 'NHS Greater Huddersfield CCG' },
        postcode: 'HD2 1GZ',
        opened: '2013-04-01',
        closed: '2021-03-31',
        successor: { odsCode: 'X2C4Y' },
      },
    );
    // No DSPT name and no status: the ODS name, Not Published on the file's snapshot day.
    const coventry = result.documents.find((d) => d.subject.odsCode === '05A');
    assert.equal(coventry?.subject.name, 'NHS COVENTRY AND RUGBY CCG');
    assert.equal(coventry?.status, 'in-progress');
    assert.equal(coventry?.statusDetail, undefined);
    assert.equal(coventry?.issued, '2022-02-08');
    assert.equal(coventry?.standard.version, '2020-21');
    const bury = result.documents.find((d) => d.subject.odsCode === '00V');
    assert.equal(bury?.exceeds, true);
    assert.equal(bury?.status, 'conformant');
  });
});

describe('the DSPT 2022-23 CSU snapshot', () => {
  it('makes 5 statements, 4 Exceeded and 1 Not Published', () => {
    const result = importDspt(real(CSUS), { source: CSUS });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      countBy(result.documents, (d) => d.statusDetail ?? ''),
      { '22/23 Standards Exceeded': 4, 'Not Published': 1 },
    );
    assert.deepEqual(
      countBy(result.organisations, (o) => o.type),
      { csu: 5 },
    );
  });
});

describe('the DSPT publication of June 2019, every sector, as a spreadsheet', async () => {
  const result = await importDsptWorkbook(path(WORKBOOK), { source: WORKBOOK });

  it('makes 31,968 statements of 31,970 rows; the two rows whose code is no code are reported on their cells', () => {
    assert.equal(result.documents.length, 31_968);
    assert.deepEqual(
      result.problems.map((p) => p.cell),
      ['DSPT Organisation Profile Progr!B8687', 'DSPT Organisation Profile Progr!B14076'],
    );
  });

  it('counts per status (the year suffix kept) and per sector', () => {
    assert.deepEqual(
      countBy(result.documents, (d) => d.statusDetail ?? ''),
      sorted({
        // The scan's counts less the two rows reported: one Standards Met, one empty.
        'Standards Met': 26_048,
        '': 3995,
        'Entry Level': 1256,
        'Standards Exceeded': 480,
        'Standards not fully met (plan agreed)': 119,
        'Standards Met (19-20)': 37,
        'Standards Not Met': 19,
        'Entry Level (19-20)': 14,
      }),
    );
    const sectors = countBy(result.documents, (d) => String(d.subject.sector ?? ''));
    assert.equal(sectors.Pharmacy, 11_455);
    assert.equal(sectors.GP, 6827);
    assert.equal(sectors['Dentist (NHS)'], 4634);
    assert.equal(sectors['Care Home'], 2178);
    assert.equal(sectors['PROFILE NOT COMPLETE'], 275);
    assert.equal(Object.keys(sectors).length, 26);
    assert.deepEqual(
      countBy(result.documents, (d) => d.standard.version ?? ''),
      { '2018-19': 31_917, '2019-20': 51 },
    );
    const types = countBy(result.organisations, (o) => o.type);
    assert.equal(types.pharmacy, 11_455);
    assert.equal(types['gp-practice'], 6827);
    assert.equal(types.other, 275 + (sectors[''] ?? 0));
  });

  it("keeps the DSPT's own codes as register codes, and reads serial dates", () => {
    const gupta = result.documents.find((d) => d.subject.registerCode?.code === 'V10679-765139');
    assert.equal(gupta?.subject.odsCode, undefined);
    assert.equal(gupta?.subject.name, '328 BARING ROAD (V10679 - Dr Gupta)');
    assert.equal(gupta?.issued, '2019-03-27');
    const langdale = result.organisations.find((o) => o.odsCode === 'VM8L1');
    assert.equal(langdale?.name, 'LANGDALE HOUSE LTD');
    assert.equal(langdale?.type, 'care-home');
    const first = result.documents.find((d) => d.subject.odsCode === 'VM8L1');
    assert.equal(first?.issued, '2019-01-25');
    assert.equal(first?.expires, '2020-06-30');
    const lower = result.documents.find((d) => d.subject.registerCode?.code === 'v12951');
    assert.equal(lower?.subject.odsCode, undefined, 'a code in lower case is not made an ODS code');
  });
});

describe('the NHS Standards Directory export', () => {
  const result = importStandardsDirectory(real(DIRECTORY), { source: DIRECTORY });
  const byId = new Map(result.documents.map((s) => [s.id, s]));

  it('makes 140 Standards of 143 entries: the three test entries with no link are reported', () => {
    assert.equal(result.documents.length, 140);
    assert.deepEqual(
      result.problems.map((p) => p.line),
      [658, 659, 660],
    );
  });

  it('maps statuses onto draft, active and retired, keeping the word', () => {
    assert.deepEqual(
      countBy(result.documents, (s) => `${s.status} ${s.statusDetail}`),
      { 'active active': 101, 'draft draft': 37, 'retired deprecated': 1, 'retired retired': 1 },
    );
    assert.deepEqual(
      countBy(result.documents, (s) => s.category ?? ''),
      sorted({
        'Technical standards and specifications': 91,
        'Record standard': 27,
        'Data definitions and terminologies': 16,
        'Information code of practice and governance standard': 6,
      }),
    );
  });

  it('reads JSON arrays and objects in cells, multi-line Markdown and reference codes, and resolves links to other entries', () => {
    const maternity = byId.get('maternity-record');
    assert.ok(maternity);
    assert.equal(maternity.name, 'Maternity Record');
    assert.equal(maternity.publisher, 'Professional Record Standards Body');
    assert.deepEqual(maternity.referenceCodes, ['DCB3066']);
    assert.deepEqual(maternity.careSettings, [
      'Community health',
      'Hospital',
      'Maternity',
      'GP / Primary care',
      'Social care',
      'Urgent and Emergency Care',
    ]);
    assert.equal(maternity.dependencies?.find((d) => d.name === 'SNOMED')?.id, 'snomed-ct');
    assert.equal(
      maternity.dependencies?.find((d) => d.name === 'DCB3009 Healthy Child Programme')?.id,
      'healthy-child-record',
    );
    assert.ok(maternity.related?.some((r) => r.name.startsWith('DCB0160') && r.id));
    assert.deepEqual(byId.get('snomed-ct')?.referenceCodes, ['SCCI0034']);
  });
});

describe('shapes no real file has', () => {
  const HEADER = ['Organisation Name', 'Code', 'Status', 'Date Of Publication', 'Primary Sector'];

  it('finds columns reordered and renamed in other spellings, and leaves out the optional ones missing', () => {
    const text = [
      'organisation_name,latest_status,ods code',
      'A PHARMACY,21/22 Standards Met,FA123',
      'A GP,21/22 Standards Exceeded,A81001',
      'A BRANCH,21/22 Approaching Standards,K81003001',
    ].join('\n');
    const { documents, organisations, problems } = importDspt(text, { snapshotDate: '2022-11-01' });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      documents.map((d) => [d.subject.odsCode, d.subject.name, d.status, d.issued, d.subject.sector]),
      [
        ['FA123', 'A PHARMACY', 'conformant', '2022-11-01', undefined],
        ['A81001', 'A GP', 'conformant', '2022-11-01', undefined],
        ['K81003001', 'A BRANCH', 'partially-conformant', '2022-11-01', undefined],
      ],
    );
    assert.deepEqual(
      organisations.map((o) => o.type),
      ['other', 'other', 'other'],
    );
  });

  it('reads a workbook re-saved with an extra sheet first, dates as serials and as text, formula-looking text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['About this export'], ['Taken from the portal']]);
    const sheet = workbook.addWorksheet('Statuses');
    sheet.addRow(['Published 2019']);
    sheet.addRow(HEADER);
    sheet.addRow(['=HYPERLINK("http://x","A")', 'FA123', 'Standards Met', 43_490, 'Pharmacy']);
    sheet.addRow(['+cmd', 'A81001', 'Entry Level', '25/01/2019', 'GP']);
    sheet.addRow(['@SUM(A1)', 'A81002', 'Standards Met', '2019-03-29', 'GP']);
    sheet.addRow(['BAD DATE', 'A81003', 'Standards Met', '31/02/2019', 'GP']);
    const dir = tempDir('om-dspt-');
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'dspt-2018-19.xlsx');
    await workbook.xlsx.writeFile(file);
    const { documents, problems } = await importDsptWorkbook(file);
    assert.deepEqual(
      documents.map((d) => [d.subject.name, d.issued, d.standard.version, d.status]),
      [
        ['=HYPERLINK("http://x","A")', '2019-01-25', '2018-19', 'conformant'],
        ['+cmd', '2019-01-25', '2018-19', 'partially-conformant'],
        ['@SUM(A1)', '2019-03-29', '2018-19', 'conformant'],
      ],
    );
    assert.deepEqual(
      problems.map((p) => [p.cell, p.message]),
      [['Statuses!D6', 'column "Date Of Publication": expected a date DD/MM/YYYY, found "31/02/2019"']],
    );
  });

  it('keeps a column named __proto__ in the row as published, as a member like the others', () => {
    const text = ['Code,Name,Status,__proto__', 'RGT,A TRUST,22/23 Standards Met,"{""polluted"":true}"'].join('\n');
    const { documents, problems } = importDspt(text, { snapshotDate: '2023-11-16' });
    assert.deepEqual(problems, []);
    const record = documents[0]!.source!.record as Record<string, unknown>;
    assert.deepEqual(Object.keys(record), ['Code', 'Name', 'Status', '__proto__']);
    assert.equal(Object.getPrototypeOf(record), Object.prototype);
    assert.equal(record.__proto__, '{"polluted":true}');
    assert.match(JSON.stringify(record), /"__proto__":"\{\\"polluted\\":true\}"/);
  });

  it('refuses a UTF-16 file with one message naming the encoding', () => {
    const utf16 = Buffer.from(`\ufeff${HEADER.join(',')}\nA,RGT,Standards Met,,\n`, 'utf16le').toString('utf8');
    assert.throws(() => importDspt(utf16), { code: 'ERR_IMPORT_ENCODING', message: /UTF-16/ });
  });
});

describe('openmaturity import, from the importer table', () => {
  const dir = tempDir('om-import-');
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => runCli(args);

  it('imports every real DSPT file and the directory, and validate passes on each tree', async () => {
    for (const [importer, name, extra] of [
      ['dspt', CSUS, ['--organisations']],
      ['dspt', METRIC, ['--organisations']],
      ['standards-directory', DIRECTORY, []],
    ] as const) {
      const out = join(dir, name);
      const imported = await run('import', importer, path(name), '--out', out, ...extra);
      assert.match(imported.stdout, /wrote \d+ documents/, imported.stderr);
      const validated = await run('validate', out);
      assert.equal(
        validated.code,
        0,
        validated.stdout
          .split('\n')
          .filter((l) => l.startsWith('invalid'))
          .join('\n'),
      );
    }
  });

  it('says an empty file yields nothing, with exit status 1', async () => {
    const empty = join(dir, 'empty.csv');
    (await import('node:fs')).writeFileSync(empty, '');
    const result = await run('import', 'ods', empty, '--out', join(dir, 'empty'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /is empty/);
  });

  it('names the importers of the table in its help', async () => {
    const help = await run('import', '--help');
    for (const name of ['dspt', 'ods', 'assessment', 'standards-directory'])
      assert.match(help.stdout, new RegExp(name));
  });
});
