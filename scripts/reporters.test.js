// The summary lines every test run ends with must not lose tests: deliberately broken fixtures
// (a describe() whose body throws, a file that cannot be imported, a browser file that hangs)
// run in a subprocess with the project's reporters, and the line must count each as a failure
// and say how many files were loaded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../', import.meta.url).pathname;
const fixtures = 'scripts/fixtures/reporters';

const run = (command, args) => {
  // Without the variable node:test sets in its children, the fixtures run as a run of their own.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

test('the node summary counts a suite whose body throws and a file that cannot load as failures', () => {
  const { status, output } = run(process.execPath, [
    '--test',
    '--test-reporter=./scripts/node-summary-reporter.js',
    `${fixtures}/node/passes.fixture.js`,
    `${fixtures}/node/suite-throws.fixture.js`,
    `${fixtures}/node/cannot-import.fixture.js`,
  ]);
  assert.equal(status, 1, output);
  // passes (2) + "still runs" (1) passed; the throwing suite and the unloadable file failed.
  assert.match(
    output,
    /^node: 3 passed, 2 failed, 0 skipped \(3 test files; 2 files or suites failed before their tests could all run/m,
    output,
  );
  assert.match(
    output,
    /^node: broken suite "fixture: body throws" in .*suite-throws\.fixture\.js: the bundled framework is corrupt$/m,
  );
  assert.match(output, /^node: broken file .*cannot-import\.fixture\.js: it could not be loaded/m);
});

test('the node summary of a clean run says so, with its files', () => {
  const { status, output } = run(process.execPath, [
    '--test',
    '--test-reporter=./scripts/node-summary-reporter.js',
    `${fixtures}/node/passes.fixture.js`,
  ]);
  assert.equal(status, 0, output);
  assert.match(output, /^node: 2 passed, 0 failed, 0 skipped \(1 test file\)$/m);
});

test('the browser summary counts a file that cannot import, throws in describe() or hangs as failures', () => {
  const { status, output } = run(process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    `${fixtures}/browser/web-test-runner.config.js`,
  ]);
  assert.equal(status, 1, output);
  // passes (2) and "registered first" (1) passed; the three broken files each count as one failure.
  assert.match(
    output,
    /^wtr: 3 passed, 3 failed, 0 skipped \(4 test files; 3 did not run to the end, each counted as one failure\)$/m,
    output,
  );
  assert.match(
    output,
    /^wtr: broken .*cannot-import\.fixture\.js \(its tests are not counted\)|^wtr: broken .*cannot-import\.fixture\.js: Could not import/m,
  );
  assert.match(
    output,
    /^wtr: broken .*hangs\.fixture\.js \(its tests are not counted\): Browser tests did not finish/m,
  );
  assert.match(output, /^wtr: broken .*suite-throws\.fixture\.js: Could not import/m);
});
