/**
 * A real HTTP server on 127.0.0.1 for the client's tests and benchmark: every case of the
 * issue is a route, and the server counts what it saw, so tests assert on hits rather than on
 * a mocked fetch. It sends CORS headers, so the same cases run from a browser page.
 *
 * Routes are `/{ns}/{behaviour}/{document}`: `ns` is any name a test picks so that its counts
 * are its own, `behaviour` one of {@link behaviours}, `document` a name {@link documentText}
 * knows; `/{ns}/tree/...` serves the files of a published tree, as a static host would.
 * `GET /__hits?ns=...` answers the counts of a namespace as JSON.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { smallAssessment, smallFramework } from '../helpers.js';

/** What the server saw for one path. */
export interface PathHits {
  /** GET requests (preflights are not counted here). */
  hits: number;
  /** The status of each response, in order; 0 for a dropped connection. */
  statuses: number[];
  /** GETs that carried If-None-Match or If-Modified-Since. */
  conditional: number;
  /** CORS preflights (OPTIONS). */
  preflights: number;
  /** Body bytes sent. */
  bytes: number;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** The counts of a namespace, by the path after it (`/fresh/framework.json`). */
  hits(ns: string): Record<string, PathHits>;
  /** Every byte written to every connection so far, headers included. */
  bytesWritten(): number;
  close(): Promise<void>;
}

/** How long a hanging route holds the connection before it gives up. */
const HOLD_MS = 1500;
const ORGANISATION = {
  kind: 'Organisation',
  schemaVersion: '1.0',
  odsCode: 'RGT',
  name: 'Cambridge University Hospitals NHS Foundation Trust',
  type: 'acute-trust',
};
const WGLL = new URL('../../data/frameworks/wgll-2024.json', import.meta.url);

/** The documents the behaviour routes serve, by name. */
export function documentText(name: string): string | undefined {
  if (name === 'framework.json') return JSON.stringify(smallFramework());
  if (name === 'assessment.json') return JSON.stringify(smallAssessment());
  if (name === 'organisation.json') return JSON.stringify(ORGANISATION);
  if (name === 'wgll.json') return readFileSync(WGLL, 'utf8');
  if (name === 'index.json') {
    return JSON.stringify({
      kind: 'Index',
      schemaVersion: '1.0',
      of: 'Framework',
      latest: '1',
      items: [{ id: '1', href: '../fresh/framework.json' }],
    });
  }
  if (name === 'invalid-framework.json') return JSON.stringify({ ...smallFramework(), indicators: [] });
  // What JSON.parse accepts and the format does not: a repeated name, nesting 50,000 deep in an
  // unknown member (freezing it for the cache used to overflow the stack); and a byte order mark.
  if (name === 'duplicate-key-framework.json')
    return JSON.stringify(smallFramework()).replace(
      '"name":"Test framework"',
      '"name":"Test framework","name":"Other"',
    );
  if (name === 'deep-framework.json')
    return JSON.stringify(smallFramework()).replace(/}$/, `,"x-extra":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
  if (name === 'bom-framework.json') return `\uFEFF${JSON.stringify(smallFramework())}`;
  return undefined;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Last-Modified, Retry-After, Content-Length, Cache-Control, Age, Expires, Date',
};
const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';
const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('base64url').slice(0, 16)}"`;

type Handler = (context: {
  request: IncomingMessage;
  response: ServerResponse;
  text: string;
  nth: number;
  send: Send;
  path: string;
}) => void;
type Send = (status: number, headers: Record<string, string>, body?: string) => void;

const json = { 'content-type': 'application/json' };

/** Each behaviour, by the name used in routes. `nth` counts this path's GETs from 1. */
export const behaviours: Record<string, Handler> = {
  plain: ({ send, text }) => send(200, json, text),
  fresh: ({ send, text }) => send(200, { ...json, 'cache-control': 'public, max-age=60', etag: etagOf(text) }, text),
  etag: ({ request, send, text }) => {
    const headers = { ...json, 'cache-control': 'no-cache', etag: etagOf(text) };
    if (request.headers['if-none-match'] === etagOf(text)) send(304, headers);
    else send(200, headers, text);
  },
  modified: ({ request, send, text }) => {
    const headers = { ...json, 'cache-control': 'no-cache', 'last-modified': LAST_MODIFIED };
    if (request.headers['if-modified-since'] === LAST_MODIFIED) send(304, headers);
    else send(200, headers, text);
  },
  // The document changes after the first GET, and the server (or a cache in front of it)
  // answers the old validator with a 304 that names the new one: only an unconditional GET
  // gets the new body.
  'etag-moves': ({ request, send, text, nth }) => {
    const headers = { ...json, 'cache-control': 'no-cache' };
    if (nth === 1) return send(200, { ...headers, etag: etagOf(text) }, text);
    const changed = JSON.stringify({ ...JSON.parse(text), name: 'Changed on the server' });
    if (request.headers['if-none-match']) send(304, { ...headers, etag: etagOf(changed) });
    else send(200, { ...headers, etag: etagOf(changed) }, changed);
  },
  'no-store': ({ send, text }) => send(200, { ...json, 'cache-control': 'no-store', etag: etagOf(text) }, text),
  'must-revalidate': ({ send, text, nth, response }) => {
    if (nth === 1) send(200, { ...json, 'cache-control': 'no-cache, must-revalidate', etag: etagOf(text) }, text);
    else drop(response);
  },
  missing: ({ send }) => send(404, { 'content-type': 'text/plain' }, 'Not found'),
  gone: ({ send }) => send(410, { 'content-type': 'text/plain' }, 'Gone'),
  'rate-limited': ({ send, text, nth }) =>
    nth === 1 ? send(429, { 'retry-after': '1', 'content-type': 'text/plain' }, 'Slow down') : send(200, json, text),
  'rate-limited-long': ({ send }) =>
    send(429, { 'retry-after': '3600', 'content-type': 'text/plain' }, 'Come back in an hour'),
  flaky: ({ send, text, nth }) =>
    nth === 1 ? send(500, { 'content-type': 'text/plain' }, 'Oops') : send(200, json, text),
  broken: ({ send }) => send(503, { 'content-type': 'text/plain' }, 'Down for maintenance'),
  hang: ({ send, text }) => void setTimeout(() => send(200, json, text), HOLD_MS).unref(),
  slow: ({ send, text }) =>
    void setTimeout(() => send(200, { ...json, 'cache-control': 'no-cache', etag: etagOf(text) }, text), 150).unref(),
  'slow-body': ({ response, text }) => {
    response.writeHead(200, { ...CORS, ...json, 'content-length': String(Buffer.byteLength(text)) });
    response.write(text.slice(0, 10));
    setTimeout(() => response.end(text.slice(10)), HOLD_MS).unref();
  },
  malformed: ({ send }) => send(200, json, '{\n  "kind": "Framework",\n  "id": \n'),
  empty: ({ send }) => send(200, json, ''),
  html: ({ send }) =>
    send(
      200,
      { 'content-type': 'text/html; charset=utf-8' },
      '<!doctype html><title>Sign in</title><h1>Sign in to continue</h1>',
    ),
  'html-as-json': ({ send }) => send(200, json, '<!DOCTYPE html>\n<html><body>Service unavailable</body></html>'),
  image: ({ send }) => send(200, { 'content-type': 'image/png' }, 'PNG'),
  huge: ({ response }) => stream(response, { 'content-length': String(6 * 1024 * 1024) }),
  'huge-chunked': ({ response }) => stream(response, {}),
  redirect: ({ send, path }) => send(302, { location: path.replace('/redirect/', '/fresh/') }),
  drop: ({ response }) => drop(response),
  'then-drop': ({ response, send, text, nth }) => {
    if (nth === 1) send(200, { ...json, 'cache-control': 'no-cache', etag: etagOf(text) }, text);
    else drop(response, text);
  },
  'then-fail': ({ send, text, nth }) =>
    nth === 1
      ? send(200, { ...json, 'cache-control': 'no-cache', etag: etagOf(text) }, text)
      : send(503, { 'content-type': 'text/plain' }, 'Down'),
  'then-missing': ({ send, text, nth }) =>
    nth === 1
      ? send(200, { ...json, 'cache-control': 'no-cache', etag: etagOf(text) }, text)
      : send(404, { 'content-type': 'text/plain' }, 'Not found'),
};

/**
 * Breaks the connection after the status line and part of the body: a network failure that
 * browsers do not retry on their own (they may, silently, when nothing at all was received).
 */
function drop(response: ServerResponse, text = '{"kind":"Framework","schemaVersion":"1.0"}'): void {
  response.writeHead(200, { ...CORS, ...json, 'content-length': String(Buffer.byteLength(text) + 100) });
  response.write(text.slice(0, 5), () => response.socket?.destroy());
}

/** Streams JSON-looking bytes until the client gives up or 6 MB have gone. */
function stream(response: ServerResponse, headers: Record<string, string>): void {
  response.writeHead(200, { ...CORS, ...json, ...headers });
  const chunk = Buffer.from(`${' '.repeat(64 * 1024 - 1)}\n`);
  let sent = 0;
  const pump = () => {
    while (sent < 6 * 1024 * 1024) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  response.on('close', () => response.removeAllListeners('drain'));
  pump();
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  /** A published tree (the output of `openmaturity publish`) to serve at `/{ns}/tree/`. */
  tree?: string;
  /** A tree as publish wrote it before ids were escaped (`formerTreeOf`), at `/{ns}/former/`. */
  former?: string;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const counts = new Map<string, Map<string, PathHits>>();
  const sockets = new Set<Socket>();
  let closedBytes = 0;

  const countFor = (ns: string, path: string): PathHits => {
    let space = counts.get(ns);
    if (!space) counts.set(ns, (space = new Map()));
    let hits = space.get(path);
    if (!hits) space.set(path, (hits = { hits: 0, statuses: [], conditional: 0, preflights: 0, bytes: 0 }));
    return hits;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/__hits') {
      const space = counts.get(url.searchParams.get('ns') ?? '') ?? new Map();
      response
        .writeHead(200, { ...CORS, ...json, 'cache-control': 'no-store' })
        .end(JSON.stringify(Object.fromEntries(space)));
      return;
    }
    const [, ns = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}${url.search}`;
    const hits = countFor(ns, path);
    if (request.method === 'OPTIONS') {
      hits.preflights++;
      response
        .writeHead(204, {
          ...CORS,
          'access-control-allow-methods': 'GET',
          'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Accept',
          'access-control-max-age': '600',
        })
        .end();
      return;
    }
    hits.hits++;
    if (request.headers['if-none-match'] || request.headers['if-modified-since']) hits.conditional++;
    let recorded = false;
    const record = (status: number) => {
      if (!recorded) hits.statuses.push(status);
      recorded = true;
    };
    const send: Send = (status, headers, body) => {
      if (response.destroyed) return;
      record(status);
      hits.bytes += body ? Buffer.byteLength(body) : 0;
      response.writeHead(status, { ...CORS, ...headers }).end(body);
    };
    // Responses written by hand (streams, drops): their status once done, 0 if cut short.
    response.on('close', () => record(response.writableFinished ? response.statusCode : 0));

    const [behaviour = '', ...names] = rest;
    if (behaviour === 'tree' && options.tree) return serveFile(options.tree, names, request, send);
    if (behaviour === 'former' && options.former) return serveFile(options.former, names, request, send);
    const handler = behaviours[behaviour];
    const text = documentText(names.join('/'));
    if (!handler || text === undefined) return send(404, { 'content-type': 'text/plain' }, `No route ${url.pathname}`);
    handler({ request, response, text, nth: hits.hits, send, path: url.pathname });
  });
  server.keepAliveTimeout = 500;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    hits: (ns) => Object.fromEntries(counts.get(ns) ?? new Map()),
    bytesWritten: () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A static host: files with ETag and Last-Modified, `Cache-Control: no-cache`, 304s. */
function serveFile(root: string, segments: string[], request: IncomingMessage, send: Send): void {
  let file: string;
  try {
    file = normalize(join(root, ...segments.map(decodeURIComponent)));
  } catch {
    return send(400, { 'content-type': 'text/plain' }, 'Bad path');
  }
  const stat = file.startsWith(root + sep) || file === root ? statSync(file, { throwIfNoEntry: false }) : undefined;
  if (!stat?.isFile()) return send(404, { 'content-type': 'text/plain' }, 'Not found');
  const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
  const headers = {
    'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    'cache-control': 'no-cache',
    etag,
    'last-modified': stat.mtime.toUTCString(),
  };
  if (request.headers['if-none-match'] === etag) return send(304, headers);
  send(200, headers, readFileSync(file, 'utf8'));
}
