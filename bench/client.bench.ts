/**
 * The client against a real HTTP server on 127.0.0.1 (the test server): what de-duplication
 * saves when many widgets ask at once, and what the cache saves on a reload. Requests and
 * bytes are counted by the server; times are medians of rounds, each in a fresh namespace.
 */
import { createClient } from '../packages/core/src/client/index.js';
import { startTestServer, type TestServer } from '../packages/core/test/support/server.js';
import type { Row } from './harness.js';

const ROUNDS = 15;
const URLS = 10;
const REQUESTS = 100;

/** The median time of `rounds` runs of `run`, and what the last run returned. */
async function timed<T>(run: (round: number) => Promise<T>, rounds = ROUNDS): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  await run(-1); // warm up: connections, JIT
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    result = await run(round);
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function counts(server: TestServer, ns: string) {
  const paths = Object.values(server.hits(ns));
  return { hits: paths.reduce((sum, p) => sum + p.hits, 0), body: paths.reduce((sum, p) => sum + p.bytes, 0) };
}

export async function clientBenchmarks(): Promise<Row[]> {
  const server = await startTestServer();
  try {
    // The bundled WGLL framework (46 indicators), at ten URLs.
    const urls = (ns: string, behaviour: string) =>
      Array.from({ length: URLS }, (_, i) => `${server.url}/${ns}/${behaviour}/wgll.json?copy=${i}`);
    const hundred = (ns: string) => Array.from({ length: REQUESTS }, (_, i) => urls(ns, 'etag')[i % URLS]!);

    const plain = await timed(async (round) => {
      const ns = `plain-${round}`;
      await Promise.all(hundred(ns).map(async (url) => (await fetch(url)).json()));
      return counts(server, ns);
    });
    const shared = await timed(async (round) => {
      const ns = `client-${round}`;
      const client = createClient();
      await Promise.all(hundred(ns).map((url) => client.get(url)));
      return counts(server, ns);
    });
    const concurrent = `client: ${REQUESTS} concurrent requests for ${URLS} URLs`;

    // A page reload: the same ten documents again, through the same client's cache.
    const reload = async (behaviour: string) => {
      const coldMs: number[] = [];
      const warmMs: number[] = [];
      const { result } = await timed(async (round) => {
        const ns = `${behaviour}-${round}`;
        const client = createClient();
        const load = async () => {
          const start = performance.now();
          const before = server.bytesWritten();
          const seen = counts(server, ns);
          await Promise.all(urls(ns, behaviour).map((url) => client.get(url)));
          const after = counts(server, ns);
          return {
            ms: performance.now() - start,
            bytes: server.bytesWritten() - before,
            hits: after.hits - seen.hits,
            body: after.body - seen.body,
          };
        };
        const cold = await load();
        const warm = await load();
        coldMs.push(cold.ms);
        warmMs.push(warm.ms);
        return { cold, warm };
      });
      return { cold: { ...result.cold, ms: median(coldMs) }, warm: { ...result.warm, ms: median(warmMs) } };
    };
    const revalidated = await reload('etag');
    const fresh = await reload('fresh');
    const { cold } = revalidated;
    const reloadGroup = `client: reload of ${URLS} documents through the cache`;
    const warmRow = (name: string, { warm }: typeof revalidated): Row => ({
      group: reloadGroup,
      name,
      value: `${kB(warm.bytes)} sent, ${warm.hits} requests, ${ms(warm.ms)}`,
      reference: `${kB(cold.bytes)}, ${ms(cold.ms)}`,
      ratio: warm.bytes > 0 ? `${(cold.bytes / warm.bytes).toFixed(1)}x fewer bytes` : 'no transfer',
      budget: '0 body bytes',
      withinBudget: warm.body === 0,
    });

    return [
      {
        group: concurrent,
        name: 'plain fetch, no client (reference)',
        value: `${plain.result.hits} server hits, ${ms(plain.ms)}`,
        reference: '',
        ratio: '1.00x',
        budget: '',
      },
      {
        group: concurrent,
        name: 'createClient(): shared in-flight requests',
        value: `${shared.result.hits} server hits, ${ms(shared.ms)}`,
        reference: `${plain.result.hits} hits, ${ms(plain.ms)}`,
        ratio: `${(plain.result.hits / shared.result.hits).toFixed(2)}x fewer hits`,
        budget: `${URLS} hits`,
        withinBudget: shared.result.hits <= URLS,
      },
      {
        group: reloadGroup,
        name: 'cold load, empty cache (reference)',
        value: `${kB(cold.bytes)} sent (${kB(cold.body)} of bodies), ${cold.hits} requests, ${ms(cold.ms)}`,
        reference: '',
        ratio: '1.00x',
        budget: '',
      },
      warmRow('warm, Cache-Control: no-cache + ETag (10 x 304)', revalidated),
      warmRow('warm, Cache-Control: max-age=60 (fresh)', fresh),
    ];
  } finally {
    await server.close();
  }
}
