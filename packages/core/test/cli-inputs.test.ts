/**
 * What the command line reads and writes, against a hostile file system (issue #15): devices
 * and pipes among the inputs, links planted in the output folder, empty folders, ids that are
 * not file names everywhere.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readText } from '../src/cli/io.js';
import { runCli } from './support/cli.js';
import { smallFramework } from './helpers.js';
import { tempDir } from './support/temp.js';

const run = (...args: string[]) => runCli(args);

const temp = () => tempDir('openmaturity-inputs-');

describe('bounded reads: only regular files, never more bytes than the limit', () => {
  test('validate skips a *.json link to /dev/zero and a FIFO, reports each, and checks the rest', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(smallFramework()));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const { code, stdout } = await run('validate', dir);
    assert.equal(code, 1);
    assert.match(stdout, /^ok {6}.*framework\.json \(Framework test-fw\)$/m);
    assert.match(stdout, /^invalid .*pipe\.json: .*is a named pipe \(FIFO\), not a regular file: skipped/m);
    assert.match(stdout, /^invalid .*zero\.json: .*is a device, not a regular file: skipped/m);
    assert.match(stdout, /3 documents: 1 valid, 2 invalid/);
  });

  test('the limit counts bytes read, not the size stat gave', () => {
    const dir = temp();
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(5000));
    assert.equal(readText(file, 5000).length, 5000);
    assert.throws(() => readText(file, 4999), /big\.json is more than 4999 bytes, the limit/);
  });

  test('validate on a folder with no .json or .jsonl files exits 1 and says so', async () => {
    const dir = temp();
    const { code, stderr } = await run('validate', dir);
    assert.equal(code, 1);
    assert.match(stderr, /no \.json or \.jsonl files found under/);
  });
});

describe('writes never follow a link planted in --out', () => {
  const ods = new URL('../../../data/real/', import.meta.url).pathname;

  test('publish replaces a file link and refuses a folder link, leaving the files outside untouched', async () => {
    const source = temp();
    writeFileSync(join(source, 'framework.json'), JSON.stringify(smallFramework()));
    const outside = temp();
    writeFileSync(join(outside, 'victim.json'), 'precious');
    const out = temp();
    // The catalogue is at index.json: plant a link to the victim there.
    symlinkSync(join(outside, 'victim.json'), join(out, 'index.json'));
    const first = await run('publish', source, '--out', out);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(readFileSync(join(outside, 'victim.json'), 'utf8'), 'precious');
    assert.match(readFileSync(join(out, 'index.json'), 'utf8'), /"kind"/);

    const linked = temp();
    symlinkSync(outside, join(linked, 'frameworks'));
    const second = await run('publish', source, '--out', linked);
    assert.equal(second.code, 1);
    assert.match(second.stderr, /frameworks is a link; nothing is written through links/);
    assert.deepEqual(readdirSync(outside), ['victim.json']);
  });

  test('publish compares real paths: --out inside the source through a link is refused', async () => {
    const source = temp();
    writeFileSync(join(source, 'framework.json'), JSON.stringify(smallFramework()));
    const elsewhere = temp();
    symlinkSync(source, join(elsewhere, 'link-to-source'));
    const { code, stderr } = await run('publish', source, '--out', join(elsewhere, 'link-to-source', 'public'));
    assert.equal(code, 2);
    assert.match(stderr, /--out must not be inside/);
  });

  test('import replaces a planted file link instead of writing through it', async () => {
    const outside = temp();
    writeFileSync(join(outside, 'victim.json'), 'precious');
    const out = temp();
    const { stdout: first } = await run('import', 'ods', join(ods, 'ods-etr-trusts-2023.csv'), '--out', out);
    const name = readdirSync(out)[0]!;
    assert.ok(name, first);
    const target = join(out, name);
    const written = readFileSync(target, 'utf8');
    const planted = temp();
    symlinkSync(join(outside, 'victim.json'), join(planted, name));
    await run('import', 'ods', join(ods, 'ods-etr-trusts-2023.csv'), '--out', planted);
    assert.equal(readFileSync(join(outside, 'victim.json'), 'utf8'), 'precious');
    assert.equal(readFileSync(join(planted, name), 'utf8'), written);
  });
});
