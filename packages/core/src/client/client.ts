/**
 * The client: reads a published tree (see {@link layout}) or any document URL, validates what
 * it reads, shares concurrent requests for a URL, and caches by the server's HTTP headers.
 */
import type { KindDescriptor } from '../format/kind.js';
import {
  isDocumentKind,
  kinds,
  type AnyDocument,
  type AnyKind,
  type DocumentKind,
  type DocumentOf,
} from '../format/documents.js';
import { safeParseDocument } from '../format/parse.js';
import type { DocumentCache } from './cache.js';
import type { FetchableKind, KindCheck } from './decode.js';
import { NotFoundError } from './errors.js';
import { readLayoutPath } from './folder-url.js';
import { parseIndex, type IndexDocument } from './index-document.js';
import { layout } from './layout.js';
import { readerCore } from './reader.js';
import type { RetryOptions } from './transfer.js';

export { createReader, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './reader.js';

/** The document type of a fetchable kind: `FetchableOf<'Index'>` is {@link IndexDocument}. */
export type FetchableOf<K extends FetchableKind> = K extends DocumentKind ? DocumentOf<K> : IndexDocument;

/**
 * What the client's methods resolve to. A union of documents gives a union of results that
 * `kind` tells apart: `if (fetched.kind === 'Framework') fetched.document.indicators`.
 */
export type Fetched<T extends AnyDocument | IndexDocument = AnyDocument | IndexDocument> = T extends unknown
  ? {
      /** The validated document, deeply frozen: it is shared with every other reader of the URL. */
      readonly document: T;
      /** The document's `kind`. */
      readonly kind: T['kind'];
      /** Where it was read from, after redirects. */
      readonly url: string;
      /**
       * True when the server could not be reached (or failed with 408, 429 or 5xx) and this is
       * the copy cached earlier: show it, and say that it may be out of date.
       */
      readonly stale: boolean;
    }
  : never;

/** Options for {@link createClient}. */
export interface ClientOptions {
  /**
   * Where the published tree starts, such as `https://data.example.nhs.uk/openmaturity/`.
   * Needed by the typed methods; {@link Client.get} resolves relative URLs against it.
   */
  baseUrl?: string | URL;
  /** The fetch to use. Default `globalThis.fetch`, looked up at each request. */
  fetch?: typeof globalThis.fetch;
  /** The longest wait, in ms, for each attempt's response and again for its body; `false` for none. Default 10 s. */
  timeout?: number | false;
  /** How often to try again after a 408, 429, 5xx or network failure: a count, or options. Default 2. */
  retry?: number | RetryOptions;
  /** Headers sent with every request (`Accept: application/json` unless set here). */
  headers?: HeadersInit;
  /** The largest response accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** `true` (default) for a cache of the client's own, `false` for none, or a cache to share. */
  cache?: boolean | DocumentCache;
}

/** Options of every request. */
export interface RequestOptions {
  /** Cancels this caller's wait; the request itself stops when no caller waits for it any more. */
  signal?: AbortSignal;
}

/** Options of {@link Client.get}. */
export interface GetOptions<K extends FetchableKind = FetchableKind> extends RequestOptions {
  /** Accept only this kind or these kinds; another is a {@link WrongKindError}. */
  kind?: K | readonly K[];
}

/**
 * Reads documents by URL, validated against the kinds it knows: what {@link createReader} makes,
 * and what every {@link Client} is too.
 */
export interface Reader {
  /** The base URL, with a trailing `/`; undefined when none was given. */
  readonly baseUrl: string | undefined;
  /** The client's cache; undefined when caching is off. */
  readonly cache: DocumentCache | undefined;
  /**
   * Reads any document or index by URL (absolute, or relative to `baseUrl`): a widget's `src`.
   * `kind` says which kind it holds.
   *
   * @example
   * ```ts
   * const fetched = await client.get(src);
   * if (fetched.kind === 'Assessment') show(fetched.document.responses);
   * const { document } = await client.get(src, { kind: 'ConformanceStatement' });
   * ```
   */
  get<K extends FetchableKind = FetchableKind>(
    url: string | URL,
    options?: GetOptions<K>,
  ): Promise<Fetched<FetchableOf<K>>>;
}

/** What every client has beside its {@link KindMethods}. */
export interface ClientBase extends Reader {
  /** The root index: every index of the tree. */
  catalogue(options?: RequestOptions): Promise<Fetched<IndexDocument>>;
}

/**
 * The typed methods of the {@link Client}, two per document kind, named as the {@link layout}'s
 * paths and taking the same ids, then the {@link RequestOptions}:
 *
 * - the index of a folder: `frameworkVersions(frameworkId)`, `standardVersions(standardId)`,
 *   `organisations()`, `assessments(odsCode)`, `conformanceStatements(subject)` (an ODS code
 *   or a product slug), `benchmarkPeriods(frameworkId, frameworkVersion, cohortId)`;
 * - a document: `framework(frameworkId, version?)`, `standard(standardId, version?)`,
 *   `organisation(odsCode)`, `assessment(odsCode, periodId?)`,
 *   `conformance(subject, standardId)`, `benchmark(frameworkId, frameworkVersion, cohortId, periodId?)`.
 *   Where the items of the index have an order, the document's own id may be left out (or
 *   given as `'latest'`): the method reads the index, then the item it calls the latest.
 */
export type KindMethods = {
  readonly [D in AnyKind as D['publishing']['index']['name']]: (
    ...args: [...Parameters<D['publishing']['index']['path']>, options?: RequestOptions]
  ) => Promise<Fetched<IndexDocument>>;
} & {
  readonly [D in AnyKind as D['publishing']['document']['name']]: (
    ...args: D['publishing'] extends { latest: object }
      ? [
          ...Parameters<D['publishing']['index']['path']>,
          // The document's own id, optional: `version?: string` for a framework.
          ...Partial<
            Parameters<D['publishing']['document']['path']> extends [
              ...Parameters<D['publishing']['index']['path']>,
              ...infer Own,
            ]
              ? Own
              : never
          >,
          options?: RequestOptions,
        ]
      : [...Parameters<D['publishing']['document']['path']>, options?: RequestOptions]
  ) => Promise<Fetched<DocumentOf<D['kind']>>>;
};

/** Reads published documents. Made by {@link createClient} or {@link sharedClient}. */
export type Client = ClientBase & KindMethods;

const LATEST = 'latest';

/** Every kind of the format, validated by name: the client's. */
const everyKind: KindCheck = {
  parse: (value, source) => safeParseDocument(value, { source }),
  isKind: isDocumentKind,
  parseIndex: (value, source) => parseIndex(value, { source }),
};

/**
 * Makes a client. Every response is validated; concurrent requests for one URL share one
 * fetch; responses are cached as their `Cache-Control`, `ETag` and `Last-Modified` allow, and
 * when the server cannot be reached a cached copy is returned with `stale: true`.
 *
 * @throws (from its methods) {@link client!NetworkError}, {@link client!TimeoutError}, {@link client!HttpStatusError},
 * {@link client!NotFoundError}, {@link client!WrongKindError}, {@link client!ResponseTooLargeError}, the format's
 * `InvalidDocumentError` (with the URL as `source`), or the signal's reason on an abort.
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://data.example.nhs.uk/openmaturity/' });
 * const { document: framework } = await client.framework('wgll');          // the latest version
 * const { document, stale } = await client.assessment('RGT', '2024-25');
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  const { reader, load, base } = readerCore(options, everyKind);

  /** Reads an index, then the item it calls the latest. */
  async function latest<K extends DocumentKind>(
    indexPath: string,
    method: string,
    kind: K,
    what: string,
    signal: AbortSignal | undefined,
  ): Promise<Fetched<DocumentOf<K>>> {
    const index = await folderIndex(indexPath, method, kind, signal);
    const { latest: id, items } = index.document;
    const item = items.find((candidate) => candidate.id === id);
    if (id === undefined || !item) throw new NotFoundError(index.url, { message: `${index.url} lists no ${what}` });
    const fetched = (await load(new URL(item.href, index.url).href, { kinds: [kind] }, signal)) as Fetched<
      DocumentOf<K>
    >;
    return index.stale && !fetched.stale ? ({ ...fetched, stale: true } as Fetched<DocumentOf<K>>) : fetched;
  }

  // By path, through readLayoutPath: a tree published before ids were escaped is read where it holds them.
  const one = <K extends FetchableKind>(path: string, method: string, kind: K, signal: AbortSignal | undefined) =>
    readLayoutPath(
      base(method),
      path,
      (url) => load(url, { kinds: [kind] }, signal) as Promise<Fetched<FetchableOf<K>>>,
    );
  const folderIndex = (path: string, method: string, of: DocumentKind | 'Index', signal: AbortSignal | undefined) =>
    readLayoutPath(
      base(method),
      path,
      (url) => load(url, { kinds: ['Index'], of }, signal) as Promise<Fetched<IndexDocument>>,
    );

  // Every method is async, so that a bad argument rejects like any other failure.
  const methods: Record<string, (...args: unknown[]) => Promise<Fetched>> = {};
  // Loosely typed here: KindMethods gives each method its own type.
  for (const { kind, publishing } of kinds as readonly KindDescriptor[]) {
    const { index: folder, document, latest: ordered } = publishing;
    const arity = folder.path.length;
    const split = (args: unknown[], count: number) => ({
      ids: args.slice(0, count) as string[],
      signal: (args[count] as RequestOptions | undefined)?.signal,
    });
    methods[folder.name] = async (...args) => {
      const { ids, signal } = split(args, arity);
      return folderIndex(folder.path(...ids), folder.name, kind as DocumentKind, signal);
    };
    methods[document.name] = async (...args) => {
      const { ids, signal } = split(args, arity + 1);
      const own = ids[arity];
      return ordered && (own === undefined || own === LATEST)
        ? latest(
            folder.path(...ids.slice(0, arity)),
            document.name,
            kind as DocumentKind,
            ordered.what(...ids.slice(0, arity)),
            signal,
          )
        : one(document.path(...ids), document.name, kind as DocumentKind, signal);
    };
  }

  return {
    ...reader,
    catalogue: async (o = {}) => folderIndex(layout.catalogue(), 'catalogue', 'Index', o.signal),
    ...methods,
  } as Client;
}
