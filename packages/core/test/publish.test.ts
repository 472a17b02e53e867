/**
 * `openmaturity publish`, and the round trip: documents published into the layout, served by
 * a real HTTP server, read back by the client.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { publishCommand } from '../src/cli/publish.js';
import { baseUrlOf, createClient, layout, parseIndex, type Fetched, type IndexDocument } from '../src/client/index.js';
import { kinds, type AnyDocument } from '../src/format/documents.js';
import { conformanceSummaryDocument, summariseStatements } from '../src/engine/statement-summary.js';
import { importDspt } from '../src/import/dspt.js';
import { importOdsTrusts } from '../src/import/ods.js';
import { parseDocument } from '../src/format/parse.js';
import { SCHEMA_VERSION } from '../src/format/shared.js';
import type { ConformanceStatement } from '../src/format/kinds/conformance-statement.js';
import type { ConformanceSummary } from '../src/format/kinds/conformance-summary.js';
import { expandPaths } from '../src/cli/io.js';
import { smallAssessment, smallFramework } from './helpers.js';
import { colonDocuments, fixtureDocuments, formerTreeOf, publishTree } from './support/fixture-tree.js';
import { startTestServer, type TestServer } from './support/server.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp.js';

const publish = (...args: string[]) => runCli(args, { command: publishCommand });

const data = new URL('../data/', import.meta.url).pathname;
const temps: string[] = [];
const temp = () => {
  const dir = tempDir('openmaturity-publish-');
  temps.push(dir);
  return dir;
};
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** The bundled frameworks and standards, with the fixture documents (whose dcb0129 the bundle already has). */
function sources(): Record<string, unknown> {
  const documents: Record<string, unknown> = fixtureDocuments();
  delete documents['standard-dcb0129.json'];
  for (const file of expandPaths(data))
    documents[`data-${relative(data, file).replaceAll('/', '-')}`] = JSON.parse(readFileSync(file, 'utf8'));
  return documents;
}
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('openmaturity publish', () => {
  test('writes every document where the layout says, with an index in each folder', async (t) => {
    const { out, src, stdout, remove } = await publishTree(sources());
    t.after(remove);
    const written = files(out);
    assert.ok(written.includes('index.json'));
    assert.ok(written.includes('frameworks/wgll/2024.1.json'));
    assert.ok(written.includes('frameworks/wgll/index.json'));
    assert.ok(written.includes('standards/dcb0129/4.2.json'));
    assert.ok(written.includes('organisations/index.json'));
    assert.ok(written.includes('organisations/RGT/organisation.json'));
    assert.ok(written.includes('organisations/RGT/assessments/2024-25.json'));
    assert.ok(written.includes('conformance/example-epr/dcb0129.json'));
    assert.ok(written.includes('benchmarks/small-dma/2024-25/acute-england/2024-25.json'));
    const documents = written.filter((file) => !file.endsWith('index.json'));
    // Beside the statements, their summaries: every grouping the RGT Organisation document
    // tells for the DSPT statement; only "all" for the product's, which no organisation places.
    const summaries = documents.filter((file) => file.startsWith('summaries/'));
    assert.deepEqual(summaries, [
      'summaries/dcb0129/all/2025-01-15.json',
      'summaries/dspt/all/2024-07-15.json',
      'summaries/dspt/icb/2024-07-15.json',
      'summaries/dspt/region/2023-11-16.json',
      'summaries/dspt/region/2024-07-15.json',
      'summaries/dspt/sector/2024-07-15.json',
      'summaries/dspt/type/2024-07-15.json',
    ]);
    // The cohort's standards adoption, from the assessment that reports it.
    assert.deepEqual(
      documents.filter((file) => file.startsWith('adoption/')),
      ['adoption/2024-25.json'],
    );
    // The region one of 2023-11-16 is a source's: the others publish computed.
    assert.equal(documents.length, readdirSync(src).length + summaries.length - 1 + 1, 'one file per document');
    const byRegion = JSON.parse(readFileSync(join(out, 'summaries/dspt/region/index.json'), 'utf8')) as IndexDocument;
    assert.deepEqual(
      [byRegion.of, byRegion.latest, byRegion.items.map((i) => [i.id, i.asOf, i.organisations])],
      [
        'ConformanceSummary',
        '2024-07-15',
        [
          ['2023-11-16', '2023-11-16', 9],
          ['2024-07-15', '2024-07-15', 1],
        ],
      ],
    );
    assert.match(
      stdout,
      new RegExp(`published ${documents.length} documents and ${written.length - documents.length} index files`),
    );
    // Published as they were written: byte for byte.
    assert.equal(
      readFileSync(join(out, 'frameworks/wgll/2024.1.json'), 'utf8'),
      readFileSync(join(src, 'data-frameworks-wgll-2024.json'), 'utf8'),
    );

    const versions = parseIndex(JSON.parse(readFileSync(join(out, 'frameworks/test-fw/index.json'), 'utf8')));
    assert.deepEqual(
      [versions.of, versions.latest, versions.items.map((i) => [i.id, i.href])],
      [
        'Framework',
        '2',
        [
          ['1', '1.json'],
          ['2', '2.json'],
        ],
      ],
    );
    const assessments = parseIndex(
      JSON.parse(readFileSync(join(out, 'organisations/RGT/assessments/index.json'), 'utf8')),
    );
    assert.deepEqual([assessments.latest, assessments.items.map((i) => i.id)], ['2024-25', ['2023-24', '2024-25']]);
    const catalogue = parseIndex(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    assert.equal(catalogue.of, 'Index');
    // hrefs are URLs: a static host decodes them to file names.
    for (const item of catalogue.items) assert.ok(existsSync(join(out, decodeURIComponent(item.href))), item.href);
    assert.deepEqual(
      [...new Set(catalogue.items.map((i) => i.of))],
      [...kinds].sort((a, b) => a.publishing.catalogueRank - b.publishing.catalogueRank).map((kind) => kind.kind),
    );
  });

  test('refuses to write when a document is invalid, naming the file and JSON path (exit 1)', async () => {
    const dir = temp();
    const assessment = smallAssessment();
    assessment.responses[2]!.value = 120;
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(smallFramework()));
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(assessment));
    writeFileSync(join(dir, 'broken.json'), '{ "kind": "Organisation", "odsCode": "rgt" }');
    const out = join(temp(), 'out');
    const { code, stdout } = await publish(dir, '--out', out);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /invalid .*assessment\.json: responses\[2\]\.value: expected a percentage from 0 to 100, found 120 \[value_mismatch\]/,
    );
    assert.match(stdout, /invalid .*broken\.json: .*\[/);
    assert.match(stdout, /nothing published: 2 of 3 documents invalid/);
    assert.equal(existsSync(out), false, 'nothing written');
  });

  test('refuses two documents at one path, and ids the layout reserves (exit 1)', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(smallFramework()));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(smallFramework({ name: 'Same id and version' })));
    writeFileSync(join(dir, 'c.json'), JSON.stringify(smallFramework({ version: 'latest' })));
    const out = join(temp(), 'out');
    const { code, stdout } = await publish(dir, '--out', out);
    assert.equal(code, 1);
    assert.match(stdout, /b\.json: would be published at frameworks\/test-fw\/1\.json, as .*a\.json is/);
    assert.match(stdout, /c\.json: cannot be published: version cannot be "latest"/);
    assert.equal(existsSync(out), false);
  });

  test('is a usage error (exit 2) without --out, with --out inside the source, or for a URL', async () => {
    const dir = temp();
    await assert.rejects(publish(dir), /--out/);
    await assert.rejects(publish('--out', join(dir, 'x')), /source directory/);
    await assert.rejects(publish(dir, '--out', join(dir, 'public')), /must not be inside/);
    await assert.rejects(publish('https://example.org/data', '--out', join(dir, 'x')), /is a URL/);
  });

  test('summarises real statements by region, ICB, type and sector, as summariseStatements does', async () => {
    const real = new URL('../../../data/real/', import.meta.url);
    const csv = 'dspt-trusts-2022-23-snapshot-2023-11-16.csv';
    const statements = importDspt(readFileSync(new URL(csv, real), 'utf8'), { source: csv }).documents;
    const organisations = importOdsTrusts(readFileSync(new URL('ods-etr-trusts-2023.csv', real), 'utf8')).documents;
    const dir = temp();
    for (const document of [...statements, ...organisations])
      writeFileSync(join(dir, `${'id' in document ? document.id : document.odsCode}.json`), JSON.stringify(document));
    const out = join(temp(), 'out');
    const { code, stdout } = await publish(dir, '--out', out);
    assert.equal(code, 0, stdout);
    const read = (by: string) =>
      parseDocument(JSON.parse(readFileSync(join(out, `summaries/dspt/${by}/2023-11-16.json`), 'utf8')), {
        kind: 'ConformanceSummary',
      }) as ConformanceSummary;
    for (const by of ['all', 'region', 'icb', 'type', 'sector'] as const) {
      const { kind, schemaVersion, id, computed, ...body } = read(by);
      assert.deepEqual([kind, schemaVersion, id], ['ConformanceSummary', SCHEMA_VERSION, '2023-11-16']);
      assert.ok(Date.parse(computed) > 0);
      assert.deepEqual(body, JSON.parse(JSON.stringify(summariseStatements(statements, { by, organisations }))), by);
    }
    // The figures of the file counted by hand (statement-summary.test.ts): 211 trusts, 34 in London.
    const byRegion = read('region');
    assert.equal(byRegion.overall.organisations, 211);
    assert.deepEqual(byRegion.cohorts.map((c) => [c.cohort.id, c.organisations]).slice(0, 2), [
      ['Y60', 41],
      ['Y56', 34],
    ]);
    assert.equal(read('icb').cohorts.filter((c) => c.suppressed).length, 20);
    assert.match(stdout, /wrote {3}summaries\/dspt\/region\/2023-11-16\.json \(from the dspt statements, by region\)/);
  });

  test('publishes a summary among the sources instead of computing one at its path', async () => {
    const dir = temp();
    const statement = JSON.parse(
      readFileSync(new URL('./corpus/valid/conformance-dspt-rgt.json', import.meta.url), 'utf8'),
    ) as ConformanceStatement;
    writeFileSync(join(dir, 'statement.json'), JSON.stringify(statement));
    const own = conformanceSummaryDocument(summariseStatements([statement]), {
      title: 'Our own words',
      computed: '2024-08-01T00:00:00Z',
    });
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(own));
    const out = join(temp(), 'out');
    assert.equal((await publish(dir, '--out', out)).code, 0);
    const published = JSON.parse(readFileSync(join(out, `summaries/dspt/all/${own.id}.json`), 'utf8'));
    assert.equal(published.title, 'Our own words');
  });

  test('says so when there is nothing to publish (exit 1)', async () => {
    const { code, stdout } = await publish(temp(), '--out', join(temp(), 'out'));
    assert.equal(code, 1);
    assert.match(stdout, /no \.json documents/);
  });
});

describe('round trip: publish, serve, read back with the client', () => {
  let server: TestServer;
  let documents: Record<string, unknown>;
  let remove: () => void;
  before(async () => {
    documents = sources();
    const tree = await publishTree(documents);
    remove = tree.remove;
    server = await startTestServer({ tree: tree.out });
  });
  after(async () => {
    await server.close();
    remove();
  });

  test('every published document is found from the catalogue, valid and unchanged', async () => {
    const client = createClient({ baseUrl: `${server.url}/round-trip/tree/` });
    const catalogue = await client.catalogue();
    const read: AnyDocument[] = [];
    for (const entry of catalogue.document.items) {
      const index = await client.get(new URL(entry.href, catalogue.url), { kind: 'Index' });
      assert.equal(index.document.of, entry.of);
      for (const item of index.document.items) {
        const fetched = await client.get(new URL(item.href, index.url));
        assert.equal(fetched.kind, entry.of);
        read.push(fetched.document as AnyDocument);
      }
    }
    const key = (d: AnyDocument) => JSON.stringify(d);
    // The summaries publish computed are found too; every other document is a source, unchanged.
    const computed = read.filter(
      (d) => (d.kind === 'ConformanceSummary' || d.kind === 'StandardsAdoptionSummary') && d.title === undefined,
    );
    assert.equal(computed.length, 7);
    assert.deepEqual(
      read
        .filter((d) => !computed.includes(d))
        .map(key)
        .sort(),
      Object.values(documents)
        .map((d) => key(d as AnyDocument))
        .sort(),
    );
  });

  test('typed methods find the latest through the index', async () => {
    const client = createClient({ baseUrl: `${server.url}/typed/tree` });
    assert.equal((await client.framework('wgll')).document.version, '2024.1');
    assert.equal((await client.framework('test-fw')).document.version, '2');
    const versions: Fetched<IndexDocument> = await client.frameworkVersions('dma');
    assert.deepEqual(
      versions.document.items.map((i) => i.href),
      ['2016.json'],
    );
    assert.equal(
      (await client.standard('om-example:interop')).url,
      `${server.url}/typed/tree/${layout.standard('om-example:interop', '0.1.0-draft')}`,
    );
    // The latest summary of a standard by a grouping, from the descriptor's ordering (by as-of date).
    const summary = await client.conformanceSummary('dspt', 'region');
    assert.deepEqual([summary.document.asOf, summary.document.overall.organisations], ['2024-07-15', 1]);
    assert.equal(
      (await client.conformanceSummary('dspt', 'region', '2023-11-16')).document.title,
      'Acute trusts (example)',
    );
    const hits = server.hits('typed');
    assert.equal(hits['/tree/frameworks/wgll/index.json']?.hits, 1);
    assert.equal(hits['/tree/frameworks/wgll/2024.1.json']?.hits, 1);
  });
});

test('an organisation whose code Windows keeps for a device (CON) is written where Windows can hold it, and read back', async () => {
  const src = tempDir('openmaturity-src-');
  const out = tempDir('openmaturity-out-');
  const organisation = {
    kind: 'Organisation',
    schemaVersion: '1.0',
    odsCode: 'CON',
    name: 'Con Trust',
    type: 'acute-trust',
  };
  writeFileSync(join(src, 'con.json'), JSON.stringify(organisation));
  const { code } = await publish(src, '--out', out);
  assert.equal(code, 0);
  assert.ok(existsSync(join(out, 'organisations', 'CON~', 'organisation.json')));
  assert.ok(!existsSync(join(out, 'organisations', 'CON')), 'no folder Windows would refuse');
  const server = await startTestServer({ tree: out });
  try {
    const client = createClient({ baseUrl: `${server.url}/con/tree/` });
    const fetched = await client.organisation('CON');
    assert.equal(fetched.document.odsCode, 'CON');
  } finally {
    await server.close();
    rmSync(src, { recursive: true });
    rmSync(out, { recursive: true });
  }
});

describe('ids with a colon (om-example:interop)', () => {
  let tree: Awaited<ReturnType<typeof publishTree>>;
  let former: string;
  let server: TestServer;
  before(async () => {
    tree = await publishTree(colonDocuments());
    former = formerTreeOf(tree.out);
    server = await startTestServer({ tree: tree.out });
  });
  after(async () => {
    await server.close();
    tree.remove();
  });

  test('are written with ~3A for the colon: no file or folder name holds ":", and each URL path is the file path', () => {
    const written = files(tree.out);
    assert.deepEqual(
      written.filter((file) => /[:<>"\\|?*]/.test(file)),
      [],
    );
    for (const expected of [
      'standards/om-example~3Ainterop/0.1.0-draft.json',
      'frameworks/nhs~3Afw/2024~3A1.json',
      'organisations/RGT/assessments/2024~3AQ1.json',
      'conformance/RGT/om-example~3Ainterop.json',
    ])
      assert.ok(written.includes(expected), expected);
    // Every href of every index names its file as it is on disk, with nothing to decode.
    for (const file of written.filter((name) => name.endsWith('index.json'))) {
      const index = parseIndex(JSON.parse(readFileSync(join(tree.out, file), 'utf8')));
      for (const { href } of index.items) {
        assert.equal(decodeURIComponent(href), href);
        assert.ok(existsSync(join(tree.out, file, '..', href)), `${file} lists ${href}`);
      }
    }
  });

  test('are read back by the client at the paths it builds, with no request elsewhere', async () => {
    const client = createClient({ baseUrl: `${server.url}/colon/tree/` });
    assert.equal((await client.standard('om-example:interop')).document.id, 'om-example:interop');
    assert.equal((await client.framework('nhs:fw', '2024:1')).document.version, '2024:1');
    const assessment = await client.assessment('RGT', '2024:Q1');
    assert.equal(baseUrlOf(assessment.url, assessment.document), `${server.url}/colon/tree/`);
    assert.equal((await client.conformance('RGT', 'om-example:interop')).document.standard.id, 'om-example:interop');
    const hits = server.hits('colon');
    assert.ok(
      Object.values(hits).every((hit) => hit.statuses.every((status) => status === 200)),
      JSON.stringify(hits),
    );
  });

  test('a tree published before (":" on disk, "%3A" in hrefs) is still read, at its former paths', async () => {
    const old = await startTestServer({ tree: former });
    try {
      const client = createClient({ baseUrl: `${old.url}/former/tree/` });
      const standard = await client.standard('om-example:interop');
      assert.equal(standard.document.id, 'om-example:interop');
      assert.equal(standard.url, `${old.url}/former/tree/standards/om-example%3Ainterop/0.1.0-draft.json`);
      assert.equal((await client.standard('om-example:interop', '0.1.0-draft')).document.version, '0.1.0-draft');
      assert.equal((await client.framework('nhs:fw', '2024:1')).document.id, 'nhs:fw');
      const assessment = await client.assessment('RGT', '2024:Q1');
      // Its neighbours are found from where it was read: the former path is the layout's too.
      assert.equal(baseUrlOf(assessment.url, assessment.document), `${old.url}/former/tree/`);
      assert.equal((await client.conformance('RGT', 'om-example:interop')).document.status, 'conformant');
      const hits = old.hits('former');
      assert.deepEqual(hits['/tree/standards/om-example~3Ainterop/index.json']?.statuses, [404]);
      assert.deepEqual(hits['/tree/standards/om-example%3Ainterop/index.json']?.statuses, [200]);
      // A path the former layout wrote as this one does is asked for once, where it is.
      assert.deepEqual(hits['/tree/organisations/RGT/assessments/index.json'], undefined);
      await client.assessments('RGT');
      assert.deepEqual(old.hits('former')['/tree/organisations/RGT/assessments/index.json']?.statuses, [200]);
      // Not in either: the error names the path of this layout.
      await assert.rejects(client.standard('no:such', '1'), (error: Error & { code: string; url: string }) => {
        assert.equal(error.code, 'ERR_NOT_FOUND');
        assert.equal(error.url, `${old.url}/former/tree/standards/no~3Asuch/1.json`);
        return true;
      });
    } finally {
      await old.close();
    }
  });
});
