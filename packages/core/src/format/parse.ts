/** The first step of validation: is this a well-formed document of the format? */
import type * as z from 'zod/mini';
import { AnyDocument, isDocumentKind, schemas, type DocumentKind, type DocumentOf } from './documents.js';
import { checkIntegrity } from './integrity.js';
import { InvalidDocumentError } from './invalid-document-error.js';
import { parseJsonText } from './json-text.js';
import { describeValue, fromZodIssues, issue, type DocumentIssue } from './issues.js';
import { envelopeIssues } from './parse-as.js';
import { shapeValidators } from '#shape-check';

/** Options for {@link parseDocument}. */
export interface ParseOptions<K extends DocumentKind = DocumentKind> {
  /** Accept only this kind (or these kinds); any other is a `wrong_kind` issue. */
  kind?: K | readonly K[];
  /** The file or URL the document came from, named in the error. */
  source?: string;
}

/** The outcome of {@link safeParseDocument}: the document, or the error it would throw. */
export type ParseResult<T> =
  { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: InvalidDocumentError };

/**
 * Checks that a value is a document of the format and returns it, typed. Unknown properties
 * are kept, so a file from a newer minor version survives a round trip. A framework is also
 * checked for integrity (unique ids, known references, no prerequisite cycle).
 *
 * @throws {@link InvalidDocumentError} listing every problem with its JSON path.
 * @example
 * ```ts
 * const framework = parseDocument(JSON.parse(text), { kind: 'Framework', source: 'wgll.json' });
 * ```
 */
export function parseDocument<K extends DocumentKind = DocumentKind>(
  input: unknown,
  options: ParseOptions<K> = {},
): DocumentOf<K> {
  const result = safeParseDocument(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** Like {@link parseDocument}, but returns the error instead of throwing it. */
export function safeParseDocument<K extends DocumentKind = DocumentKind>(
  input: unknown,
  options: ParseOptions<K> = {},
): ParseResult<DocumentOf<K>> {
  const issues = documentIssues(input, options.kind);
  if (issues.length > 0) return { success: false, error: new InvalidDocumentError(issues, { source: options.source }) };
  // The schemas neither transform nor default, so the input is the document: no copy needed.
  return { success: true, data: input as DocumentOf<K> };
}

/**
 * Parses JSON text into a document. Text that is not JSON is a `not_json` issue naming the
 * line and column; a member name used twice in one object is a `duplicate_key` issue, and
 * nesting deeper than 64 a `too_deep` one, each with its JSON path. A leading UTF-8 byte order
 * mark is skipped.
 */
export function parseDocumentText<K extends DocumentKind = DocumentKind>(
  text: string,
  options: ParseOptions<K> = {},
): DocumentOf<K> {
  return parseDocument(parseJsonText(text, options), options);
}

/** Every problem with a value as a document; empty when it is one. */
export function documentIssues(input: unknown, kind?: DocumentKind | readonly DocumentKind[]): DocumentIssue[] {
  const envelope = envelopeIssues(input);
  if (envelope.length > 0) return envelope;
  const record = input as Record<string, unknown>;
  const allowed = kind === undefined ? undefined : typeof kind === 'string' ? [kind] : kind;
  if (allowed && isDocumentKind(record.kind) && !allowed.includes(record.kind)) {
    return [issue('wrong_kind', ['kind'], `a document of kind ${allowed.join(' or ')}`, describeValue(record.kind))];
  }
  // In Node, ajv's compiled check clears a valid document many times faster than zod/mini;
  // zod runs only when it fails, to word the issues (shape-check.node.ts).
  if (isDocumentKind(record.kind) && shapeValidators?.[record.kind](input)) return checkIntegrity(input as AnyDocument);
  // A kind that is not a document kind (from plain JavaScript) falls back to the union, which names it.
  const schema: z.ZodMiniType = allowed?.length === 1 && isDocumentKind(allowed[0]) ? schemas[allowed[0]] : AnyDocument;
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) return fromZodIssues(result.error.issues);
  return checkIntegrity(input as AnyDocument);
}
