/**
 * One GET through ky: retries with backoff and `Retry-After`, a timeout, conditional headers,
 * and ky's errors turned into the client's own. The body is read with the limits of
 * {@link readBody}.
 */
import ky, { isHTTPError, isTimeoutError as isKyTimeoutError, type KyInstance } from 'ky';
import { HttpStatusError, NetworkError, NotFoundError, TimeoutError } from './errors.js';
import { checkContentType, readBody } from './read-body.js';

/**
 * When and how often a failed GET is tried again. Retries back off exponentially (0.3 s, 0.6 s,
 * 1.2 s, ...) unless the server sends `Retry-After`.
 */
export interface RetryOptions {
  /** How many times to try again. Default 2. */
  limit?: number;
  /** The statuses worth trying again. Default 408, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** The statuses whose `Retry-After` is honoured. Default 429 and 503. */
  afterStatusCodes?: number[];
  /** The longest `Retry-After` to wait for, in ms; a longer one is not retried. Default 10 s. */
  maxRetryAfter?: number;
  /** The longest backoff between tries, in ms. Default 10 s. */
  backoffLimit?: number;
  /** The wait before retry number `attempt` (from 1), in ms. */
  delay?: (attempt: number) => number;
}

/** What {@link createTransport} needs. */
export interface TransportOptions {
  fetch?: typeof globalThis.fetch;
  timeout: number | false;
  retry?: number | RetryOptions;
  headers?: HeadersInit;
  maxBytes: number;
  /** `'error'` where a location was checked before the fetch (an issuer's keys) and must stay that. */
  redirect?: RequestRedirect;
  credentials?: RequestCredentials;
}

/** The validators of a cached copy, sent to ask "has it changed?". */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The outcome of one GET. */
export type Transfer =
  | { notModified: true; url: string; headers: Headers }
  | { notModified: false; url: string; headers: Headers; text: string; bytes: number };

const RETRY_DEFAULTS = {
  limit: 2,
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  maxRetryAfter: 10_000,
  backoffLimit: 10_000,
} satisfies RetryOptions;

/** Makes the function that performs one GET, retries included. */
export function createTransport(
  options: TransportOptions,
): (url: string, validators: Validators | undefined, signal: AbortSignal) => Promise<Transfer> {
  const given: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  // An option given as undefined keeps its default.
  const retry: typeof RETRY_DEFAULTS & RetryOptions = {
    ...RETRY_DEFAULTS,
    ...(Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as RetryOptions),
  };
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  const api: KyInstance = ky.create({
    // Looked up at each request, so a fetch installed later (a polyfill, a test) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    headers,
    timeout: options.timeout,
    redirect: options.redirect,
    credentials: options.credentials,
    // The browser's HTTP cache stays out of the way: this client's cache and its conditional
    // requests are the ones in charge, and a 304 reaches the client instead of being hidden.
    cache: 'no-store',
    throwHttpErrors: (status) => status !== 304,
    retry: {
      ...retry,
      methods: ['get'],
      retryOnTimeout: false,
      // Honoured, but capped: a server that asks for a long wait gets an error now, not a page that hangs.
      shouldRetry: ({ error }) =>
        isHTTPError(error) && retryAfter(error.response.headers) > retry.maxRetryAfter ? false : undefined,
    },
  });

  return async (url, validators, signal) => {
    const conditional: Record<string, string> = {};
    if (validators?.etag) conditional['if-none-match'] = validators.etag;
    if (validators?.lastModified) conditional['if-modified-since'] = validators.lastModified;

    let response: Response;
    try {
      response = await api.get(url, { signal, headers: conditional });
    } catch (error) {
      throw await toClientError(error, url, options.timeout, signal);
    }
    const finalUrl = response.url || url;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { notModified: true, url: finalUrl, headers: response.headers };
    }
    try {
      checkContentType(response, finalUrl);
    } catch (error) {
      await response.body?.cancel().catch(() => undefined);
      throw error;
    }
    const body = await readBody(response, {
      url: finalUrl,
      maxBytes: options.maxBytes,
      timeout: options.timeout,
      signal,
    });
    return { notModified: false, url: finalUrl, headers: response.headers, ...body };
  };
}

async function toClientError(
  error: unknown,
  url: string,
  timeout: number | false,
  signal: AbortSignal,
): Promise<unknown> {
  if (signal.aborted) return signal.reason;
  if (isHTTPError(error)) {
    const { response } = error;
    await response.body?.cancel().catch(() => undefined);
    const where = response.url || url;
    const options = { statusText: response.statusText, cause: error };
    return response.status === 404 || response.status === 410
      ? new NotFoundError(where, { status: response.status, ...options })
      : new HttpStatusError(where, response.status, options);
  }
  if (isKyTimeoutError(error)) return new TimeoutError(url, timeout as number, { cause: error });
  return new NetworkError(url, { cause: error });
}

/** `Retry-After` in ms: seconds or an HTTP date; 0 when absent. */
function retryAfter(headers: Headers): number {
  const value = headers.get('retry-after');
  if (!value) return 0;
  const seconds = Number(value);
  return Number.isNaN(seconds) ? Math.max(0, Date.parse(value) - Date.now()) || 0 : seconds * 1000;
}
