/**
 * How ids become path segments of the publishing layout. Each kind's descriptor builds its
 * paths with these, so every path of the tree is encoded and checked the same way.
 */

/** The file name of every index; so no document may have `index` as its file name. */
export const INDEX_FILE = 'index.json';
/** File names a document cannot have: the index beside it, and the word the client reads as "the latest". */
const RESERVED = new Set(['index', 'latest']);

/**
 * Encodes one path segment. Ids of the format are already restricted to letters, digits and
 * `. _ : -`; this still refuses what would step out of the tree, and as a file name what would
 * collide with an index or with the client's `'latest'`.
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
  return encodeURIComponent(value);
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
