/**
 * The client against a real HTTP server on 127.0.0.1: the shared cases (also run in Chromium
 * by test/browser/client.test.ts), then what only Node can check.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import {
  createClient,
  DocumentCache,
  HttpStatusError,
  isHttpStatusError,
  isNetworkError,
  isNotFoundError,
  isInvalidSegmentError,
  isTimeoutError,
  isTransientError,
  isWrongKindError,
  NetworkError,
  NotFoundError,
  ResponseTooLargeError,
  TimeoutError,
  WrongKindError,
  type CachedDocument,
} from '../src/client/index.js';
import { freshness } from '../src/client/cache.js';
import { InFlight } from '../src/client/in-flight.js';
import { isOpenMaturityError } from '../src/errors.js';
import { smallFramework } from './helpers.js';
import { clientCases } from './support/client-cases.js';
import { publishTree } from './support/fixture-tree.js';
import { startTestServer, type TestServer } from './support/server.js';

describe('client, against a loopback server', () => {
  let server: TestServer;
  let tree: Awaited<ReturnType<typeof publishTree>>;
  before(async () => {
    tree = await publishTree();
    server = await startTestServer({ tree: tree.out });
  });
  after(async () => {
    await server.close();
    tree.remove();
  });

  for (const { name, run } of clientCases) test(name, () => run(server.url));
});

test('the cases run in the browser too: each is a function of the server URL only', () => {
  assert.ok(clientCases.length >= 20);
  assert.equal(new Set(clientCases.map((c) => c.name)).size, clientCases.length);
});

describe('client options', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('a custom fetch is used, and headers are sent with every request', async () => {
    const seen: Request[] = [];
    const client = createClient({
      baseUrl: `${server.url}/options/`,
      headers: { 'x-trust': 'RGT' },
      fetch: (input, init) => {
        seen.push(new Request(input, init));
        return fetch(input, init);
      },
    });
    await client.get('etag/framework.json');
    await client.get('etag/framework.json');
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.headers.get('x-trust'), 'RGT');
    assert.equal(seen[0]!.headers.get('accept'), 'application/json');
    assert.equal(seen[0]!.cache, 'no-store');
    assert.equal(seen[1]!.headers.get('if-none-match')?.startsWith('"'), true);
    assert.equal(seen[1]!.method, 'GET');
  });

  test('URLs: relative ones need a baseUrl, only http(s), typed methods need a baseUrl', async () => {
    const client = createClient();
    await assert.rejects(client.get('frameworks/wgll/index.json'), /needs the baseUrl option/);
    await assert.rejects(createClient({ baseUrl: server.url }).get('file:///etc/passwd'), /not an http\(s\) URL/);
    await assert.rejects(client.framework('wgll'), /client\.framework\(\) needs the client's baseUrl/);
    assert.equal(createClient({ baseUrl: 'https://x.example/data' }).baseUrl, 'https://x.example/data/');
  });

  test("an id the layout refuses is the layout's own error, before any request", async () => {
    const client = createClient({ baseUrl: `${server.url}/refused/` });
    await assert.rejects(client.framework('..'), isInvalidSegmentError);
    await assert.rejects(client.assessment('RGT', 'index'), isInvalidSegmentError);
    await assert.rejects(client.standard('\ud800'), isInvalidSegmentError);
    assert.deepEqual(server.hits('refused'), {});
  });
});

describe('client errors', () => {
  test('each has a code, the URL, and a message a person can read', () => {
    const url = 'https://x.example/om/frameworks/wgll/index.json';
    const cases: [Error & { code: string }, string, RegExp][] = [
      [
        new NetworkError(url, {
          cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
        }),
        'ERR_NETWORK',
        /^Could not fetch https:.*: fetch failed \(ECONNREFUSED\)$/,
      ],
      [new TimeoutError(url, 10_000), 'ERR_TIMEOUT', /did not answer within 10000 ms$/],
      [
        new HttpStatusError(url, 503, { statusText: 'Service Unavailable' }),
        'ERR_HTTP_STATUS',
        /answered HTTP 503 Service Unavailable$/,
      ],
      [new NotFoundError(url), 'ERR_NOT_FOUND', /^Nothing is published at https:.* \(HTTP 404\)$/],
      [
        new WrongKindError(url, 'Framework', 'Index of Framework'),
        'ERR_WRONG_KIND',
        /holds an Index of Framework, not a Framework$/,
      ],
      [
        new ResponseTooLargeError(url, 5 * 1024 * 1024),
        'ERR_RESPONSE_TOO_LARGE',
        /larger than the limit of 5,242,880 bytes$/,
      ],
    ];
    for (const [error, code, message] of cases) {
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.ok(error.message.includes(url));
      assert.equal((error as unknown as { url: string }).url, url);
      assert.ok(isOpenMaturityError(error));
      assert.equal(error.name, error.constructor.name);
    }
    assert.ok(new NotFoundError(url) instanceof HttpStatusError);
    assert.ok(isHttpStatusError(new NotFoundError(url)) && isNotFoundError(new NotFoundError(url)));
    assert.ok(!isNotFoundError(new HttpStatusError(url, 500)));
  });

  test('the guards work across realms, where instanceof does not', () => {
    const foreign = runInNewContext(`
      const error = new Error('Could not fetch');
      Object.defineProperty(error, Symbol.for('openmaturity.error'), { value: true });
      error.code = 'ERR_NETWORK';
      error;
    `) as Error;
    assert.equal(foreign instanceof NetworkError, false);
    assert.equal(isNetworkError(foreign), true);
    assert.equal(isTimeoutError(foreign), false);
    assert.equal(isWrongKindError({ code: 'ERR_WRONG_KIND' }), false, 'a code alone, without the brand, is not ours');
  });

  test('transient errors: network, timeout, 408, 429, 5xx; not 404, not a wrong kind', () => {
    const url = 'https://x.example/a.json';
    assert.deepEqual(
      [
        new NetworkError(url),
        new TimeoutError(url, 1),
        new HttpStatusError(url, 408),
        new HttpStatusError(url, 429),
        new HttpStatusError(url, 502),
        new NotFoundError(url),
        new HttpStatusError(url, 403),
        new WrongKindError(url, 'A', 'B'),
      ].map(isTransientError),
      [true, true, true, true, true, false, false, false],
    );
  });
});

describe('freshness', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  test('max-age, less Age; no-cache; no-store; must-revalidate', () => {
    assert.deepEqual(freshness({ 'cache-control': 'public, max-age=60' }, now), {
      store: true,
      freshUntil: now + 60_000,
      mustRevalidate: false,
    });
    assert.equal(freshness({ 'cache-control': 'max-age=60', age: '20' }, now).freshUntil, now + 40_000);
    assert.equal(freshness({ 'cache-control': 'max-age=60', age: '90' }, now).freshUntil, now);
    assert.equal(freshness({ 'cache-control': 'no-cache, max-age=60' }, now).freshUntil, now);
    assert.equal(freshness({ 'cache-control': 'no-store' }, now).store, false);
    assert.equal(freshness({ 'cache-control': 'max-age=0, must-revalidate' }, now).mustRevalidate, true);
  });

  test("Expires relative to the server's Date; nothing means revalidate", () => {
    assert.equal(
      freshness({ expires: 'Wed, 01 Jan 2025 00:10:00 GMT', date: 'Wed, 01 Jan 2025 00:05:00 GMT' }, now).freshUntil,
      now + 300_000,
    );
    assert.equal(freshness({ expires: '0' }, now).freshUntil, now);
    assert.equal(freshness({}, now).freshUntil, now);
  });
});

describe('DocumentCache', () => {
  const entry = (url: string): CachedDocument => ({
    url,
    document: smallFramework(),
    headers: {},
    freshUntil: 0,
    mustRevalidate: false,
  });
  test('drops the least recently used beyond maxEntries', () => {
    const cache = new DocumentCache({ maxEntries: 2 });
    cache.set('a', entry('a'));
    cache.set('b', entry('b'));
    cache.get('a');
    cache.set('c', entry('c'));
    assert.deepEqual([cache.get('a')?.url, cache.get('b'), cache.get('c')?.url, cache.size], ['a', undefined, 'c', 2]);
    assert.equal(cache.delete('a'), true);
    cache.clear();
    assert.equal(cache.size, 0);
  });
});

describe('InFlight', () => {
  test('shares one run per key; forgets it once settled', async () => {
    const inFlight = new InFlight<number>();
    let runs = 0;
    const start = async () => ++runs;
    assert.deepEqual(
      await Promise.all([
        inFlight.run('k', undefined, start),
        inFlight.run('k', undefined, start),
        inFlight.run('j', undefined, start),
      ]),
      [1, 1, 2],
    );
    assert.equal(inFlight.size, 0);
    assert.equal(await inFlight.run('k', undefined, start), 3);
  });

  test('aborts the shared run only when every caller has aborted', async () => {
    const inFlight = new InFlight<string>();
    let shared: AbortSignal | undefined;
    const start = (signal: AbortSignal) => {
      shared = signal;
      return new Promise<string>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason));
        setTimeout(() => resolve('done'), 50);
      });
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = inFlight.run('k', a.signal, start);
    const second = inFlight.run('k', b.signal, start);
    a.abort();
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal(shared!.aborted, false);
    b.abort();
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(shared!.aborted, true);
    assert.equal(inFlight.size, 0);
  });
});
