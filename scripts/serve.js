// `npm start`: serves the examples and the built bundles on a local port, under the strict
// Content-Security-Policy that the widgets promise to work with.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBrotliCompress, createGzip, constants } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const allowed = [
  'examples',
  join('packages', 'widgets', 'dist'),
  join('packages', 'core', 'dist'),
  join('packages', 'core', 'schema'),
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Text worth compressing: as a CDN or a web server configured for it would send it. */
const compressible = (type, size) => size > 1024 && /^(text\/|application\/json|image\/svg)/.test(type);

/** The encoding to send: Brotli, else gzip, when the request accepts it (and not with q=0). */
function negotiate(header = '') {
  const accepted = new Map(
    String(header)
      .split(',')
      .map((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
        return [name, q === undefined ? 1 : Number(q)];
      }),
  );
  return ['br', 'gzip'].find((name) => (accepted.get(name) ?? 0) > 0);
}

export function startServer(port = Number(process.env.PORT ?? 8080), host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/examples/' }).end();
      return;
    }
    let decoded;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    let path = normalize(join(root, decoded));
    if (
      !path.startsWith(root + sep) ||
      !allowed.some((dir) => path.startsWith(join(root, dir) + sep) || path === join(root, dir))
    ) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const { size } = statSync(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const encoding = compressible(type, size) ? negotiate(request.headers['accept-encoding']) : undefined;
      response.writeHead(200, {
        'content-type': type,
        ...(encoding ? { 'content-encoding': encoding } : { 'content-length': size }),
        vary: 'accept-encoding',
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      const file = createReadStream(path);
      if (encoding === 'br')
        file.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(response);
      else if (encoding === 'gzip') file.pipe(createGzip({ level: 6 })).pipe(response);
      else file.pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`OpenMaturity examples: http://127.0.0.1:${port}/examples/  (Ctrl+C to stop)`);
}
