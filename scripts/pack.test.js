// Tests of what npm publishes (run after `npm run build`): packs each package, checks the
// tarball holds only what users need, installs both tarballs into a new project outside the
// workspace and uses them there, as a user would: core from Node ESM, its bin, its types, and
// the widgets' CDN bundle in Chromium under a strict Content-Security-Policy. This proves the
// published packages work, not only the workspace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from './chromium.js';

// The shared document builders (TypeScript, types only imported, so no build is needed).
const { assessmentOf, productStatement } = await tsImport('../packages/core/test/helpers.ts', import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'openmaturity-pack-'));
const project = join(work, 'project');
const packages = ['@openmaturity/core', '@openmaturity/widgets'];

// What users need, and nothing else: built code and types, JSON Schemas, bundled data, the
// OpenAPI document, the bin, the custom elements manifest, README, LICENSE, package.json.
const allowed = {
  '@openmaturity/core': [
    /^(package\.json|README\.md|LICENSE|openapi\.yaml|bin\/openmaturity\.js)$/,
    /^dist\/[\w./-]+\.(js|d\.ts|js\.map|d\.ts\.map)$/,
    /^schema\/[A-Za-z]+\.schema\.json$/,
    /^data\/(README\.md|(frameworks|standards)\/[\w.-]+\.json)$/,
  ],
  '@openmaturity/widgets': [
    /^(package\.json|README\.md|LICENSE|custom-elements\.json|dist\/cdn\/openmaturity-widgets\.css)$/,
    /^dist\/[\w./-]+\.(js|d\.ts|js\.map|d\.ts\.map)$/,
  ],
};
const forbidden = /(^|\/)(src|test|tests|__tests__|fixtures)\/|\.test\.|tsconfig|\.tsbuildinfo$|(^|\/)\./;

/** Runs a command; npm's own variables are dropped so that nested npm works on the new project, not the workspace. */
function run(command, args, cwd) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_config_(local_prefix|workspaces?|include_workspace_root)$/i.test(key),
    ),
  );
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

let packed;

before(() => {
  mkdirSync(project, { recursive: true });
  const pack = run(
    'npm',
    ['pack', '--json', '--pack-destination', work, ...packages.flatMap((name) => ['-w', name])],
    root,
  );
  assert.equal(pack.status, 0, pack.stderr);
  packed = JSON.parse(pack.stdout);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'openmaturity-pack-test', private: true, type: 'module' }),
  );
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((p) => join(work, p.filename))],
    project,
  );
  assert.equal(install.status, 0, install.stderr);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('each tarball holds only what users need', () => {
  assert.deepEqual(packed.map((p) => p.name).sort(), packages);
  for (const { name, files } of packed) {
    const paths = files.map((f) => f.path);
    const stray = paths.filter((path) => forbidden.test(path) || !allowed[name].some((pattern) => pattern.test(path)));
    assert.deepEqual(stray, [], `${name} ships files users do not need`);
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/types/index.d.ts'])
      assert.ok(paths.includes(needed), `${name} lacks ${needed}`);
  }
  const core = packed.find((p) => p.name === '@openmaturity/core').files.map((f) => f.path);
  for (const needed of [
    'dist/cli.js',
    'bin/openmaturity.js',
    'openapi.yaml',
    'schema/Assessment.schema.json',
    'data/frameworks/wgll-2024.json',
  ])
    assert.ok(core.includes(needed), `core lacks ${needed}`);
  const widgets = packed.find((p) => p.name === '@openmaturity/widgets').files.map((f) => f.path);
  assert.ok(widgets.includes('dist/cdn/openmaturity-widgets.js'), 'widgets lack the one tag (the loader)');
});

test('core works from Node ESM in a new project: parse a bundled framework, score an assessment', () => {
  writeFileSync(
    join(project, 'score.js'),
    `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseDocument, score, prioritise } from '@openmaturity/core';
const file = createRequire(import.meta.url).resolve('@openmaturity/core/data/frameworks/wgll-2024.json');
const framework = parseDocument(JSON.parse(readFileSync(file, 'utf8')), { kind: 'Framework' });
const assessment = JSON.parse(readFileSync('assessment.json', 'utf8'));
const result = score(framework, parseDocument(assessment, { kind: 'Assessment' }));
console.log(JSON.stringify({ file, overall: result.overall.score, answered: result.overall.coverage.answered, first: prioritise(framework, assessment)[0].indicator }));
`,
  );
  writeFileSync(
    join(project, 'assessment.json'),
    JSON.stringify(
      assessmentOf({ id: 'wgll', version: '2024.1' }, [
        { indicator: 'digital-strategy', value: true },
        { indicator: 'network-coverage', value: 80 },
        { indicator: 'board-digital-leadership', value: 3 },
      ]),
    ),
  );
  const result = run(process.execPath, ['score.js'], project);
  assert.equal(result.status, 0, result.stderr);
  const output = JSON.parse(result.stdout);
  assert.ok(
    output.file.startsWith(join(project, 'node_modules', '@openmaturity', 'core')),
    `read from the installed package, not ${output.file}`,
  );
  assert.equal(output.answered, 3);
  assert.ok(output.overall > 0 && output.overall < 100, `a score between 0 and 100, got ${output.overall}`);
  assert.equal(typeof output.first, 'string');
});

test('each subpath of core imports in plain Node ESM from the installed package', () => {
  writeFileSync(
    join(project, 'subpaths.js'),
    `import * as root from '@openmaturity/core';
import * as format from '@openmaturity/core/format';
import * as engine from '@openmaturity/core/engine';
import * as client from '@openmaturity/core/client';
import * as conformance from '@openmaturity/core/conformance';
import * as imports from '@openmaturity/core/import';
console.log(JSON.stringify({
  same: root.parseDocument === format.parseDocument && root.score === engine.score,
  found: [format.toJsonSchema, engine.summariseAdoption, client.documentPath, conformance.signStatement, imports.importDspt].map((f) => typeof f),
  internal: ['describe', 'envelope', 'quantile', 'titleCase'].filter((name) => [root, format, engine, imports].some((m) => name in m)),
}));
`,
  );
  const result = run(process.execPath, ['subpaths.js'], project);
  assert.equal(result.status, 0, result.stderr);
  // One copy of each function, whichever entry it is imported from.
  assert.deepEqual(JSON.parse(result.stdout), { same: true, found: Array(5).fill('function'), internal: [] });
});

test('the installed bin validates documents, and names the JSON path of a problem', () => {
  const framework = join('node_modules', '@openmaturity', 'core', 'data', 'frameworks', 'wgll-2024.json');
  const ok = run('npx', ['--no', '--', 'openmaturity', 'validate', 'assessment.json', framework], project);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /2 documents: 2 valid, 0 invalid/);

  const invalid = JSON.parse(readFileSync(join(project, 'assessment.json'), 'utf8'));
  invalid.responses[1].value = 120;
  writeFileSync(join(project, 'invalid.json'), JSON.stringify(invalid));
  const bad = run('npx', ['--no', '--', 'openmaturity', 'validate', 'invalid.json', framework], project);
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /responses\[1\]\.value/);
});

test('the types resolve for a TypeScript user of both packages and of every subpath (nodenext)', () => {
  writeFileSync(
    join(project, 'use.ts'),
    `import { score, type Assessment, type Framework } from '@openmaturity/core';
import { toJsonSchema, type Indicator } from '@openmaturity/core/format';
import { summariseAdoption, type AdoptionSummary } from '@openmaturity/core/engine';
import { layout, type Layout } from '@openmaturity/core/client';
import { signStatement, type IssuerJwk } from '@openmaturity/core/conformance';
import { importDspt, type DsptImportResult } from '@openmaturity/core/import';
import type { OmConformanceBadge, OmScorecard } from '@openmaturity/widgets';
export const overall = (f: Framework, a: Assessment): number | undefined => score(f, a).overall.score;
export const used = [toJsonSchema, summariseAdoption, layout, signStatement, importDspt];
export type Named = [Indicator, AdoptionSummary, Layout, IssuerJwk, DsptImportResult];
export type Elements = [OmConformanceBadge, OmScorecard];
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['use.ts'],
    }),
  );
  const tsc = run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    project,
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

// Type checks against the packed packages, with this repository's TypeScript, React types and
// vue-tsc: the new project does not install them, so `paths` points there.
const frameworkPaths = {
  react: [join(root, 'node_modules', '@types', 'react')],
  'react/*': [join(root, 'node_modules', '@types', 'react', '*')],
  vue: [join(root, 'node_modules', 'vue')],
};
const typeCheck = (name, files, bin) => {
  writeFileSync(
    join(project, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        paths: frameworkPaths,
      },
      files,
    }),
  );
  return run(process.execPath, [bin, '-p', `tsconfig.${name}.json`], project);
};

test('React: the elements are JSX intrinsic elements, their properties typed as the documents they take', () => {
  writeFileSync(
    join(project, 'Scorecard.tsx'),
    `import type { Assessment, ConformanceStatement, Framework } from '@openmaturity/core';
import type { CustomElements } from '@openmaturity/widgets/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Scorecard(props: { assessment: Assessment; framework: Framework; statement: ConformanceStatement }) {
  return (
    <>
      <om-scorecard
        assessment={props.assessment}
        framework={props.framework}
        compact
        onom-domain-select={(event) => console.log(event.detail.domain)}
      />
      <om-priority-checklist src="/assessment.json" framework-src="/framework.json" limit={5} />
      <om-conformance-badge statement={props.statement} variant="card" />
      {/* @ts-expect-error a framework is not an assessment */}
      <om-scorecard assessment={props.framework} />
    </>
  );
}
`,
  );
  const tsc = typeCheck('react', ['Scorecard.tsx'], join(root, 'node_modules', 'typescript', 'bin', 'tsc'));
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('Vue: the elements are global components, their properties typed as the documents they take (vue-tsc)', () => {
  writeFileSync(
    join(project, 'Scorecard.vue'),
    `<script setup lang="ts">
import type {} from '@openmaturity/widgets/vue';
import type { Assessment, Framework } from '@openmaturity/core';

defineProps<{ assessment: Assessment; framework: Framework }>();
</script>

<template>
  <om-scorecard :assessment="assessment" :framework="framework" compact />
  <om-priority-checklist src="/assessment.json" framework-src="/framework.json" :limit="5" />
  <!-- @vue-expect-error a framework is not an assessment -->
  <om-scorecard :assessment="framework" />
</template>
`,
  );
  const vueTsc = typeCheck('vue', ['Scorecard.vue'], join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'));
  assert.equal(vueTsc.status, 0, vueTsc.stdout + vueTsc.stderr);
});

test("the widgets' one tag, from the installed package, renders a badge under a strict CSP", async (t) => {
  // The bundle's file, found through the package's own exports map.
  const bundle = createRequire(join(project, 'package.json')).resolve(
    '@openmaturity/widgets/cdn/openmaturity-widgets.js',
  );
  const statement = productStatement({
    id: 'example-epr-demo-gp-connect',
    standard: { id: 'gp-connect', version: '1.0', name: 'GP Connect' },
    issuer: { id: 'https://issuer.demo.openmaturity.org/', name: 'Demo Assurance Body (demo)' },
    issued: '2025-02-14',
    expires: '2099-12-31',
  });
  writeFileSync(
    join(project, 'index.html'),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>pack test</title>
<script type="module" src="/${relative(project, bundle).split(sep).join('/')}"></script></head>
<body><om-conformance-badge><script type="application/json">${JSON.stringify(statement)}</script></om-conformance-badge></body></html>`,
  );

  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const path = normalize(join(project, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(project + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile())
      return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => document.querySelector('om-conformance-badge')?.shadowRoot?.textContent?.includes('Conformant'),
    { timeout: 10_000 },
  );
  const defined = await page.evaluate(() =>
    ['om-conformance-badge', 'om-scorecard', 'om-priority-checklist'].filter((name) => customElements.get(name)),
  );
  // The one tag loads the elements on the page only.
  assert.deepEqual(defined, ['om-conformance-badge']);
  const text = await page.evaluate(() =>
    document.querySelector('om-conformance-badge').shadowRoot.textContent.replace(/\s+/g, ' '),
  );
  assert.match(text, /GP Connect 1\.0/);
  assert.deepEqual(errors, [], 'no console errors, and so no CSP violation');
});

test('publint finds nothing to fix in either tarball', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  for (const { name, filename } of packed) {
    const tarball = readFileSync(join(work, filename));
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    // The workspace's own condition, `openmaturity-source`, points at src/ (tests and typedoc
    // run the sources through it) and is never set outside this repository, so its targets are
    // not published; every other message counts.
    const counted = messages.filter(
      (message) => !(message.code === 'EXPORTS_GLOB_NO_MATCHED_FILES' && message.path.includes('openmaturity-source')),
    );
    assert.deepEqual(
      counted.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
      [],
      name,
    );
  }
});

// attw's esm-only profile: both packages are ESM only ("type": "module", no `require`
// condition), for Node 20+ and bundlers. A CommonJS `require` of them is not supported (Node 20
// throws ERR_REQUIRE_ESM), so attw's node10 and node16-from-CommonJS resolutions, where every
// entry is `cjs-resolves-to-esm` or unresolved by design, are left out. Every entry under
// node16-from-ESM and bundler resolution must find its types, in the module format of its code.
// openapi.yaml is a document, not a module: no resolver gives it types, nor should.
test('are the types wrong (attw): no problem for ESM users of any entry, subpaths included', () => {
  const esm = new Set(['node16-esm', 'bundler']);
  for (const { name, filename } of packed) {
    const attw = run(
      process.execPath,
      [
        join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'),
        join(work, filename),
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './openapi.yaml',
        '--no-definitely-typed',
        '--format',
        'json',
      ],
      project,
    );
    const { analysis } = JSON.parse(attw.stdout);
    const problems = analysis.problems.filter((problem) => !problem.resolutionKind || esm.has(problem.resolutionKind));
    assert.deepEqual(problems, [], name);
    assert.equal(attw.status, 0, `${name}: attw exits ${attw.status}`);
    if (name === '@openmaturity/core')
      for (const entry of ['.', './format', './engine', './client', './conformance', './import'])
        assert.ok(analysis.entrypoints[entry], `attw checked ${entry}`);
  }
});
