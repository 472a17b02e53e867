/**
 * Our JWS code against jose, the widely used implementation, as an oracle: jose verifies the
 * signatures we make, and we verify the ones jose makes (ES256 ones once in low-S form, the
 * only form we accept). And the low-S rule itself: every ES256 signature we make is low-S,
 * and a high-S one, which WebCrypto alone would accept, is refused.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompactSign, flattenedVerify, importJWK } from 'jose';
import type { ConformanceStatement } from '../src/format/kinds/conformance-statement.js';
import {
  generateIssuerKeys,
  signStatement,
  statementPayload,
  verifyStatement,
  type IssuerJwk,
  type VerifyOptions,
} from '../src/conformance/index.js';
import { decodeBase64Url, encodeBase64Url } from '../src/conformance/base64url.js';
import { importVerificationKey } from '../src/conformance/jwk.js';
import { STATEMENT_JWS_TYPE } from '../src/conformance/jws.js';

const ISSUER = 'https://acme-health.example/';
const NOW = new Date('2025-01-15T12:00:00Z');
/** The order of P-256's base point (FIPS 186-4, D.1.2.3). */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const statement = (id = 'acme-epr-dtac-2024'): ConformanceStatement =>
  ({
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id,
    subject: { type: 'product', name: 'Acme EPR — Ysbyty ŵ', product: { name: 'Acme EPR', version: '4.2' } },
    standard: { id: 'dtac', version: '2024', name: 'Digital Technology Assessment Criteria' },
    status: 'conformant',
    issuer: { id: ISSUER, name: 'Acme Health Ltd', jwks: `${ISSUER}.well-known/openmaturity-jwks.json` },
    issued: '2024-04-01',
    expires: '2026-03-31',
  }) as ConformanceStatement;

const options = (key: IssuerJwk): VerifyOptions => ({ trustedIssuers: [ISSUER], jwks: { keys: [key] }, now: NOW });

const sOf = (signature: Uint8Array) => BigInt(`0x${Buffer.from(signature.subarray(32)).toString('hex')}`);
/** The same signature with s replaced by n - s: as valid to plain ECDSA, and the other form. */
function flipS(signature: Uint8Array): Uint8Array<ArrayBuffer> {
  const flipped = new Uint8Array(signature);
  flipped.set(Buffer.from((N - sOf(signature)).toString(16).padStart(64, '0'), 'hex'), 32);
  return flipped;
}
const signatureOf = (jws: string) => decodeBase64Url(jws.split('..')[1]!)!;
const withSignature = (signed: ConformanceStatement, signature: Uint8Array): ConformanceStatement => ({
  ...signed,
  proof: { ...signed.proof!, jws: `${signed.proof!.jws.split('..')[0]}..${encodeBase64Url(signature)}` },
});

describe('ES256 signatures are low-S only', () => {
  test('every signature signStatement makes has s <= n/2 (WebCrypto alone gives high-S about half the time)', async () => {
    const { privateJwk, publicJwk } = await generateIssuerKeys({ alg: 'ES256' });
    for (let i = 0; i < 24; i++) {
      const signed = await signStatement(statement(`statement-${i}`), privateJwk);
      assert.ok(sOf(signatureOf(signed.proof!.jws)) <= N / 2n, `signature ${i} is high-S`);
      assert.equal((await verifyStatement(signed, options(publicJwk))).status, 'verified');
    }
  });

  test('the high-S twin of a valid signature is refused, though WebCrypto accepts it', async () => {
    const { privateJwk, publicJwk } = await generateIssuerKeys({ alg: 'ES256' });
    const signed = await signStatement(statement(), privateJwk);
    const high = flipS(signatureOf(signed.proof!.jws));
    const [encodedHeader] = signed.proof!.jws.split('..');
    const input = new TextEncoder().encode(
      `${encodedHeader}.${encodeBase64Url(new TextEncoder().encode(statementPayload(signed)))}`,
    );
    const key = await importVerificationKey(publicJwk, 'ES256');
    assert.equal(
      await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, high, input),
      true,
      'the twin is a valid ECDSA signature: only the low-S rule tells them apart',
    );
    const result = await verifyStatement(withSignature(signed, high), options(publicJwk));
    assert.equal(result.status, 'bad-signature');
    assert.match(result.reason, /low-S/);
  });
});

describe('jose as an oracle', () => {
  for (const alg of ['ES256', 'EdDSA'] as const) {
    test(`${alg}: jose verifies what signStatement signs, with the detached payload`, async () => {
      const { privateJwk, publicJwk } = await generateIssuerKeys({ alg });
      const signed = await signStatement(statement(), privateJwk);
      const [protectedHeader, signature] = signed.proof!.jws.split('..') as [string, string];
      const payload = statementPayload(signed);
      const encode = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
      const verified = await flattenedVerify(
        { protected: protectedHeader, payload: encode(payload), signature },
        await importJWK(publicJwk, alg),
        { algorithms: [alg] },
      );
      assert.equal(new TextDecoder().decode(verified.payload), payload);
      assert.deepEqual(verified.protectedHeader, { alg, kid: publicJwk.kid, typ: STATEMENT_JWS_TYPE });
      // A changed statement: jose refuses it too.
      await assert.rejects(
        flattenedVerify(
          {
            protected: protectedHeader,
            payload: encode(payload.replace('"conformant"', '"not-conformant"')),
            signature,
          },
          await importJWK(publicJwk, alg),
        ),
        /signature verification failed/,
      );
    });

    test(`${alg}: verifyStatement verifies what jose signs`, async () => {
      const { privateJwk, publicJwk } = await generateIssuerKeys({ alg });
      const unsigned = statement();
      const payload = new TextEncoder().encode(statementPayload(unsigned));
      for (let i = 0; i < 8; i++) {
        const jws = await new CompactSign(payload)
          .setProtectedHeader({ alg, kid: publicJwk.kid, typ: STATEMENT_JWS_TYPE })
          .sign(await importJWK(privateJwk, alg));
        const [header, , signature] = jws.split('.') as [string, string, string];
        let bytes = decodeBase64Url(signature)!;
        const high = alg === 'ES256' && sOf(bytes) > N / 2n;
        // jose signs with WebCrypto, as any JOSE tool may: about half its ES256 signatures are
        // high-S. An issuer using such a tool puts them in low-S form; the high form is refused.
        if (high) {
          const refused = await verifyStatement(
            { ...unsigned, proof: { type: 'JsonWebSignature', kid: publicJwk.kid, jws: `${header}..${signature}` } },
            options(publicJwk),
          );
          assert.equal(refused.status, 'bad-signature');
          bytes = flipS(bytes);
        }
        const signed = {
          ...unsigned,
          proof: { type: 'JsonWebSignature' as const, kid: publicJwk.kid, jws: `${header}..${encodeBase64Url(bytes)}` },
        };
        const result = await verifyStatement(signed, options(publicJwk));
        assert.equal(result.status, 'verified', result.reason);
      }
    });
  }
});
