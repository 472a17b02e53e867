// Tests of the build itself (run after `npm run build`): what users get from npm and a CDN.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreEntries } from './core-subpaths.js';
import { elementTags } from './elements.js';
import { filesLoaded, importsOf, LOADER, measurePages, sizeTable } from './size.js';

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
  // Every bundled document (frameworks and the standards catalogue) is read and valid.
  const count = readdirSync(file('packages/core/data'), { recursive: true }).filter((name) =>
    String(name).endsWith('.json'),
  ).length;
  assert.ok(count > 100, `the bundled data holds the catalogue (${count} documents)`);
  assert.match(result.stdout, new RegExp(`\\b${count} documents: ${count} valid, 0 invalid`));
});

test('the built CLI imports the 2019 DSPT workbook, read in a worker thread from the built chunk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'om-dist-import-'));
  try {
    const out = join(dir, 'dspt.jsonl');
    const workbook = file('data/real/dspt-all-organisations-2018-19-publication-2019-06-17.xlsx').pathname;
    // Plain Node, no tsx: the worker runs the built chunk that reads the rows. The CLI is run
    // from code given with -e, whose options (--input-type) a worker refuses if it inherits them.
    const code = `const { main } = await import(process.argv[1]); process.exitCode = await main(process.argv.slice(2));`;
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        code,
        file('packages/core/dist/cli.js').href,
        'import',
        'dspt',
        workbook,
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    // Two rows carry no valid code: reported on their cells, hence status 1.
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /wrote 31968 documents to .*dspt\.jsonl; 2 rows could not be read/);
    assert.match(result.stderr, /DSPT Organisation Profile Progr!B8687/);
    assert.equal(readFileSync(out, 'utf8').trimEnd().split('\n').length, 31_968);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CDN files import only files beside them, and have no eval or Function()', () => {
  const cdn = file('packages/widgets/dist/cdn/');
  const files = readdirSync(cdn, { recursive: true }).filter((name) => name.endsWith('.js'));
  for (const tag of elementTags) assert.ok(files.includes(`${tag}.js`), `<${tag}> has its CDN file`);
  assert.ok(files.includes(LOADER), 'the loader is there');
  for (const name of files) {
    const code = readFileSync(new URL(name, cdn), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g))
      assert.match(specifier, /^\.\.?\//, `${name} imports ${specifier}: only files beside it`);
    assert.doesNotMatch(code, /\beval\(|\bFunction\(/, `${name} needs no eval under a strict CSP`);
  }
  // The loader is small on purpose: neither Lit nor core.
  assert.deepEqual(importsOf(LOADER).static, []);
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

test('a page loads, through the one tag, no more than its ceiling (gzip -9, chunks included)', () => {
  const rows = measurePages();
  console.log(sizeTable(rows));
  for (const row of rows) {
    assert.ok(row.ceiling !== undefined, `${row.page} has a ceiling in scripts/size.js`);
    assert.ok(row.gzip <= row.ceiling, `${row.page}: ${row.gzip} bytes gzip, ceiling ${row.ceiling}`);
  }
});

test('the package entry registers and exports every element folder', () => {
  const index = readFileSync(file('packages/widgets/src/index.ts'), 'utf8');
  for (const tag of elementTags)
    assert.ok(index.includes(`'./${tag.slice(3)}/define.js'`), `index.ts imports <${tag}>`);
});

test('a badge that does not verify loads no verification code', () => {
  const loaded = filesLoaded(['om-conformance-badge.js']);
  const verifying = filesLoaded(['om-conformance-badge.js'], { dynamic: true });
  assert.ok(verifying.length > loaded.length, 'verification is a file of its own');
  for (const name of loaded)
    assert.doesNotMatch(readFileSync(file(`packages/widgets/dist/cdn/${name}`), 'utf8'), /jwk-set\+json/, name);
});

// Code an element needs only for some of what it may be given, imported only then: the engine's
// local-voice figures (assessments given to <om-standards-adoption>, or an as-of that judges
// the timelines again) and its trend (a previous assessment given to <om-scorecard>).
for (const [entry, what, code] of [
  ['om-standards-adoption.js', 'the adoption figures', /timelineSignals: options\.now is not a valid date/],
  ['om-scorecard.js', 'the trend', /an assessment of /],
]) {
  test(`${entry} loads ${what} only when it computes them`, () => {
    const read = (name) => readFileSync(file(`packages/widgets/dist/cdn/${name}`), 'utf8');
    for (const name of filesLoaded([entry])) assert.doesNotMatch(read(name), code, name);
    const later = filesLoaded([entry], { dynamic: true }).filter((name) => code.test(read(name)));
    assert.ok(later.length > 0, `${what}: a file the element imports`);
  });
}

test('custom-elements.json describes every element, its attributes, events, parts and tokens', () => {
  const manifest = JSON.parse(readFileSync(file('packages/widgets/custom-elements.json'), 'utf8'));
  const elements = Object.fromEntries(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName, d]),
  );
  assert.deepEqual(Object.keys(elements).sort(), elementTags);
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

test('the JSON Schemas and types ship beside the code, for every kind and every entry', async () => {
  // The kinds from the built format (one descriptor each), not a list kept here by hand.
  const { documentKinds } = await import(file('packages/core/dist/format.js').href);
  assert.ok(documentKinds.length >= 6, documentKinds.join(', '));
  for (const kind of documentKinds) {
    assert.equal(JSON.parse(readFileSync(file(`packages/core/schema/${kind}.schema.json`), 'utf8')).title, kind);
  }
  assert.match(readFileSync(file('packages/core/dist/types/index.d.ts'), 'utf8'), /parseDocument/);
  for (const { path, types, code } of coreEntries) {
    assert.ok(existsSync(file(`packages/core/${types.slice(2)}`)), `${path}: ${types}`);
    assert.ok(existsSync(file(`packages/core/${code.slice(2)}`)), `${path}: ${code}`);
  }
  assert.match(readFileSync(file('packages/widgets/dist/types/index.d.ts'), 'utf8'), /OmConformanceBadge/);
});
