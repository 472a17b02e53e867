/**
 * How ids become path segments of the publishing layout. Each kind's descriptor builds its
 * paths with these, so every path of the tree is encoded and checked the same way.
 */

/** The file name of every index; so no document may have `index` as its file name. */
export const INDEX_FILE = 'index.json';
/** File names a document cannot have: the index beside it, and the word the client reads as "the latest". */
const RESERVED = new Set(['index', 'latest']);

/** Names Windows keeps for devices, alone or before an extension: `CON`, `nul.json`, `COM1`. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:\.|$)/i;

/**
 * A segment that every file system can hold, with the same text in the URL: a Windows device
 * name gets a `~` after it (`CON` is `CON~`, `aux.v2` is `aux~.v2`) and a trailing dot one after
 * it (`v1.` is `v1.~`, which Windows would otherwise strip and so merge with `v1`). Ids of the
 * format never hold `~`; one that another segment holds is doubled, so no two values meet.
 */
function portable(value: string): string {
  const escaped = value.replaceAll('~', '~~');
  const named = WINDOWS_DEVICE.test(escaped) ? escaped.replace(/^[^.]*/, (name) => `${name}~`) : escaped;
  return named.endsWith('.') ? `${named}~` : named;
}

/**
 * Encodes one path segment. Ids of the format are already restricted to letters, digits and
 * `. _ : -`; this still refuses what would step out of the tree, and as a file name what would
 * collide with an index or with the client's `'latest'`; and writes Windows device names and a
 * trailing dot so that Windows can hold them ({@link portable}). A colon is percent-encoded in
 * the URL and written as it is on disk, where Windows cannot hold it (docs/publishing.md).
 */
export function segment(value: string, what: string, leaf = false): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
    throw new TypeError(
      `${what} must be a non-empty path segment other than "." and "..", got ${JSON.stringify(value)}`,
    );
  }
  // Case-insensitive: on some file systems INDEX.json is index.json.
  if (leaf && RESERVED.has(value.toLowerCase()))
    throw new TypeError(`${what} cannot be "${value}": "index" and "latest" are reserved in the layout`);
  return encodeURIComponent(portable(value));
}

/** A document's file name: the segment, which may be neither `index` nor `latest`, and `.json`. */
export const leaf = (value: string, what: string): string => `${segment(value, what, true)}.json`;

/** Lower case ASCII letters and digits joined by `-`: `Système EPR+ 2` becomes `systeme-epr-2`. */
export function slug(text: string): string {
  const result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  if (!result) throw new TypeError(`${JSON.stringify(text)} has no letters or digits to make a path segment of`);
  return result;
}
