/**
 * From response text to a validated document or index, and the check that it is of the kind
 * the caller asked for. Decoding happens once per response, shared by every caller of a URL;
 * the kind is checked per caller, since callers of one URL may ask for different kinds.
 */
import type { AnyDocument, DocumentKind } from '../format/documents.js';
import { InvalidDocumentError, isInvalidDocumentError } from '../format/invalid-document-error.js';
import { describeValue, issue } from '../format/issues.js';
import { parseJsonText } from '../format/json-text.js';
import type { ParseResult } from '../format/parse.js';
import { WrongKindError } from './errors.js';
import type { INDEX_KIND, IndexDocument, IndexedKind } from './index-document.js';

// Spelled here rather than imported: index-document.ts builds the index's schema from every
// kind's name, which a reader of one kind does not carry.
const INDEX: typeof INDEX_KIND = 'Index';

/** What the client can fetch: a document of the format, or an index of the layout. */
export type FetchableKind = DocumentKind | typeof INDEX_KIND;

/** A response's text, decoded: the document, or why it is not one (and what kind it claims). */
export interface Decoded {
  /** The `kind` the JSON claims, when it is a string. */
  kind?: string;
  /** For an index, what it claims to list. */
  of?: string;
  document?: AnyDocument | IndexDocument;
  error?: InvalidDocumentError;
}

/**
 * The kinds a client knows, and how it validates them: every kind for {@link createClient},
 * the kinds its callers named for a reader (`createReader`), so that a bundle carries only
 * the schemas it reads.
 */
export interface KindCheck {
  /** Validates a JSON value as a document of the kind it claims. */
  parse(value: unknown, source: string): ParseResult<AnyDocument>;
  /** Whether a claimed `kind` names a document kind: a caller who asked for another hears "wrong kind". */
  isKind(kind: unknown): kind is string;
  /** Validates an index of the layout; a reader of documents has none, and reads no index. */
  parseIndex?(value: unknown, source: string): IndexDocument;
}

/** What a caller asked for. */
export interface Expectation {
  kinds: readonly FetchableKind[];
  /** For an index: what it must list. */
  of?: IndexedKind;
}

/**
 * Parses and validates response text. Text that is not JSON (or repeats a member name, or
 * nests too deep) throws at once; a document that
 * is JSON but not valid is returned with its error, so that a caller who asked for another
 * kind hears "wrong kind" rather than a list of problems with the wrong document.
 */
export function decode(text: string, source: string, check: KindCheck): Decoded {
  const value = parseJsonText(text, { source });
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const kind = typeof record.kind === 'string' ? record.kind : undefined;
  const of = kind === INDEX && typeof record.of === 'string' ? record.of : undefined;
  if (kind === INDEX) {
    if (!check.parseIndex) {
      const wrong = issue('wrong_kind', ['kind'], 'a document, not an index', describeValue(kind));
      return { kind, of, error: new InvalidDocumentError([wrong], { source }) };
    }
    try {
      return { kind, of, document: check.parseIndex(value, source) };
    } catch (error) {
      if (isInvalidDocumentError(error)) return { kind, of, error };
      throw error;
    }
  }
  const result = check.parse(value, source);
  return result.success ? { kind, document: result.data } : { kind, error: result.error };
}

/**
 * The document, if it is of an expected kind.
 *
 * @throws {@link WrongKindError} when it is of a known kind other than the expected ones;
 * else the decoding error, if any.
 */
export function expectKind(
  decoded: Decoded,
  expected: Expectation | undefined,
  url: string,
  check: KindCheck,
): AnyDocument | IndexDocument {
  const { kind, of } = decoded;
  if (expected && kind !== undefined && (check.isKind(kind) || kind === INDEX)) {
    const kindMatches = (expected.kinds as readonly string[]).includes(kind);
    const ofMatches = kind !== INDEX || expected.of === undefined || of === expected.of;
    if (!kindMatches || !ofMatches) {
      const name = (k: string, o?: string) => (k === INDEX && o ? `${k} of ${o}` : k);
      const wanted = expected.kinds.map((k) => name(k, expected.of)).join(' or ');
      throw new WrongKindError(url, wanted, name(kind, of));
    }
  }
  if (decoded.error) throw decoded.error;
  return decoded.document!;
}

/** Freezes a freshly parsed JSON value and everything in it: cached documents are shared. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
