/**
 * `@openmaturity/core/client`: the client of the publishing layout, and the layout itself.
 * Reads published documents over HTTP (validated, de-duplicated, cached), with an error class
 * and guard for each way a request fails.
 *
 * The names are listed one by one, on purpose: what is not here is internal.
 *
 * @packageDocumentation
 */
export {
  createClient,
  createReader,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT,
  type Client,
  type ClientBase,
  type Reader,
  type KindMethods,
  type ClientOptions,
  type Fetched,
  type FetchableOf,
  type GetOptions,
  type RequestOptions,
} from './client.js';
export { sharedClient } from './shared-client.js';
export { sharedReader } from './shared-reader.js';
export { fetchText, type FetchTextOptions } from './fetch-text.js';
export { DocumentCache, type CachedDocument, type DocumentCacheOptions } from './cache.js';
export type { RetryOptions } from './transfer.js';
export type { FetchableKind } from './decode.js';
export {
  NetworkError,
  TimeoutError,
  HttpStatusError,
  NotFoundError,
  WrongKindError,
  ResponseTooLargeError,
  isNetworkError,
  isTimeoutError,
  isHttpStatusError,
  isNotFoundError,
  isWrongKindError,
  isResponseTooLargeError,
  isTransientError,
} from './errors.js';
export {
  layout,
  baseUrlOf,
  baseUrlFor,
  readLayoutPath,
  documentPath,
  indexPath,
  relativeHref,
  type Layout,
  type LayoutPath,
} from './layout.js';
export { InvalidSegmentError, isInvalidSegmentError } from '../format/paths.js';
export {
  IndexDocument,
  IndexItem,
  IndexedKind,
  RelativeHref,
  INDEX_KIND,
  indexIssues,
  parseIndex,
} from './index-document.js';
