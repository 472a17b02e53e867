/**
 * How ids become path segments of the publishing layout. Each kind's descriptor builds its
 * paths with these, so every path of the tree is encoded and checked the same way.
 */

import { errorGuard, OpenMaturityError } from '../errors.js';

/**
 * A value the publishing layout cannot make a path segment of: empty, `.` or `..` (which would
 * step out of the tree), a file name the layout reserves (`index`, `latest`), or text with half
 * of a UTF-16 surrogate pair, which neither a URL nor a file name can hold. The format's ids are
 * never any of these: it comes from a caller of the client or the layout.
 *
 * @example
 * ```ts
 * try { await client.framework(id) }
 * catch (e) { if (isInvalidSegmentError(e)) console.log(e.what, e.value) }
 * ```
 */
export class InvalidSegmentError extends OpenMaturityError {
  static readonly code = 'ERR_INVALID_SEGMENT';
  /** Which argument it was, such as `frameworkId`. */
  readonly what: string;
  /** The value refused. */
  readonly value: string;

  constructor(what: string, value: string, message: string) {
    super(InvalidSegmentError.code, message);
    this.name = 'InvalidSegmentError';
    this.what = what;
    this.value = value;
  }
}

/** True for an {@link InvalidSegmentError}, from this realm or another. */
// Pure: a page that never asks which error it was does not carry the guard.
export const isInvalidSegmentError = /* @__PURE__ */ errorGuard<InvalidSegmentError>(InvalidSegmentError.code);

/** The file name of every index; so no document may have `index` as its file name. */
export const INDEX_FILE = 'index.json';
/** File names a document cannot have: the index beside it, and the word the client reads as "the latest". */
const RESERVED = new Set(['index', 'latest']);

/**
 * Names Windows keeps for devices, alone or before an extension (or a space, which Windows
 * drops): `CON`, `nul.json`, `COM1`.
 */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?=[. ]|$)/i;

/**
 * What a file name cannot hold on Windows (`< > : " / \ | ? *` and the control characters), on
 * macOS (`:`, which Finder shows as `/`) or on Linux (`/`, NUL). Of these the format's ids allow
 * only `:`; the others reach {@link segment} only from a caller of the client.
 */
const UNPORTABLE = /[\u0000-\u001f<>:"/\\|?*]/g;

/**
 * A segment that Windows, macOS and Linux can all hold as a file name, with the same text in
 * the URL. `~` is the escape: a `~` is doubled first; a character no file name may hold is `~`
 * and its two hex digits (`om-example:interop` is `om-example~3Ainterop`); a Windows device name
 * gets a `~` after it (`CON` is `CON~`, `aux.v2` is `aux~.v2`), and so does a trailing dot or
 * space (`v1.` is `v1.~`), which Windows would otherwise strip and so merge with `v1`. Every `~`
 * reads back one way (`~~`, `~` and two hex digits, or a mark before a dot, a space or the end),
 * so no two values share a segment, nor two that differ in more than case on a file system that
 * ignores case.
 */
function portable(value: string): string {
  const escaped = value
    .replaceAll('~', '~~')
    .replace(UNPORTABLE, (char) => `~${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const named = WINDOWS_DEVICE.test(escaped) ? escaped.replace(/^[^. ]*/, (name) => `${name}~`) : escaped;
  return /[. ]$/.test(named) ? `${named}~` : named;
}

/**
 * Encodes one path segment: the value made {@link portable}, then percent-encoded for a URL.
 * For the format's ids (letters, digits and `. _ : -`, or an ODS code) the URL and the file
 * name are the same text. Refuses what would step out of the tree, as a file name what would
 * collide with an index or with the client's `'latest'`, and text that is not well-formed
 * UTF-16 (which `encodeURIComponent` would refuse with a bare `URIError`).
 *
 * @throws {@link InvalidSegmentError} for an empty segment, `.`, `..`, a reserved file name, or
 * a lone surrogate.
 */
export function segment(value: string, what: string, leaf = false): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..')
    throw new InvalidSegmentError(
      what,
      value,
      `${what} must be a non-empty path segment other than "." and "..", got ${JSON.stringify(value)}`,
    );
  // Case-insensitive: on some file systems INDEX.json is index.json.
  if (leaf && RESERVED.has(value.toLowerCase()))
    throw new InvalidSegmentError(
      what,
      value,
      `${what} cannot be "${value}": "index" and "latest" are reserved in the layout`,
    );
  try {
    return encodeURIComponent(portable(value));
  } catch {
    // Its one failure (a URIError naming neither the argument nor the value): half of a
    // surrogate pair, which JSON.stringify writes as \udXXX, so the message shows it.
    throw new InvalidSegmentError(what, value, `${what} holds a lone UTF-16 surrogate: ${JSON.stringify(value)}`);
  }
}

/**
 * Where a tree published before the layout escaped `:` (and Windows device names and a
 * trailing dot) holds `path`, or undefined when that is `path` itself. The former layout only
 * percent-encoded each id (`standards/om-example%3Ainterop/index.json`); the client reads
 * there when a path with such an id is not found, so that a page keeps working until its tree
 * is published again (docs/publishing.md).
 */
export function formerPath(path: string): string | undefined {
  // In a segment every `~` is an escape: `~~` was a `~`, `~3A` a `:` (now percent-encoded), and
  // a lone `~` a mark the former layout did not write.
  const former = path.replace(/~(~|[0-9A-F]{2})?/g, (_, code?: string) =>
    code === undefined ? '' : code === '~' ? code : `%${code}`,
  );
  return former === path ? undefined : former;
}

/** A document's file name: the segment, which may be neither `index` nor `latest`, and `.json`. */
export const leaf = (value: string, what: string): string => `${segment(value, what, true)}.json`;
