// Apart from layout.ts, which derives every path from every kind's descriptor: a reader made for
// one kind needs these, and not the others' schemas.
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
  // Compared decoded: a URL may spell "%3A" as ":" and still name the same file.
  const decoded = (text: string) => text.split('/').map(decodeURIComponent).join('/');
  if (!decoded(parsed.pathname).endsWith(`/${decoded(path)}`)) {
    throw new TypeError(`${parsed.href} is not where the publishing layout puts this ${kind} (…/${path})`);
  }
  const segments = path.split('/').length;
  parsed.pathname = `${parsed.pathname.split('/').slice(0, -segments).join('/')}/`;
  return parsed.href;
}
