/**
 * `import --out docs.jsonl` (issue #12): the documents as JSON Lines, one per line, written as
 * the rows are read, and read back by validate, publish and the analysis commands as a folder
 * of the same documents is. Hostile cases: broken lines named by file and line, an empty file,
 * a pipe, a link planted at the output's place, a workbook that breaks part-way.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readLines } from '../src/cli/io.js';
import { runCli } from './support/cli.js';
import { importDsptWorkbook } from '../src/import/dspt.js';
import { tempDir } from './support/temp.js';
import { smallFramework } from './helpers.js';

const REAL = new URL('../../../data/real/', import.meta.url);
const path = (name: string) => new URL(name, REAL).pathname;
const TRUSTS = path('dspt-trusts-2022-23-snapshot-2023-11-16.csv');
const WORKBOOK = 'dspt-all-organisations-2018-19-publication-2019-06-17.xlsx';

const run = (...args: string[]) => runCli(args);

const dir = tempDir('om-jsonl-');
after(() => rmSync(dir, { recursive: true, force: true }));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('import --out docs.jsonl, read back by the other commands', () => {
  const jsonl = join(dir, 'trusts.jsonl');
  const folder = join(dir, 'trusts');

  it('writes the same documents as the folder output, one per line', async () => {
    const toFolder = await run('import', 'dspt', TRUSTS, '--out', folder, '--organisations');
    const toLines = await run('import', 'dspt', TRUSTS, '--out', jsonl, '--organisations');
    assert.equal(toLines.code, toFolder.code, toLines.stderr);
    assert.match(toLines.stdout, /wrote 422 documents to .*trusts\.jsonl/);
    const fromLines = lines(jsonl).map((line) => JSON.parse(line) as { kind: string; id?: string });
    assert.equal(fromLines.length, 422);
    const fromFolder = readdirSync(folder).map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));
    const key = (d: { kind: string; id?: string; odsCode?: string }) => `${d.kind} ${d.id ?? d.odsCode}`;
    const byKey = new Map(fromFolder.map((d) => [key(d), d]));
    for (const document of fromLines) assert.deepEqual(document, byKey.get(key(document)));
    assert.equal(byKey.size, fromLines.length);
  });

  it('validate checks each line, publish and summarise read it as the folder', async () => {
    const validated = await run('validate', jsonl);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /^ok {6}.*trusts\.jsonl:1 \(ConformanceStatement dspt-2022-23-R0A\)$/m);
    assert.match(validated.stdout, /^422 documents: 422 valid, 0 invalid$/m);

    const fromLines = await run('publish', jsonl, '--out', join(dir, 'site-lines'));
    const fromFolder = await run('publish', folder, '--out', join(dir, 'site-folder'));
    assert.equal(fromLines.code, 0, fromLines.stdout);
    const published = (out: string) => /published (\d+) documents and (\d+) index files/.exec(out)?.slice(1);
    assert.deepEqual(published(fromLines.stdout), published(fromFolder.stdout));
    assert.match(fromLines.stdout, /\(from .*trusts\.jsonl:\d+\)/);
    const text = readFileSync(join(dir, 'site-lines', 'conformance', 'R0A', 'dspt.json'), 'utf8');
    assert.ok(text.endsWith('}\n'), 'a published line ends as a file does');
    assert.equal(JSON.parse(text).id, 'dspt-2022-23-R0A');

    const summaryOfLines = await run('summarise', jsonl, '--json');
    const summaryOfFolder = await run('summarise', folder, '--json');
    assert.equal(summaryOfLines.code, 0, summaryOfLines.stderr);
    assert.equal(summaryOfLines.stdout, summaryOfFolder.stdout);
  });

  it('a folder holding a .jsonl file is read with the .json files beside it', async () => {
    // A folder is "the documents here": an import's docs.jsonl moved into it among .json files
    // is not left out without a word.
    const mixed = join(dir, 'mixed');
    mkdirSync(join(mixed, 'deeper'), { recursive: true });
    writeFileSync(join(mixed, 'framework.json'), JSON.stringify(smallFramework()));
    copyFileSync(jsonl, join(mixed, 'deeper', 'trusts.jsonl'));
    writeFileSync(join(mixed, 'notes.txt'), 'not a document');

    const validated = await run('validate', mixed);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /^ok {6}.*mixed\/framework\.json \(Framework test-fw\)$/m);
    assert.match(validated.stdout, /^ok {6}.*mixed\/deeper\/trusts\.jsonl:422 \(/m);
    assert.match(validated.stdout, /^423 documents: 423 valid, 0 invalid$/m);

    const fromMixed = await run('publish', mixed, '--out', join(dir, 'site-mixed'));
    assert.equal(fromMixed.code, 0, fromMixed.stdout);
    const fromLines = await run('publish', jsonl, '--out', join(dir, 'site-lines-only'));
    const count = (out: string) => Number(/published (\d+) documents/.exec(out)?.[1]);
    assert.equal(count(fromMixed.stdout), count(fromLines.stdout) + 1);

    const summaryOfMixed = await run('summarise', mixed, '--json');
    assert.equal(summaryOfMixed.code, 0, summaryOfMixed.stderr);
    assert.equal(summaryOfMixed.stdout, (await run('summarise', jsonl, '--json')).stdout);
  });

  it('names the file and line of each broken line, and reads the others', async () => {
    const broken = join(dir, 'broken.jsonl');
    const [first, second] = lines(jsonl);
    // Line 2 is not JSON, line 3 blank (skipped), line 4 a document with no kind, line 5 good; CRLF endings.
    writeFileSync(broken, `${first}\r\n{"kind": "Conform\r\n\r\n{"schemaVersion":"1.1"}\r\n${second}`);
    const validated = await run('validate', broken);
    assert.equal(validated.code, 1);
    assert.match(validated.stdout, /^ok {6}.*broken\.jsonl:1 /m);
    assert.match(validated.stdout, /^invalid .*broken\.jsonl:2: .*not JSON.*\[not_json\]$/m);
    assert.match(validated.stdout, /^invalid .*broken\.jsonl:4: kind: /m);
    assert.match(validated.stdout, /^ok {6}.*broken\.jsonl:5 /m);
    assert.match(validated.stdout, /^4 documents: 2 valid, 2 invalid$/m);
    const published = await run('publish', broken, '--out', join(dir, 'site-broken'));
    assert.equal(published.code, 1);
    assert.match(published.stdout, /nothing published: 2 of 4 documents invalid/);
    const summarised = await run('summarise', broken);
    assert.match(summarised.stderr, /broken\.jsonl:2: .*not JSON/);
  });

  it('refuses an empty JSON Lines file and a pipe, instead of calling them valid', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n\n');
    const validated = await run('validate', empty);
    assert.equal(validated.code, 1);
    assert.match(validated.stdout, /empty\.jsonl holds no document/);
    const pipe = join(dir, 'pipe.jsonl');
    execFileSync('mkfifo', [pipe]);
    const piped = await run('validate', pipe);
    assert.equal(piped.code, 1);
    assert.match(piped.stdout, /pipe\.jsonl is a named pipe \(FIFO\), not a regular file/);
  });

  it('reads lines cut across its blocks, and refuses a line over the limit with its number', () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `\ufeff"a"\n"${'é'.repeat(700_000)}"\n"c"`);
    assert.deepEqual(
      [...readLines(file)].map(({ line, text }) => [line, text.length]),
      [
        [1, 3],
        [2, 700_002],
        [3, 3],
      ],
    );
    assert.throws(() => [...readLines(file, 1_000_000)], /long\.jsonl:2 is more than 1000000 bytes long/);
  });

  it('replaces a link planted at the output instead of writing through it', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const planted = join(dir, 'planted.jsonl');
    symlinkSync(victim, planted);
    const imported = await run('import', 'dspt', TRUSTS, '--out', planted);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'precious');
    assert.ok(lstatSync(planted).isFile());
    assert.equal(lines(planted).length, 211);
  });

  it('leaves nothing behind when the workbook breaks part-way', async () => {
    const whole = readFileSync(path(WORKBOOK));
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const out = join(dir, 'cut.jsonl');
    const imported = await run('import', 'dspt', cut, '--out', out);
    assert.equal(imported.code, 1);
    assert.match(imported.stderr, /cut\.xlsx is not an \.xlsx workbook that can be read/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.startsWith('.cut')),
      [],
    );
  });
});

describe('the 2019 publication streamed into JSON Lines', async () => {
  const expected = await importDsptWorkbook(path(WORKBOOK), { source: WORKBOOK });

  it('loses no row: every statement and organisation, in row order, the two bad cells reported', async () => {
    const out = join(dir, '2019.jsonl');
    const imported = await run('import', 'dspt', path(WORKBOOK), '--out', out, '--organisations');
    assert.equal(imported.code, 1);
    assert.match(imported.stdout, /wrote 63936 documents/);
    assert.match(imported.stderr, /!B8687: column "ODSCode"/);
    assert.match(imported.stderr, /!B14076: column "ODSCode"/);
    const written = lines(out).map((line) => JSON.parse(line) as { kind: string; id?: string; name: string });
    assert.deepEqual(
      written.filter((d) => d.kind === 'ConformanceStatement').map((d) => d.id),
      expected.documents.map((d) => d.id),
    );
    assert.deepEqual(
      written.filter((d) => d.kind === 'Organisation').map((d) => d.name),
      expected.organisations.map((o) => o.name),
    );
  });
});
