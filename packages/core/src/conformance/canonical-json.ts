/**
 * The JSON Canonicalization Scheme (RFC 8785): one exact text for a JSON value, so that a
 * signature made over it in one program can be checked in another. Written here rather than
 * taken from the `canonicalize` package because that package is CommonJS only, which a
 * browser cannot import untransformed; the tests check that both give the same text.
 */
import { MAX_JSON_DEPTH as MAX_DEPTH } from '../format/json-text.js';
import { NotJsonError } from './errors.js';

/**
 * Returns the canonical JSON text of a value: object members sorted by UTF-16 code units, no
 * whitespace, numbers and strings as ECMAScript's `JSON.stringify` writes them (which is what
 * RFC 8785 prescribes). Members whose value is `undefined` are left out, as JSON does.
 *
 * @throws {@link NotJsonError} (`ERR_NOT_JSON`) for a value JSON cannot represent: a
 * non-finite number, a bigint, a function, a symbol, or nesting deeper than 64 levels.
 * @example
 * ```ts
 * canonicalJson({ b: [1, 2.50], a: 'x' }); // '{"a":"x","b":[1,2.5]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw notJson(`nesting deeper than ${MAX_DEPTH} levels`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson(String(value));
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw notJson(`a ${typeof value}`);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return write((value as { toJSON: () => unknown }).toJSON(), depth + 1);
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : write(item, depth + 1))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  // Array.prototype.sort compares UTF-16 code units, which is the order RFC 8785 asks for.
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    members.push(`${JSON.stringify(key)}:${write(member, depth + 1)}`);
  }
  return `{${members.join(',')}}`;
}

const notJson = (what: string) => new NotJsonError(`Cannot write canonical JSON of ${what}.`);
