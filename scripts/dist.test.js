// Tests of the build itself (run after `npm run build`): what users get from npm and a CDN.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const file = (path) => new URL(`../${path}`, import.meta.url);

test('core from dist runs in plain Node ESM, without the source condition', async () => {
  const core = await import(file('packages/core/dist/index.js').href);
  const framework = JSON.parse(readFileSync(file('packages/core/data/frameworks/wgll-2024.json'), 'utf8'));
  assert.equal(core.parseDocument(framework, { kind: 'Framework' }).id, 'wgll');
  assert.throws(() => core.parseDocument({ ...framework, schemaVersion: '2.0' }), (error) => core.isInvalidDocumentError(error));
});

test('the bin runs the built CLI', () => {
  const result = spawnSync(process.execPath, [file('packages/core/bin/openmaturity.js').pathname, 'validate', file('packages/core/data').pathname], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /13 files: 13 valid, 0 invalid/);
});

test('the CDN bundles are self-contained and have no eval or Function()', () => {
  const rows = [];
  for (const name of ['openmaturity-widgets', 'om-conformance-badge']) {
    const code = readFileSync(file(`packages/widgets/dist/cdn/${name}.js`), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[^(]*?from\s*["']/, `${name} imports nothing`);
    assert.doesNotMatch(code, /\beval\(|\bFunction\(/, `${name} needs no eval under a strict CSP`);
    rows.push({ bundle: `${name}.js`, minified: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  console.log(rows.map((r) => `size: ${r.bundle.padEnd(28)} ${String(r.minified).padStart(7)} B minified  ${(r.gzip / 1024).toFixed(1).padStart(5)} kB gzip`).join('\n'));
});

test('the JSON Schemas and types ship beside the code', () => {
  for (const kind of ['Framework', 'Organisation', 'Assessment', 'Standard', 'ConformanceStatement', 'Benchmark']) {
    assert.equal(JSON.parse(readFileSync(file(`packages/core/schema/${kind}.schema.json`), 'utf8')).title, kind);
  }
  assert.match(readFileSync(file('packages/core/dist/types/index.d.ts'), 'utf8'), /parseDocument/);
  assert.match(readFileSync(file('packages/widgets/dist/types/index.d.ts'), 'utf8'), /OmConformanceBadge/);
});
