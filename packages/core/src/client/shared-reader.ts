/**
 * The page's registry of shared clients and readers (one per base URL, with one cache), and the
 * shared reader: apart from `shared-client.ts`, whose client knows every kind, so that a bundle
 * that reads one kind carries that kind's schema and no other.
 */
import type { KindDescriptor } from '../format/kind.js';
import { DocumentCache } from './cache.js';
import type { Client, ClientOptions, Reader } from './client.js';
import { folderUrl } from './folder-url.js';
import { createReader } from './reader.js';

// On globalThis, so that two copies of the package on one page (two CDN bundles) share too.
const REGISTRY = Symbol.for('openmaturity.sharedClients.v1');

interface Registry {
  cache: DocumentCache;
  clients: Map<string, Client>;
  // Added after v1 (a copy of the package from before may have made the registry without them).
  readers?: Map<string, { reader: Reader; kinds: KindDescriptor[] }>;
  /** The options a base URL's client or reader was first made with: the other one gets them too. */
  options?: Map<string, ClientOptions>;
}

/** The page's registry, and the key and first options of a base URL in it. */
export function entry(options: ClientOptions) {
  const scope = globalThis as { [REGISTRY]?: Registry };
  const registry: Registry = (scope[REGISTRY] ??= { cache: new DocumentCache(), clients: new Map() });
  const key = options.baseUrl === undefined ? '' : folderUrl(options.baseUrl);
  const settings = (registry.options ??= new Map());
  if (!settings.has(key)) settings.set(key, options);
  const first = settings.get(key)!;
  return { registry, key, options: { ...first, cache: first.cache ?? registry.cache } };
}

/**
 * The page's shared reader ({@link createReader}) for a base URL, which knows `kinds` and every
 * kind named by earlier calls: for bundles that carry only the schemas they read (each element
 * of the widgets). It shares the cache of the page's shared clients, and the options the base
 * URL's client or reader was first made with.
 *
 * @example
 * ```ts
 * const { document } = await sharedReader([conformanceStatementKind]).get(src, { kind: 'ConformanceStatement' });
 * ```
 */
export function sharedReader(kinds: readonly KindDescriptor[], options: ClientOptions = {}): Reader {
  const { registry, key, options: first } = entry(options);
  const readers = (registry.readers ??= new Map<string, { reader: Reader; kinds: KindDescriptor[] }>());
  let shared = readers.get(key);
  if (!shared) {
    const known: KindDescriptor[] = [];
    shared = { reader: createReader(first, known), kinds: known };
    readers.set(key, shared);
  }
  for (const kind of kinds) if (!shared.kinds.some((k) => k.kind === kind.kind)) shared.kinds.push(kind);
  return shared.reader;
}
