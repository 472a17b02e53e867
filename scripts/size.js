// `npm run size`: the bytes a page loads through the one tag (the loader), chunks included,
// minified and gzip -9, against their budgets. Each file is compressed on its own, as a server
// sends it. Size is deterministic, so it is checked in CI (scripts/dist.test.js); time is not,
// and is benchmarked. scripts/loader.test.js checks in Chromium that these are the files a page
// really requests.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { elementTags } from './elements.js';

const KB = 1024;
const CDN = new URL('../packages/widgets/dist/cdn/', import.meta.url);
export const LOADER = 'openmaturity-widgets.js';

/**
 * `budget`: what issue #14 sets. `ceiling`: what CI enforces today, so that a page cannot load
 * more while it is still over its budget; lower it whenever a change makes room. `before`: the
 * figures before the loader, when a page loaded one self-contained file.
 */
// States that tell the truth (#14) cost about 0.6 kB gzip in every element; binding key sets and
// revocation lists to issuers, one error contract and "standards exceeded" about 0.5 kB more on
// the badge's pages. Then the build gave core's and the widgets' own modules their package's
// `sideEffects` (every page 1.5 to 2 kB lighter: unused schemas and code of core were kept), and
// the Welsh words became a chunk of their own, loaded by a page that shows Welsh (2.2 kB lighter
// in English; the Welsh rows below measure a page in Welsh).
// Reading JSON text strictly in the client (a member name used twice, nesting depth: issue #15)
// adds about 0.6 kB to every page. One table of measure types (#11: validation, the engine and
// the elements' words of an answer ask format/measure-types.ts) adds 80 to 145 bytes to the pages
// that score; the verifying badge was 46,925 bytes before it, over its ceiling by 26 bytes.
// Windows-safe path segments (issue #15) add about 0.1 kB more.
// Then each element's bundle got only the schemas of the kinds
// it reads (core's parseAs and a shared reader that knows only the kinds its callers name, beside
// the client that knows every kind): one badge 40.6 -> 36.4 kB, a scorecard 46.3 -> 44.7 kB, the
// statement list and the summary about 4 kB lighter. A page with several elements pays for it:
// the code is cut into more files, each compressed on its own, and <om-standards-adoption> still
// reads the layout's indexes with the full client and every kind (the four elements of #14: 60.6
// -> 63.7 kB; all elements: 88.0 -> 91.4 kB).
// The ConformanceSummary kind (#17): the conformance summary's page reads its document by `src`
// through the shared reader (32.9 -> 45.1 kB), and the standards-adoption page, which shares
// that reader's chunk with it, carries the kind's schema too (46.0 -> 48.1 kB); the chunk could
// be split so that only the summary's page loads it.
// Lit's css`` templates minified at build (esbuild's CSS minifier), and the prerequisite cycle
// check apart from the ordering that only prioritising needs: one scorecard 45.0 -> 44.2 kB, the
// four elements of #14 66.1 -> 64.9, every page 0.2 to 1.1 kB lighter.
// The StandardsAdoptionSummary kind (#17): <om-standards-adoption> reads its published summary
// through the shared reader, and the full client (for a tree's src) only by dynamic import (its
// page under a ceiling of 47.2 -> 42.5 kB; the four elements of #14 64.9 -> 64.3). The modules
// the full client shares with the scoring pages become a chunk apart, each file compressed on
// its own: the scorecard's, checklist's and editor's pages 0.5 kB heavier (scorecard 44.2 ->
// 44.7); all elements 92.0 -> 93.5 (the kind's schema in the full client too).
// Ids with a colon written ~3A (any character no file name may hold escaped with ~), and the
// client and the elements reading a tree published before at its former path (issue #15):
// about 0.2 kB on each page; only the badge's ceiling moves (36.5 -> 36.6 kB), the others had
// the room. A module of its own for the former-path reading was worse (+0.28 kB): the build
// merged it into the styles' chunk.
// Each element's words in modules of their own (i18n-<area>.ts), and rollup's chunks merged into
// two groups, what every element loads and what the scoring elements load (CHUNK_GROUPS in
// rollup.config.js), measured before the colon change: one scorecard 44.7 -> 40.5 kB, the four
// elements of #14 64.3 -> 61.9, one badge 36.3 -> 35.9, all elements 93.5 -> 91.0; the
// statement list 37.1 -> 44.7 (it reads no URL, and now loads the reader with what every
// element loads). With the colon change: scorecard 40.7, the four 62.0, badge 36.0.
// <om-standards-adoption> imports the engine's local-voice figures only to compute them (assessments
// given on the page, or timelines judged again at its as-of), and says "N organisations" with its
// own words instead of loading every chart word for them: one standards-adoption 40.3 -> 38.2 kB,
// the four elements of #14 62.1 -> 60.0; the other pages about 0.1 kB heavier (the benchmark
// engine's quarterOf, no longer beside the chart words, is merged into what every element loads).
// The checklist's steps rendered without Lit's repeat() and its filters without live(): one
// checklist 44.2 -> 43.0 kB, the four elements of #14 60.0 -> 58.7 (a file fewer), every page
// 0.04 kB lighter (the directive helpers they shared with the virtualizer are the statement list's).
// The Standard, ConformanceStatement, ConformanceSummary and StandardsAdoptionSummary kinds' fields
// apart from the envelope's spread, where rollup drops their descriptions (it kept them beside
// it): the four elements of #14 58.6 -> 57.9 kB, standards-adoption 38.1 -> 37.6, a badge 36.1 -> 36.0.
// <om-scorecard> imports the engine's trend only when given a previous assessment (and every
// element's updateComplete waits for what it computes on the page with code loaded then): one
// scorecard 40.8 -> 40.5 kB, the four elements of #14 57.9 -> 57.5; every other page 0.06 kB
// heavier for the waiting (the checklist's ceiling moves 43.0 -> 43.1).
// 2026-12-03, what every element loads: the Organisation kind a file of its own (assessments and
// benchmarks name organisations with OrganisationRef and OrganisationType, now in
// format/shared.ts), the build merging small chunks itself instead of rollup's
// experimentalMinChunkSize (which had put that kind in the shared chunk); the words of answers a
// file of the three elements that show them; slug() a module of the statements' own; the Welsh
// months in the Welsh chunk; an element's file may export more than its element (no one-line
// facade file for the badge); terser's pure_getters, class names mangled (the error classes name
// themselves); and the schemas' descriptions left out of every chunk (terser had kept those of
// the kinds' chunks, which import describe). Measured on cefc809: one scorecard 40.8 -> 40.0 kB (39.96), one badge
// 36.0 -> 35.2, one standards-adoption 37.6 -> 37.0, one checklist 42.9 -> 42.4, the four
// elements of #14 58.0 -> 57.3; all elements 88.3 -> 88.4 (the Organisation kind a file more).
export const budgets = {
  'one badge': { budget: 37 * KB, ceiling: 35.4 * KB, before: 38.5 * KB },
  'one priority-checklist': { ceiling: 42.5 * KB, before: 40.4 * KB },
  // Within its budget (39.6 kB), in 4 files: the loader 0.4, what every element
  // loads 30.2 (zod, Lit, ky, the reader and its cache and errors, the format's parsing, issue
  // wording and strict JSON, the element base and its states, the Assessment kind), what the
  // scoring elements load 5.0 (the Framework and Benchmark kinds and their checks, validation
  // against the framework, the score) and the scorecard's own file 4.3 (the element, its styles,
  // trend, its words). Built alone, with no other element to share files with, the same code is
  // about 38 kB (the loader and one file): each file is compressed on its own.
  'one scorecard': { budget: 40 * KB, ceiling: 40 * KB, before: 39.3 * KB },
  'one standards-adoption': { ceiling: 37.1 * KB, before: 36.7 * KB },
  'one badge, verifying': { ceiling: 40.4 * KB, before: 38.5 * KB },
  'one badge, in Welsh': { ceiling: 38.5 * KB },
  'one scorecard, in Welsh': { ceiling: 42.9 * KB },
  'the four elements of #14': { budget: 52 * KB, ceiling: 57.0 * KB, before: 52.2 * KB },
  // The editor draws its preview with the scorecard, so its page carries the scorecard and about
  // 10 kB of its own: the form, its words, new assessments.
  'one assessment-editor': { ceiling: 49.3 * KB },
  'all elements': { ceiling: 88.1 * KB },
};
/** The elements there were when issue #14 set its all-elements budget, to compare like with like. */
const ISSUE_14_ELEMENTS = ['om-conformance-badge', 'om-priority-checklist', 'om-scorecard', 'om-standards-adoption'];
/** The ceiling of a page with one element that has none of its own (a new element needs no entry). */
const ONE_ELEMENT_CEILING = 47 * KB;

const read = (file) => readFileSync(new URL(file, CDN));

/** The files `file` imports: statically (loaded with it) and dynamically (loaded when code asks). */
export function importsOf(file) {
  const code = read(file).toString('utf8');
  const resolve = (specifier) => posix.join(posix.dirname(file), specifier);
  const found = (pattern) => [...code.matchAll(pattern)].map((m) => resolve(m[1]));
  return {
    static: found(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.\.?\/[^"']+)["']/g),
    dynamic: found(/\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g),
  };
}

/**
 * Every file a page loads for `entries`, following static imports, and dynamic ones when asked:
 * `dynamic` is true for all of them, or a pattern of the files to follow (the verification code,
 * the Welsh words).
 */
export function filesLoaded(entries, { dynamic = false } = {}) {
  const seen = new Set();
  const follow = (file) => (dynamic instanceof RegExp ? dynamic.test(file) : dynamic);
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = importsOf(file);
    for (const next of [...imports.static, ...imports.dynamic.filter(follow)]) visit(next);
  };
  for (const entry of [LOADER, ...entries]) visit(entry);
  return [...seen].sort();
}

const measure = (files) => {
  let minified = 0;
  let gzip = 0;
  for (const file of files) {
    const code = read(file);
    minified += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
  }
  return { files: files.length, minified, gzip };
};

/** The chunks a badge imports when it verifies a signature. */
const VERIFY = /^chunks\/verify-/;
/** The chunk of the elements' Welsh words (not the editor's), imported when an element shows Welsh. */
const WELSH = /^chunks\/i18n-cy-/;

/** The pages measured: one of each element, one badge that verifies, and all elements together. */
export function measurePages() {
  const pages = [
    ...elementTags.map((tag) => ({ page: tag === 'om-conformance-badge' ? 'one badge' : `one ${tag.slice(3)}`, tag })),
    { page: 'one badge, verifying', entries: ['om-conformance-badge.js'], dynamic: VERIFY },
    { page: 'one badge, in Welsh', entries: ['om-conformance-badge.js'], dynamic: WELSH },
    { page: 'one scorecard, in Welsh', entries: ['om-scorecard.js'], dynamic: WELSH },
    { page: 'the four elements of #14', entries: ISSUE_14_ELEMENTS.map((tag) => `${tag}.js`) },
    { page: 'all elements', entries: elementTags.map((tag) => `${tag}.js`) },
  ];
  return pages.map(({ page, tag, entries = [`${tag}.js`], dynamic = false }) => ({
    page,
    ceiling: tag ? ONE_ELEMENT_CEILING : undefined,
    ...budgets[page],
    ...measure(filesLoaded(entries, { dynamic })),
  }));
}

const kb = (bytes) => (bytes === undefined ? '-' : `${(bytes / KB).toFixed(1)} kB`);

export function sizeTable(rows) {
  const lines = [
    ['page (through the one tag)', 'files', 'minified', 'gzip -9', 'before', 'budget', 'ceiling (CI)', 'status'],
  ];
  for (const r of rows) {
    const status =
      r.ceiling !== undefined && r.gzip > r.ceiling
        ? 'OVER CEILING'
        : r.budget !== undefined && r.gzip > r.budget
          ? `over budget by ${kb(r.gzip - r.budget)}`
          : 'ok';
    lines.push([
      r.page,
      String(r.files),
      kb(r.minified),
      kb(r.gzip),
      kb(r.before),
      kb(r.budget),
      kb(r.ceiling),
      status,
    ]);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines
    .map((l) =>
      l
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measurePages();
  console.log(sizeTable(rows));
  if (rows.some((r) => r.ceiling === undefined || r.gzip > r.ceiling)) process.exitCode = 1;
}
