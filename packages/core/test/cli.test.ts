import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { runCli } from './support/cli.js';
import { documentKinds } from '../src/format/documents.js';
import { smallAssessment, smallFramework } from './helpers.js';
import { tempDir } from './support/temp.js';

const run = (...args: string[]) => runCli(args);

const temp = () => tempDir('openmaturity-cli-');
const data = new URL('../data/', import.meta.url).pathname;
const real = new URL('../../../data/real/', import.meta.url).pathname;

describe('openmaturity validate', () => {
  test('passes the bundled frameworks and standards, exit 0', async () => {
    const { code, stdout } = await run('validate', data);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /147 documents: 147 valid, 0 invalid/);
  });

  test('names the file, the JSON path and the code of each problem, exit 1', async () => {
    const dir = temp();
    const assessment = smallAssessment();
    assessment.responses[2]!.value = 120;
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(smallFramework()));
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(assessment));
    writeFileSync(join(dir, 'broken.json'), '{\n  "kind": "Framework",\n}');
    const { code, stdout } = await run('validate', dir);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /assessment\.json: responses\[2\]\.value: expected a percentage from 0 to 100, found 120 \[value_mismatch\]/,
    );
    assert.match(
      stdout,
      /broken\.json: \(root\): expected a JSON document, found text that is not JSON at line 3, column 1/,
    );
    assert.match(stdout, /3 documents: 1 valid, 2 invalid/);
  });

  test('--json gives a report for machines', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'org.json'),
      JSON.stringify({ kind: 'Organisation', schemaVersion: '1.0', odsCode: 'rgt', name: 'X', type: 'acute-trust' }),
    );
    const { code, stdout } = await run('validate', '--json', dir);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files[0].issues.map((i: { code: string; pathText: string }) => [i.code, i.pathText]),
      [['invalid_format', 'odsCode']],
    );
  });

  test('reports a file that cannot be read without stopping the others', async () => {
    const { code, stdout } = await run('validate', join(data, 'standards', 'dspt.json'), '/nonexistent/file.json');
    assert.equal(code, 1);
    assert.match(stdout, /ok {6}.*dspt\.json/);
  });

  test('is a usage error (exit 2) without inputs, or for an unknown command', async () => {
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run()).code, 2);
    assert.equal((await run('--help')).code, 0);
  });
});

describe('openmaturity validate <url>, against a real server on loopback', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      hits.push(request.url!);
      if (request.url === '/framework.json')
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(smallFramework()));
      else if (request.url === '/portal.html')
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
      else response.writeHead(404).end('Not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('validates a published document, and reports a 404 and an HTML page by URL', async () => {
    const { code, stdout } = await run(
      'validate',
      `${base}/framework.json`,
      `${base}/missing.json`,
      `${base}/portal.html`,
    );
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`ok {6}${base}/framework\\.json \\(Framework test-fw\\)`));
    assert.match(stdout, new RegExp(`invalid ${base}/missing\\.json: .*HTTP 404`));
    // Read with the client's transport, which recognises the page by its Content-Type before reading it.
    assert.match(
      stdout,
      new RegExp(
        `invalid ${base}/portal\\.html: \\(root\\): expected a JSON document, found an HTML page \\(Content-Type: text/html\\)`,
      ),
    );
    assert.deepEqual(hits.sort(), ['/framework.json', '/missing.json', '/portal.html']);
  });
});

describe('openmaturity schema', () => {
  test('prints the JSON Schema of a kind', async () => {
    const { code, stdout } = await run('schema', 'Assessment');
    assert.equal(code, 0);
    const schema = JSON.parse(stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.title, 'Assessment');
  });

  test('names the kinds when given an unknown one', async () => {
    const { code, stderr } = await run('schema', 'Spreadsheet');
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`one of ${documentKinds.join(', ')}`));
  });
});

describe('openmaturity import', () => {
  test('imports the real DSPT trust list: 211 statements, all valid', async () => {
    const out = temp();
    const { code, stdout } = await run(
      'import',
      'dspt',
      join(real, 'dspt-trusts-2022-23-snapshot-2023-11-16.csv'),
      '--out',
      out,
      '--snapshot-date',
      '2023-11-16',
    );
    assert.equal(code, 0, stdout);
    assert.equal(readdirSync(out).length, 211);
    assert.equal((await run('validate', out)).code, 0);
    const r0a = JSON.parse(readFileSync(join(out, 'dspt-2022-23-R0A.json'), 'utf8'));
    assert.equal(r0a.statusDetail, '22/23 Standards Met');
  });

  test('imports the real ODS trust file: 211 organisations', async () => {
    const out = temp();
    const { code } = await run('import', 'ods', join(real, 'ods-etr-trusts-2023.csv'), '--out', out);
    assert.equal(code, 0);
    assert.equal(readdirSync(out).length, 211);
    assert.equal(
      JSON.parse(readFileSync(join(out, 'RGT.json'), 'utf8')).name,
      'CAMBRIDGE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST',
    );
  });

  test('writes the good rows and reports a bad one with its line, exit 1', async () => {
    const dir = temp();
    const csv = join(dir, 'dspt.csv');
    writeFileSync(
      csv,
      ',Code,Organisation Name,Status,Date Of Publication\n0,RGT,Cambridge,22/23 Standards Met,30/06/2023\n1,not a code,Broken,22/23 Standards Met,30/06/2023\n2,R0A,Manchester,22/23 Standards Exceeded,30/06/2023\n',
    );
    const out = join(dir, 'out');
    const { code, stderr } = await run('import', 'dspt', csv, '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /dspt\.csv:3: /);
    assert.equal(readdirSync(out).length, 2);
  });
});

test('the installed bin runs as a process: npx openmaturity', () => {
  const bin = new URL('../bin/openmaturity.js', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [bin, 'validate', join(data, 'frameworks')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /3 documents: 3 valid, 0 invalid/);
  const bad = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
});
