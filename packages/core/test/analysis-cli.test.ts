/** The analyst's commands: score, benchmark, rank, summarise, change and export, on files, folders and a served tree. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  parseDocument,
  summariseStatements,
  type Assessment,
  type ConformanceStatement,
  type Organisation,
} from '@openmaturity/core';
import { importDspt, importOdsTrusts } from '@openmaturity/core/import';
import { smallAssessment, smallFramework } from './helpers.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp.js';

const run = runCli;

const temp = () => tempDir('openmaturity-analysis-');
const real = new URL('../../../data/real/', import.meta.url).pathname;
const write = (dir: string, name: string, document: unknown) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), JSON.stringify(document));
};

/** The real 2022/23 DSPT trust list and the ODS trust file, as documents in two folders. */
function realTrusts(): { dir: string; statements: ConformanceStatement[]; organisations: Organisation[] } {
  const dir = temp();
  const statements = importDspt(readFileSync(join(real, 'dspt-trusts-2022-23-snapshot-2023-11-16.csv'), 'utf8'), {
    snapshotDate: '2023-11-16',
  }).documents;
  const organisations = importOdsTrusts(readFileSync(join(real, 'ods-etr-trusts-2023.csv'), 'utf8')).documents;
  for (const s of statements) write(join(dir, 'dspt'), `${s.id}.json`, s);
  for (const o of organisations) write(join(dir, 'organisations'), `${o.odsCode}.json`, o);
  return { dir, statements, organisations };
}

describe('openmaturity summarise, on the real 2022/23 DSPT trust list', () => {
  const { dir, statements, organisations } = realTrusts();

  test('a table per region, in the portal words, read as of the snapshot day', async () => {
    const { code, stdout, stderr } = await run(['summarise', join(dir, 'dspt'), '--by', 'region']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^DSPT, as of 2023-11-16, by region/);
    assert.match(stdout, /London \(Y56\) +34 +23 \(67\.6%\) +11 \(32\.4%\)/);
    assert.match(stdout, /^All +211 +138 \(65\.4%\) +57 \(27\.0%\) +15 \(7\.1%\) +1 \(0\.5%\) +0$/m);
  });

  test('--json is the engine summary; --where filters by the Organisation documents', async () => {
    const { stdout } = await run(['summarise', dir, '--by', 'type', '--where', 'region=Y56', '--json']);
    const expected = summariseStatements(statements, {
      by: 'type',
      organisations,
      where: (m) => (m.organisation?.region?.code ?? (m.statement.subject.region as { code?: string })?.code) === 'Y56',
    });
    assert.deepEqual(JSON.parse(stdout), JSON.parse(JSON.stringify(expected)));
    assert.equal(expected.overall.organisations, 34);
  });

  test('--csv: one tidy row per cohort and status or wording', async () => {
    const { stdout } = await run(['summarise', join(dir, 'dspt'), '--by', 'icb', '--csv']);
    const lines = stdout.split('\r\n');
    assert.equal(
      lines[0],
      'standard_id,as_of,by,cohort_id,cohort_label,organisations,suppressed,measure,value,status,count,share',
    );
    assert.ok(
      lines.includes('dspt,2023-11-16,icb,QR1,NHS GLOUCESTERSHIRE INTEGRATED CARE BOARD,2,true,suppressed,,,,'),
    );
    assert.ok(
      lines.includes(
        'dspt,2023-11-16,icb,QYG,NHS CHESHIRE AND MERSEYSIDE INTEGRATED CARE BOARD,16,false,wording,Standards Met,conformant,12,0.75',
      ),
    );
  });
});

describe('openmaturity change', () => {
  const statement = (code: string, detail: string, status: string, issued: string, successor?: string) => ({
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id: `dspt-${code}-${issued}`,
    subject: { type: 'organisation', name: `Trust ${code}`, odsCode: code, ...(successor ? { successor } : {}) },
    standard: { id: 'dspt', name: 'DSPT' },
    status,
    statusDetail: detail,
    issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'DSPT' },
    issued,
  });

  test('moves in the published words, the successor followed, the unmatched named', async () => {
    const dir = temp();
    const earlier = [
      ['R01', '20/21 Standards Met', 'conformant'],
      ['R02', '20/21 Standards Met', 'conformant'],
      ['R03', '20/21 Standards Not Fully Met (Plan Agreed)', 'partially-conformant'],
      ['R04', '20/21 Standards Met', 'conformant'],
      ['R05', '20/21 Standards Met', 'conformant'],
      ['RX1', '20/21 Standards Met', 'conformant', 'R05'],
      ['RZ1', '20/21 Standards Met', 'conformant'],
    ];
    for (const [code, detail, status, successor] of earlier)
      write(join(dir, 'a'), `${code}.json`, statement(code!, detail!, status!, '2021-06-30', successor));
    for (const [code, detail, status] of [
      ['R01', '22/23 Standards Met', 'conformant'],
      ['R02', '22/23 Approaching Standards', 'partially-conformant'],
      ['R03', '22/23 Standards Met', 'conformant'],
      ['R04', '22/23 Standards Exceeded', 'conformant'],
      ['R05', '22/23 Standards Met', 'conformant'],
      ['RN1', '22/23 Standards Met', 'conformant'],
    ])
      write(join(dir, 'b'), `${code}.json`, statement(code!, detail!, status!, '2023-06-30'));

    const { code, stdout } = await run(['change', join(dir, 'a'), join(dir, 'b')]);
    assert.equal(code, 0);
    assert.match(stdout, /DSPT: 2021-06-30 \(7 organisations\) -> 2023-06-30 \(6\)/);
    assert.match(stdout, /^All +6 +1 +1 +4 +0$/m);
    assert.match(stdout, /Standards Not Fully Met \(Plan Agreed\) +Standards Met +1/);
    assert.match(stdout, /followed to a successor: RX1 -> R05/);
    assert.match(stdout, /not in the later snapshot \(1\): RZ1/);
    assert.match(stdout, /not in the earlier snapshot \(1\): RN1/);

    const csv = (await run(['change', join(dir, 'a'), join(dir, 'b'), '--csv'])).stdout.split('\r\n');
    assert.ok(
      csv.includes(
        'dspt,2021-06-30,2023-06-30,all,all,All organisations,6,false,status,conformant,partially-conformant,1',
      ),
    );
    const json = JSON.parse((await run(['change', join(dir, 'a'), join(dir, 'b'), '--json'])).stdout);
    assert.deepEqual(json.followed, [{ from: 'RX1', to: 'R05' }]);
  });

  test('two snapshots are needed', async () => {
    const { code, stderr } = await run(['change', temp()]);
    assert.equal(code, 2);
    assert.match(stderr, /change needs two snapshots/);
  });
});

describe('openmaturity score, benchmark and rank', () => {
  const dir = temp();
  const framework = smallFramework();
  // Six acute trusts in two regions, and one community trust; values chosen so scores are easy.
  const trusts: [string, string, Organisation['type'], number][] = [
    ['RA1', 'Y56', 'acute-trust', 1],
    ['RA2', 'Y56', 'acute-trust', 2],
    ['RA3', 'Y56', 'acute-trust', 3],
    ['RA4', 'Y58', 'acute-trust', 4],
    ['RA5', 'Y58', 'acute-trust', 5],
    ['RA6', 'Y58', 'acute-trust', 5],
    ['RC1', 'Y58', 'community-trust', 1],
  ];
  before(() => {
    write(dir, 'framework.json', framework);
    for (const [odsCode, region, type, level] of trusts) {
      const assessment: Assessment = smallAssessment({
        id: `${odsCode}-2024-25`,
        organisation: { odsCode },
        responses: [{ indicator: 'wifi', value: level }],
      });
      write(join(dir, 'assessments'), `${odsCode}.json`, assessment);
      write(join(dir, 'organisations'), `${odsCode}.json`, {
        kind: 'Organisation',
        schemaVersion: '1.0',
        odsCode,
        name: `Trust ${odsCode}`,
        type,
        region: { code: region },
      });
    }
  });

  test('score: one line per assessment, overall score and how much was answered', async () => {
    const { code, stdout } = await run(['score', dir]);
    assert.equal(code, 0);
    // Level 1 of 1-5 scores 0, level 5 scores 100; one of four indicators answered.
    assert.match(stdout, /^RA1 +2024-25 +test-fw 1 +0 +Level 1 +25\.0%$/m);
    assert.match(stdout, /^RA5 +2024-25 +test-fw 1 +100 +Level 5 +25\.0%$/m);
    assert.match(stdout, /7 assessments scored/);
    const csv = (await run(['score', dir, '--csv', '--where', 'type=community-trust'])).stdout.split('\r\n');
    assert.equal(
      csv[1],
      'RC1,RC1-2024-25,2024-25,2024-04-01,2025-03-31,test-fw,1,overall,,0,Level 1,1,4,0.25,community-trust,Y58,',
    );
    assert.equal(csv.length, 5); // header, overall, two domains, and the empty string after the last CRLF
  });

  test('benchmark --json gives Benchmark documents that validate; --by type suppresses the small cohort', async () => {
    const { code, stdout } = await run([
      'benchmark',
      dir,
      '--by',
      'type',
      '--json',
      '--computed',
      '2025-01-01T00:00:00Z',
    ]);
    assert.equal(code, 0);
    const documents = JSON.parse(stdout) as unknown[];
    const [acute, community] = documents.map((d) => parseDocument(d, { kind: 'Benchmark' }));
    assert.deepEqual(acute!.cohort, { id: 'acute-trust', label: 'acute-trust', organisationType: 'acute-trust' });
    // Scores 0, 25, 50, 75, 100, 100.
    assert.deepEqual(acute!.overall, {
      count: 6,
      min: 0,
      lowerQuartile: 31.25,
      median: 62.5,
      upperQuartile: 93.75,
      max: 100,
    });
    assert.deepEqual(community!.overall, { count: 1, suppressed: true });
    const out = temp();
    await run(['benchmark', dir, '--where', 'type=acute-trust', '--by', 'region', '--min-cohort', '3', '--out', out]);
    const london = parseDocument(
      JSON.parse(readFileSync(join(out, 'test-fw-1-Y56-acute-trust-2024-25.json'), 'utf8')),
      { kind: 'Benchmark' },
    );
    assert.equal(london.overall.median, 25);
  });

  test('rank --ods: rank and percentile in the cohort, ties sharing the best rank', async () => {
    const { code, stdout } = await run(['rank', dir, '--ods', 'RA5', '--ods', 'ra1', '--json']);
    assert.equal(code, 0);
    const [ra5, ra1] = JSON.parse(stdout);
    assert.deepEqual([ra5.rank, ra5.tiedWith, ra5.count, ra5.percentile], [1, 1, 7, 85.7]);
    assert.deepEqual([ra1.rank, ra1.tiedWith], [6, 1]);
    const missing = await run(['rank', dir, '--ods', 'RQ9']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /RQ9: no assessment among the inputs/);
  });

  test('an assessment without its framework, and a broken file, are reported; the rest are read', async () => {
    const other = temp();
    write(other, 'lonely.json', smallAssessment({ framework: { id: 'other-fw', version: '9' } }));
    writeFileSync(join(other, 'broken.json'), '{ "kind": ');
    const { code, stdout, stderr } = await run(['score', dir, other]);
    assert.equal(code, 1);
    assert.match(stderr, /lonely\.json: framework other-fw 9 is not among the inputs/);
    assert.match(stderr, /broken\.json: \(root\): expected a JSON document/);
    assert.match(stderr, /2 inputs could not be read/);
    assert.match(stdout, /7 assessments scored/);
  });
});

describe('openmaturity export', () => {
  const hostile = (odsCode: string, name: string): ConformanceStatement =>
    parseDocument(
      {
        kind: 'ConformanceStatement',
        schemaVersion: '1.0',
        id: `s-${odsCode}`,
        subject: { type: 'organisation', name, odsCode, sector: '@sector' },
        standard: { id: 'dspt', version: '2022-23' },
        status: 'conformant',
        statusDetail: '-22/23 Standards Met',
        issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'DSPT' },
        issued: '2023-06-30',
      },
      { kind: 'ConformanceStatement' },
    );

  test('CSV per RFC 4180; formula cells neutralised (OWASP); Excel reads it back cell for cell', async () => {
    const dir = temp();
    const names = [
      '=HYPERLINK("http://x","y")',
      '+1',
      'Ysbyty Gwynedd, Bangor',
      'Line\nbreak "quoted"',
      'Cwm Taf Morgannwg’s',
    ];
    names.forEach((name, i) => write(dir, `${i}.json`, hostile(`RQ${i}`, name)));
    const out = join(temp(), 'statements.csv');
    const { code, stderr } = await run(['export', dir, '--table', 'statements', '--out', out]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /5 statements rows written/);
    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.ok(text.endsWith('\r\n'));
    assert.match(text, /^s-RQ0,RQ0,"'=HYPERLINK\(""http:\/\/x"",""y""\)",organisation,/m);
    assert.match(text, /^s-RQ1,RQ1,"'\+1",/m);
    assert.match(text, /,"Ysbyty Gwynedd, Bangor",/);
    assert.match(text, /,"Line\nbreak ""quoted""",/);
    assert.match(text, /,"'-22\/23 Standards Met",/);

    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.readFile(out, { parserOptions: { delimiter: ',' } } as never);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.equal(header[0], 'statement_id');
    const nameColumn = header.indexOf('subject_name') + 1;
    assert.deepEqual(
      [2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(nameColumn).value),
      ['\'=HYPERLINK("http://x","y")', "'+1", 'Ysbyty Gwynedd, Bangor', 'Line\nbreak "quoted"', 'Cwm Taf Morgannwg’s'],
    );
  });

  test('responses and scores carry the join keys; JSON Lines has the same columns', async () => {
    const dir = temp();
    write(dir, 'framework.json', smallFramework());
    write(dir, 'rgt.json', smallAssessment());
    write(dir, 'org.json', {
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode: 'RGT',
      name: 'Cambridge',
      type: 'acute-trust',
      region: { code: 'Y61' },
      icb: { code: 'QUE' },
    });
    const responses = (await run(['export', dir, '--table', 'responses'])).stdout.split('\r\n');
    assert.equal(
      responses[0],
      'ods_code,assessment_id,period,period_start,period_end,framework_id,framework_version,indicator,domain,value,score,confidence,status,type,region_code,icb_code',
    );
    assert.equal(
      responses[1],
      'RGT,rgt-2024-25,2024-25,2024-04-01,2025-03-31,test-fw,1,wifi,infra,4,75,,published,acute-trust,Y61,QUE',
    );
    assert.equal(responses.length, 6);
    const lines = (await run(['export', dir, '--table', 'scores', '--format', 'jsonl'])).stdout.trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l));
    assert.equal(rows.length, 3);
    assert.deepEqual(
      { ...rows[0], score: undefined },
      {
        ods_code: 'RGT',
        assessment_id: 'rgt-2024-25',
        period: '2024-25',
        period_start: '2024-04-01',
        period_end: '2025-03-31',
        framework_id: 'test-fw',
        framework_version: '1',
        scope: 'overall',
        domain: null,
        score: undefined,
        level: rows[0].level,
        answered: 3,
        total: 4,
        coverage: 0.75,
        type: 'acute-trust',
        region_code: 'Y61',
        icb_code: 'QUE',
      },
    );
  });

  test('a wrong table or format is a usage error', async () => {
    assert.equal((await run(['export', temp(), '--table', 'people'])).code, 2);
    assert.equal((await run(['export', temp(), '--table', 'scores', '--format', 'xlsx'])).code, 2);
  });
});

describe('over a published tree on a real server', () => {
  const { dir } = realTrusts();
  const tree = temp();
  let server: Server;
  let base: string;
  let requests = 0;
  before(async () => {
    const published = await run(['publish', dir, '--out', tree]);
    assert.equal(published.code, 0, published.stdout);
    server = createServer((request, response) => {
      requests++;
      const path = normalize(join(tree, decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
      try {
        const body = readFileSync(path);
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch {
        response.writeHead(404).end('Not found');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => server.close());

  test('summarise <url> reads the tree through the client and gives what the folder gives', async () => {
    const fromUrl = await run(['summarise', base, '--by', 'type', '--json']);
    assert.equal(fromUrl.code, 0, fromUrl.stderr);
    const fromFolder = await run(['summarise', dir, '--by', 'type', '--json']);
    assert.deepEqual(JSON.parse(fromUrl.stdout), JSON.parse(fromFolder.stdout));
    // The catalogue, an index per folder, and each document once.
    assert.ok(requests > 422, String(requests));
  });

  test("the tree's folder on disk gives the same, its index files passed over as the layout's", async () => {
    const fromTree = await run(['summarise', tree, '--by', 'type', '--json']);
    assert.equal(fromTree.code, 0, fromTree.stderr);
    assert.equal(fromTree.stderr, '');
    const fromFolder = await run(['summarise', dir, '--by', 'type', '--json']);
    assert.deepEqual(JSON.parse(fromTree.stdout), JSON.parse(fromFolder.stdout));
    // An index named on its own is not a document of the snapshot, and is still said to be so.
    const named = await run(['summarise', join(tree, 'index.json')]);
    assert.equal(named.code, 1);
    assert.match(named.stderr, /no conformance statements in .*index\.json/);
  });
});

describe('progress', () => {
  test('shown on a terminal for long runs, and not when piped', async () => {
    const dir = temp();
    const statement = importDspt(readFileSync(join(real, 'dspt-trusts-2022-23-snapshot-2023-11-16.csv'), 'utf8'), {
      snapshotDate: '2023-11-16',
    }).documents;
    for (const s of statement) write(dir, `${s.id}.json`, s);
    const tty = await run(['summarise', dir], { isTTY: true });
    assert.match(tty.stderr, /\rreading \d+ of 211/);
    const piped = await run(['summarise', dir]);
    assert.equal(piped.stderr, '');
  });
});
