/**
 * The publishing layout: where each document and index lives, relative to a base URL. This is
 * the one module that knows URLs. The client reads the tree through it and
 * `openmaturity publish` writes the tree through it, so the two cannot drift apart;
 * `openapi.yaml` describes the same paths, and a test holds the two together.
 *
 * The paths themselves come from each kind's descriptor (`format/kinds/`): `index.json` at the
 * root lists every index; each kind has folders with an `index.json` (such as
 * `frameworks/{frameworkId}/index.json`, its versions and the latest) and its documents (such
 * as `frameworks/{frameworkId}/{version}.json`). `docs/publishing.md` shows the whole tree.
 */
import { descriptorOf, kinds, type AnyDocument, type AnyKind } from '../format/documents.js';
import { INDEX_FILE } from '../format/paths.js';

export { conformanceSubject } from '../format/kinds/conformance-statement.js';
export { slug } from '../format/slug.js';
import { baseUrlFor } from './folder-url.js';

export { baseUrlFor, folderUrl, readLayoutPath } from './folder-url.js';

/**
 * Every path of the {@link layout}, by name: the catalogue, then two per kind (the index of a
 * folder, and a document), as the kind's descriptor names and builds them.
 */
export type Layout = {
  /** The root index: lists every other index of the tree. */
  readonly catalogue: () => string;
} & {
  readonly [D in AnyKind as D['publishing']['index']['name']]: D['publishing']['index']['path'];
} & {
  readonly [D in AnyKind as D['publishing']['document']['name']]: D['publishing']['document']['path'];
};

/**
 * The path, relative to the base URL, of every document and index of the tree: the catalogue,
 * and for each document kind the index of a folder and a document (as its descriptor in
 * `format/kinds/` says). Each function encodes its arguments and refuses `.`, `..` and, as a
 * file name, `index` and `latest`.
 *
 * @example
 * ```ts
 * layout.framework('wgll', '2024.1');     // 'frameworks/wgll/2024.1.json'
 * layout.assessments('RGT');              // 'organisations/RGT/assessments/index.json'
 * new URL(layout.catalogue(), 'https://data.example.nhs.uk/openmaturity/');
 * ```
 */
export const layout: Layout = Object.freeze(
  Object.fromEntries([
    ['catalogue', () => INDEX_FILE],
    ...kinds.flatMap(({ publishing: { index, document } }) => [
      [index.name, index.path],
      [document.name, document.path],
    ]),
  ]) as Layout,
);

/** The name of one of the {@link layout}'s paths. */
export type LayoutPath = keyof Layout;

/** Where a document is published, relative to the base URL. */
export function documentPath(document: AnyDocument): string {
  const { publishing } = descriptorOf(document.kind);
  return publishing.document.path(...publishing.ids(document as never));
}

/** The index that lists a document, relative to the base URL. */
export function indexPath(document: AnyDocument): string {
  const { publishing } = descriptorOf(document.kind);
  return publishing.index.path(...publishing.ids(document as never).slice(0, -1));
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
  return baseUrlFor(url, documentPath(document), document.kind);
}
