/**
 * The client of the publishing layout, and the layout itself: everything `@openmaturity/core`
 * exports about reading and publishing documents over HTTP.
 */
export {
  createClient,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT,
  type Client,
  type ClientBase,
  type KindMethods,
  type ClientOptions,
  type Fetched,
  type FetchableOf,
  type GetOptions,
  type RequestOptions,
} from './client.js';
export { sharedClient } from './shared-client.js';
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
  conformanceSubject,
  documentPath,
  indexPath,
  relativeHref,
  type Layout,
  type LayoutPath,
} from './layout.js';
export {
  IndexDocument,
  IndexItem,
  IndexedKind,
  RelativeHref,
  INDEX_KIND,
  indexIssues,
  parseIndex,
} from './index-document.js';
export { compareVersions, comparePeriods } from '../format/ordering.js';
