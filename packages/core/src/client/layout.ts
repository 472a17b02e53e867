/**
 * The publishing layout: where each document and index lives, relative to a base URL. This is
 * the one module that knows URLs. The client reads the tree through it and
 * `openmaturity publish` writes the tree through it, so the two cannot drift apart;
 * `openapi.yaml` describes the same paths, and a test holds the two together.
 *
 * ```
 * index.json                                                    the catalogue: every index below
 * frameworks/{frameworkId}/index.json                           versions, and the latest
 * frameworks/{frameworkId}/{version}.json                       a Framework
 * standards/{standardId}/index.json                             versions, and the latest
 * standards/{standardId}/{version}.json                         a Standard
 * organisations/index.json                                      every organisation
 * organisations/{odsCode}/organisation.json                     an Organisation
 * organisations/{odsCode}/assessments/index.json                periods, and the latest
 * organisations/{odsCode}/assessments/{periodId}.json           an Assessment
 * conformance/{subject}/index.json                              a subject's statements
 * conformance/{subject}/{standardId}.json                       a ConformanceStatement
 * benchmarks/{frameworkId}/{frameworkVersion}/{cohortId}/index.json       periods, and the latest
 * benchmarks/{frameworkId}/{frameworkVersion}/{cohortId}/{periodId}.json  a Benchmark
 * ```
 */
import type { Subject } from '../format/kinds/conformance-statement.js';
import type { AnyDocument } from '../format/documents.js';
import { organisationKey } from '../format/kinds/organisation.js';

/** The file name of every index; so no document may have `index` as its file name. */
const INDEX = 'index.json';
/** File names a document cannot have: the index beside it, and the word the client reads as "the latest". */
const RESERVED = new Set(['index', 'latest']);

/**
 * Encodes one path segment. Ids of the format are already restricted to letters, digits and
 * `. _ : -`; this still refuses what would step out of the tree, and as a file name what would
 * collide with an index or with the client's `'latest'`.
 */
function segment(value: string, what: string, leaf = false): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
    throw new TypeError(
      `${what} must be a non-empty path segment other than "." and "..", got ${JSON.stringify(value)}`,
    );
  }
  // Case-insensitive: on some file systems INDEX.json is index.json.
  if (leaf && RESERVED.has(value.toLowerCase()))
    throw new TypeError(`${what} cannot be "${value}": "index" and "latest" are reserved in the layout`);
  return encodeURIComponent(value);
}

const leaf = (value: string, what: string) => `${segment(value, what, true)}.json`;

/**
 * The path, relative to the base URL, of every document and index of the tree. Each function
 * encodes its arguments and refuses `.`, `..` and, as a file name, `index` and `latest`.
 *
 * @example
 * ```ts
 * layout.framework('wgll', '2024.1');     // 'frameworks/wgll/2024.1.json'
 * layout.assessments('RGT');              // 'organisations/RGT/assessments/index.json'
 * new URL(layout.catalogue(), 'https://data.example.nhs.uk/openmaturity/');
 * ```
 */
export const layout = Object.freeze({
  /** The root index: lists every other index of the tree. */
  catalogue: (): string => INDEX,
  /** The index of a framework's versions. */
  frameworkVersions: (frameworkId: string): string => `frameworks/${segment(frameworkId, 'frameworkId')}/${INDEX}`,
  /** One version of a framework. */
  framework: (frameworkId: string, version: string): string =>
    `frameworks/${segment(frameworkId, 'frameworkId')}/${leaf(version, 'version')}`,
  /** The index of a standard's versions. */
  standardVersions: (standardId: string): string => `standards/${segment(standardId, 'standardId')}/${INDEX}`,
  /** One version of a standard. */
  standard: (standardId: string, version: string): string =>
    `standards/${segment(standardId, 'standardId')}/${leaf(version, 'version')}`,
  /** The index of every organisation. */
  organisations: (): string => `organisations/${INDEX}`,
  /** An organisation, by ODS code. */
  organisation: (odsCode: string): string => `organisations/${segment(odsCode, 'odsCode')}/organisation.json`,
  /** The index of an organisation's assessments, by period. */
  assessments: (odsCode: string): string => `organisations/${segment(odsCode, 'odsCode')}/assessments/${INDEX}`,
  /** An organisation's assessment for one period. */
  assessment: (odsCode: string, periodId: string): string =>
    `organisations/${segment(odsCode, 'odsCode')}/assessments/${leaf(periodId, 'periodId')}`,
  /** The index of a subject's conformance statements, by standard. */
  conformanceStatements: (subject: string): string => `conformance/${segment(subject, 'subject')}/${INDEX}`,
  /** A subject's conformance statement for one standard. See {@link conformanceSubject}. */
  conformance: (subject: string, standardId: string): string =>
    `conformance/${segment(subject, 'subject')}/${leaf(standardId, 'standardId')}`,
  /** The index of a cohort's benchmarks for one framework version, by period. */
  benchmarkPeriods: (frameworkId: string, frameworkVersion: string, cohortId: string): string =>
    `benchmarks/${segment(frameworkId, 'frameworkId')}/${segment(frameworkVersion, 'frameworkVersion')}/${segment(cohortId, 'cohortId')}/${INDEX}`,
  /** A cohort's benchmark for one framework version and period. */
  benchmark: (frameworkId: string, frameworkVersion: string, cohortId: string, periodId: string): string =>
    `benchmarks/${segment(frameworkId, 'frameworkId')}/${segment(frameworkVersion, 'frameworkVersion')}/${segment(cohortId, 'cohortId')}/${leaf(periodId, 'periodId')}`,
});

/** The name of one of the {@link layout}'s paths. */
export type LayoutPath = keyof typeof layout;

/**
 * The `{subject}` segment of a conformance statement: the ODS code of an organisation, or a
 * slug of the product's name (`Example EPR` becomes `example-epr`).
 *
 * @example
 * ```ts
 * conformanceSubject({ type: 'product', name: 'Example Ltd', product: { name: 'Example EPR' } }); // 'example-epr'
 * ```
 */
export function conformanceSubject(subject: Subject): string {
  if (subject.type === 'organisation' && subject.odsCode) return subject.odsCode;
  if (subject.type === 'organisation' && subject.registerCode) return subject.registerCode.code;
  const name = subject.type === 'product' ? (subject.product?.name ?? subject.name) : subject.name;
  return slug(name);
}

/** Lower case ASCII letters and digits joined by `-`: `Système EPR+ 2` becomes `systeme-epr-2`. */
export function slug(text: string): string {
  const result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  if (!result) throw new TypeError(`${JSON.stringify(text)} has no letters or digits to make a path segment of`);
  return result;
}

/** Where a document is published, relative to the base URL. */
export function documentPath(document: AnyDocument): string {
  switch (document.kind) {
    case 'Framework':
      return layout.framework(document.id, document.version);
    case 'Standard':
      return layout.standard(document.id, document.version);
    case 'Organisation':
      return layout.organisation(organisationKey(document));
    case 'Assessment':
      return layout.assessment(document.organisation.odsCode, document.period.id);
    case 'ConformanceStatement':
      return layout.conformance(conformanceSubject(document.subject), document.standard.id);
    case 'Benchmark':
      return layout.benchmark(
        document.framework.id,
        document.framework.version,
        document.cohort.id,
        document.period.id,
      );
  }
}

/** The index that lists a document, relative to the base URL. */
export function indexPath(document: AnyDocument): string {
  switch (document.kind) {
    case 'Framework':
      return layout.frameworkVersions(document.id);
    case 'Standard':
      return layout.standardVersions(document.id);
    case 'Organisation':
      return layout.organisations();
    case 'Assessment':
      return layout.assessments(document.organisation.odsCode);
    case 'ConformanceStatement':
      return layout.conformanceStatements(conformanceSubject(document.subject));
    case 'Benchmark':
      return layout.benchmarkPeriods(document.framework.id, document.framework.version, document.cohort.id);
  }
}

/**
 * The `href` by which an index refers to a path below its own folder: relative, so that the
 * tree can be served from any base URL.
 *
 * @example
 * ```ts
 * relativeHref('frameworks/wgll/index.json', 'frameworks/wgll/2024.1.json'); // '2024.1.json'
 * ```
 */
export function relativeHref(fromIndex: string, to: string): string {
  const folder = fromIndex.slice(0, fromIndex.lastIndexOf('/') + 1);
  if (!to.startsWith(folder) || to === fromIndex) throw new TypeError(`${to} is not below ${folder || 'the root'}`);
  return to.slice(folder.length);
}

/**
 * The base URL of the tree a document was read from: its URL without the document's own
 * {@link documentPath}. With it, a document's neighbours can be found, such as the framework
 * an assessment answers.
 *
 * @throws TypeError when the URL is not where the layout puts that document.
 * @example
 * ```ts
 * const base = baseUrlOf('https://x.example/om/organisations/RGT/assessments/2024-25.json', assessment);
 * // 'https://x.example/om/'
 * new URL(layout.framework(assessment.framework.id, assessment.framework.version), base);
 * ```
 */
export function baseUrlOf(url: string | URL, document: AnyDocument): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  const path = documentPath(document);
  // Compared decoded: a URL may spell "%3A" as ":" and still name the same file.
  const decoded = (text: string) => text.split('/').map(decodeURIComponent).join('/');
  if (!decoded(parsed.pathname).endsWith(`/${decoded(path)}`)) {
    throw new TypeError(`${parsed.href} is not where the publishing layout puts this ${document.kind} (…/${path})`);
  }
  const segments = path.split('/').length;
  parsed.pathname = `${parsed.pathname.split('/').slice(0, -segments).join('/')}/`;
  return parsed.href;
}

/**
 * A base URL as a folder, which relative paths resolve below: `https://x.example/data` means
 * `https://x.example/data/`. A relative input resolves against the page, where there is one.
 */
export function folderUrl(input: string | URL): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  const url = new URL(input, page);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.hash = '';
  return url.href;
}
