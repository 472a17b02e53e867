/**
 * The index files of the publishing layout. They are not documents of the format, but they
 * are read and checked the same way, and their problems are reported as document issues.
 */
import * as z from 'zod/mini';
import { documentKinds, type DocumentKind } from '../format/documents.js';
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { describeValue, fromZodIssues, issue, type DocumentIssue } from '../format/issues.js';
import { describe, Label, SchemaVersion, SUPPORTED_MAJOR } from '../format/shared.js';

/** The `kind` of an index file. */
export const INDEX_KIND = 'Index';

/** What an index lists: documents of one kind, or (the catalogue) other indexes. */
export const IndexedKind = z.enum<readonly (DocumentKind | typeof INDEX_KIND)[]>([...documentKinds, INDEX_KIND]);
export type IndexedKind = z.infer<typeof IndexedKind>;

/**
 * A URL path relative to the index: no scheme, no leading `/`, no `.` or `..` segment (also
 * not percent-encoded), so an index can only point into its own folder.
 */
export const RelativeHref = describe(
  z.string().check(
    z.maxLength(2048, { error: 'a relative URL of at most 2048 characters' }),
    z.regex(/^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\])(?!(?:[^/]*\/)*(?:\.|%2[Ee]){1,2}(?:\/|$))[^\s?#\\]+$/, {
      error: 'a relative URL path such as "2024.1.json" (no scheme, no leading "/", no "." or ".." segment)',
    }),
  ),
  'A URL path relative to the index that lists it, such as "2024.1.json".',
);

/** One entry of an index. Unknown properties are kept, as in documents. */
export const IndexItem = z.looseObject({
  id: describe(Label, 'The id of the listed item: a version, a period id, a standard id, an ODS code.'),
  href: RelativeHref,
  of: z.optional(describe(IndexedKind, 'In the catalogue: what the listed index lists.')),
  title: z.optional(describe(Label, 'A name to show for the item.')),
});
export type IndexItem = z.infer<typeof IndexItem>;

/**
 * An index file: what a folder of the tree holds. `items` are in ascending order (oldest
 * version or period first); `latest` is the id of the latest item, where the items have an order.
 *
 * @example
 * ```json
 * { "kind": "Index", "schemaVersion": "1.0", "of": "Framework", "latest": "2024.1",
 *   "items": [{ "id": "2024.1", "href": "2024.1.json", "title": "What Good Looks Like" }] }
 * ```
 */
export const IndexDocument = describe(
  z.looseObject({
    kind: z.literal(INDEX_KIND),
    schemaVersion: SchemaVersion,
    of: IndexedKind,
    title: z.optional(Label),
    latest: z.optional(
      describe(Label, 'The id of the latest item; absent when the items have no order or there are none.'),
    ),
    items: z.array(IndexItem),
  }),
  'An index of the publishing layout: the documents (or, in the catalogue, the indexes) of one folder.',
);
export type IndexDocument = z.infer<typeof IndexDocument>;

/**
 * Every problem with a value as an index file: its shape, then that `latest` names an item,
 * that ids and hrefs are unique, and that the catalogue says what each of its indexes lists.
 */
export function indexIssues(input: unknown): DocumentIssue[] {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  const major = typeof version === 'string' ? /^(0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$/.exec(version)?.[1] : undefined;
  if (major !== undefined && Number(major) !== SUPPORTED_MAJOR) {
    return [
      issue(
        'unsupported_version',
        ['schemaVersion'],
        `schema version ${SUPPORTED_MAJOR}.x, the major version this SDK reads`,
        describeValue(version),
      ),
    ];
  }
  const result = IndexDocument.safeParse(input, { reportInput: true });
  if (!result.success) return fromZodIssues(result.error.issues);

  const index = result.data;
  const issues: DocumentIssue[] = [];
  if (index.latest !== undefined && !index.items.some((item) => item.id === index.latest)) {
    issues.push(issue('unknown_reference', ['latest'], 'the id of one of the items', describeValue(index.latest)));
  }
  // The catalogue lists one organisation's assessments and its statements: same id, another `of`.
  const key = (item: IndexItem) => (index.of === INDEX_KIND ? `${item.of} ${item.id}` : item.id);
  const ids = new Map<string, number>();
  const hrefs = new Map<string, number>();
  index.items.forEach((item, i) => {
    if (index.of === INDEX_KIND && item.of === undefined)
      issues.push(issue('missing', ['items', i, 'of'], 'what the listed index lists', 'nothing'));
    const id = ids.get(key(item));
    if (id !== undefined)
      issues.push(
        issue(
          'duplicate_id',
          ['items', i, 'id'],
          'an id not already listed',
          `${describeValue(item.id)}, already at items[${id}]`,
        ),
      );
    else ids.set(key(item), i);
    const href = hrefs.get(item.href);
    if (href !== undefined)
      issues.push(
        issue(
          'duplicate_id',
          ['items', i, 'href'],
          'an href not already listed',
          `${describeValue(item.href)}, already at items[${href}]`,
        ),
      );
    else hrefs.set(item.href, i);
  });
  return issues;
}

/**
 * Checks that a value is an index file and returns it, typed.
 *
 * @throws the format's `InvalidDocumentError`, listing every problem with its JSON path.
 */
export function parseIndex(input: unknown, options: { source?: string } = {}): IndexDocument {
  const issues = indexIssues(input);
  if (issues.length > 0) throw new InvalidDocumentError(issues, { source: options.source });
  return input as IndexDocument;
}
