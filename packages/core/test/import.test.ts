/**
 * The importers against the real NHS files in data/real/ and against the broken and
 * hostile inputs real exports turn into. The expected counts were taken from the files with
 * Python's csv module and grep, not from the importers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDocument } from '../src/format/parse.js';
import {
  CsvError,
  ImportError,
  importDspt,
  importOdsTrusts,
  isCsvError,
  isImportError,
  parseCsv,
} from '../src/import/index.js';
import { inferTrustType } from '../src/import/trust-type.js';
import { titleCase } from '../src/import/title-case.js';

// The repository's copy of shared/data/real/, unchanged, so a fresh clone tests on its own.
const REAL = new URL('../../../data/real/', import.meta.url);
const FIXTURES = new URL('./fixtures/import/', import.meta.url);
const real = (name: string) => readFileSync(new URL(name, REAL), 'utf8');
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

const TRUSTS = 'dspt-trusts-2022-23-snapshot-2023-11-16.csv';
const ICBS = 'dspt-icbs-2022-23-snapshot-2023-11-16.csv';
const ODS = 'ods-etr-trusts-2023.csv';
const SNAPSHOT = '2023-11-16';

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

const HEADER = ',Code,Organisation Name,Status,Date Of Publication';
const row = (index: number, code: string, name: string, status = '22/23 Standards Met', date = '30/06/2023') =>
  `${index},${code},${name},${status},${date}`;

describe('importDspt on the real 2022-23 trust list', () => {
  const result = importDspt(real(TRUSTS), { source: TRUSTS, snapshotDate: SNAPSHOT });
  const byCode = new Map(result.documents.map((d) => [d.subject.odsCode, d]));

  it('makes a statement of each of the 211 trusts, with no problem', () => {
    assert.deepEqual(result.problems, []);
    assert.equal(result.documents.length, 211);
    assert.equal(byCode.size, 211);
  });

  it('keeps each status as published, in the counts of the file', () => {
    // python3 csv.DictReader + collections.Counter, and grep -c ',22/23 Standards Met,' etc.
    assert.deepEqual(
      countBy(result.documents, (d) => d.statusDetail ?? ''),
      {
        '22/23 Standards Met': 138,
        '22/23 Approaching Standards': 57,
        '22/23 Standards Exceeded': 15,
        'Not Published': 1,
      },
    );
    assert.deepEqual(
      countBy(result.documents, (d) => d.status),
      { conformant: 153, 'partially-conformant': 57, 'in-progress': 1 },
    );
  });

  it('makes documents that are valid ConformanceStatements', () => {
    for (const d of result.documents)
      assert.doesNotThrow(() => parseDocument(d, { kind: 'ConformanceStatement' }), d.id);
  });

  it('fills id, subject, standard, issuer and dates from the row', () => {
    const d = byCode.get('R0A');
    assert.ok(d);
    assert.equal(d.id, 'dspt-2022-23-R0A');
    assert.deepEqual(d.standard, { id: 'dspt', version: '2022-23', name: 'DSPT' });
    assert.equal(d.subject.name, 'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST');
    assert.equal(d.status, 'conformant');
    assert.equal(d.issued, '2023-06-30');
    assert.equal(d.expires, '2024-06-30');
    assert.equal(d.issuer.id, 'https://www.dsptoolkit.nhs.uk/');
    assert.equal(d.source?.retrieved, SNAPSHOT);
    assert.deepEqual(d.subject.region, { code: 'Y62', name: 'North West' });
    assert.deepEqual(d.subject.icb, { code: 'QOP', name: 'NHS GREATER MANCHESTER INTEGRATED CARE BOARD' });
    const record = d.source?.record as Record<string, string>;
    assert.equal(record['Organisation Name'], 'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST');
    assert.equal(record['(column 1)'], '0');
    assert.equal(record.lat, '53.46244');
  });

  it("removes a trailing copy of the row's own code from the name, and nothing else in brackets", () => {
    assert.equal(byCode.get('R0B')?.subject.name, 'SOUTH TYNESIDE AND SUNDERLAND NHS FOUNDATION TRUST');
    assert.equal(byCode.get('RLQ')?.subject.name, 'WYE VALLEY NHS TRUST');
    assert.equal(byCode.get('RY4')?.subject.name, 'Hertfordshire Community NHS Trust');
    const derbyshire = result.documents.find((d) => d.subject.name.startsWith('Derbyshire Community'));
    assert.equal(derbyshire?.subject.name, 'Derbyshire Community Health Services NHS Trust (East Midlands)');
    assert.equal(
      (byCode.get('R0B')?.source?.record as Record<string, string>)['Organisation Name'],
      'SOUTH TYNESIDE AND SUNDERLAND NHS FOUNDATION TRUST (R0B)',
    );
  });

  it('reads a quoted name with a comma', () => {
    assert.equal(byCode.get('RF4')?.subject.name, 'BARKING, HAVERING AND REDBRIDGE HOSPITALS NHS TRUST');
  });

  it('makes Not Published "in-progress", issued on the snapshot day, and says why', () => {
    const yeovil = byCode.get('RA4');
    assert.ok(yeovil);
    assert.equal(yeovil.status, 'in-progress');
    assert.equal(yeovil.statusDetail, 'Not Published');
    assert.equal(yeovil.standard.version, '2022-23');
    assert.equal(yeovil.issued, SNAPSHOT);
    assert.match(
      yeovil.scope ?? '',
      /No 2022-23 .* published on the DSPT portal at the time of the snapshot \(2023-11-16\)/,
    );
    assert.match(yeovil.scope ?? '', /2022-06-28/);
  });

  it('without a snapshot date, issues Not Published on the date the list gives', () => {
    const yeovil = importDspt(real(TRUSTS)).documents.find((d) => d.subject.odsCode === 'RA4');
    assert.equal(yeovil?.issued, '2022-06-28');
    assert.equal(yeovil?.source?.retrieved, undefined);
  });
});

describe('importDspt on the real 2022-23 ICB list', () => {
  const result = importDspt(real(ICBS), { snapshotDate: SNAPSHOT });

  it('makes a statement of each of the 42 ICBs, with no problem', () => {
    assert.deepEqual(result.problems, []);
    assert.equal(result.documents.length, 42);
    assert.deepEqual(
      countBy(result.documents, (d) => d.statusDetail ?? ''),
      {
        '22/23 Standards Met': 34,
        '22/23 Standards Exceeded': 7,
        '22/23 Approaching Standards': 1,
      },
    );
  });

  it('reads the ICB23 columns by their pattern', () => {
    const d = result.documents.find((x) => x.subject.odsCode === 'QRV');
    assert.deepEqual(d?.subject.icb, {
      code: 'QRV',
      name: 'NHS North West London Integrated Care Board',
      onsCode: 'E54000027',
    });
    assert.equal(d?.subject.sector, 'CCG / Integrated Care Board (ICB)');
  });

  it('reads other boundary years, such as ICB22CD', () => {
    const text =
      ',ICB22CD,ICB22CDH,ICB22NM,Code,Organisation Name,Status,Date Of Publication\n0,E54000027,QRV,NHS North West London ICB,QRV,NHS NORTH WEST LONDON ICB,22/23 Standards Met,26/06/2023';
    const [d] = importDspt(text).documents;
    assert.deepEqual(d?.subject.icb, { code: 'QRV', name: 'NHS North West London ICB', onsCode: 'E54000027' });
  });
});

describe('importDspt on other exports', () => {
  it("reads another year's export: columns reordered, an extra column, 21/22 statuses", () => {
    const { documents, problems } = importDspt(fixture('dspt-2021-22-reordered.csv'), { snapshotDate: '2022-11-01' });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      documents.map((d) => [d.id, d.subject.name, d.status, d.statusDetail, d.issued, d.expires]),
      [
        [
          'dspt-2021-22-R0A',
          'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST',
          'conformant',
          '21/22 Standards Met',
          '2022-06-29',
          '2023-06-30',
        ],
        [
          'dspt-2021-22-RLQ',
          'WYE VALLEY NHS TRUST',
          'conformant',
          '21/22 Standards Exceeded',
          '2022-06-30',
          '2023-06-30',
        ],
        [
          'dspt-2021-22-R0D',
          'University Hospitals Dorset NHS Foundation Trust',
          'partially-conformant',
          '21/22 Standards Not Fully Met (Plan Agreed)',
          '2022-07-01',
          '2023-06-30',
        ],
        [
          'dspt-2021-22-R1C',
          'Solent NHS Trust',
          'not-conformant',
          '21/22  standards not met',
          '2022-06-30',
          '2023-06-30',
        ],
        [
          'dspt-2021-22-R1D',
          'Shropshire Community Health NHS Trust',
          'in-progress',
          'Not Published',
          '2022-11-01',
          '2023-06-30',
        ],
      ],
    );
    assert.equal((documents[1]?.source?.record as Record<string, string>).Notes, 'Cyber Essentials Plus, renewed');
  });

  it('takes the year of Not Published rows from the year option over the file', () => {
    const { documents } = importDspt(fixture('dspt-2021-22-reordered.csv'), {
      snapshotDate: '2022-11-01',
      year: '2022-23',
    });
    assert.equal(documents.find((d) => d.subject.odsCode === 'R1D')?.id, 'dspt-2022-23-R1D');
    assert.equal(documents.find((d) => d.subject.odsCode === 'R0A')?.id, 'dspt-2021-22-R0A');
  });

  it('reports a Not Published row with no date and no snapshot date, and reads the others', () => {
    const { documents, problems } = importDspt(fixture('dspt-2021-22-reordered.csv'));
    assert.equal(documents.length, 4);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 6);
    assert.match(problems[0]?.message ?? '', /DATE OF PUBLICATION.*snapshotDate/);
  });

  it('reports a row with a bad ODS code on its line and reads the others', () => {
    const { documents, problems } = importDspt(fixture('dspt-one-bad-row.csv'));
    assert.deepEqual(
      documents.map((d) => d.subject.odsCode),
      ['R0A', 'R0B', 'R1A', 'R1C'],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 5);
    assert.equal(
      problems[0]?.message,
      'column "Code": expected an ODS code: 1 to 9 uppercase letters or digits, or a DSPT code such as V10679-765139, found "r0d!"',
    );
    assert.equal(problems[0]?.row?.[2], 'UNIVERSITY HOSPITALS DORSET NHS FOUNDATION TRUST');
  });

  it('reports an unknown status, a bad date and a wrong number of fields, naming column and value', () => {
    const text = [
      HEADER,
      row(0, 'R0A', 'A TRUST', '22/23 Standards Probably Met'),
      row(1, 'R0B', 'B TRUST', '22/23 Standards Met', '31/02/2023'),
      `${row(2, 'R0D', 'C TRUST')},extra`,
      row(3, 'R1A', 'D TRUST', '22/24 Standards Met'),
      row(4, 'R1C', 'E TRUST'),
      row(5, 'R1C', 'E TRUST AGAIN'),
    ].join('\n');
    const { documents, problems } = importDspt(text);
    assert.deepEqual(
      documents.map((d) => d.subject.odsCode),
      ['R1C'],
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [
        [
          2,
          'column "Status": expected a DSPT status such as "22/23 Standards Met", "Standards Met (19-20)", "Entry Level" or "Not Published", found "22/23 Standards Probably Met"',
        ],
        [3, 'column "Date Of Publication": expected a date DD/MM/YYYY, found "31/02/2023"'],
        [4, 'expected 5 fields, as in the header row, found 6'],
        [
          5,
          'column "Status": expected a DSPT status such as "22/23 Standards Met", "Standards Met (19-20)", "Entry Level" or "Not Published", found "22/24 Standards Met"',
        ],
        [7, 'column "Code": expected a code not already listed, found "R1C" (already on line 6)'],
      ],
    );
  });

  it('throws an ImportError naming a missing header and the headers found', () => {
    const text = ',Code,Organisation Name,Date Of Publication\n0,R0A,A TRUST,30/06/2023';
    assert.throws(
      () => importDspt(text, { source: 'old.csv' }),
      (error: unknown) => {
        assert.ok(error instanceof ImportError);
        assert.ok(isImportError(error));
        assert.equal(error.code, 'ERR_IMPORT_HEADER');
        assert.deepEqual(error.missing, ['Status']);
        assert.deepEqual(error.found, ['', 'Code', 'Organisation Name', 'Date Of Publication']);
        assert.match(
          error.message,
          /^old\.csv: .*missing the column "Status"; found the headers "", "Code", "Organisation Name", "Date Of Publication"$/,
        );
        return true;
      },
    );
  });

  it('throws an ImportError for a header that appears twice', () => {
    assert.throws(() => importDspt(`${HEADER},status\n${row(0, 'R0A', 'A TRUST')},x`), {
      code: 'ERR_IMPORT_HEADER',
      message: /"Status" appears 2 times/,
    });
  });

  it('throws an ImportError for an empty file, and for malformed options', () => {
    // Issue #15: a file that yields nothing is an error, never "wrote 0 documents".
    assert.throws(() => importDspt(''), { code: 'ERR_IMPORT_EMPTY', message: /the file is empty/ });
    assert.throws(() => importDspt('\uFEFF\r\n\r\n'), { code: 'ERR_IMPORT_EMPTY' });
    // Every code of the class is recognised by its guard (EMPTY and ENCODING were not).
    assert.throws(
      () => importDspt(''),
      (error) => isImportError(error),
    );
    const utf16 = Buffer.from(`\ufeff${HEADER}\n`, 'utf16le').toString('utf8');
    assert.throws(
      () => importDspt(utf16),
      (error) => isImportError(error) && error.code === 'ERR_IMPORT_ENCODING',
    );
    assert.throws(() => importDspt(HEADER, { snapshotDate: '16/11/2023' }), {
      code: 'ERR_IMPORT_OPTIONS',
      message: /snapshotDate/,
    });
    assert.throws(() => importDspt(HEADER, { year: '2022-24' }), { code: 'ERR_IMPORT_OPTIONS', message: /year/ });
  });

  it('reads a header row and nothing else as no documents and no problems', () => {
    assert.deepEqual(importDspt(HEADER), { documents: [], organisations: [], problems: [] });
  });

  it('keeps line numbers right after a quoted field with a line break and ""', () => {
    const text = [
      HEADER,
      '0,R0A,"THE ""QUOTED""\nTRUST",22/23 Standards Met,30/06/2023',
      row(1, 'b@d', 'B TRUST'),
    ].join('\n');
    const { documents, problems } = importDspt(text);
    assert.equal(documents[0]?.subject.name, 'THE "QUOTED"\nTRUST');
    assert.equal(documents[0]?.source?.line, 2);
    assert.deepEqual(
      problems.map((p) => p.line),
      [4],
    );
  });

  it('reports the line where an unterminated quote opens and reads the rows after it (issue #15)', () => {
    const text = [
      HEADER,
      row(0, 'R0A', 'A TRUST'),
      '1,R0B,"B TRUST,22/23 Standards Met,30/06/2023',
      row(2, 'R0D', 'C TRUST'),
    ].join('\n');
    const { documents, problems } = importDspt(text);
    assert.deepEqual(
      documents.map((d) => d.subject.odsCode),
      ['R0A', 'R0D'],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3],
    );
    assert.match(problems[0]!.message, /quoted field opens on this line and runs to the end of the file/);
    // parseCsv itself still refuses the text, naming the line.
    assert.throws(
      () => parseCsv(text),
      (error: unknown) => {
        assert.ok(error instanceof CsvError);
        assert.ok(isCsvError(error));
        assert.equal(error.code, 'ERR_CSV');
        assert.equal(error.line, 3);
        assert.match(error.message, /^line 3: /);
        return true;
      },
    );
  });

  it('loses no row to a stray quote that closes many lines later: the broken line is reported, the swallowed rows read', () => {
    const lines = [HEADER];
    for (let i = 0; i < 120; i++) lines.push(row(i, `R${String(i).padStart(3, '0')}`, `TRUST ${i}`));
    lines[102] = '101,R101,"STRAY TRUST,22/23 Standards Met,30/06/2023';
    lines[119] = '118,R118,CLOSING" TRUST,22/23 Standards Met,30/06/2023';
    const { documents, problems } = importDspt(lines.join('\n'));
    assert.equal(documents.length, 119);
    assert.deepEqual(
      problems.map((p) => p.line),
      [103],
    );
    assert.match(problems[0]!.message, /runs to line 120/);
    assert.ok(documents.some((d) => d.subject.odsCode === 'R118'));
  });

  it('reads a file with a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${[HEADER, row(0, 'R0A', 'A TRUST'), row(1, 'b@d', 'B TRUST')].join('\r\n')}\r\n`;
    const { documents, problems } = importDspt(text);
    assert.deepEqual(
      documents.map((d) => [d.subject.odsCode, d.subject.name, d.issued]),
      [['R0A', 'A TRUST', '2023-06-30']],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3],
    );
    assert.equal(Object.keys(documents[0]?.source?.record as object)[0], '(column 1)');
  });

  it('keeps markup in a name as text', () => {
    const name = '<script>alert("x")</script> NHS TRUST';
    const { documents } = importDspt(
      [HEADER, `0,R0A,"${name.replace(/"/g, '""')}",22/23 Standards Met,30/06/2023`].join('\n'),
    );
    assert.equal(documents[0]?.subject.name, name);
  });

  it('reads 100,000 generated rows', () => {
    const lines = [HEADER];
    for (let i = 0; i < 100_000; i++)
      lines.push(row(i, `R${i.toString(36).toUpperCase().padStart(4, '0')}`, `TRUST NUMBER ${i}`));
    const { documents, problems } = importDspt(lines.join('\n'));
    assert.equal(problems.length, 0);
    assert.equal(documents.length, 100_000);
    assert.equal(documents.at(-1)?.source?.line, 100_001);
  });
});

describe('importOdsTrusts on the real 2023 etr file', () => {
  const result = importOdsTrusts(real(ODS));
  const byCode = new Map(result.documents.map((d) => [d.odsCode, d]));

  it('makes an organisation of each of the 211 trusts, with no problem', () => {
    assert.deepEqual(result.problems, []);
    assert.equal(result.documents.length, 211);
    assert.equal(byCode.size, 211);
    for (const d of result.documents) assert.doesNotThrow(() => parseDocument(d, { kind: 'Organisation' }), d.odsCode);
  });

  it('places each trust in its region, in the counts of the file', () => {
    // awk -F'","' '{print $3}' ods-etr-trusts-2023.csv | sort | uniq -c
    assert.deepEqual(
      countBy(result.documents, (d) => `${d.region?.code} ${d.region?.name}`),
      {
        'Y56 London': 33,
        'Y58 South West': 20,
        'Y59 South East': 30,
        'Y60 Midlands': 40,
        'Y61 East of England': 22,
        'Y62 North West': 32,
        'Y63 North East and Yorkshire': 31,
        'W00 Wales': 3,
      },
    );
  });

  it('reads code, name, ICB, address, postcode and dates by position', () => {
    const d = byCode.get('R0D');
    assert.ok(d);
    assert.equal(d.name, 'UNIVERSITY HOSPITALS DORSET NHS FOUNDATION TRUST');
    assert.equal(d.displayName, 'University Hospitals Dorset NHS Foundation Trust');
    assert.deepEqual(d.icb, { code: 'QVV' });
    assert.deepEqual(d.address, ['MANAGEMENT OFFICES', 'POOLE HOSPITAL', 'LONGFLEET ROAD', 'POOLE']);
    assert.equal(d.postcode, 'BH15 2JB');
    assert.equal(d.opened, '2020-10-01');
    assert.equal(d.closed, undefined);
  });

  it('keeps the close dates of the two closed trusts', () => {
    assert.deepEqual(
      result.documents.filter((d) => d.closed).map((d) => [d.odsCode, d.closed]),
      [
        ['RA4', '2023-03-31'],
        ['RVY', '2023-06-30'],
      ],
    );
  });

  it('gives Welsh trusts no ICB', () => {
    const welsh = result.documents.filter((d) => d.region?.code === 'W00');
    assert.deepEqual(welsh.map((d) => d.odsCode).sort(), ['RQF', 'RT4', 'RYT']);
    for (const d of welsh) assert.equal(d.icb, undefined);
  });

  it('marks the type as inferred from the name', () => {
    assert.ok(result.documents.every((d) => d.typeInferred === true));
    assert.equal(byCode.get('RX9')?.type, 'ambulance-trust');
    assert.equal(byCode.get('RW4')?.type, 'mental-health-trust'); // Mersey Care
    assert.equal(byCode.get('RYX')?.type, 'community-trust'); // Central London Community Healthcare
    assert.equal(byCode.get('R0A')?.type, 'acute-trust');
    assert.equal(byCode.get('RYT')?.type, 'other'); // Public Health Wales
  });
});

describe('importOdsTrusts on broken input', () => {
  it('reports a bad date and a short row on their lines and reads the others', () => {
    const { documents, problems } = importOdsTrusts(fixture('ods-with-bad-rows.csv'));
    assert.deepEqual(
      documents.map((d) => d.odsCode),
      ['R0A', 'R1A'],
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [
        [2, 'column "open date": expected a date YYYYMMDD, found "2019-04-01"'],
        [3, 'expected at least 12 fields (code, name, ..., close date), found 3'],
      ],
    );
  });

  it('reports a bad code, a close date before the open date, and a repeated code', () => {
    const fields = (code: string, opened = '20200101', closed = '') =>
      [code, 'A TRUST', 'Y56', 'QOP', '', '', '', '', '', 'N1 1AA', opened, closed].map((f) => `"${f}"`).join(',');
    const { documents, problems } = importOdsTrusts(
      [fields('R0A'), fields('r0b'), fields('R0D', '20200101', '20190101'), fields('R0A')].join('\n'),
    );
    assert.deepEqual(
      documents.map((d) => d.odsCode),
      ['R0A'],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [2, 3, 4],
    );
    assert.match(problems[0]?.message ?? '', /column "organisation code".*"r0b"/);
    assert.match(
      problems[1]?.message ?? '',
      /column "close date": expected a date on or after the open date \(2020-01-01\), found "20190101"/,
    );
    assert.match(problems[2]?.message ?? '', /already on line 1/);
  });

  it('refuses an empty file: it yields nothing (issue #15)', () => {
    assert.throws(() => importOdsTrusts(''), { code: 'ERR_IMPORT_EMPTY', message: /is empty/ });
  });
});

describe('parseCsv', () => {
  it('reads quotes, "" escapes, commas and line breaks inside quotes', () => {
    assert.deepEqual(parseCsv('a,"b,c","d ""e""","f\ng"\nh,,i\n'), [
      { line: 1, fields: ['a', 'b,c', 'd "e"', 'f\ng'] },
      { line: 3, fields: ['h', '', 'i'] },
    ]);
  });

  it('reads CRLF, LF and bare CR alike, skips blank lines and drops a BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\r\n\r\nc,d\n\ne\rf'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
      { line: 5, fields: ['e'] },
      { line: 6, fields: ['f'] },
    ]);
  });

  it('counts a CRLF inside quotes as one line, and a bare CR as one', () => {
    assert.deepEqual(parseCsv('"x\r\ny",1\r\nz\n"p\rq"\nr'), [
      { line: 1, fields: ['x\r\ny', '1'] },
      { line: 3, fields: ['z'] },
      { line: 4, fields: ['p\rq'] },
      { line: 6, fields: ['r'] },
    ]);
  });

  it('keeps a trailing empty field and text after a closing quote', () => {
    assert.deepEqual(parseCsv('a,\n"b"c,d'), [
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: ['bc', 'd'] },
    ]);
  });

  it('reads an empty text as no records', () => {
    assert.deepEqual(parseCsv(''), []);
    assert.deepEqual(parseCsv('\uFEFF'), []);
  });

  it('throws a CsvError on the line where an unterminated quote opens', () => {
    assert.throws(() => parseCsv('a\nb\n"c\nd\ne'), { name: 'CsvError', code: 'ERR_CSV', line: 3 });
  });

  it('reads 50 MB in linear time without deep recursion', () => {
    const quoted = `"${'x,""\n'.repeat(2_000_000)}"`; // one 10 MB field over 2,000,000 lines
    const rows = 'R0A,SOME NHS TRUST,22/23 Standards Met,30/06/2023\n'.repeat(800_000); // 40 MB
    const text = `${quoted}\n${rows}`;
    assert.ok(text.length > 50_000_000);
    const started = performance.now();
    const records = parseCsv(text);
    const elapsed = performance.now() - started;
    assert.equal(records.length, 800_001);
    assert.equal(records[0]?.fields[0]?.length, 8_000_000);
    assert.equal(records[1]?.line, 2_000_002);
    assert.equal(records.at(-1)?.line, 2_800_001);
    assert.ok(elapsed < 20_000, `took ${Math.round(elapsed)} ms`);
  });
});

describe('helpers', () => {
  it('title-cases ODS names, keeping NHS and lower-casing small words', () => {
    assert.equal(titleCase("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"), "Guy's and St Thomas' NHS Foundation Trust");
    assert.equal(
      titleCase('THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST'),
      'The Newcastle upon Tyne Hospitals NHS Foundation Trust',
    );
    assert.equal(titleCase('ISLE OF WIGHT NHS TRUST'), 'Isle of Wight NHS Trust');
  });

  it('infers trust types by the documented rules, in order', () => {
    assert.equal(inferTrustType('WELSH AMBULANCE SERVICES NHS TRUST'), 'ambulance-trust');
    assert.equal(inferTrustType('AVON AND WILTSHIRE MENTAL HEALTH PARTNERSHIP NHS TRUST'), 'mental-health-trust');
    assert.equal(inferTrustType('PENNINE CARE NHS FOUNDATION TRUST'), 'mental-health-trust');
    assert.equal(inferTrustType('TAMESIDE AND GLOSSOP INTEGRATED CARE NHS FOUNDATION TRUST'), 'acute-trust');
    assert.equal(inferTrustType('KENT COMMUNITY HEALTH NHS FOUNDATION TRUST'), 'community-trust');
  });
});

it('the repository copy of the real data is the shared reference data, unchanged', () => {
  const shared = new URL('../../../../shared/data/real/', import.meta.url);
  let names: string[];
  try {
    names = readdirSync(shared).filter((name) => name !== 'README.md');
  } catch {
    return; // shared/ is beside the repository on project machines only
  }
  assert.ok(names.length >= 7, names.join(', '));
  for (const name of names)
    assert.ok(readFileSync(new URL(name, shared)).equals(readFileSync(new URL(name, REAL))), name);
});
