/**
 * Generates the examples' data from its sources, with the command-line tool, into examples/data/
 * (not committed: `npm start` makes it again):
 *
 * - the real DSPT and ODS files in data/real/, imported (`openmaturity import`) into
 *   sources/real/; the national page's 2019 figures made from them (scripts/examples/national.ts)
 *   as ConformanceSummary documents, published with the rest; the 2022/23 trusts published, and
 *   their change since 2020/21 computed by `openmaturity publish --since`;
 * - the demo trust, its cohort and their benchmark, and the demo supplier's signed statements,
 *   made in code (scripts/examples/) as source files under sources/demo/;
 * - the bundled frameworks and standards with those demo sources, published into the
 *   publishing layout (`openmaturity publish`) at examples/data/ itself, where the trust and
 *   supplier pages read them as any site would;
 * - the demo issuer's public JWKS (demo-issuer/jwks.json), its revocation list beside it, and the
 *   static SVG badges (badges/).
 *
 * Every document is validated by the CLI (`validate`, and `publish` again), and every index by
 * `parseIndex`. Demo data says "(demo data)" or "(demo)" in its names.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../packages/core/src/cli/main.js';
import { parseDocument, type Framework, type Standard } from '../packages/core/src/index.js';
import { layout, parseIndex } from '../packages/core/src/client/index.js';
import { REVOCATION_LIST_FILE } from '../packages/core/src/conformance/index.js';
import { conformanceSubject } from '../packages/core/src/format/index.js';
import {
  COHORT_ID,
  DEMO_TRUST,
  demoBenchmark,
  demoCohort,
  demoOdsCodes,
  demoValley,
  PERIODS,
} from './examples/demo-trusts.js';
import { lastYearOf, withLocalVoice } from './examples/demo-local-voice.js';
import { badgeTitle, DEMO_ISSUER, demoSupplier } from './examples/demo-supplier.js';
import { nationalData } from './examples/national.js';

const root = new URL('../', import.meta.url);
const path = (relative: string) => new URL(relative, root).pathname;
const out = path('examples/data/');
const real = `${out}sources/real/`;
const demo = `${out}sources/demo/`;
const bundled = path('packages/core/data');

/** Runs the CLI in-process; keeps its output unless it fails (publish lists every file it writes). */
async function cli(...args: string[]) {
  let output = '';
  const code = await main(args, { stdout: (text) => void (output += text), stderr: (text) => void (output += text) });
  // An import exits 1 when a row of a real file could not be read (the 2020/21 list repeats a
  // trust): it wrote the rest, and says which row; the page goes on with what was read.
  const imported = args[0] === 'import' && code === 1 && /wrote [1-9]\d* documents/.test(output);
  if (imported)
    process.stderr.write(
      output
        .split('\n')
        .filter((line) => !/wrote \d+ documents/.test(line))
        .join('\n'),
    );
  if (code !== 0 && !imported) {
    process.stderr.write(output);
    throw new Error(`openmaturity ${args.join(' ')} exited ${code}`);
  }
  console.log(`examples: openmaturity ${args[0]}: ${output.trim().split('\n').at(-1)}`);
}

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const writeJson = (file: string, value: unknown) => write(file, `${JSON.stringify(value, null, 2)}\n`);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The real data, imported and validated.
const csv = {
  dsptTrusts: path('data/real/dspt-trusts-2022-23-snapshot-2023-11-16.csv'),
  dsptTrusts2021: path('data/real/dspt-trusts-ccgs-2020-21-metric-2022-02-08.csv'),
  ods: path('data/real/ods-etr-trusts-2023.csv'),
};
const dspt2019 = path('data/real/dspt-all-organisations-2018-19-publication-2019-06-17.xlsx');
await cli('import', 'dspt', csv.dsptTrusts, '--out', `${real}dspt-trusts`, '--snapshot-date', '2023-11-16');
await cli('import', 'dspt', csv.dsptTrusts2021, '--out', `${real}dspt-trusts-2020-21`);
await cli('import', 'dspt', dspt2019, '--out', `${real}dspt-2019`);
await cli('import', 'ods', csv.ods, '--out', `${real}organisations`);
await cli('validate', real);

// The national page's 2019 pictures as ConformanceSummary documents, published with the rest
// below (summaries/dspt/...); the 2020/21 trusts, which publish --since compares the 2022/23
// trusts with; its 32,000-row list in a file of its own.
const national = nationalData({ all2019: `${real}dspt-2019`, trusts2021: `${real}dspt-trusts-2020-21` });
const nationalSources = `${out}sources/national/`;
for (const [name, summary] of Object.entries(national.summaries)) writeJson(`${nationalSources}${name}.json`, summary);
const trusts2021 = `${out}sources/dspt-trusts-2020-21/`;
for (const statement of national.trusts2021) writeJson(`${trusts2021}${statement.id}.json`, statement);
mkdirSync(`${out}national`, { recursive: true });
writeFileSync(`${out}national/dspt-2019.json`, JSON.stringify(national.list));

// 2. The demo data. Its ODS codes must never be a real trust's.
const realText = Object.values(csv)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
for (const code of demoOdsCodes()) {
  if (new RegExp(`(^|[",])${code}([",]|$)`, 'm').test(realText))
    throw new Error(`demo ODS code ${code} belongs to a real organisation in data/real/`);
}
const framework = parseDocument(readJson(`${bundled}/frameworks/wgll-2024.json`), { kind: 'Framework' }) as Framework;
const standards = new Map(
  readdirSync(`${bundled}/standards`).map((name) => {
    const standard = parseDocument(readJson(`${bundled}/standards/${name}`), { kind: 'Standard' }) as Standard;
    return [standard.id, standard] as const;
  }),
);

const valley = demoValley(framework);
valley.current = withLocalVoice(framework, valley.current);
valley.previous = withLocalVoice(framework, valley.previous, true);
const cohort = demoCohort(framework);
cohort.assessments = cohort.assessments.map((a) => withLocalVoice(framework, a));
const members = [valley.current, ...cohort.assessments];
// Last year's cohort too, so the national page can show how adoption moves.
const lastYear = cohort.assessments.map((a) => lastYearOf(framework, a, PERIODS.previous));
const benchmark = demoBenchmark(framework, members, [valley.organisation, ...cohort.organisations]);
for (const organisation of [valley.organisation, ...cohort.organisations])
  writeJson(`${demo}organisations/${organisation.odsCode}.json`, organisation);
for (const assessment of [valley.previous, ...members, ...lastYear])
  writeJson(`${demo}assessments/${assessment.id}.json`, assessment);
writeJson(`${demo}benchmarks/${benchmark.id}.json`, benchmark);

const supplier = await demoSupplier(standards);
for (const { statement } of supplier.statements) writeJson(`${demo}conformance/${statement.id}.json`, statement);

// The demo sources with the bundled framework, so that each assessment is checked against it.
await cli('validate', demo, bundled);

// 3. The publishing layout, by the real command, with the bundled frameworks and standards, and
//    the real 2022/23 trusts: publish summarises them and, since their 2020/21 statuses, computes
//    the change the national page draws (summaries/dspt/region/2023-11-16.json). Their regions
//    are the statements' own (the same as the ODS file's), so the ODS organisations stay out of
//    the tree, where the demo pages take every organisation for one of the demo cohort.
await cli('publish', bundled, demo, nationalSources, `${real}dspt-trusts`, '--out', out, '--since', trusts2021);
const published = filesUnder(out).filter(
  (file) => !file.startsWith(`${out}sources/`) && file.endsWith('.json') && !file.startsWith(`${out}national/`),
);
for (const file of published.filter((f) => f.endsWith('/index.json'))) parseIndex(readJson(file), { source: file });
await cli('validate', ...published.filter((f) => !f.endsWith('/index.json')));

// 4. What the supplier page needs beside the layout: the issuer's public keys, the static badges,
//    and a list of what to show (each statement's path, its badge, the badge's words as alt text).
writeJson(`${out}demo-issuer/jwks.json`, supplier.jwks);
// Beside the keys, where badges look for it: with no list there, no badge could say "verified".
writeJson(`${out}demo-issuer/${REVOCATION_LIST_FILE}`, { ids: [] });
const supplierPage = supplier.statements.map(({ statement, svg, note }) => {
  const badge = `badges/${statement.standard.id}.svg`;
  write(`${out}${badge}`, svg);
  return {
    standard: statement.standard.id,
    name: statement.standard.name,
    statement: layout.conformance(conformanceSubject(statement.subject), statement.standard.id),
    badge,
    alt: badgeTitle(svg),
    ...(note ? { note } : {}),
  };
});
writeJson(`${out}supplier.json`, {
  issuer: { id: DEMO_ISSUER.id, jwks: 'demo-issuer/jwks.json' },
  statements: supplierPage,
});

// 5. The paths the example pages name in their markup must exist: they are written by hand.
const named = [
  layout.assessment(DEMO_TRUST.odsCode, PERIODS.current.id),
  layout.assessment(DEMO_TRUST.odsCode, PERIODS.previous.id),
  layout.benchmark(framework.id, framework.version, COHORT_ID, PERIODS.current.id),
  layout.framework(framework.id, framework.version),
  layout.adoptionSummary(PERIODS.current.id),
  'demo-issuer/jwks.json',
  `demo-issuer/${REVOCATION_LIST_FILE}`,
  'conformance/example-epr-demo/gp-connect.json',
  'conformance/example-epr-demo/dtac.json',
  'badges/gp-connect.svg',
];
for (const file of named) readFileSync(`${out}${decodeURIComponent(file)}`);
console.log(`examples: wrote ${out} (${published.length} published files, ${supplierPage.length} badges)`);
