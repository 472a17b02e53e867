// Tests of the build itself (run after `npm run build`): what users get from npm and a CDN.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { measureBundles, sizeTable } from './size.js';

const file = (path) => new URL(`../${path}`, import.meta.url);

test('core from dist runs in plain Node ESM, without the source condition', async () => {
  const core = await import(file('packages/core/dist/index.js').href);
  const framework = JSON.parse(readFileSync(file('packages/core/data/frameworks/wgll-2024.json'), 'utf8'));
  assert.equal(core.parseDocument(framework, { kind: 'Framework' }).id, 'wgll');
  assert.throws(
    () => core.parseDocument({ ...framework, schemaVersion: '2.0' }),
    (error) => core.isInvalidDocumentError(error),
  );
});

test('the bin runs the built CLI', () => {
  const result = spawnSync(
    process.execPath,
    [file('packages/core/bin/openmaturity.js').pathname, 'validate', file('packages/core/data').pathname],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /13 files: 13 valid, 0 invalid/);
});

test('the CDN bundles are self-contained and have no eval or Function()', () => {
  for (const name of [
    'openmaturity-widgets',
    'om-conformance-badge',
    'om-scorecard',
    'om-priority-checklist',
    'om-standards-adoption',
  ]) {
    const code = readFileSync(file(`packages/widgets/dist/cdn/${name}.js`), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[^(]*?from\s*["']/, `${name} imports nothing`);
    assert.doesNotMatch(code, /\beval\(|\bFunction\(/, `${name} needs no eval under a strict CSP`);
  }
});

test('the version comes from packages/widgets/package.json, put in place at build', () => {
  const { version } = JSON.parse(readFileSync(file('packages/widgets/package.json'), 'utf8'));
  for (const path of ['packages/widgets/dist/cdn/om-scorecard.js', 'packages/widgets/dist/index.js']) {
    const code = readFileSync(file(path), 'utf8');
    assert.doesNotMatch(code, /__OPENMATURITY_WIDGETS_VERSION__/, path);
  }
  const chunks = readdirSync(file('packages/widgets/dist/chunks')).map((name) =>
    readFileSync(file(`packages/widgets/dist/chunks/${name}`), 'utf8'),
  );
  assert.ok(
    [readFileSync(file('packages/widgets/dist/index.js'), 'utf8'), ...chunks].some((code) =>
      code.includes(JSON.stringify(version)),
    ),
  );
});

test('the CDN bundles stay within their size ceilings', () => {
  const rows = measureBundles();
  console.log(sizeTable(rows));
  for (const row of rows)
    assert.ok(row.gzip <= row.ceiling, `${row.file}: ${row.gzip} bytes gzip, ceiling ${row.ceiling}`);
});

test('custom-elements.json describes every element, its attributes, events, parts and tokens', () => {
  const manifest = JSON.parse(readFileSync(file('packages/widgets/custom-elements.json'), 'utf8'));
  const elements = Object.fromEntries(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName, d]),
  );
  assert.deepEqual(Object.keys(elements).sort(), [
    'om-conformance-badge',
    'om-priority-checklist',
    'om-scorecard',
    'om-standards-adoption',
  ]);
  assert.deepEqual(
    elements['om-scorecard'].attributes.map((a) => a.name),
    ['src', 'framework-src', 'benchmark-src', 'previous-src', 'compact'],
  );
  assert.deepEqual(
    elements['om-priority-checklist'].events.map((e) => e.name),
    ['om-tick-change'],
  );
  assert.deepEqual(
    elements['om-scorecard'].events.map((e) => e.name),
    ['om-domain-select'],
  );
  for (const element of Object.values(elements)) {
    assert.ok(element.summary, `${element.tagName} has a summary`);
    assert.ok(element.cssParts.length >= 5, `${element.tagName} documents its parts`);
    assert.ok(element.cssProperties.length >= 5, `${element.tagName} documents its tokens`);
  }
});

test('the JSON Schemas and types ship beside the code', () => {
  for (const kind of ['Framework', 'Organisation', 'Assessment', 'Standard', 'ConformanceStatement', 'Benchmark']) {
    assert.equal(JSON.parse(readFileSync(file(`packages/core/schema/${kind}.schema.json`), 'utf8')).title, kind);
  }
  assert.match(readFileSync(file('packages/core/dist/types/index.d.ts'), 'utf8'), /parseDocument/);
  assert.match(readFileSync(file('packages/widgets/dist/types/index.d.ts'), 'utf8'), /OmConformanceBadge/);
});
