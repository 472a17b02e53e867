// Builds @openmaturity/core and @openmaturity/widgets as ESM libraries (dependencies left
// external), and the widgets' CDN files: a loader for one <script type="module"> and the elements.
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { rollup } from 'rollup';
import { elementFolders } from './scripts/elements.js';
import { versionDefine } from './scripts/widgets-version.js';
import { coreEntries } from './scripts/core-subpaths.js';

// `define`: the widgets' version from their package.json (packages/widgets/src/internal/version.ts).
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', define: versionDefine });

// Unresolved imports and missing exports are warnings by default and the build exits 0: fail.
const onwarn = (warning, warn) => {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
};

const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// What each of our packages' package.json says about side effects (`false`, or the files that
// have some), as a test of a resolved file: node-resolve applies it to the first module of a
// package only, and rollup-plugin-esbuild resolves the relative imports after it without it.
const packageSideEffects = ['packages/core', 'packages/widgets'].map((folder) => {
  const root = fileURLToPath(new URL(`${folder}/`, import.meta.url));
  const { sideEffects = true } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const globs = Array.isArray(sideEffects) ? sideEffects : undefined;
  const patterns = globs?.map(
    (glob) =>
      new RegExp(
        `^${glob
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '\0')
          .replace(/\*/g, '[^/]*')
          .replaceAll('\0', '(?:.*/)?')}$`,
      ),
  );
  return {
    root,
    has: (file) => (patterns ? patterns.some((p) => p.test(file.slice(root.length))) : sideEffects !== false),
  };
});
const sideEffectsOf = (file) => packageSideEffects.find(({ root }) => file.startsWith(root))?.has(file) ?? true;

// rollup-plugin-esbuild resolves relative imports itself (to find the .ts behind a .js) and
// node-resolve runs last, so inside zod, ky and lit the modules lost what each package.json says
// about side effects, and a module was kept whole as soon as it was imported (zod's global
// registry, for one). Inside node_modules, node-resolve decides. Our own modules get their
// package's `sideEffects`: without it, every module of core a widget reached was kept, with every
// top-level statement rollup cannot prove pure (each kind's zod schema, for one), used or not.
const sourcesOnly = (plugin) => ({
  ...plugin,
  async resolveId(id, importer, options) {
    if (importer?.includes('/node_modules/')) return null;
    const resolved = await plugin.resolveId.call(this, id, importer, options);
    return typeof resolved === 'string' ? { id: resolved, moduleSideEffects: sideEffectsOf(resolved) } : resolved;
  },
});

// The CDN bundles never generate JSON Schemas, so they leave out the schemas' descriptions
// (`describe` in packages/core/src/format/shared.ts), as a bundler's `define` would: a few lines
// rather than a dependency. After the TypeScript transform, when only code is left.
const SCHEMA_DESCRIPTIONS = '__OPENMATURITY_SCHEMA_DESCRIPTIONS__';
const withoutSchemaDescriptions = () => {
  let found = false;
  let described = 0;
  return {
    name: 'without-schema-descriptions',
    transform(code, id) {
      const flagged = code.includes(SCHEMA_DESCRIPTIONS);
      if (flagged) {
        found = true;
        code = code.replaceAll(SCHEMA_DESCRIPTIONS, 'false');
      }
      // The texts themselves: `describe(schema, 'text')` becomes `describe(schema)` in core's
      // modules. Terser drops them only where `describe` is in the same chunk, and a kind's
      // chunk imports it from the shared one.
      if (!id.includes('/packages/core/src/') || !code.includes('describe('))
        return flagged ? { code, map: null } : null;
      const cuts = [];
      const isText = (node) =>
        (node.type === 'Literal' && typeof node.value === 'string') ||
        (node.type === 'TemplateLiteral' && node.expressions.every((e) => e.type === 'Identifier'));
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        const { callee, arguments: args } = node;
        if (node.type === 'CallExpression' && callee.type === 'Identifier' && callee.name === 'describe') {
          if (args.length === 2 && isText(args[1])) cuts.push([args[0].end, args[1].end]);
        }
        for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      described += cuts.length;
      let result = code;
      for (const [start, end] of cuts.sort(([a], [b]) => b - a)) result = result.slice(0, start) + result.slice(end);
      return { code: result, map: null };
    },
    buildEnd(error) {
      // Fail, rather than ship the descriptions unnoticed after a rename.
      if (!error && !found)
        this.error(`${SCHEMA_DESCRIPTIONS} is in none of the bundle's modules: was it renamed in format/shared.ts?`);
      if (!error && described === 0) this.error('No describe(schema, text) call was found: was `describe` renamed?');
    },
  };
};

// Lit's css`` templates reach the bundle as written, indentation and all (terser leaves template
// text alone): esbuild's CSS minifier minifies each one without `${}` (none of ours has one).
// About 0.2 kB gzip a page with one element, 1.1 kB with the four elements of #14.
const minifiedCss = () => {
  let found = false;
  return {
    name: 'minified-css',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`$\\]*)`/g, (_, text) => {
        found = true;
        return `css\`${transformSync(text, { loader: 'css', minify: true }).code.trim()}\``;
      });
      return minified === code ? null : { code: minified, map: null };
    },
    buildEnd(error) {
      // Fail, rather than ship the styles unminified unnoticed after a change of how they are written.
      if (!error && !found) this.error("No css`` template was minified: did the elements stop using Lit's css tag?");
    },
  };
};

// The CDN folder starts empty (chunk names change with their hash), and gets the stylesheet a page
// links for the elements before their script runs (or if it never does).
const fallbackStylesheet = () => ({
  name: 'fallback-stylesheet',
  buildStart() {
    rmSync('packages/widgets/dist/cdn', { recursive: true, force: true });
  },
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'openmaturity-widgets.css',
      source: readFileSync('packages/widgets/src/fallback.css', 'utf8'),
    });
  },
});

const cdnInput = {
  'openmaturity-widgets': 'packages/widgets/src/loader.ts',
  ...Object.fromEntries(elementFolders.map((folder) => [`om-${folder}`, `packages/widgets/src/${folder}/define.ts`])),
};
// The Welsh words, each a chunk of their own that a page imports only to show Welsh: named, so
// that no merging ever puts shared code in them (a page would then load them). A manual chunk
// takes in what it imports, so they import no code (i18n.ts hands them theirs).
const welshChunk = (id) => /\/internal\/(i18n(?:-editor)?-cy)\.ts$/.exec(id)?.[1];
const cdnOutput = {
  dir: 'packages/widgets/dist/cdn',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
};
// A chunk smaller than this (rendered, before minifying) is merged into another rather than
// costing a request of its own (see groupedChunks).
const MIN_CHUNK_SIZE = 2_000;
// An element's file may export more than its element: the code that a chunk imported later (the
// badge's verification, the adoption table's tree reading) shares with it stays in it, where
// rollup would otherwise make a chunk of it and leave the element's file a one-line facade, a
// file more on the element's page (one badge 0.1 kB lighter, the four elements of #14 0.2 kB).
// Only the loader imports these files, for their side effect of defining the element.
const cdnInputOptions = { preserveEntrySignatures: 'allow-extension' };
const cdnPlugins = () => [
  nodeResolve({ browser: true, exportConditions: ['openmaturity-source', 'production'] }),
  sourcesOnly(typescript()),
  withoutSchemaDescriptions(),
  minifiedCss(),
];

// Rollup cuts the CDN's code into one chunk per set of elements that share it, and each file is
// compressed on its own: a page with one scorecard loaded nine files. The automatic chunks that
// hold these modules are merged, each group into one chunk: what every element loads (Lit, zod,
// ky, the shared reader, the format's parsing, the element base, the Assessment kind), and what
// the elements that score an assessment load (the Framework and Benchmark kinds, their checks,
// the score). Fewer files, fewer bytes: one scorecard 42.9 -> 40.5 kB gzip, the four elements
// of #14 64.4 -> 61.9, all elements 93.7 -> 91.0; the badge 34.6 -> 35.9 (it carries the
// Assessment kind and the shared words), and the statement list, which reads no URL, 36.0 ->
// 44.7 (it loads the reader with the rest).
const CHUNK_GROUPS = {
  stack: [
    'node_modules/lit-element/lit-element.js',
    'node_modules/lit-html/directive.js',
    'node_modules/zod/v4/core/schemas.js',
    'node_modules/ky/distribution/index.js',
    'packages/core/src/client/shared-reader.ts',
    'packages/widgets/src/internal/element.ts',
    'packages/core/src/format/kinds/assessment.ts',
  ],
  maturity: [
    'packages/widgets/src/internal/remote.ts',
    'packages/core/src/format/kinds/framework.ts',
    'packages/core/src/engine/score.ts',
  ],
  // The words of answers (yes, no, barriers), which the editor, the checklist and the adoption
  // table show: a file of their own rather than in what every element loads (one scorecard and
  // one badge 0.2 kB lighter, those three pages 0.1 kB heavier).
  responses: ['packages/widgets/src/internal/i18n-responses.ts'],
  // The Organisation kind, which only the statement pages read (assessments and benchmarks name
  // organisations with what format/shared.ts holds): a file of its own rather than in what every
  // element loads (a scorecard 0.3 kB lighter, the statement pages 0.1 kB heavier), and rather
  // than in a chunk of the statement pages, which the adoption table's reading of a whole tree
  // (from-tree.ts, every kind) would then load too.
  organisation: ['packages/core/src/format/kinds/organisation.ts'],
};

/**
 * `manualChunks` for the CDN: rollup's own chunks, found by a first build without minifying, with
 * those of {@link CHUNK_GROUPS} merged. Every module is named, as rollup would place it: a module
 * left to rollup beside manual chunks is taken into the first one that imports it.
 *
 * A chunk smaller than {@link MIN_CHUNK_SIZE} goes into the chunk loaded by the fewest pages
 * among those that every page loading it loads already: no page loads one file more, and the
 * fewest pages carry its code for nothing. (Rollup's `experimentalMinChunkSize`, which did this
 * merge before, merged by other rules: it put the Organisation kind, which only the statement
 * pages read, into the chunk every element loads, and a group would then take what it was merged
 * with.)
 */
async function groupedChunks() {
  const bundle = await rollup({ input: cdnInput, ...cdnInputOptions, plugins: cdnPlugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ ...cdnOutput, manualChunks: welshChunk });
  await bundle.close();
  const root = fileURLToPath(new URL('.', import.meta.url));
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The entries that load each chunk by static imports: none for a chunk only imported dynamically.
  const pagesOf = new Map(chunks.map((chunk) => [chunk, new Set()]));
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    const visit = (chunk) => {
      if (pagesOf.get(chunk).has(entry.name)) return;
      pagesOf.get(chunk).add(entry.name);
      for (const file of chunk.imports) visit(byFile.get(file));
    };
    visit(entry);
  }
  const nameOf = new Map();
  const grouped = new Set();
  for (const chunk of chunks) {
    const ids = Object.keys(chunk.modules);
    const group = Object.keys(CHUNK_GROUPS).find((name) =>
      CHUNK_GROUPS[name].some((module) => ids.some((id) => relative(root, id).endsWith(module))),
    );
    if (group) grouped.add(chunk);
    // An entry's modules keep their entry's name: the manual chunk that holds them is that entry.
    nameOf.set(chunk, group ?? (chunk.isEntry ? chunk.name : `${chunk.name}-${nameOf.size}`));
  }
  const pagesOfName = new Map();
  for (const [chunk, name] of nameOf)
    pagesOfName.set(name, new Set([...(pagesOfName.get(name) ?? []), ...pagesOf.get(chunk)]));
  const size = (chunk) => Object.values(chunk.modules).reduce((sum, module) => sum + module.renderedLength, 0);
  const covers = (pages, chunk) => [...pagesOf.get(chunk)].every((page) => pages.has(page));
  const merged = (chunk) =>
    !chunk.isEntry && !grouped.has(chunk) && pagesOf.get(chunk).size > 0 && size(chunk) < MIN_CHUNK_SIZE;
  const kept = new Set(chunks.filter((chunk) => !merged(chunk)).map((chunk) => nameOf.get(chunk)));
  for (const chunk of chunks.filter(merged)) {
    const [target] = [...pagesOfName]
      .filter(([name, pages]) => kept.has(name) && covers(pages, chunk))
      .sort(([, a], [, b]) => a.size - b.size);
    if (target) nameOf.set(chunk, target[0]);
  }
  for (const [group, modules] of Object.entries(CHUNK_GROUPS))
    if (![...nameOf.values()].includes(group))
      throw new Error(`No module of the CDN chunk group "${group}" (${modules.join(', ')}) is in the build: renamed?`);
  const chunkOf = new Map();
  for (const [chunk, name] of nameOf) for (const id of Object.keys(chunk.modules)) chunkOf.set(id, name);
  return (id) => welshChunk(id) ?? chunkOf.get(id);
}

export default [
  {
    // The two shape checks that package.json's `#shape-check` chooses between: ajv's compiled
    // validators for Node, none (zod/mini alone) for browsers. Kept external in the library so
    // that the consumer's resolver picks one.
    input: {
      // `.` and the subpaths of package.json's `exports` (@openmaturity/core/format, /engine, ...):
      // index.js, format.js, engine.js, ...
      ...Object.fromEntries(
        coreEntries.map(({ path, source }) => [
          path === '.' ? 'index' : path.slice(2),
          `packages/core/${source.slice(2)}`,
        ]),
      ),
      'shape-check': 'packages/core/src/format/shape-check.ts',
      'shape-check.node': 'packages/core/src/format/shape-check.node.ts',
    },
    output: { dir: 'packages/core/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [typescript()],
    onwarn,
  },
  // The command line, bundled with zod and Node's shape check: one file per command instead of a
  // hundred modules of zod to resolve and load at each start. ky, jose and exceljs stay external
  // (only the commands that need them import them).
  {
    input: { cli: 'packages/core/src/cli/main.ts' },
    output: { dir: 'packages/core/dist', format: 'es', chunkFileNames: 'cli/[name]-[hash].js' },
    external: (id) => external(id) && !/^(zod|#shape-check)(\/|$)/.test(id),
    plugins: [nodeResolve({ exportConditions: ['openmaturity-source', 'node'] }), sourcesOnly(typescript())],
    onwarn,
  },
  {
    // index.js (every element) and one file per element, from the element folders.
    input: {
      index: 'packages/widgets/src/index.ts',
      ...Object.fromEntries(elementFolders.map((folder) => [folder, `packages/widgets/src/${folder}/define.ts`])),
    },
    output: { dir: 'packages/widgets/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [typescript()],
    onwarn,
  },
  // The CDN files: the loader (openmaturity-widgets.js, the one tag a page needs) and one file per
  // element (om-<folder>.js), with their dependencies, over shared chunks: a page loads the loader,
  // the files of the elements it shows, and the chunks those import.
  {
    input: cdnInput,
    ...cdnInputOptions,
    output: { ...cdnOutput, manualChunks: await groupedChunks() },
    plugins: [
      fallbackStylesheet(),
      ...cdnPlugins(),
      // An ES module: top-level names may be mangled. A second pass inlines what the first simplified.
      // Class names are mangled too: every error class sets its `name` itself (core's errors.ts),
      // and nothing reads a constructor's name (keeping those of the error classes cost a
      // scorecard 78 bytes gzip).
      // `pure_getters`: reading a property has no side effect that the code relies on (no getter
      // of ours, Lit's, zod's or ky's is read for one); terser then inlines values across reads.
      // Compared with and without it, unminified: the output differs only by such inlining (a
      // scorecard 45 bytes lighter, all elements 100).
      terser({
        module: true,
        ecma: 2020,
        compress: { passes: 2, pure_getters: true },
        format: { comments: false },
      }),
    ],
    onwarn,
  },
];
