/** Signing a conformance statement with an issuer's private key. */
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import { parseDocument } from '../format/parse.js';
import { algorithmSpecs } from './algorithms.js';
import { encodeBase64Url } from './base64url.js';
import { describeKey, importSigningKey } from './jwk.js';
import { encodeHeader, signingInput, STATEMENT_JWS_TYPE } from './jws.js';
import { toLowS } from './low-s.js';
import { statementPayload } from './statement-payload.js';

/**
 * Signs a statement: returns a copy whose `proof` holds a detached JWS over the canonical
 * JSON of the statement without its proof. An existing proof is replaced; the statement
 * given is not changed. The algorithm follows from the key (ES256 or EdDSA).
 *
 * The statement should name its issuer's JWKS (`issuer.jwks`) on the issuer's own site, so
 * that anyone can find the key that verifies it.
 *
 * @throws {@link format!InvalidDocumentError} when the statement is not a valid ConformanceStatement.
 * @throws {@link InvalidKeyError} when the key is not a private ES256 or EdDSA JWK.
 * @example
 * ```ts
 * const { privateJwk } = await generateIssuerKeys({ alg: 'ES256' });
 * const signed = await signStatement(statement, privateJwk);
 * signed.proof; // { type: 'JsonWebSignature', kid: '...', jws: 'eyJ...' + '..' + '...' }
 * ```
 */
export async function signStatement(
  statement: ConformanceStatement,
  privateJwk: unknown,
): Promise<ConformanceStatement> {
  parseDocument(statement, { kind: 'ConformanceStatement' });
  const key = await describeKey(privateJwk);
  const cryptoKey = await importSigningKey(key);
  const encodedHeader = encodeHeader({ alg: key.alg, kid: key.kid, typ: STATEMENT_JWS_TYPE });
  const { proof: _old, ...unsigned } = statement;
  const input = signingInput(encodedHeader, statementPayload(unsigned));
  const raw = new Uint8Array(await globalThis.crypto.subtle.sign(algorithmSpecs[key.alg].signParams, cryptoKey, input));
  const signature = key.alg === 'ES256' ? toLowS(raw) : raw;
  return {
    ...unsigned,
    proof: { type: 'JsonWebSignature', kid: key.kid, jws: `${encodedHeader}..${encodeBase64Url(signature)}` },
  };
}
