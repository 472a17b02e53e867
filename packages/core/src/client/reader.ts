/**
 * The reading half of the client: resolve a URL, fetch it once for every caller waiting on it,
 * validate it against the kinds the reader knows, cache it by its HTTP headers. `createClient`
 * adds the typed methods of every kind on top; `createReader` knows only the kinds it is given,
 * so that a bundle that reads one kind carries that kind's schema and no other.
 */
import type { KindDescriptor } from '../format/kind.js';
import type { AnyDocument } from '../format/documents.js';
import type { ParseResult } from '../format/parse.js';
import { safeParseAs } from '../format/parse-as.js';
import { cachingHeaders, DocumentCache, freshness, type CachedDocument } from './cache.js';
import type { ClientOptions, Fetched, FetchableOf, GetOptions, Reader } from './client.js';
import {
  decode,
  deepFreeze,
  expectKind,
  type Decoded,
  type Expectation,
  type FetchableKind,
  type KindCheck,
} from './decode.js';
import { HttpStatusError, isTransientError } from './errors.js';
import { folderUrl } from './folder-url.js';
import { InFlight } from './in-flight.js';
import { createTransport } from './transfer.js';

/** The default of {@link ClientOptions.maxBytes}: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The default of {@link ClientOptions.timeout}: 10 s. */
export const DEFAULT_TIMEOUT = 10_000;

interface Outcome {
  decoded: Decoded;
  url: string;
  stale: boolean;
}

/** A reader, and what the client builds its typed methods with. */
export function readerCore(options: ClientOptions, check: KindCheck) {
  const baseUrl = options.baseUrl === undefined ? undefined : folderUrl(options.baseUrl);
  const cache =
    options.cache === false ? undefined : options.cache instanceof DocumentCache ? options.cache : new DocumentCache();
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const transport = createTransport({
    fetch: options.fetch,
    timeout,
    retry: options.retry,
    headers: options.headers,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  });
  const inFlight = new InFlight<Outcome>();

  function resolve(input: string | URL): string {
    // In a page without a baseUrl, relative URLs mean what they mean to the page.
    const base = baseUrl ?? (globalThis as { location?: { href?: string } }).location?.href;
    let url: URL;
    try {
      url = new URL(input, base);
    } catch {
      throw new TypeError(
        `${JSON.stringify(String(input))} is not a URL${base ? '' : ' (a relative URL needs the baseUrl option)'}`,
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${url.href} is not an http(s) URL`);
    url.hash = '';
    return url.href;
  }

  /** The base URL, for a method that reads a path of the layout below it. */
  function base(method: string): string {
    if (baseUrl === undefined)
      throw new TypeError(`client.${method}() needs the client's baseUrl; client.get(url) reads any URL`);
    return baseUrl;
  }

  async function refresh(url: string, signal: AbortSignal): Promise<Outcome> {
    const cached = cache?.get(url);
    try {
      const validators = cached && { etag: cached.headers.etag, lastModified: cached.headers['last-modified'] };
      const transfer = await transport(url, validators, signal);
      const now = Date.now();
      if (transfer.notModified) {
        if (!cached)
          throw new HttpStatusError(transfer.url, 304, {
            message: `${transfer.url} answered 304 Not Modified to a request that had nothing to revalidate`,
          });
        if (!vouchesFor(transfer.headers, cached.headers)) {
          // The 304 names another validator than the one sent: the copy is not the current
          // representation, and keeping it would serve old content for as long as the server
          // keeps answering 304. Ask again without validators.
          cache?.delete(url);
          return await refresh(url, signal);
        }
        const headers = cachingHeaders(transfer.headers, cached.headers);
        const { store: storable, ...fresh } = freshness(headers, now);
        const entry: CachedDocument = { ...cached, headers, ...fresh };
        store(url, entry, storable);
        return fromCache(entry, false);
      }
      const decoded = decode(transfer.text, transfer.url, check);
      if (decoded.document) {
        deepFreeze(decoded.document);
        const headers = cachingHeaders(transfer.headers);
        const { store: storable, ...fresh } = freshness(headers, now);
        store(url, { url: transfer.url, document: decoded.document, headers, ...fresh }, storable);
      }
      return { decoded, url: transfer.url, stale: false };
    } catch (error) {
      // A copy that may be out of date is better than an error page, unless the server forbids it.
      if (cached && !cached.mustRevalidate && !signal.aborted && isTransientError(error))
        return fromCache(cached, true);
      throw error;
    }
  }

  function store(url: string, entry: CachedDocument, storable: boolean): void {
    if (!cache) return;
    if (storable) cache.set(url, entry);
    else cache.delete(url);
  }

  async function load(
    url: string,
    expected: Expectation | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Fetched> {
    signal?.throwIfAborted();
    const cached = cache?.get(url);
    const outcome =
      cached && cached.freshUntil > Date.now()
        ? fromCache(cached, false)
        : await inFlight.run(url, signal, (shared) => refresh(url, shared));
    const document = expectKind(outcome.decoded, expected, outcome.url, check);
    return { document, kind: document.kind, url: outcome.url, stale: outcome.stale } as Fetched;
  }

  const reader: Reader = {
    baseUrl,
    cache,
    get: async <K extends FetchableKind = FetchableKind>(url: string | URL, options: GetOptions<K> = {}) => {
      const kinds =
        options.kind === undefined
          ? undefined
          : typeof options.kind === 'string'
            ? [options.kind as K]
            : (options.kind as readonly K[]);
      return load(resolve(url), kinds && { kinds }, options.signal) as Promise<Fetched<FetchableOf<K>>>;
    },
  };
  return { reader, load, base };
}

/**
 * Makes a reader: a client without the typed methods, that reads documents by URL
 * ({@link Reader.get}) and validates them against `kinds` only, so that a bundle that uses it
 * carries only the schemas of those kinds. A document that claims another kind is a
 * {@link WrongKindError}. Sharing, caching and errors are the client's ({@link createClient}).
 * `kinds` is read at each response: kinds added to it later are known from then on.
 *
 * @example
 * ```ts
 * const reader = createReader({}, [conformanceStatementKind]);
 * const { document } = await reader.get(src, { kind: 'ConformanceStatement' });
 * ```
 */
export function createReader(options: ClientOptions, kinds: readonly KindDescriptor[]): Reader {
  const check: KindCheck = {
    parse: (value, source) => safeParseAs(value, kinds, { source }) as ParseResult<AnyDocument>,
    isKind: (kind): kind is string => typeof kind === 'string',
  };
  return readerCore(options, check).reader;
}

/**
 * Whether a 304 is about the copy held: its `ETag`, when both have one, is the same (the weak
 * comparison of RFC 9110 section 8.8.3.2, as for `If-None-Match`); else its `Last-Modified`,
 * when both have one. A 304 that names neither is taken as about the copy.
 */
function vouchesFor(response: Headers, held: Readonly<Record<string, string>>): boolean {
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  const etag = response.get('etag');
  if (etag !== null && held.etag !== undefined) return weak(etag) === weak(held.etag);
  const modified = response.get('last-modified');
  if (modified !== null && held['last-modified'] !== undefined) return modified === held['last-modified'];
  return true;
}

function fromCache(entry: CachedDocument, stale: boolean): Outcome {
  const { document } = entry;
  return {
    decoded: { kind: document.kind, of: document.kind === 'Index' ? document.of : undefined, document },
    url: entry.url,
    stale,
  };
}
