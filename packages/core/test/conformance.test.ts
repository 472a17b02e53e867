import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import type { ConformanceStatement } from '../src/format/kinds/conformance-statement.js';
import { safeParseDocument } from '../src/format/parse.js';
import {
  canonicalJson,
  describeKey,
  generateIssuerKeys,
  InvalidKeyError,
  isIssuerJwksUrl,
  isExpired,
  jwkThumbprint,
  signStatement,
  statementPayload,
  toOpenBadgeCredential,
  toPublicJwk,
  validityWindow,
  verificationFailures,
  verifyStatement,
  type IssuerJwk,
  type VerificationResult,
  type VerifyOptions,
} from '../src/conformance/index.js';
import { decodeBase64Url, encodeBase64Url } from '../src/conformance/base64url.js';
import { importSigningKey, importVerificationKey } from '../src/conformance/jwk.js';
import { parseDetachedJws } from '../src/conformance/jws.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/conformance/${name}`, import.meta.url), 'utf8'));

const ISSUER = 'https://acme-health.example/';
const JWKS_URL = 'https://acme-health.example/.well-known/openmaturity-jwks.json';
const NOW = new Date('2025-01-15T12:00:00Z');

/** A statement with every kind of field: nested objects, arrays, optional parts, non-ASCII text. */
function richStatement(): ConformanceStatement {
  return {
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id: 'acme-epr-4-2-dtac-2024',
    subject: {
      type: 'product',
      name: 'Acme Health Ltd — Ysbyty Gwynedd ŵ',
      odsCode: 'AB123',
      product: { name: 'Acme EPR', version: '4.2' },
    },
    standard: { id: 'dtac', version: '2024', name: 'Digital Technology Assessment Criteria' },
    status: 'conformant',
    statusDetail: 'All five sections passed',
    scope: 'Acme EPR 4.2 as hosted by Acme Health Ltd.',
    issuer: { id: ISSUER, name: 'Acme Health Ltd', jwks: JWKS_URL },
    issued: '2024-04-01',
    expires: '2026-03-31',
    evidence: [
      { url: 'https://acme-health.example/dtac/2024', title: 'DTAC summary' },
      { url: 'https://acme-health.example/dcb0129' },
    ],
    source: {
      title: 'Acme assurance register',
      retrieved: '2024-04-02',
      record: { score: 97.5, passed: true, notes: null, sections: [1, 2, 3] },
    },
  } as ConformanceStatement;
}

let keys:
  | Promise<{
      es256: { privateJwk: IssuerJwk; publicJwk: IssuerJwk };
      eddsa: { privateJwk: IssuerJwk; publicJwk: IssuerJwk };
    }>
  | undefined;
const testKeys = () =>
  (keys ??= Promise.all([generateIssuerKeys({ alg: 'ES256' }), generateIssuerKeys({ alg: 'EdDSA' })]).then(
    ([es256, eddsa]) => ({ es256, eddsa }),
  ));

const options = (jwks: IssuerJwk[], extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  trustedIssuers: [ISSUER],
  jwks: { keys: jwks },
  now: NOW,
  ...extra,
});

function assertStatus(result: VerificationResult, status: VerificationResult['status'], message?: string) {
  assert.equal(result.status, status, `${message ?? ''} expected ${status}, got ${result.status}: ${result.reason}`);
  assert.equal(result.verified, status === 'verified');
  assert.equal(typeof result.reason, 'string');
  assert.ok(result.reason.length > 10 && result.reason.length < 400, result.reason);
}

/** Rewrites a JWS header, keeping the signature: what a forger who cannot sign can do. */
function withHeader(jws: string, header: unknown): string {
  const signature = jws.split('..')[1]!;
  return `${encodeBase64Url(new TextEncoder().encode(JSON.stringify(header)))}..${signature}`;
}

describe('canonical JSON (RFC 8785)', () => {
  test('sorts members by UTF-16 code units and writes numbers as ECMAScript does (the RFC examples)', () => {
    assert.equal(
      canonicalJson({
        numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
        string: '\u20ac$\u000f\nA\'B"\\\\"/',
        literals: [null, true, false],
      }),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
    const sorted = canonicalJson({
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    });
    // Compared as text: Object.keys would put the integer-like key "1" first.
    const order = ['"\\r"', '"1"', '"\u0080"', '"\u00f6"', '"\u20ac"', '"\ud83d\ude00"', '"\ufb33"'].map((key) =>
      sorted.indexOf(key),
    );
    assert.ok(
      order.every((position, i) => position >= 0 && (i === 0 || position > order[i - 1]!)),
      `${sorted} ${order}`,
    );
    assert.equal(canonicalJson(-0), '0');
  });

  test('gives the same text as the canonicalize package for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => canonicalJson(value) === canonicalize(value)),
      { numRuns: 500 },
    );
  });

  test('refuses what JSON cannot hold, and nesting that could exhaust the stack', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 10n])
      assert.throws(() => canonicalJson({ a: [value] }), { code: 'ERR_NOT_JSON' });
    for (const value of [undefined, () => 1, Symbol('x')])
      assert.throws(() => canonicalJson(value), { code: 'ERR_NOT_JSON' });
    assert.equal(canonicalJson({ a: undefined, b: [undefined] }), '{"b":[null]}');
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    assert.throws(() => canonicalJson(deep), { code: 'ERR_NOT_JSON' });
  });
});

describe('base64url', () => {
  test('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) =>
        assert.deepEqual(decodeBase64Url(encodeBase64Url(bytes)), bytes),
      ),
    );
    assert.equal(encodeBase64Url(new TextEncoder().encode('{"alg":"ES256"}')), 'eyJhbGciOiJFUzI1NiJ9');
  });

  test('refuses padding, the base64 alphabet, impossible lengths and non-canonical trailing bits', () => {
    for (const text of ['AQID=', 'A+/B', 'A', 'AQI ', 'AQ==', 'AR', 'AQJ', 'é'])
      assert.equal(decodeBase64Url(text), undefined, text);
    assert.deepEqual(decodeBase64Url('AQ'), new Uint8Array([1]));
  });
});

describe('issuer keys', () => {
  test('generates ES256 and EdDSA key pairs named by their RFC 7638 thumbprint, with alg and use', async () => {
    const { es256, eddsa } = await testKeys();
    for (const [pair, alg, kty] of [
      [es256, 'ES256', 'EC'],
      [eddsa, 'EdDSA', 'OKP'],
    ] as const) {
      assert.equal(pair.privateJwk.alg, alg);
      assert.equal(pair.publicJwk.kty, kty);
      assert.equal(pair.publicJwk.use, 'sig');
      assert.equal(pair.publicJwk.kid, await jwkThumbprint(pair.publicJwk as unknown as Record<string, unknown>));
      assert.equal(pair.publicJwk.kid, pair.privateJwk.kid);
      assert.equal(pair.publicJwk.d, undefined);
      assert.equal(typeof pair.privateJwk.d, 'string');
      assert.ok(!('key_ops' in pair.privateJwk) && !('ext' in pair.privateJwk));
    }
  });

  test('computes the thumbprint of RFC 8037 appendix A.3', async () => {
    const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    assert.equal(await jwkThumbprint(key), 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });

  test('reads foreign JWKs (WebCrypto alg "Ed25519", no kid) and refuses keys it cannot sign with', async () => {
    const key = await describeKey({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'Ed25519',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
      key_ops: ['verify'],
      ext: true,
    });
    assert.deepEqual(key, {
      kty: 'OKP',
      crv: 'Ed25519',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
      kid: 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
      alg: 'EdDSA',
      use: 'sig',
    });
    for (const bad of [
      null,
      'key',
      [],
      { kty: 'RSA', n: 'x', e: 'AQAB' },
      { kty: 'EC', crv: 'P-384', x: 'a', y: 'b' },
      { kty: 'oct', k: 'secret' },
      { kty: 'OKP', crv: 'Ed25519', x: 'a', use: 'enc' },
      { kty: 'EC', crv: 'P-256', x: 'a', alg: 'EdDSA' },
      { kty: 'EC', crv: 'P-256', x: 'a' },
    ]) {
      await assert.rejects(describeKey(bad), InvalidKeyError, JSON.stringify(bad));
    }
  });

  test('signing needs the private key', async () => {
    const { es256 } = await testKeys();
    await assert.rejects(signStatement(richStatement(), es256.publicJwk), {
      code: 'ERR_INVALID_KEY',
      message: /private key/,
    });
    await assert.rejects(signStatement(richStatement(), { ...es256.privateJwk, d: 'AAAA' }), {
      code: 'ERR_INVALID_KEY',
    });
  });
});

describe('interoperability: the signature examples of the RFCs', () => {
  const ascii = (text: string) => new TextEncoder().encode(text);

  test('EdDSA gives the signature of RFC 8037 appendix A.4', async () => {
    const key = await describeKey({
      kty: 'OKP',
      crv: 'Ed25519',
      d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    });
    const signature = await crypto.subtle.sign(
      { name: 'Ed25519' },
      await importSigningKey(key),
      ascii('eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc'),
    );
    assert.equal(
      encodeBase64Url(new Uint8Array(signature)),
      'hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg',
    );
  });

  test('ES256 accepts the r || s signature of RFC 7515 appendix A.3', async () => {
    const key = await importVerificationKey(
      { x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
      'ES256',
    );
    const signature = decodeBase64Url(
      'DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q',
    )!;
    const input = ascii(
      'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
    );
    assert.equal(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, input), true);
  });
});

describe('signStatement and verifyStatement', () => {
  for (const alg of ['es256', 'eddsa'] as const) {
    test(`round trip with ${alg === 'es256' ? 'ES256' : 'EdDSA'}: verified, the same after JSON text and reordered members`, async () => {
      const { [alg]: pair } = await testKeys();
      const statement = richStatement();
      const before = structuredClone(statement);
      const signed = await signStatement(statement, pair.privateJwk);
      assert.deepEqual(statement, before, 'the statement given is not changed');
      assert.equal(signed.proof?.type, 'JsonWebSignature');
      assert.equal(signed.proof?.kid, pair.publicJwk.kid);
      assert.match(signed.proof!.jws, /^[\w-]+\.\.[\w-]{86}$/);
      assert.ok(safeParseDocument(signed, { kind: 'ConformanceStatement' }).success);

      const result = await verifyStatement(signed, options([pair.publicJwk]));
      assertStatus(result, 'verified');
      assert.ok(result.verified);
      assert.equal(result.kid, pair.publicJwk.kid);
      assert.equal(result.alg, pair.publicJwk.alg);
      assert.equal(result.issuer.id, ISSUER);

      const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(signed))).reverse());
      assertStatus(await verifyStatement(reordered, options([pair.publicJwk])), 'verified');
      assertStatus(
        await verifyStatement(JSON.parse(JSON.stringify(signed, null, 4)), options([pair.publicJwk])),
        'verified',
      );
    });
  }

  test('the payload is the canonical JSON of everything but the proof; signing again replaces the proof', async () => {
    const { es256, eddsa } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    assert.equal(statementPayload(signed), canonicalJson(richStatement()));
    const resigned = await signStatement(signed, eddsa.privateJwk);
    assert.equal(resigned.proof?.kid, eddsa.publicJwk.kid);
    assertStatus(await verifyStatement(resigned, options([eddsa.publicJwk])), 'verified');
  });

  test('signing refuses a statement that is not valid', async () => {
    const { es256 } = await testKeys();
    await assert.rejects(signStatement({ ...richStatement(), status: 'compliant' } as never, es256.privateJwk), {
      code: 'ERR_INVALID_DOCUMENT',
    });
  });

  test('the stored test vectors still verify (signatures made by an earlier version)', async () => {
    const jwks = fixture('jwks.json');
    for (const name of ['signed-es256.json', 'signed-eddsa.json']) {
      const result = await verifyStatement(fixture(name), { trustedIssuers: [ISSUER], jwks, now: NOW });
      assertStatus(result, 'verified', name);
    }
    const { privateJwk } = { privateJwk: fixture('private-eddsa.jwk.json') };
    // Ed25519 is deterministic: the same key and statement give the same signature.
    assert.deepEqual(await signStatement(fixture('statement.json'), privateJwk), fixture('signed-eddsa.json'));
  });
});

describe('each reason a statement is not verified', () => {
  test('invalid: not a conformance statement', async () => {
    const { es256 } = await testKeys();
    for (const value of [
      null,
      42,
      'statement',
      [],
      {},
      { ...richStatement(), kind: 'Framework' },
      { ...richStatement(), proof: { type: 'RsaSignature2018', kid: 'k', jws: 'x' } },
    ]) {
      assertStatus(
        await verifyStatement(value, options([es256.publicJwk])),
        'invalid',
        JSON.stringify(value)?.slice(0, 40),
      );
    }
  });

  test('unsigned: no proof', async () => {
    const { es256 } = await testKeys();
    assertStatus(await verifyStatement(richStatement(), options([es256.publicJwk])), 'unsigned');
  });

  test('untrusted-issuer: the trusted issuers come from the caller, never from the statement', async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { trustedIssuers: ['https://nhs.example/'] })),
      'untrusted-issuer',
    );
    assertStatus(await verifyStatement(signed, options([es256.publicJwk], { trustedIssuers: [] })), 'untrusted-issuer');
    // The same URL written differently is the same issuer.
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { trustedIssuers: ['HTTPS://ACME-HEALTH.EXAMPLE'] })),
      'verified',
    );
    // A forger re-signing with their own key and naming a trusted issuer is caught by the key.
    const forger = await generateIssuerKeys();
    const forged = await signStatement(richStatement(), forger.privateJwk);
    assertStatus(await verifyStatement(forged, options([es256.publicJwk])), 'unknown-key');
  });

  test("keys-unavailable: no JWKS, a failing fetch, a JWKS that is not one, keys off the issuer's site", async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const base = { trustedIssuers: [ISSUER], now: NOW };
    assertStatus(await verifyStatement(signed, base), 'keys-unavailable', 'no jwks, no fetchJwks');
    const noUrl = await signStatement({ ...richStatement(), issuer: { id: ISSUER, name: 'Acme' } }, es256.privateJwk);
    assertStatus(
      await verifyStatement(noUrl, { ...base, fetchJwks: async () => ({ keys: [es256.publicJwk] }) }),
      'keys-unavailable',
      'no issuer.jwks',
    );
    assertStatus(
      await verifyStatement(signed, {
        ...base,
        fetchJwks: async () => {
          throw new Error('HTTP 404');
        },
      }),
      'keys-unavailable',
      'fetch fails',
    );
    assertStatus(
      await verifyStatement(signed, { ...base, fetchJwks: () => Promise.reject('timeout') }),
      'keys-unavailable',
      'fetch rejects with a non-error',
    );
    for (const jwks of [
      null,
      'keys',
      [],
      { keys: 'x' },
      { keys: [1] },
      { keys: Array.from({ length: 101 }, () => es256.publicJwk) },
    ]) {
      assertStatus(
        await verifyStatement(signed, { ...base, fetchJwks: async () => jwks }),
        'keys-unavailable',
        JSON.stringify(jwks)?.slice(0, 30),
      );
      assertStatus(
        await verifyStatement(signed, { ...base, jwks: jwks as never }),
        'keys-unavailable',
        JSON.stringify(jwks)?.slice(0, 30),
      );
    }
    let fetched = 0;
    const offSite = await signStatement(
      { ...richStatement(), issuer: { id: ISSUER, name: 'Acme', jwks: 'https://attacker.example/jwks.json' } },
      es256.privateJwk,
    );
    const result = await verifyStatement(offSite, {
      ...base,
      fetchJwks: async () => (fetched++, { keys: [es256.publicJwk] }),
    });
    assertStatus(result, 'keys-unavailable');
    assert.match(result.reason, /not on the issuer's own site/);
    assert.equal(fetched, 0, "a JWKS off the issuer's site is never fetched");
  });

  test('unknown-key: no key with that kid, a key that is not valid, a JWKS that publishes its private key', async () => {
    const { es256, eddsa } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    assertStatus(await verifyStatement(signed, options([eddsa.publicJwk])), 'unknown-key');
    assertStatus(await verifyStatement(signed, options([])), 'unknown-key');
    assertStatus(await verifyStatement(signed, options([{ ...es256.publicJwk, x: 'AAAA' }])), 'unknown-key');
    assertStatus(await verifyStatement(signed, options([es256.privateJwk])), 'unknown-key');
  });

  test('bad-signature: a changed statement, a signature by another key under the same kid, an algorithm the key is not for', async () => {
    const { es256, eddsa } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    assertStatus(
      await verifyStatement({ ...signed, status: 'partially-conformant' }, options([es256.publicJwk])),
      'bad-signature',
    );
    const other = await generateIssuerKeys({ alg: 'ES256' });
    assertStatus(
      await verifyStatement(signed, options([{ ...other.publicJwk, kid: es256.publicJwk.kid }])),
      'bad-signature',
    );
    // The header says EdDSA, the key with that kid is ES256: the key decides, so no.
    const confused = {
      ...signed,
      proof: { ...signed.proof!, jws: withHeader(signed.proof!.jws, { alg: 'EdDSA', kid: es256.publicJwk.kid }) },
    };
    assertStatus(await verifyStatement(confused, options([es256.publicJwk, eddsa.publicJwk])), 'bad-signature');
    // An EdDSA key published under the ES256 key's kid.
    assertStatus(
      await verifyStatement(signed, options([{ ...eddsa.publicJwk, kid: es256.publicJwk.kid }])),
      'bad-signature',
    );
    // A key the issuer marked for encryption, or for signing only.
    assertStatus(
      await verifyStatement(signed, options([{ ...es256.publicJwk, use: 'enc' } as never])),
      'bad-signature',
    );
    assertStatus(
      await verifyStatement(signed, options([{ ...es256.publicJwk, key_ops: ['sign'] } as never])),
      'bad-signature',
    );
  });

  test("revoked: the id is in the issuer's revocation list (array or { ids })", async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { revoked: ['other', signed.id] })),
      'revoked',
    );
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { revoked: { ids: [signed.id] } })),
      'revoked',
    );
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { revoked: { ids: ['other'] } })),
      'verified',
    );
    // Only a genuine statement is called revoked: a forgery of a revoked one is a bad signature.
    assertStatus(
      await verifyStatement({ ...signed, scope: 'changed' }, options([es256.publicJwk], { revoked: [signed.id] })),
      'bad-signature',
    );
  });

  test('revocation-unavailable: a revocation list to fetch that cannot be read fails closed', async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const asked: string[] = [];
    const fetching = (list: unknown) =>
      options([es256.publicJwk], {
        fetchRevoked: async (issuer) => {
          asked.push(issuer.id);
          if (list instanceof Error) throw list;
          return list;
        },
      });
    assertStatus(await verifyStatement(signed, fetching(new Error('HTTP 404'))), 'revocation-unavailable');
    for (const notAList of [null, {}, 'x', [1], { ids: 'x' }])
      assertStatus(
        await verifyStatement(signed, fetching(notAList)),
        'revocation-unavailable',
        JSON.stringify(notAList),
      );
    assertStatus(await verifyStatement(signed, fetching({ ids: [signed.id] })), 'revoked');
    assertStatus(await verifyStatement(signed, fetching([])), 'verified');
    assert.deepEqual(new Set(asked), new Set([ISSUER]));
    // A list given for the issuer is used instead; and a forgery never reaches the fetch.
    asked.length = 0;
    assertStatus(
      await verifyStatement(signed, { ...fetching(new Error('down')), revoked: { [ISSUER]: [] } }),
      'verified',
    );
    assertStatus(
      await verifyStatement({ ...signed, status: 'not-conformant' }, fetching(new Error('down'))),
      'bad-signature',
    );
    assert.deepEqual(asked, []);
    // A record of lists binds each to its issuer.
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { revoked: { 'https://other.example/': [signed.id] } })),
      'verified',
    );
  });

  test('not-yet-valid and expired, with the clock skew allowed on both ends', async () => {
    const { eddsa } = await testKeys();
    const signed = await signStatement(richStatement(), eddsa.privateJwk);
    const at = (iso: string, skew?: number) =>
      verifyStatement(signed, options([eddsa.publicJwk], { now: new Date(iso), clockSkewSeconds: skew }));
    // issued 2024-04-01: in force from the moment that date begins anywhere (UTC+14).
    assertStatus(await at('2024-03-31T10:00:00Z'), 'verified');
    assertStatus(await at('2024-03-31T09:55:00Z'), 'verified', 'within the default 300 s skew');
    assertStatus(await at('2024-03-31T09:54:59Z'), 'not-yet-valid');
    assertStatus(await at('2024-03-31T09:59:59Z', 0), 'not-yet-valid', 'no skew');
    assertStatus(await at('2023-01-01T00:00:00Z'), 'not-yet-valid');
    // expires 2026-03-31: valid through the end of that day, UTC.
    assertStatus(await at('2026-03-31T23:59:59Z', 0), 'verified');
    assertStatus(await at('2026-04-01T00:00:00Z', 0), 'expired');
    assertStatus(await at('2026-04-01T00:04:59Z'), 'verified', 'within the default 300 s skew');
    assertStatus(await at('2026-04-01T00:05:00Z'), 'expired');
    assertStatus(await at('2026-04-01T00:09:59Z', 600), 'verified', 'a larger skew');
    // A statement without expiry never expires.
    const open = await signStatement({ ...richStatement(), expires: undefined }, eddsa.privateJwk);
    assertStatus(
      await verifyStatement(
        JSON.parse(JSON.stringify(open)),
        options([eddsa.publicJwk], { now: new Date('2999-01-01') }),
      ),
      'verified',
    );
  });

  test('the checks run in the documented order: the first failure is the answer', async () => {
    const { es256 } = await testKeys();
    assert.deepEqual(verificationFailures, [
      'invalid',
      'unsigned',
      'untrusted-issuer',
      'keys-unavailable',
      'unknown-key',
      'bad-signature',
      'revocation-unavailable',
      'revoked',
      'not-yet-valid',
      'expired',
    ]);
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const late = new Date('2030-01-01');
    // expired, revoked and untrusted: untrusted first.
    assertStatus(
      await verifyStatement(
        signed,
        options([es256.publicJwk], { now: late, revoked: [signed.id], trustedIssuers: ['https://x.example/'] }),
      ),
      'untrusted-issuer',
    );
    // expired and revoked: revoked.
    assertStatus(
      await verifyStatement(signed, options([es256.publicJwk], { now: late, revoked: [signed.id] })),
      'revoked',
    );
    // expired and tampered: the signature first.
    assertStatus(
      await verifyStatement({ ...signed, expires: '2099-12-31' }, options([es256.publicJwk], { now: late })),
      'bad-signature',
    );
    // unsigned and untrusted: unsigned.
    assertStatus(await verifyStatement(richStatement(), options([], { trustedIssuers: [] })), 'unsigned');
  });

  test('a mistake in the options is thrown, never taken for a verdict', async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    for (const bad of [
      undefined,
      {},
      { trustedIssuers: 'https://acme-health.example/' },
      { trustedIssuers: [ISSUER], now: new Date('x') },
      { trustedIssuers: [ISSUER], clockSkewSeconds: -1 },
      { trustedIssuers: [ISSUER], revoked: 'id' },
      { trustedIssuers: [ISSUER], revoked: null },
      { trustedIssuers: [ISSUER], revoked: { ids: null } },
      { trustedIssuers: [ISSUER], revoked: [1] },
    ]) {
      await assert.rejects(verifyStatement(signed, bad as never), { code: 'ERR_VERIFY_OPTIONS' }, JSON.stringify(bad));
    }
  });
});

/** Every leaf of a JSON value, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path, value }];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function objects(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    ...(Array.isArray(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, child]) =>
      objects(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

function setAt(root: unknown, path: (string | number)[], change: (old: unknown) => unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  node[last] = change(node[last]);
  return copy;
}

/** One character changed, keeping its class where possible so the statement stays valid. */
function changeOneCharacter(text: string): string {
  const i = text.length - 1;
  const char = text[i]!;
  const next = /[0-8]/.test(char)
    ? String(Number(char) + 1)
    : char === '9'
      ? '8'
      : /[a-y]/i.test(char)
        ? String.fromCharCode(char.charCodeAt(0) + 1)
        : /[zZ]/.test(char)
          ? 'a'
          : 'x';
  return text.slice(0, i) + next;
}

describe('tampering with any part of a signed statement', () => {
  test('changing any leaf, adding a member anywhere, or removing any member: never verified', async () => {
    const { es256, eddsa } = await testKeys();
    for (const pair of [es256, eddsa]) {
      const signed = await signStatement(richStatement(), pair.privateJwk);
      const variants: { label: string; value: unknown }[] = [];
      for (const leaf of leaves(signed)) {
        const change = (old: unknown) =>
          typeof old === 'string'
            ? changeOneCharacter(old)
            : typeof old === 'number'
              ? old + 1
              : typeof old === 'boolean'
                ? !old
                : old === null
                  ? 0
                  : 'x';
        variants.push({ label: `change ${leaf.path.join('.')}`, value: setAt(signed, leaf.path, change) });
        // A whole different value, too: a date a day later, a text swapped for another.
        if (typeof leaf.value === 'string')
          variants.push({
            label: `replace ${leaf.path.join('.')}`,
            value: setAt(signed, leaf.path, (old) => `${old} (changed)`),
          });
      }
      for (const path of objects(signed)) {
        variants.push({
          label: `add to ${path.join('.') || '(root)'}`,
          value: setAt(signed, [...path, 'injected'], () => 'x'),
        });
      }
      for (const leaf of leaves(signed)) {
        if (leaf.path.length < 2) continue;
        const parent = leaf.path.slice(0, -1);
        const key = leaf.path.at(-1)!;
        variants.push({
          label: `remove ${leaf.path.join('.')}`,
          value: setAt(signed, parent, (old) =>
            Array.isArray(old)
              ? old.filter((_, i) => i !== key)
              : Object.fromEntries(Object.entries(old as object).filter(([k]) => k !== key)),
          ),
        });
      }
      variants.push({ label: 'change status', value: { ...signed, status: 'not-conformant' } });
      variants.push({ label: 'change expires', value: { ...signed, expires: '2099-03-31' } });
      variants.push({ label: 'reorder evidence', value: { ...signed, evidence: [...signed.evidence!].reverse() } });

      let badSignatures = 0;
      for (const { label, value } of variants) {
        const result = await verifyStatement(value, options([es256.publicJwk, eddsa.publicJwk]));
        assert.notEqual(result.status, 'verified', `${label} was verified`);
        const stillValid = safeParseDocument(value, { kind: 'ConformanceStatement' }).success;
        const document = value as ConformanceStatement;
        const sameIssuer = document.issuer?.id === ISSUER;
        if (stillValid && sameIssuer && document.proof) {
          assert.equal(result.status, 'bad-signature', `${label}: ${result.status}: ${result.reason}`);
          badSignatures++;
        }
      }
      assert.ok(variants.length > 80, `${variants.length} variants`);
      assert.ok(badSignatures > variants.length * 0.6, `${badSignatures} of ${variants.length} were bad signatures`);
    }
  });
});

describe('key rotation', () => {
  test('a JWKS with two keys verifies statements signed with either; dropping a key leaves its statements unknown', async () => {
    const { es256, eddsa } = await testKeys();
    const old = await signStatement(richStatement(), es256.privateJwk);
    const fresh = await signStatement(richStatement(), eddsa.privateJwk);
    const both = [es256.publicJwk, eddsa.publicJwk];
    assertStatus(await verifyStatement(old, options(both)), 'verified');
    assertStatus(await verifyStatement(fresh, options(both)), 'verified');
    assertStatus(await verifyStatement(old, options([eddsa.publicJwk])), 'unknown-key');
    assertStatus(await verifyStatement(fresh, options([eddsa.publicJwk])), 'verified');
  });

  test("fetchJwks: called with the statement's JWKS URL, only for a trusted issuer, and not when a JWKS is given", async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const calls: string[] = [];
    const fetchJwks = async (url: string) => (calls.push(url), { keys: [toPublicJwk(es256.privateJwk)] });
    assertStatus(await verifyStatement(signed, { trustedIssuers: [ISSUER], fetchJwks, now: NOW }), 'verified');
    assert.deepEqual(calls, [JWKS_URL]);
    assertStatus(
      await verifyStatement(signed, { trustedIssuers: ['https://nhs.example/'], fetchJwks, now: NOW }),
      'untrusted-issuer',
    );
    assertStatus(
      await verifyStatement(signed, {
        trustedIssuers: [ISSUER],
        fetchJwks,
        jwks: { keys: [es256.publicJwk] },
        now: NOW,
      }),
      'verified',
    );
    assert.equal(calls.length, 1);
  });

  test("jwks may be a record from issuer id to JWKS; another issuer's keys do not count", async () => {
    const { es256, eddsa } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const other = 'https://other.example/';
    const trustedIssuers = [ISSUER, other];
    assertStatus(
      await verifyStatement(signed, {
        trustedIssuers,
        now: NOW,
        jwks: { [ISSUER]: { keys: [es256.publicJwk] }, [other]: { keys: [eddsa.publicJwk] } },
      }),
      'verified',
    );
    assertStatus(
      await verifyStatement(signed, { trustedIssuers, now: NOW, jwks: { [other]: { keys: [es256.publicJwk] } } }),
      'keys-unavailable',
    );
  });
});

describe('a key verifies only for the issuer it belongs to', () => {
  const other = 'https://assessor-b.example/';
  /** Issuer A's key signs a statement that names issuer B: what A could do to pass as B. */
  async function statementNamingBSignedByA() {
    const { es256 } = await testKeys();
    const namingB = { ...richStatement(), issuer: { id: other, name: 'Assessor B' } };
    return { es256, signed: await signStatement(namingB as ConformanceStatement, es256.privateJwk) };
  }

  test('one JWKS given for several trusted issuers is refused as ambiguous, naming the way to bind them', async () => {
    const { es256, signed } = await statementNamingBSignedByA();
    await assert.rejects(
      verifyStatement(signed, { trustedIssuers: [ISSUER, other], jwks: { keys: [es256.publicJwk] }, now: NOW }),
      (error: Error & { code?: string }) =>
        error.code === 'ERR_VERIFY_OPTIONS' &&
        /one JWKS was given for 2 trusted issuers/.test(error.message) &&
        /record from issuer id/.test(error.message),
    );
    // The same issuer spelt two ways is still one issuer.
    assertStatus(
      await verifyStatement(await signStatement(richStatement(), es256.privateJwk), {
        trustedIssuers: [ISSUER, 'https://ACME-health.example'],
        jwks: { keys: [es256.publicJwk] },
        now: NOW,
      }),
      'verified',
    );
  });

  test("bound by a record, A's key does not verify a statement naming B", async () => {
    const { es256, signed } = await statementNamingBSignedByA();
    const { eddsa } = await testKeys();
    const result = await verifyStatement(signed, {
      trustedIssuers: [ISSUER, other],
      jwks: { [ISSUER]: { keys: [es256.publicJwk] }, [other]: { keys: [eddsa.publicJwk] } },
      now: NOW,
    });
    assertStatus(result, 'unknown-key');
  });

  test('a record naming one issuer twice (spelt two ways) is refused', async () => {
    const { es256, signed } = await statementNamingBSignedByA();
    await assert.rejects(
      verifyStatement(signed, {
        trustedIssuers: [other],
        jwks: { [other]: { keys: [] }, 'https://Assessor-B.example': { keys: [es256.publicJwk] } },
        now: NOW,
      }),
      { code: 'ERR_VERIFY_OPTIONS' },
    );
  });
});

describe('hostile input never throws', () => {
  test('malformed JWS strings are bad signatures, with a reason', async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const kid = es256.publicJwk.kid;
    const [header, signature] = signed.proof!.jws.split('..') as [string, string];
    const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
    const lastFlipped = signature.slice(0, -1) + (signature.at(-1) === 'A' ? 'B' : 'A');
    const hostile = [
      '',
      '.',
      '..',
      '...',
      `${header}.${b64(statementPayload(signed))}.${signature}`,
      `${header}..`,
      `..${signature}`,
      `${header}..${signature}..${signature}`,
      `${header}=..${signature}`,
      `${header}..${signature}=`,
      `${header}..${signature.replace(/[-_]/g, '+')}A`,
      `${header}..${lastFlipped}`,
      `${header}..${signature}AAAA`,
      `${header}..${signature.slice(0, 40)}`,
      `${b64('not json')}..${signature}`,
      `${b64('[]')}..${signature}`,
      `${b64('null')}..${signature}`,
      `${encodeBase64Url(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))}..${signature}`,
      withHeader(signed.proof!.jws, { alg: 'none', kid }),
      withHeader(signed.proof!.jws, { alg: 'HS256', kid }),
      withHeader(signed.proof!.jws, { alg: 'RS256', kid }),
      withHeader(signed.proof!.jws, { alg: 'ES256' }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid: 'another' }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid: { $ne: null } }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid, typ: 'JWT' }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid, crit: ['exp'], exp: 1 }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid, b64: false }),
      withHeader(signed.proof!.jws, { alg: 'ES256', kid, jwk: es256.publicJwk }),
      `${b64(`{"alg":"ES256","kid":"${kid}","__proto__":{"alg":"none"}}`)}..${signature}`,
      'A'.repeat(8192),
      `${'A'.repeat(4000)}..${'B'.repeat(4000)}`,
      '\u0000..\u0000',
      '😀..😀',
    ];
    for (const jws of hostile) {
      assert.doesNotThrow(() => parseDetachedJws(jws));
      assertStatus(
        await verifyStatement({ ...signed, proof: { ...signed.proof!, jws } }, options([es256.publicJwk])),
        'bad-signature',
        jws.slice(0, 60),
      );
    }
    for (const value of [undefined, null, 42, {}, ['a', 'b']]) assert.equal(parseDetachedJws(value).ok, false);
    // A key in the header is ignored: the statement still verifies only against the JWKS.
    const embedded = withHeader(signed.proof!.jws, {
      alg: 'ES256',
      kid,
      typ: 'openmaturity-statement+jws',
      jwk: es256.publicJwk,
    });
    assertStatus(
      await verifyStatement({ ...signed, proof: { ...signed.proof!, jws: embedded } }, options([es256.publicJwk])),
      'bad-signature',
    );
    assertStatus(
      await verifyStatement(
        { ...signed, proof: { ...signed.proof!, jws: 'A'.repeat(9000) } },
        options([es256.publicJwk]),
      ),
      'invalid',
    );
  });

  test('the proof may hold nothing the signature does not cover', async () => {
    const { es256 } = await testKeys();
    const signed = await signStatement(richStatement(), es256.privateJwk);
    const result = await verifyStatement(
      { ...signed, proof: { ...signed.proof!, created: '2020-01-01' } },
      options([es256.publicJwk]),
    );
    assertStatus(result, 'bad-signature');
    assert.match(result.reason, /"created"/);
  });

  test('huge or strange values in a statement are verified or refused, never thrown', async () => {
    const { es256 } = await testKeys();
    const big = await signStatement(
      {
        ...richStatement(),
        source: { title: 'x', blob: 'y'.repeat(1_000_000), nested: { __proto__: 1, '': [null, 1e308, -0] } },
      } as never,
      es256.privateJwk,
    );
    assertStatus(await verifyStatement(JSON.parse(JSON.stringify(big)), options([es256.publicJwk])), 'verified');
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { deep };
    const nested = { ...big, source: { title: 'x', deep } };
    const result = await verifyStatement(nested, options([es256.publicJwk]));
    assert.equal(result.verified, false);
    // A fetchJwks that throws synchronously, or a caller's getter that throws, is still a reason.
    const throwing = await verifyStatement(big, {
      trustedIssuers: [ISSUER],
      now: NOW,
      fetchJwks: () => {
        throw new Error('boom');
      },
    });
    assertStatus(throwing, 'keys-unavailable');
  });
});

describe('where keys may be fetched from', () => {
  test("isIssuerJwksUrl: https, the issuer's origin, within the issuer's path", () => {
    const cases: [string, string, boolean][] = [
      ['https://acme.example/.well-known/jwks.json', 'https://acme.example/', true],
      ['https://acme.example/.well-known/jwks.json', 'https://acme.example', true],
      ['https://host.example/acme/jwks.json', 'https://host.example/acme', true],
      ['https://host.example/acme/keys/jwks.json', 'https://host.example/acme/', true],
      ['https://host.example/mallory/jwks.json', 'https://host.example/acme', false],
      ['https://host.example/acme/../mallory/jwks.json', 'https://host.example/acme', false],
      ['https://host.example/acme/%2e%2e/mallory/jwks.json', 'https://host.example/acme', false],
      // Doubly encoded: a server or proxy that decodes twice reaches /mallory/.
      ['https://host.example/acme/%252e%252e/mallory/jwks.json', 'https://host.example/acme', false],
      ['https://host.example/acme/..%252fmallory/jwks.json', 'https://host.example/acme', false],
      ['https://host.example/acmeevil/jwks.json', 'https://host.example/acme', false],
      ['https://acme.example.evil.example/jwks.json', 'https://acme.example/', false],
      ['https://acme.example:8443/jwks.json', 'https://acme.example/', false],
      ['http://acme.example/jwks.json', 'http://acme.example/', false],
      ['http://localhost:8080/jwks.json', 'http://localhost:8080/', true],
      ['not a url', 'https://acme.example/', false],
    ];
    for (const [url, issuer, expected] of cases)
      assert.equal(isIssuerJwksUrl(url, issuer), expected, `${url} for ${issuer}`);
  });
});

describe('dates', () => {
  test('validityWindow and isExpired: the expiry day is valid to its end, UTC', () => {
    const window = validityWindow({ issued: '2024-04-01', expires: '2025-03-31' });
    assert.equal(window.notBefore, Date.parse('2024-03-31T10:00:00Z'));
    assert.equal(window.notAfter, Date.parse('2025-04-01T00:00:00Z'));
    assert.equal(
      isExpired({ issued: '2024-04-01', expires: '2025-03-31' }, new Date('2025-03-31T23:59:59.999Z')),
      false,
    );
    assert.equal(isExpired({ issued: '2024-04-01', expires: '2025-03-31' }, new Date('2025-04-01T00:00:00Z')), true);
    assert.equal(isExpired({ issued: '2024-04-01' }, new Date('2999-01-01')), false);
  });
});

describe('toOpenBadgeCredential', () => {
  test('exports an unsigned OpenBadgeCredential (VC data model 2.0) describing the standard and status', () => {
    const statement = richStatement();
    const before = structuredClone(statement);
    const credential = toOpenBadgeCredential(statement);
    assert.deepEqual(statement, before);
    assert.deepEqual(credential['@context'], [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.deepEqual(credential.issuer, { id: ISSUER, type: ['Profile'], name: 'Acme Health Ltd' });
    assert.equal(credential.validFrom, '2024-04-01T00:00:00Z');
    assert.equal(credential.validUntil, '2026-03-31T23:59:59Z');
    assert.match(
      credential.id,
      /^urn:openmaturity:statement:https%3A%2F%2Facme-health\.example%2F:acme-epr-4-2-dtac-2024$/,
    );
    assert.deepEqual(credential.credentialSubject.type, ['AchievementSubject']);
    assert.equal(credential.credentialSubject.name, 'Acme Health Ltd — Ysbyty Gwynedd ŵ: Acme EPR 4.2');
    assert.deepEqual(credential.credentialSubject.identifier, [
      { type: 'IdentityObject', identityType: 'ext:OdsCode', identityHash: 'AB123', hashed: false },
    ]);
    const { achievement } = credential.credentialSubject;
    assert.equal(achievement.name, 'Digital Technology Assessment Criteria 2024: Conformant');
    assert.equal(achievement.id, 'urn:openmaturity:standard:dtac:2024:conformant');
    assert.match(
      achievement.description,
      /Conformant to Digital Technology Assessment Criteria 2024 \(All five sections passed\)/,
    );
    assert.equal(achievement.criteria.narrative, statement.scope);
    assert.deepEqual(credential.evidence, [
      { id: 'https://acme-health.example/dtac/2024', type: ['Evidence'], name: 'DTAC summary' },
      { id: 'https://acme-health.example/dcb0129', type: ['Evidence'] },
    ]);
    assert.equal('proof' in credential, false, 'unsigned');
    assert.deepEqual(JSON.parse(JSON.stringify(credential)), credential);
  });

  test('leaves out what the statement does not have', () => {
    const { expires: _e, evidence: _v, scope: _s, ...rest } = richStatement();
    const credential = toOpenBadgeCredential({
      ...rest,
      subject: { type: 'organisation', name: 'Trust' },
    } as ConformanceStatement);
    assert.equal(credential.validUntil, undefined);
    assert.equal(credential.evidence, undefined);
    assert.equal(credential.description, undefined);
    assert.equal(credential.credentialSubject.identifier, undefined);
    assert.match(credential.credentialSubject.achievement.criteria.narrative, /as stated by Acme Health Ltd/);
  });
});
