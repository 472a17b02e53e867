/**
 * From JSON text to a value, the same way for every reader: `validate`, `verify`, the client,
 * `parseDocumentText`. Three things `JSON.parse` lets through are refused here, each as an
 * issue with its JSON path:
 *
 * - a member name used twice in one object (`"status":"not-conformant","status":"conformant"`):
 *   `JSON.parse` keeps the last value, other parsers the first, so two readers of one signed
 *   statement could see two statuses;
 * - nesting deeper than {@link MAX_JSON_DEPTH}: no document of the format comes near it, and
 *   code that walks a value (freezing it, canonicalising it) would exhaust the stack;
 * - and a leading UTF-8 byte order mark is skipped (RFC 8259 section 8.1 lets a parser ignore
 *   it), as `TextDecoder` already does for the client, so a file saved by Notepad reads alike in
 *   the CLI and the browser.
 *
 * The check costs one pass over the text with `indexOf` and one over the parsed value: the
 * members counted in each differ only when a name repeats, and only then is the text walked
 * again, slowly, to name where.
 */
import { InvalidDocumentError } from './invalid-document-error.js';
import { issue, type DocumentIssue } from './issues.js';
import { locateJsonError } from './json-position.js';

/** How deeply arrays and objects may nest in any JSON this library reads or writes. */
export const MAX_JSON_DEPTH = 64;

const BOM = 0xfeff;
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/** Strips a leading byte order mark, the one difference between a file's text and its JSON. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === BOM ? text.slice(1) : text);

/**
 * Parses JSON text, refusing duplicate member names and deep nesting, and skipping a byte
 * order mark.
 *
 * @throws {@link InvalidDocumentError} with one issue: `not_json` (naming the line and
 * column), `duplicate_key` or `too_deep` (naming the JSON path).
 */
export function parseJsonText(text: string, options: { source?: string } = {}): unknown {
  const json = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new InvalidDocumentError([issue('not_json', [], 'a JSON document', describeJsonError(json, cause))], {
      source: options.source,
      cause,
    });
  }
  const problem = jsonTextIssue(json, value);
  if (problem) throw new InvalidDocumentError([problem], { source: options.source });
  return value;
}

function describeJsonError(text: string, cause: unknown): string {
  if (text.trim() === '') return 'an empty file';
  const { line, column } = locateJsonError(text);
  const reason =
    cause instanceof Error ? cause.message.replace(/,? *".*$/s, '').replace(/ in JSON at position \d+.*$/s, '') : '';
  return `text that is not JSON at line ${line}, column ${column}${reason ? ` (${reason})` : ''}`;
}

/** The duplicate name or the nesting too deep in JSON text that parsed to `value`, if any. */
export function jsonTextIssue(text: string, value: unknown): DocumentIssue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { members, tooDeep } = scan(text);
  if (!tooDeep && members === countMembers(value)) return undefined;
  return locate(text);
}

/** Counts the members of every object in the text (the colons outside strings), and the nesting. */
function scan(text: string): { members: number; tooDeep: boolean } {
  let members = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i);
    else if (c === COLON) members++;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) return { members, tooDeep: true };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return { members, tooDeep: false };
}

/** The index of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    // A quote preceded by an odd run of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Counts the members of every object in a parsed value, without recursion. */
function countMembers(root: object): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else {
      // for...in, not Object.keys: no array per object, about 2.5x faster here. JSON.parse
      // makes plain objects, so it visits exactly their own members.
      for (const key in value) {
        count++;
        const member = value[key];
        if (typeof member === 'object' && member !== null) stack.push(member);
      }
    }
  }
  return count;
}

interface Frame {
  /** The names seen so far, for an object; undefined for an array. */
  names?: Set<string>;
  /** The current member's name, or the current item's index. */
  at: string | number | undefined;
}

/** Walks valid JSON text to the first repeated name or too deep a container, with its path. */
function locate(text: string): DocumentIssue | undefined {
  const stack: Frame[] = [];
  const pathOf = (frames: readonly Frame[]) => frames.flatMap((frame) => (frame.at === undefined ? [] : [frame.at]));
  let nameNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack.at(-1);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (nameNext && top?.names) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.names.has(name)) {
          return issue(
            'duplicate_key',
            [...pathOf(stack.slice(0, -1)), name],
            'each member name once in an object (readers disagree on which value a repeated name keeps)',
            `${JSON.stringify(name)} a second time, at ${lineAndColumn(text, i)}`,
          );
        }
        top.names.add(name);
        top.at = name;
        nameNext = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (stack.length === MAX_JSON_DEPTH) {
        return issue(
          'too_deep',
          pathOf(stack),
          `arrays and objects nested at most ${MAX_JSON_DEPTH} deep`,
          `deeper nesting, from ${lineAndColumn(text, i)}`,
        );
      }
      stack.push(c === OPEN_BRACE ? { names: new Set(), at: undefined } : { at: 0 });
      nameNext = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) stack.pop();
    else if (c === 44 /* , */ && top) {
      if (top.names) nameNext = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
