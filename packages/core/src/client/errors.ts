/**
 * The errors the client throws, one class per way a fetch can fail, each with a stable `code`
 * and the `url` it was fetching. A document that arrives but is not valid is the format's own
 * `InvalidDocumentError`, with the URL as its `source`.
 *
 * The `is*` guards test `code`, not `instanceof`, so they also recognise errors from another
 * realm or another copy of the package on the page.
 */
import { errorGuard, OpenMaturityError } from '../errors.js';

/**
 * The server could not be reached, or the connection broke before the whole body arrived:
 * DNS, refused or reset connections, CORS refusals in a browser. `cause` is the underlying error.
 *
 * @example
 * ```ts
 * try { await client.framework('wgll') }
 * catch (e) { if (isNetworkError(e)) showOffline(e.url) }
 * ```
 */
export class NetworkError extends OpenMaturityError {
  static readonly code = 'ERR_NETWORK';
  /** The URL being fetched. */
  readonly url: string;

  constructor(url: string, options: { cause?: unknown } = {}) {
    super(NetworkError.code, `Could not fetch ${url}: ${describeCause(options.cause)}`, options);
    this.name = 'NetworkError';
    this.url = url;
  }
}

/** The server took longer than the client's `timeout` to answer, or to send the whole body. */
export class TimeoutError extends OpenMaturityError {
  static readonly code = 'ERR_TIMEOUT';
  readonly url: string;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(url: string, timeout: number, options: { body?: boolean; cause?: unknown } = {}) {
    const what = options.body ? 'did not finish sending its body' : 'did not answer';
    super(TimeoutError.code, `${url} ${what} within ${timeout} ms`, { cause: options.cause });
    this.name = 'TimeoutError';
    this.url = url;
    this.timeout = timeout;
  }
}

/**
 * The server answered with an error status (after any retries). `status` is the HTTP status;
 * a 404 or 410 is the more specific {@link NotFoundError}.
 */
export class HttpStatusError extends OpenMaturityError {
  static readonly code: string = 'ERR_HTTP_STATUS';
  readonly url: string;
  /** The HTTP status of the last response. */
  readonly status: number;

  constructor(url: string, status: number, options: { statusText?: string; message?: string; cause?: unknown } = {}) {
    const text = options.statusText ? ` ${options.statusText}` : '';
    // new.target: a subclass brings its own code without a constructor parameter for it.
    super((new.target as typeof HttpStatusError).code, options.message ?? `${url} answered HTTP ${status}${text}`, {
      cause: options.cause,
    });
    this.name = 'HttpStatusError';
    this.url = url;
    this.status = status;
  }
}

/**
 * Nothing is published at the URL (HTTP 404 or 410), or an index lists nothing to be the
 * latest. A kind of {@link HttpStatusError}: `isHttpStatusError` is true for it too.
 */
export class NotFoundError extends HttpStatusError {
  static override readonly code: string = 'ERR_NOT_FOUND';

  constructor(url: string, options: { status?: number; statusText?: string; message?: string; cause?: unknown } = {}) {
    const status = options.status ?? 404;
    super(url, status, { ...options, message: options.message ?? `Nothing is published at ${url} (HTTP ${status})` });
    this.name = 'NotFoundError';
  }
}

/** The URL holds a valid document, but of another kind than the one asked for. */
export class WrongKindError extends OpenMaturityError {
  static readonly code = 'ERR_WRONG_KIND';
  readonly url: string;
  /** What was asked for, in words: `Framework`, `Framework or Standard`, `Index of Assessment`. */
  readonly expected: string;
  /** What the document is: its `kind`, and for an index what it lists. */
  readonly found: string;

  constructor(url: string, expected: string, found: string) {
    super(WrongKindError.code, `${url} holds ${article(found)} ${found}, not ${article(expected)} ${expected}`);
    this.name = 'WrongKindError';
    this.url = url;
    this.expected = expected;
    this.found = found;
  }
}

/**
 * The response is larger than the client's `maxBytes`: it was cancelled without being read
 * further, so a misconfigured or hostile server cannot exhaust a page's memory.
 */
export class ResponseTooLargeError extends OpenMaturityError {
  static readonly code = 'ERR_RESPONSE_TOO_LARGE';
  readonly url: string;
  /** The limit, in bytes. */
  readonly limit: number;

  constructor(url: string, limit: number) {
    super(ResponseTooLargeError.code, `${url} is larger than the limit of ${limit.toLocaleString('en-GB')} bytes`);
    this.name = 'ResponseTooLargeError';
    this.url = url;
    this.limit = limit;
  }
}

/** True for a {@link NetworkError}, from this realm or another. */
export const isNetworkError = errorGuard<NetworkError>(NetworkError.code);
/** True for a {@link TimeoutError}, from this realm or another. */
export const isTimeoutError = errorGuard<TimeoutError>(TimeoutError.code);
/** True for an {@link HttpStatusError}, including a {@link NotFoundError}, from this realm or another. */
export const isHttpStatusError = errorGuard<HttpStatusError>(HttpStatusError.code, NotFoundError.code);
/** True for a {@link NotFoundError}, from this realm or another. */
export const isNotFoundError = errorGuard<NotFoundError>(NotFoundError.code);
/** True for a {@link WrongKindError}, from this realm or another. */
export const isWrongKindError = errorGuard<WrongKindError>(WrongKindError.code);
/** True for a {@link ResponseTooLargeError}, from this realm or another. */
export const isResponseTooLargeError = errorGuard<ResponseTooLargeError>(ResponseTooLargeError.code);

/**
 * True when trying again later may succeed: a network failure, a timeout, or a 408, 429 or
 * 5xx status. The client serves a cached copy, marked stale, in place of these.
 */
export const isTransientError = (error: unknown): boolean =>
  isNetworkError(error) ||
  isTimeoutError(error) ||
  (isHttpStatusError(error) && (error.status === 408 || error.status === 429 || error.status >= 500));

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return cause === undefined ? 'network error' : String(cause);
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is one level down.
  const inner = cause.cause as { code?: unknown; message?: unknown } | undefined;
  const detail =
    typeof inner?.code === 'string' ? inner.code : typeof inner?.message === 'string' ? inner.message : undefined;
  return detail ? `${cause.message} (${detail})` : cause.message;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');
