/**
 * A document kind, in one object: its schema, the checks beyond its shape, and its place in
 * the publishing layout. Each kind's descriptor lives in `kinds/`, and `documents.ts` lists
 * them; the union of documents, integrity, the layout, the client's methods, `publish` and the
 * OpenAPI check all derive from the descriptors, so a new kind is one new file.
 */
import type * as z from 'zod/mini';
import type { DocumentIssue } from './issues.js';

/** Builds one path of the layout from ids, each encoded by `segment` or `leaf` (see `paths.ts`). */
export type PathBuilder = (...ids: string[]) => string;

/**
 * One path of the layout: the name by which the layout, the client and `openapi.yaml` (as its
 * `operationId`) know it, and how to build it.
 */
export interface NamedPath<Name extends string = string, Build extends PathBuilder = PathBuilder> {
  readonly name: Name;
  readonly path: Build;
}

/** Where a kind's documents are published, and how their index lists them. */
export interface Publishing<T = never> {
  /** The index of the folder that holds a document: `frameworkVersions(frameworkId)`. */
  readonly index: NamedPath;
  /** A document, by the ids of its index and its own id, last: `framework(frameworkId, version)`. */
  readonly document: NamedPath;
  /** The ids `document.path` takes for a document; the last one is its id in its index. */
  ids(document: T): string[];
  /** How the catalogue lists the index of the document's folder. */
  folder(document: T): { id: string; title?: string };
  /** What its index says of a document, after its `id` and `href`. */
  item(document: T): { title?: string; [field: string]: unknown };
  /** Where the kind's indexes come in the catalogue: lower first. */
  readonly catalogueRank: number;
  /**
   * For kinds whose items have an order: the order, oldest first, whose last item the index
   * calls the latest (which the client reads when no id is given), and how to name what an
   * index that lists none lacks. Without it, items are in id order and have no latest.
   */
  readonly latest?: {
    compare(a: T, b: T): number;
    what(...ids: string[]): string;
  };
}

/** A schema of a document kind: an object with a literal `kind`. */
export type KindSchema = z.ZodMiniType<{ kind: string }>;

/** A document kind: its schema, integrity checks and place in the publishing layout (made by `defineKind`). */
export interface KindDescriptor<S extends KindSchema = KindSchema, P extends Publishing<never> = Publishing<never>> {
  /** The `kind` of its documents. */
  readonly kind: z.infer<S>['kind'];
  /** What a document of the kind is, field by field; types and JSON Schema derive from it. */
  readonly schema: S;
  /** The problems of a document whose shape is valid: ids that clash, dates out of order. */
  integrity?(document: z.infer<S>): DocumentIssue[];
  /** Its place in the publishing layout. */
  readonly publishing: P;
}

/**
 * Describes a document kind: its schema, its integrity checks, and its place in the publishing
 * layout. Names and path functions keep their literal types, so that the layout and the
 * client's typed methods derive from the descriptors.
 *
 * @example
 * ```ts
 * export const standardKind = defineKind({
 *   kind: 'Standard',
 *   schema: Standard,
 *   publishing: {
 *     index: { name: 'standardVersions', path: (standardId: string) => `standards/${segment(standardId, 'standardId')}/${INDEX_FILE}` },
 *     document: { name: 'standard', path: (standardId: string, version: string) => `standards/${segment(standardId, 'standardId')}/${leaf(version, 'version')}` },
 *     ids: (standard) => [standard.id, standard.version],
 *     folder: (standard) => ({ id: standard.id, title: standard.name }),
 *     item: (standard) => ({ title: standard.name }),
 *     catalogueRank: 11,
 *     latest: { compare: (a, b) => compareVersions(a.version, b.version), what: (id) => `version of the standard "${id}"` },
 *   },
 * });
 * ```
 */
// No side effects: a bundle that uses a kind's schema but not the kind itself drops the descriptor.
/* @__NO_SIDE_EFFECTS__ */
export function defineKind<S extends KindSchema, const P extends Publishing<z.infer<S>>>(descriptor: {
  kind: z.infer<S>['kind'];
  schema: S;
  integrity?: (document: z.infer<S>) => DocumentIssue[];
  publishing: P;
}): KindDescriptor<S, P> {
  return Object.freeze(descriptor) as KindDescriptor<S, P>;
}
