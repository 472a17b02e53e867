// Apart from layout.ts, which derives every path from every kind's descriptor: a reader made for
// one kind needs these, and not the others' schemas.
import { formerPath } from '../format/paths.js';
import { isNotFoundError } from './errors.js';

/**
 * A base URL as a folder, which relative paths resolve below: `https://x.example/data` means
 * `https://x.example/data/`. A relative input resolves against the page, where there is one.
 */
export function folderUrl(input: string | URL): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  const url = new URL(input, page);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.hash = '';
  return url.href;
}

/**
 * The base URL of the published tree in which `url` is the document at `path` (the layout's
 * path of a document of `kind`): `baseUrlOf` for a caller that knows the path, from the kind's
 * descriptor, without the layout of every kind.
 *
 * @throws TypeError when `url` does not end with `path`.
 * @example
 * ```ts
 * baseUrlFor('https://x.example/om/frameworks/wgll/2024.1.json', 'frameworks/wgll/2024.1.json', 'Framework'); // 'https://x.example/om/'
 * ```
 */
export function baseUrlFor(url: string | URL, path: string, kind: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  // Compared decoded: a URL may spell "%20" as " " and still name the same file. A tree
  // published before ids were escaped holds the document at its former path.
  const decoded = (text: string) => text.split('/').map(decodeURIComponent).join('/');
  const at = decoded(parsed.pathname);
  if (![path, formerPath(path)].some((where) => where !== undefined && at.endsWith(`/${decoded(where)}`))) {
    throw new TypeError(`${parsed.href} is not where the publishing layout puts this ${kind} (…/${path})`);
  }
  const segments = path.split('/').length;
  parsed.pathname = `${parsed.pathname.split('/').slice(0, -segments).join('/')}/`;
  return parsed.href;
}

/**
 * Reads the path of the publishing layout `path` below `base` with `read`; when it is not
 * found and the path holds an id that trees published before the layout escaped it put
 * elsewhere (`standards/om-example%3Ainterop/` for `standards/om-example~3Ainterop/`), reads
 * there instead. Every reader of a layout path goes through this, so that a page keeps working
 * until its tree is published again. When neither is found, the error is the one for `path`.
 *
 * @example
 * ```ts
 * const { document } = await readLayoutPath(base, layout.framework(id, version), (url) =>
 *   reader.get(url, { kind: 'Framework' }),
 * );
 * ```
 */
export async function readLayoutPath<T>(
  base: string | URL,
  path: string,
  read: (url: string) => Promise<T>,
): Promise<T> {
  try {
    return await read(new URL(path, base).href);
  } catch (error) {
    const former = formerPath(path);
    if (former === undefined || !isNotFoundError(error)) throw error;
    try {
      return await read(new URL(former, base).href);
    } catch (second) {
      throw isNotFoundError(second) ? error : second;
    }
  }
}
