/**
 * Validation against the kinds a caller names by their descriptors, rather than against every
 * kind: a bundle that reads one kind (a badge reads conformance statements) then carries that
 * kind's schema and no other. `parse.ts` checks the same envelope and runs the same checks, by
 * name, over every kind.
 */
import type * as z from 'zod/mini';
import type { KindDescriptor } from './kind.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import { describeValue, fromZodIssues, issue, type DocumentIssue } from './issues.js';
import type { ParseResult } from './parse.js';
import { SUPPORTED_MAJOR } from './shared.js';
import { shapeValidators } from '#shape-check';

/** The problems of a value's envelope: not an object, or of a major version this SDK does not read. */
export function envelopeIssues(input: unknown): DocumentIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [issue('invalid_type', [], 'a JSON object with "kind" and "schemaVersion"', describeValue(input))];
  }
  const record = input as Record<string, unknown>;
  const version =
    typeof record.schemaVersion === 'string' ? /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.exec(record.schemaVersion) : null;
  const major = version ? Number(version[1]) : SUPPORTED_MAJOR;
  if (major === SUPPORTED_MAJOR) return [];
  const hint =
    major > SUPPORTED_MAJOR
      ? 'a newer version of @openmaturity/core may read it'
      : 'it predates format 1.0: convert it first';
  return [
    issue(
      'unsupported_version',
      ['schemaVersion'],
      `schema version ${SUPPORTED_MAJOR}.x, the major version this SDK reads (${hint})`,
      describeValue(record.schemaVersion),
    ),
  ];
}

/** The problems of a document of `descriptor`'s kind: its shape, then its integrity. */
export function kindIssues(input: object, descriptor: KindDescriptor): DocumentIssue[] {
  // In Node, ajv's compiled check clears a valid document many times faster than zod/mini;
  // zod runs only when it fails, to word the issues (shape-check.node.ts).
  const fast = (shapeValidators as Record<string, (value: unknown) => boolean> | undefined)?.[descriptor.kind];
  if (!fast?.(input)) {
    const result = descriptor.schema.safeParse(input, { reportInput: true });
    if (!result.success) return fromZodIssues(result.error.issues);
  }
  return descriptor.integrity?.(input as never) ?? [];
}

/** The document type of one or more descriptors. */
export type DocumentOfKinds<D extends KindDescriptor> = z.infer<D['schema']>;

/**
 * Every problem with a value as a document of one of `kinds`; empty when it is one. A document
 * that claims another kind, known or not, is a `wrong_kind` issue.
 */
export function documentIssuesAs(input: unknown, kinds: KindDescriptor | readonly KindDescriptor[]): DocumentIssue[] {
  const envelope = envelopeIssues(input);
  if (envelope.length > 0) return envelope;
  const allowed: readonly KindDescriptor[] = Array.isArray(kinds) ? kinds : [kinds as KindDescriptor];
  const claimed = (input as Record<string, unknown>).kind;
  const descriptor = allowed.find((d) => d.kind === claimed);
  if (descriptor) return kindIssues(input as object, descriptor);
  const expected = `a document of kind ${allowed.map((d) => d.kind).join(' or ')}`;
  if (typeof claimed === 'string' || allowed.length !== 1)
    return [issue(claimed === undefined ? 'missing' : 'wrong_kind', ['kind'], expected, describeValue(claimed))];
  // One kind and no string `kind`: its schema says so, with every other problem.
  return kindIssues(input as object, allowed[0]!);
}

/** Like {@link parseAs}, but returns the error instead of throwing it. */
export function safeParseAs<D extends KindDescriptor>(
  input: unknown,
  kinds: D | readonly D[],
  options: { source?: string } = {},
): ParseResult<DocumentOfKinds<D>> {
  const issues = documentIssuesAs(input, kinds);
  if (issues.length > 0) return { success: false, error: new InvalidDocumentError(issues, { source: options.source }) };
  return { success: true, data: input as DocumentOfKinds<D> };
}

/**
 * Checks that a value is a document of one of `kinds` (descriptors, such as
 * `conformanceStatementKind`) and returns it, typed: as `parseDocument` with its `kind` option,
 * but a bundle that uses it carries only these kinds' schemas.
 *
 * @throws {@link InvalidDocumentError} listing every problem with its JSON path.
 * @example
 * ```ts
 * const statement = parseAs(JSON.parse(text), conformanceStatementKind, { source: 'statement.json' });
 * ```
 */
export function parseAs<D extends KindDescriptor>(
  input: unknown,
  kinds: D | readonly D[],
  options: { source?: string } = {},
): DocumentOfKinds<D> {
  const result = safeParseAs(input, kinds, options);
  if (!result.success) throw result.error;
  return result.data;
}
