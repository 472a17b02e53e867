/**
 * One client per page and base URL, so that every widget on a page shares its requests and its
 * cache: ten widgets that show one document make one request.
 */
import { createClient, type Client, type ClientOptions } from './client.js';
import { entry } from './shared-reader.js';

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
  const { registry, key, options: first } = entry(options);
  let client = registry.clients.get(key);
  if (!client) {
    client = createClient(first);
    registry.clients.set(key, client);
  }
  return client;
}
