/**
 * One client per page and base URL, so that every widget on a page shares its requests and its
 * cache: ten widgets that show one document make one request.
 */
import { DocumentCache } from './cache.js';
import { createClient, type Client, type ClientOptions } from './client.js';
import { folderUrl } from './layout.js';

// On globalThis, so that two copies of the package on one page (two CDN bundles) share too.
const REGISTRY = Symbol.for('openmaturity.sharedClients.v1');

interface Registry {
  cache: DocumentCache;
  clients: Map<string, Client>;
}

/**
 * The page's shared client for a base URL, made with `options` on first use; later calls with
 * the same `baseUrl` return it and ignore their other options. Shared clients also share one
 * cache, unless `options.cache` says otherwise.
 *
 * @example
 * ```ts
 * // in each widget
 * const { document } = await sharedClient().get(this.src, { kind: 'Assessment', signal });
 * ```
 */
export function sharedClient(options: ClientOptions = {}): Client {
  const scope = globalThis as { [REGISTRY]?: Registry };
  const registry = (scope[REGISTRY] ??= { cache: new DocumentCache(), clients: new Map() });
  const key = options.baseUrl === undefined ? '' : folderUrl(options.baseUrl);
  let client = registry.clients.get(key);
  if (!client) {
    client = createClient({ ...options, cache: options.cache ?? registry.cache });
    registry.clients.set(key, client);
  }
  return client;
}
