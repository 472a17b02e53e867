/** The document kinds, in one table: what every other module asks about kinds comes from here. */
import * as z from 'zod/mini';
import { Assessment } from './kinds/assessment.js';
import { Benchmark } from './kinds/benchmark.js';
import { ConformanceStatement } from './kinds/conformance-statement.js';
import { Framework } from './kinds/framework.js';
import { Organisation } from './kinds/organisation.js';
import { Standard } from './kinds/standard.js';

/** The schema of each document kind, by its `kind`. */
export const schemas = {
  Framework,
  Organisation,
  Assessment,
  Standard,
  ConformanceStatement,
  Benchmark,
} as const;

/** The name of a document kind. */
export type DocumentKind = keyof typeof schemas;
/** The kinds, in a stable order. */
export const documentKinds = Object.keys(schemas) as DocumentKind[];

/** Any document of the format. */
export const AnyDocument = z.discriminatedUnion('kind', [
  Framework,
  Organisation,
  Assessment,
  Standard,
  ConformanceStatement,
  Benchmark,
]);
export type AnyDocument = z.infer<typeof AnyDocument>;

/** The document type of a kind: `DocumentOf<'Framework'>` is `Framework`. */
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof schemas)[K]>;

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(schemas, value);
