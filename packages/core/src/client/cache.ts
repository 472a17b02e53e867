/**
 * The client's in-memory HTTP cache: validated documents by URL, with what is needed to reuse
 * them (freshness from `Cache-Control: max-age` or `Expires`) and to revalidate them
 * (`ETag`, `Last-Modified`).
 */
import type { AnyDocument } from '../format/documents.js';
import type { IndexDocument } from './index-document.js';

/** A document or index as the cache holds it. */
export interface CachedDocument {
  /** The URL it was finally read from, after redirects. */
  readonly url: string;
  /** The validated document, deeply frozen: every reader shares this one copy. */
  readonly document: AnyDocument | IndexDocument;
  /**
   * The response's caching headers, by lower-case name (`etag`, `last-modified`,
   * `cache-control`, `expires`, `date`, `age`): a 304 updates them and the validators are sent
   * back as `If-None-Match` and `If-Modified-Since`.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** Until when (epoch ms) the copy may be used without asking the server. */
  readonly freshUntil: number;
  /** `Cache-Control: must-revalidate`: never served stale. */
  readonly mustRevalidate: boolean;
}

/** Options for a {@link DocumentCache}. */
export interface DocumentCacheOptions {
  /** The most documents kept; the least recently used goes first. Default 200. */
  maxEntries?: number;
}

/**
 * An in-memory cache of validated documents by URL, least recently used out first. Each client
 * has its own unless given one: pass one cache to several clients to share it, if they send the
 * same headers (the cache does not know what a header changes).
 *
 * @example
 * ```ts
 * const cache = new DocumentCache({ maxEntries: 50 });
 * const a = createClient({ baseUrl: 'https://a.example/', cache });
 * const b = createClient({ baseUrl: 'https://b.example/', cache });
 * ```
 */
export class DocumentCache {
  readonly maxEntries: number;
  #entries = new Map<string, CachedDocument>();

  constructor(options: DocumentCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 200);
  }

  /** The entry for a URL, fresh or not; marks it as recently used. */
  get(url: string): CachedDocument | undefined {
    const entry = this.#entries.get(url);
    if (entry) {
      // A Map iterates in insertion order: re-inserting makes it the most recent.
      this.#entries.delete(url);
      this.#entries.set(url, entry);
    }
    return entry;
  }

  /** Stores an entry, dropping the least recently used beyond `maxEntries`. */
  set(url: string, entry: CachedDocument): void {
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  /** Forgets a URL; true if it was cached. */
  delete(url: string): boolean {
    return this.#entries.delete(url);
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
  }

  /** How many documents are cached. */
  get size(): number {
    return this.#entries.size;
  }
}

const CACHING_HEADERS = ['etag', 'last-modified', 'cache-control', 'expires', 'date', 'age'];

/** The caching headers of a response, over those of an earlier one (a 304 updates, RFC 9111 4.3.4). */
export function cachingHeaders(
  headers: Headers,
  earlier: Readonly<Record<string, string>> = {},
): Record<string, string> {
  // Date and Age describe the earlier response's moment, not this one's.
  const { date: _date, age: _age, ...kept } = earlier;
  const result: Record<string, string> = { ...kept };
  for (const name of CACHING_HEADERS) {
    const value = headers.get(name);
    if (value !== null) result[name] = value;
  }
  return result;
}

/** What a response's headers allow a cache to do with it. */
export interface Freshness {
  /** False for `Cache-Control: no-store`. */
  store: boolean;
  freshUntil: number;
  mustRevalidate: boolean;
}

/**
 * Reads `Cache-Control` (`no-store`, `no-cache`, `max-age`, `must-revalidate`), `Age`,
 * `Expires` and `Date`. Without any of them a copy is not fresh: it is revalidated, which
 * costs a 304 when the server sends a validator.
 */
export function freshness(headers: Readonly<Record<string, string>>, now: number): Freshness {
  const directives = new Map<string, string>();
  for (const part of (headers['cache-control'] ?? '').split(',')) {
    const [name = '', value = ''] = part.trim().split('=', 2);
    if (name) directives.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  const mustRevalidate = directives.has('must-revalidate');
  if (directives.has('no-store')) return { store: false, freshUntil: 0, mustRevalidate };
  let lifetime = 0;
  const maxAge = directives.get('max-age');
  if (directives.has('no-cache')) lifetime = 0;
  else if (maxAge !== undefined && /^\d+$/.test(maxAge)) {
    const age = Number(headers.age);
    lifetime = (Number(maxAge) - (Number.isFinite(age) && age > 0 ? age : 0)) * 1000;
  } else if (headers.expires !== undefined) {
    // Relative to the server's clock, so a skewed client clock does not matter.
    const expires = Date.parse(headers.expires);
    const date = Date.parse(headers.date ?? '');
    lifetime = Number.isNaN(expires) ? 0 : expires - (Number.isNaN(date) ? now : date);
  }
  return { store: true, freshUntil: now + Math.max(0, lifetime), mustRevalidate };
}
