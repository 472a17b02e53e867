/**
 * The document kinds, in one list: what every other module asks about kinds comes from the
 * descriptors here (see `kind.ts`). A new kind is a new file in `kinds/` and one line below.
 */
import * as z from 'zod/mini';
import type { KindDescriptor } from './kind.js';
import { assessmentKind } from './kinds/assessment.js';
import { benchmarkKind } from './kinds/benchmark.js';
import { conformanceStatementKind } from './kinds/conformance-statement.js';
import { conformanceSummaryKind } from './kinds/conformance-summary.js';
import { frameworkKind } from './kinds/framework.js';
import { organisationKind } from './kinds/organisation.js';
import { standardKind } from './kinds/standard.js';
import { standardsAdoptionSummaryKind } from './kinds/standards-adoption-summary.js';

/** The descriptor of every document kind, in a stable order. */
export const kinds = [
  frameworkKind,
  organisationKind,
  assessmentKind,
  standardKind,
  conformanceStatementKind,
  benchmarkKind,
  conformanceSummaryKind,
  standardsAdoptionSummaryKind,
] as const;

/** The descriptor of any one kind. */
export type AnyKind = (typeof kinds)[number];

/** The schema of each document kind, by its `kind`. */
export const schemas = Object.fromEntries(kinds.map((descriptor) => [descriptor.kind, descriptor.schema])) as {
  readonly [D in AnyKind as D['kind']]: D['schema'];
};

/** The name of a document kind. */
export type DocumentKind = AnyKind['kind'];
/** The kinds, in a stable order. */
export const documentKinds: DocumentKind[] = kinds.map((descriptor) => descriptor.kind);

/** The schemas of a tuple of descriptors, as a tuple (a mapped type keeps tuples only over a type parameter). */
type SchemasOf<T extends readonly KindDescriptor[]> = { -readonly [I in keyof T]: T[I]['schema'] };

/** Any document of the format. */
export const AnyDocument = z.discriminatedUnion(
  'kind',
  kinds.map((descriptor) => descriptor.schema) as SchemasOf<typeof kinds>,
);
export type AnyDocument = z.infer<typeof AnyDocument>;

/** The document type of a kind: `DocumentOf<'Framework'>` is `Framework`. */
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof schemas)[K]>;

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(schemas, value);

const byKind = new Map<string, KindDescriptor>(kinds.map((descriptor) => [descriptor.kind, descriptor]));

/** The descriptor of a kind, typed loosely: for code that handles every kind alike. */
export const descriptorOf = (kind: DocumentKind): KindDescriptor => byKind.get(kind)!;
