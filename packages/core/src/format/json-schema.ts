/** JSON Schemas (draft 2020-12) derived from the zod schemas: the format for other languages. */
import * as z from 'zod/mini';
import { documentKinds, schemas, type DocumentKind } from './documents.js';
import { SUPPORTED_MAJOR } from './shared.js';

/** Where the published schemas live; `$id`s are stable within a major version. */
export const SCHEMA_BASE_URL = `https://openmaturity.org/schema/v${SUPPORTED_MAJOR}/`;

/** The JSON Schema of one document kind. */
export function toJsonSchema(kind: DocumentKind): Record<string, unknown> {
  const generated = z.toJSONSchema(schemas[kind], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_URL}${kind}.schema.json`, title: kind, ...rest };
}

/** The JSON Schemas of every kind, by kind. */
export const allJsonSchemas = (): Record<DocumentKind, Record<string, unknown>> =>
  Object.fromEntries(documentKinds.map((kind) => [kind, toJsonSchema(kind)])) as Record<
    DocumentKind,
    Record<string, unknown>
  >;
