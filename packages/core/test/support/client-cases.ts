/**
 * The client's test cases, written once and run twice: under node:test (test/client.test.ts)
 * and in Chromium (test/browser/client.test.ts), against the server of ./server.ts. Web APIs
 * only. Each case works in a namespace of its own and asserts the outcome and what the server
 * saw; none asserts a timing.
 */
import type { InvalidDocumentError } from '../../src/format/invalid-document-error.js';
import { isInvalidDocumentError } from '../../src/format/invalid-document-error.js';
import {
  createClient,
  DocumentCache,
  isHttpStatusError,
  isNetworkError,
  isNotFoundError,
  isResponseTooLargeError,
  isTimeoutError,
  isWrongKindError,
  sharedClient,
  type ClientOptions,
} from '../../src/client/index.js';
import { equal, match, ok, rejects, same } from './check.js';
import type { PathHits } from './server.js';

export interface ClientCase {
  name: string;
  /** `server`: the test server's origin, `http://127.0.0.1:PORT`. */
  run(server: string): Promise<void>;
}

let namespaces = 0;

/**
 * A namespace for one case: its base URL (`folder` below it: `tree/` for the published tree),
 * its counts, and a client on it with short retries.
 */
function setup(server: string, options: ClientOptions = {}, folder = '') {
  const ns = `case-${++namespaces}-${Math.random().toString(36).slice(2, 8)}`;
  const base = `${server}/${ns}/${folder}`;
  const client = createClient({ baseUrl: base, timeout: 2000, retry: { delay: () => 20 }, ...options });
  const hits = async (): Promise<Record<string, PathHits>> => (await fetch(`${server}/__hits?ns=${ns}`)).json();
  const hitsOf = async (path: string) =>
    (await hits())[path] ?? { hits: 0, statuses: [], conditional: 0, preflights: 0, bytes: 0 };
  return { base, client, hits, hitsOf };
}

const isAbort = (error: unknown): error is DOMException => error instanceof Error && error.name === 'AbortError';
const notJson = (error: InvalidDocumentError) => {
  equal(error.issues.length, 1);
  equal(error.issues[0]!.code, 'not_json');
  return error.issues[0]!;
};

export const clientCases: ClientCase[] = [
  {
    name: '200: reads and validates a document, and tells its kind',
    async run(server) {
      const { client, base, hitsOf } = setup(server);
      const fetched = await client.get('plain/framework.json');
      equal(fetched.kind, 'Framework');
      if (fetched.kind !== 'Framework') return;
      equal(fetched.document.id, 'test-fw');
      equal(fetched.url, `${base}plain/framework.json`);
      equal(fetched.stale, false);
      ok(Object.isFrozen(fetched.document.indicators[0]), 'cached documents are frozen: every reader shares them');
      same((await hitsOf('/plain/framework.json')).statuses, [200]);
    },
  },
  {
    name: 'a fresh copy (Cache-Control: max-age) is reused without a request',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const first = await client.get('fresh/framework.json');
      const second = await client.get('fresh/framework.json');
      equal(second.document, first.document, 'the same cached object');
      equal((await hitsOf('/fresh/framework.json')).hits, 1);
    },
  },
  {
    name: '304: a copy with an ETag is revalidated with If-None-Match and reused',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const first = await client.get('etag/framework.json');
      const second = await client.get('etag/framework.json');
      equal(second.document, first.document);
      equal(second.stale, false);
      const seen = await hitsOf('/etag/framework.json');
      same(seen.statuses, [200, 304]);
      equal(seen.conditional, 1);
    },
  },
  {
    name: '304 with a new ETag: the cached copy is not the current one, so it is fetched again',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const first = await client.get('etag-moves/framework.json', { kind: 'Framework' });
      equal(first.document.name, 'Test framework');
      const second = await client.get('etag-moves/framework.json', { kind: 'Framework' });
      equal(second.document.name, 'Changed on the server', 'the new body, not the copy the 304 did not vouch for');
      equal(second.stale, false);
      const seen = await hitsOf('/etag-moves/framework.json');
      same(seen.statuses, [200, 304, 200]);
      equal(seen.conditional, 1, 'the refetch is unconditional');
      const third = await client.get('etag-moves/framework.json', { kind: 'Framework' });
      equal(third.document, second.document, 'the new copy is cached and revalidated with its own ETag');
    },
  },
  {
    name: 'JSON the format refuses: a repeated member name and deep nesting, each with its path; a BOM is skipped',
    async run(server) {
      const { client } = setup(server);
      const duplicate = await rejects(
        client.get('plain/duplicate-key-framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      same(
        duplicate.issues.map((i) => [i.code, i.path]),
        [['duplicate_key', ['name']]],
      );
      // Before: a RangeError (Maximum call stack size exceeded) from freezing the copy for the cache.
      const deep = await rejects(
        client.get('plain/deep-framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      equal(deep.issues[0]!.code, 'too_deep');
      equal(deep.issues[0]!.path[0], 'x-extra');
      const bom = await client.get('plain/bom-framework.json', { kind: 'Framework' });
      equal(bom.document.id, 'test-fw');
    },
  },
  {
    name: '304: a copy with Last-Modified is revalidated with If-Modified-Since',
    async run(server) {
      const { client, hitsOf } = setup(server);
      await client.get('modified/framework.json');
      await client.get('modified/framework.json');
      const seen = await hitsOf('/modified/framework.json');
      same(seen.statuses, [200, 304]);
      equal(seen.conditional, 1);
    },
  },
  {
    name: 'Cache-Control: no-store is not cached, and cache: false caches nothing',
    async run(server) {
      const { client, hitsOf } = setup(server);
      await client.get('no-store/framework.json');
      await client.get('no-store/framework.json');
      same(await hitsOf('/no-store/framework.json').then((h) => [h.hits, h.conditional]), [2, 0]);
      const uncached = setup(server, { cache: false });
      await uncached.client.get('fresh/framework.json');
      await uncached.client.get('fresh/framework.json');
      equal((await uncached.hitsOf('/fresh/framework.json')).hits, 2);
      equal(uncached.client.cache, undefined);
    },
  },
  {
    name: '404 and 410: a NotFoundError with the status and URL, not retried',
    async run(server) {
      const { client, base, hitsOf } = setup(server);
      const error = await rejects(client.get('missing/framework.json'), isNotFoundError, 'a NotFoundError');
      equal(error.status, 404);
      equal(error.url, `${base}missing/framework.json`);
      equal(error.code, 'ERR_NOT_FOUND');
      ok(isHttpStatusError(error), 'a NotFoundError is an HttpStatusError');
      match(error.message, /missing\/framework\.json/);
      equal((await hitsOf('/missing/framework.json')).hits, 1);
      equal((await rejects(client.get('gone/framework.json'), isNotFoundError, 'a NotFoundError')).status, 410);
    },
  },
  {
    name: '429 with Retry-After: tried again after the wait',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const fetched = await client.get('rate-limited/framework.json');
      equal(fetched.kind, 'Framework');
      same((await hitsOf('/rate-limited/framework.json')).statuses, [429, 200]);
    },
  },
  {
    name: '429 with a Retry-After beyond the cap: an HttpStatusError at once',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const error = await rejects(
        client.get('rate-limited-long/framework.json'),
        isHttpStatusError,
        'an HttpStatusError',
      );
      equal(error.status, 429);
      equal((await hitsOf('/rate-limited-long/framework.json')).hits, 1);
    },
  },
  {
    name: '500 then success: retried',
    async run(server) {
      const { client, hitsOf } = setup(server);
      equal((await client.get('flaky/framework.json')).kind, 'Framework');
      same((await hitsOf('/flaky/framework.json')).statuses, [500, 200]);
    },
  },
  {
    name: '503 every time: an HttpStatusError after the retries (limit 2: 3 requests)',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const error = await rejects(client.get('broken/framework.json'), isHttpStatusError, 'an HttpStatusError');
      equal(error.status, 503);
      equal(error.code, 'ERR_HTTP_STATUS');
      same((await hitsOf('/broken/framework.json')).statuses, [503, 503, 503]);
      const once = setup(server, { retry: 0 });
      await rejects(once.client.get('broken/framework.json'), isHttpStatusError, 'an HttpStatusError');
      equal((await once.hitsOf('/broken/framework.json')).hits, 1);
    },
  },
  {
    name: 'a server that does not answer: a TimeoutError, not retried',
    async run(server) {
      const { client, base, hitsOf } = setup(server, { timeout: 200 });
      const error = await rejects(client.get('hang/framework.json'), isTimeoutError, 'a TimeoutError');
      equal(error.timeout, 200);
      equal(error.url, `${base}hang/framework.json`);
      equal((await hitsOf('/hang/framework.json')).hits, 1);
    },
  },
  {
    name: 'a body that stalls: a TimeoutError, the response cancelled',
    async run(server) {
      const { client, hitsOf } = setup(server, { timeout: 200 });
      const error = await rejects(client.get('slow-body/framework.json'), isTimeoutError, 'a TimeoutError');
      match(error.message, /did not finish sending its body within 200 ms/);
      equal((await hitsOf('/slow-body/framework.json')).hits, 1);
    },
  },
  {
    name: 'malformed JSON: an InvalidDocumentError naming the URL, line and column',
    async run(server) {
      const { client, base, hitsOf } = setup(server);
      const error = await rejects(
        client.get('malformed/framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      equal(error.source, `${base}malformed/framework.json`);
      match(notJson(error).found, /not JSON at line 4, column 1/);
      equal((await hitsOf('/malformed/framework.json')).hits, 1);
    },
  },
  {
    name: 'an HTML page with status 200: an invalid document, its body never read',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const error = await rejects(client.get('html/framework.json'), isInvalidDocumentError, 'an InvalidDocumentError');
      equal(notJson(error).found, 'an HTML page (Content-Type: text/html)');
      equal((await hitsOf('/html/framework.json')).hits, 1);
      const disguised = await rejects(
        client.get('html-as-json/framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      equal(notJson(disguised).found, 'an HTML page');
      const image = await rejects(
        client.get('image/framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      equal(notJson(image).found, 'a response (Content-Type: image/png)');
      const empty = await rejects(
        client.get('empty/framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      equal(notJson(empty).found, 'an empty response');
    },
  },
  {
    name: 'a document that does not follow the format: every problem with its JSON path',
    async run(server) {
      const { client } = setup(server);
      const error = await rejects(
        client.get('plain/invalid-framework.json'),
        isInvalidDocumentError,
        'an InvalidDocumentError',
      );
      same(
        error.issues.map((i) => [i.code, i.path]),
        [['too_small', ['indicators']]],
      );
    },
  },
  {
    name: 'the wrong kind: a WrongKindError saying what was asked for and what was found',
    async run(server) {
      const { client, base, hitsOf } = setup(server);
      const error = await rejects(
        client.get('plain/assessment.json', { kind: 'Framework' }),
        isWrongKindError,
        'a WrongKindError',
      );
      same([error.expected, error.found, error.url], ['Framework', 'Assessment', `${base}plain/assessment.json`]);
      match(error.message, /holds an Assessment, not a Framework/);
      equal((await hitsOf('/plain/assessment.json')).hits, 1);
      const either = await client.get('plain/assessment.json', { kind: ['Framework', 'Assessment'] });
      equal(either.document.kind, 'Assessment');
      const index = await rejects(
        client.get('plain/index.json', { kind: 'Assessment' }),
        isWrongKindError,
        'a WrongKindError',
      );
      equal(index.found, 'Index of Framework');
    },
  },
  {
    name: 'a body larger than maxBytes: a ResponseTooLargeError, by Content-Length or by counting',
    async run(server) {
      const { client, hitsOf } = setup(server, { maxBytes: 256 * 1024 });
      const declared = await rejects(
        client.get('huge/framework.json'),
        isResponseTooLargeError,
        'a ResponseTooLargeError',
      );
      equal(declared.limit, 256 * 1024);
      const counted = await rejects(
        client.get('huge-chunked/framework.json'),
        isResponseTooLargeError,
        'a ResponseTooLargeError',
      );
      equal(counted.code, 'ERR_RESPONSE_TOO_LARGE');
      equal((await hitsOf('/huge/framework.json')).hits, 1);
      equal((await hitsOf('/huge-chunked/framework.json')).hits, 1);
    },
  },
  {
    name: 'a redirect is followed; url is where the document was found',
    async run(server) {
      const { client, base, hits } = setup(server);
      const fetched = await client.get('redirect/framework.json');
      equal(fetched.url, `${base}fresh/framework.json`);
      const seen = await hits();
      same([seen['/redirect/framework.json']?.statuses, seen['/fresh/framework.json']?.statuses], [[302], [200]]);
    },
  },
  {
    name: 'ten concurrent requests for one URL make one request',
    async run(server) {
      const { client, hitsOf } = setup(server, { cache: false });
      const all = await Promise.all(Array.from({ length: 10 }, () => client.get('slow/framework.json')));
      ok(
        all.every((fetched) => fetched.document === all[0]!.document),
        'one shared document',
      );
      equal((await hitsOf('/slow/framework.json')).hits, 1);
      await client.get('slow/framework.json');
      equal((await hitsOf('/slow/framework.json')).hits, 2, 'with the cache off, a later request is a new one');
    },
  },
  {
    name: 'an abort rejects that caller only; the request stops when every caller has aborted',
    async run(server) {
      const { client, hitsOf } = setup(server, { cache: false });
      const controller = new AbortController();
      const aborted = client.get('slow/framework.json', { signal: controller.signal });
      const kept = client.get('slow/framework.json');
      controller.abort();
      await rejects(aborted, isAbort, 'an AbortError');
      equal((await kept).kind, 'Framework');
      equal((await hitsOf('/slow/framework.json')).hits, 1);

      const reason = new Error('the widget was removed');
      const all = new AbortController();
      const pending = Promise.allSettled([
        client.get('slow/organisation.json', { signal: all.signal }),
        client.get('slow/organisation.json', { signal: all.signal }),
      ]);
      all.abort(reason);
      same(
        (await pending).map((r) => (r.status === 'rejected' ? r.reason === reason : 'resolved')),
        [true, true],
      );
      await rejects(
        client.get('slow/framework.json', { signal: all.signal }),
        (e): e is Error => e === reason,
        'the reason, before any request',
      );
    },
  },
  {
    name: 'the network fails after a copy was cached: the copy, marked stale',
    async run(server) {
      const { client, hitsOf } = setup(server);
      const first = await client.get('then-drop/framework.json');
      const second = await client.get('then-drop/framework.json');
      equal(second.stale, true);
      equal(second.document, first.document);
      equal((await hitsOf('/then-drop/framework.json')).hits, 2);
    },
  },
  {
    name: 'a 503 after a copy was cached: the copy, marked stale; a 404 is an error',
    async run(server) {
      const { client, hitsOf } = setup(server);
      await client.get('then-fail/framework.json');
      equal((await client.get('then-fail/framework.json')).stale, true);
      same((await hitsOf('/then-fail/framework.json')).statuses, [200, 503, 503, 503]);
      await client.get('then-missing/framework.json');
      await rejects(client.get('then-missing/framework.json'), isNotFoundError, 'a NotFoundError');
    },
  },
  {
    name: 'Cache-Control: must-revalidate: never served stale',
    async run(server) {
      const { client } = setup(server);
      await client.get('must-revalidate/framework.json');
      await rejects(client.get('must-revalidate/framework.json'), isNetworkError, 'a NetworkError');
    },
  },
  {
    name: 'a connection that breaks without a cached copy: a NetworkError with its cause',
    async run(server) {
      const { client, base, hitsOf } = setup(server);
      const error = await rejects(client.get('drop/framework.json'), isNetworkError, 'a NetworkError');
      equal(error.url, `${base}drop/framework.json`);
      ok(error.cause !== undefined, 'the underlying error is kept');
      equal((await hitsOf('/drop/framework.json')).hits, 1);
    },
  },
  {
    name: 'typed methods read the published layout; "latest" comes from the index',
    async run(server) {
      const { client, hits } = setup(server, {}, 'tree/');
      const latest = await client.framework('test-fw');
      same([latest.kind, latest.document.version], ['Framework', '2']);
      equal((await client.framework('test-fw', '1')).document.version, '1');
      const versions = await client.frameworkVersions('test-fw');
      same([versions.document.latest, versions.document.items.map((i) => i.id)], ['2', ['1', '2']]);
      equal((await client.assessment('RGT')).document.period.id, '2024-25');
      equal((await client.assessment('RGT', '2023-24')).document.id, 'rgt-2023-24');
      equal((await client.assessments('RGT')).document.of, 'Assessment');
      equal((await client.organisation('RGT')).document.odsCode, 'RGT');
      equal((await client.organisations()).document.items[0]?.id, 'RGT');
      equal((await client.conformance('RGT', 'dspt')).document.status, 'conformant');
      equal((await client.conformance('example-epr', 'dcb0129')).document.subject.type, 'product');
      equal((await client.conformanceStatements('RGT')).document.items.length, 1);
      equal((await client.standard('dcb0129')).document.version, '4.2');
      equal((await client.benchmark('small-dma', '2024-25', 'acute-england')).document.cohort.id, 'acute-england');
      equal((await client.benchmarkPeriods('small-dma', '2024-25', 'acute-england')).document.latest, '2024-25');
      const catalogue = await client.catalogue();
      ok(
        catalogue.document.items.some((i) => i.of === 'Framework' && i.id === 'test-fw'),
        'the catalogue lists the framework',
      );
      const seen = await hits();
      // The tree is served with Cache-Control: no-cache and an ETag, as the docs advise.
      same(seen['/tree/frameworks/test-fw/index.json']?.statuses, [200, 304], 'the index: read, then revalidated');
      same(seen['/tree/frameworks/test-fw/2.json']?.statuses, [200]);
    },
  },
  {
    name: 'typed methods: what is not published is a NotFoundError naming the URL',
    async run(server) {
      const { client, base } = setup(server, {}, 'tree/');
      const error = await rejects(client.framework('no-such-framework'), isNotFoundError, 'a NotFoundError');
      equal(error.url, `${base}frameworks/no-such-framework/index.json`);
      await rejects(client.assessment('RGT', '1999-00'), isNotFoundError, 'a NotFoundError');
    },
  },
  {
    name: 'sharedClient: one client, and one cache, per base URL on a page',
    async run(server) {
      const { base, hitsOf } = setup(server);
      const a = sharedClient({ baseUrl: base });
      equal(sharedClient({ baseUrl: base }), a);
      ok(sharedClient({ baseUrl: `${base}other/` }) !== a, 'another base URL, another client');
      equal(sharedClient({ baseUrl: `${base}other/` }).cache, a.cache, 'shared clients share the page cache');
      await Promise.all(
        Array.from({ length: 10 }, () => sharedClient({ baseUrl: base }).get('fresh/organisation.json')),
      );
      await sharedClient().get(`${base}fresh/organisation.json`);
      equal((await hitsOf('/fresh/organisation.json')).hits, 1);
      ok(a.cache instanceof DocumentCache);
    },
  },
];
