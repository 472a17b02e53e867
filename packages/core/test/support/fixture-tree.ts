/**
 * A small published tree for the client's tests: documents written to a temporary source
 * folder, then published with the real `openmaturity publish`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { publishCommand } from '../../src/cli/publish.js';
import { smallAssessment, smallFramework } from '../helpers.js';

const corpus = (name: string) =>
  JSON.parse(readFileSync(new URL(`../corpus/valid/${name}`, import.meta.url), 'utf8')) as unknown;

/** The documents of the fixture tree, by file name. */
export function fixtureDocuments(): Record<string, unknown> {
  const v2 = smallFramework({ version: '2', name: 'Test framework, second edition' });
  return {
    'framework-1.json': smallFramework(),
    'framework-2.json': v2,
    'organisation-rgt.json': corpus('organisation-rgt.json'),
    'assessment-2023-24.json': smallAssessment({
      id: 'rgt-2023-24',
      framework: { id: 'test-fw', version: '2' },
      period: { id: '2023-24', start: '2023-04-01', end: '2024-03-31' },
    }),
    // Its standards adoption makes publish write the cohort's StandardsAdoptionSummary (of one: suppressed).
    'assessment-2024-25.json': smallAssessment({
      framework: { id: 'test-fw', version: '2' },
      standardsAdoption: [{ standard: 'dcb0129', stage: 'live' }],
    }),
    'conformance-rgt-dspt.json': corpus('conformance-dspt-rgt.json'),
    'conformance-product.json': corpus('conformance-product-signed.json'),
    'standard-dcb0129.json': corpus('standard-dcb0129.json'),
    'standard-example-draft.json': corpus('standard-example-draft.json'),
    'benchmark-acute.json': corpus('benchmark-acute.json'),
    'conformance-summary.json': corpus('conformance-summary-region-change.json'),
  };
}

/** Writes `documents` to a new source folder and publishes it; `remove()` deletes both folders. */
export async function publishTree(
  documents: Record<string, unknown> = fixtureDocuments(),
): Promise<{ src: string; out: string; stdout: string; remove: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'openmaturity-tree-'));
  const src = join(root, 'src');
  const out = join(root, 'out');
  mkdirSync(src);
  for (const [name, document] of Object.entries(documents))
    writeFileSync(join(src, name), JSON.stringify(document, null, 2));
  let stdout = '';
  const code = await publishCommand([src, '--out', out], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stdout += text),
  });
  if (code !== 0) throw new Error(`publishing the fixture tree failed:\n${stdout}`);
  return { src, out, stdout, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Documents whose ids hold a colon: a standard, a framework, an assessment's period, a statement's standard. */
export function colonDocuments(): Record<string, unknown> {
  return {
    'standard.json': corpus('standard-example-draft.json'),
    'framework.json': smallFramework({ id: 'nhs:fw', version: '2024:1' }),
    'assessment.json': smallAssessment({
      framework: { id: 'nhs:fw', version: '2024:1' },
      period: { id: '2024:Q1', start: '2024-04-01', end: '2024-06-30' },
    }),
    'statement.json': {
      ...(corpus('conformance-dspt-rgt.json') as Record<string, unknown>),
      standard: { id: 'om-example:interop' },
    },
  };
}

/**
 * The tree as `publish` wrote it before ids were escaped, made from a current one by hand: a
 * `:` in file and folder names, `%3A` in the indexes' hrefs, where the current layout writes
 * `~3A` (the ids of {@link colonDocuments} hold no `~`, so each `~3A` is a colon). Written
 * beside the tree, in a folder the tree's `remove()` deletes too.
 */
export function formerTreeOf(out: string): string {
  const root = join(out, '..', 'former');
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(out, join(entry.parentPath, entry.name));
    let text = readFileSync(join(out, file), 'utf8');
    if (file.endsWith('index.json')) text = text.replaceAll('~3A', '%3A');
    const target = join(root, file.replaceAll('~3A', ':'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}
