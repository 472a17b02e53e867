/**
 * Keys are fetched only from where the issuer's id vouches, and never through a redirect: a
 * trusted issuer's open redirect must not hand over another party's keys (review finding).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type ConformanceStatement } from '@openmaturity/core';
import { generateIssuerKeys, isIssuerJwksUrl, signStatement } from '@openmaturity/core/conformance';
import { main } from '../src/cli/main.js';
import { tempDir } from './support/temp.js';

let acme: Server;
let mallory: Server;
let acmeUrl: string;
let malloryKeys: Awaited<ReturnType<typeof generateIssuerKeys>>;

const listen = async (server: Server) => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

before(async () => {
  malloryKeys = await generateIssuerKeys({ alg: 'ES256' });
  mallory = createServer((_request, response) =>
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: [malloryKeys.publicJwk] })),
  );
  const malloryUrl = await listen(mallory);
  // Acme's server has an open redirect under its own path.
  acme = createServer((request, response) => {
    const to = new URL(request.url!, 'http://x').searchParams.get('to');
    if (to) response.writeHead(302, { location: to }).end();
    else response.writeHead(404).end();
  });
  acmeUrl = await listen(acme);
  process.env.MALLORY = malloryUrl;
});
after(() => {
  acme.close();
  mallory.close();
});

test('an encoded separator in the key path is not where the issuer vouches', () => {
  assert.equal(
    isIssuerJwksUrl('https://host.example/acme/..%2Fmallory/jwks.json', 'https://host.example/acme/'),
    false,
  );
  assert.equal(
    isIssuerJwksUrl('https://host.example/acme/%2e%2e/mallory/jwks.json', 'https://host.example/acme/'),
    false,
  );
  assert.equal(isIssuerJwksUrl('https://host.example/acme/jwks.json', 'https://host.example/acme/'), true);
});

test('openmaturity verify refuses keys reached through a redirect', async () => {
  const statement: ConformanceStatement = {
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id: 'forged',
    subject: { type: 'product', name: 'Forged EPR' },
    standard: { id: 'dtac', version: '1.0' },
    status: 'conformant',
    issuer: {
      id: `${acmeUrl}/acme/`,
      name: 'Acme Assurance',
      jwks: `${acmeUrl}/acme/go?to=${process.env.MALLORY}/keys.json`,
    },
    issued: '2025-01-01',
  };
  const forged = await signStatement(statement, malloryKeys.privateJwk);
  const dir = tempDir('openmaturity-jwks-');
  writeFileSync(join(dir, 'forged.json'), JSON.stringify(forged));
  let out = '';
  const code = await main(['verify', join(dir, 'forged.json'), '--trust', `${acmeUrl}/acme/`], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
  });
  assert.equal(code, 1, out);
  assert.doesNotMatch(out, /^verified/m);
  assert.match(out, /keys-unavailable|could not/i);
});
