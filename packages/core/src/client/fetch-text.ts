/**
 * Reads what is not a document of the publishing layout (an issuer's key set, a file named on
 * the command line) with the client's own transport: retries, a timeout, the content-type
 * check, and a size limit counted as the bytes arrive.
 */
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './client.js';
import { createTransport, type RetryOptions } from './transfer.js';

/** Options of {@link fetchText}. */
export interface FetchTextOptions {
  fetch?: typeof globalThis.fetch;
  /** In ms; default 10 s. */
  timeout?: number | false;
  retry?: number | RetryOptions;
  headers?: HeadersInit;
  /** Default 5 MB. */
  maxBytes?: number;
  /** `'error'` for a location checked before the fetch, such as an issuer's keys. */
  redirect?: RequestRedirect;
  credentials?: RequestCredentials;
  signal?: AbortSignal;
}

/**
 * The body of a URL as text, within the limits.
 *
 * @throws the client's errors (`NetworkError`, `TimeoutError`, `HttpStatusError`,
 *   `NotFoundError`, `ResponseTooLargeError`) and `InvalidDocumentError` for a page that is
 *   not JSON (an HTML page, an empty body).
 * @example
 * ```ts
 * const jwks = JSON.parse(await fetchText(url, { redirect: 'error', maxBytes: 64 * 1024 }));
 * ```
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<string> {
  const transport = createTransport({
    fetch: options.fetch,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    retry: options.retry,
    headers: options.headers,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    redirect: options.redirect,
    credentials: options.credentials,
  });
  // No validators are sent, so the answer always carries a body.
  const transfer = await transport(url, undefined, options.signal ?? new AbortController().signal);
  return transfer.notModified ? '' : transfer.text;
}
