/**
 * Issuer keys as JSON Web Keys (RFC 7517): generating them, naming them by their RFC 7638
 * thumbprint, keeping only the public part for a JWKS, and importing them into WebCrypto.
 */
import * as z from 'zod/mini';
import { algorithmOfKey, algorithmSpecs, type SignatureAlgorithm } from './algorithms.js';
import { encodeBase64Url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';
import { InvalidKeyError } from './errors.js';

/**
 * An issuer's key as this package writes it: the public members, and `d` when private. (A
 * type rather than an interface, so that it fits wherever a JWK with any members is taken.)
 *
 * @example
 * ```ts
 * const key: IssuerJwk = { kty: 'OKP', crv: 'Ed25519', x: '11qY...', kid: 'kPrK...', alg: 'EdDSA', use: 'sig' };
 * ```
 */
export type IssuerJwk = {
  kty: 'EC' | 'OKP';
  crv: 'P-256' | 'Ed25519';
  x: string;
  /** Present for an EC key only. */
  y?: string;
  /** The private part: present in a private key only, never in a published JWKS. */
  d?: string;
  /** The RFC 7638 thumbprint of the public key, base64url. */
  kid: string;
  alg: SignatureAlgorithm;
  use: 'sig';
};

/**
 * A JSON Web Key Set as published by an issuer, checked only as far as verification needs:
 * an object with at most 100 keys, each an object with a `kty`. Keys of other kinds are
 * kept and simply never match.
 *
 * @example
 * ```ts
 * const result = JsonWebKeySet.safeParse(await response.json());
 * ```
 */
export const JsonWebKeySet = z.looseObject({
  keys: z.array(z.looseObject({ kty: z.string(), kid: z.optional(z.string()) })).check(z.maxLength(100)),
});
/** The most a key set may weigh when fetched: a handful of keys is a few kB. */
export const MAX_KEY_SET_BYTES = 64 * 1024;

/** The type of {@link JsonWebKeySet}. */
export type JsonWebKeySet = z.infer<typeof JsonWebKeySet>;

/**
 * A new key pair, as JWKs with the same `kid`.
 *
 * @example
 * ```ts
 * const { privateJwk, publicJwk }: IssuerKeyPair = await generateIssuerKeys();
 * ```
 */
export interface IssuerKeyPair {
  privateJwk: IssuerJwk;
  publicJwk: IssuerJwk;
}

const subtle = () => {
  const value = globalThis.crypto?.subtle;
  if (!value)
    throw new InvalidKeyError(
      'WebCrypto (crypto.subtle) is not available here: a secure context (https) is needed in a browser.',
    );
  return value;
};

/**
 * Makes a new issuer key pair with WebCrypto. Keep the private JWK secret; publish the
 * public one in the issuer's JWKS.
 *
 * @example
 * ```ts
 * const { privateJwk, publicJwk } = await generateIssuerKeys({ alg: 'EdDSA' });
 * const jwks = { keys: [publicJwk] };
 * ```
 */
export async function generateIssuerKeys(options: { alg?: SignatureAlgorithm } = {}): Promise<IssuerKeyPair> {
  const alg = options.alg ?? 'ES256';
  const spec = algorithmSpecs[alg];
  if (!spec) throw new InvalidKeyError(`Cannot generate a key for algorithm "${String(alg)}": use ES256 or EdDSA.`);
  const pair = (await subtle().generateKey(spec.importParams, true, ['sign', 'verify'])) as CryptoKeyPair;
  const exported = await subtle().exportKey('jwk', pair.privateKey);
  const privateJwk = await describeKey(exported, alg);
  const publicJwk = toPublicJwk(privateJwk);
  return { privateJwk, publicJwk };
}

/**
 * The RFC 7638 thumbprint of a key: SHA-256 over the canonical JSON of its required public
 * members, base64url. Used as the `kid`, so that a key's name follows from the key.
 *
 * @example
 * ```ts
 * const kid = await jwkThumbprint(publicJwk);
 * ```
 */
export async function jwkThumbprint(jwk: Readonly<Record<string, unknown>>): Promise<string> {
  const alg = algorithmOfKey(jwk);
  if (!alg)
    throw new InvalidKeyError('Cannot take the thumbprint of a key that is neither an EC P-256 nor an Ed25519 key.');
  const members = Object.fromEntries(algorithmSpecs[alg].publicMembers.map((name) => [name, jwk[name]]));
  if (Object.values(members).some((value) => typeof value !== 'string'))
    throw new InvalidKeyError('The key lacks a public member (x, or y for EC).');
  const digest = await subtle().digest('SHA-256', new TextEncoder().encode(canonicalJson(members)));
  return encodeBase64Url(new Uint8Array(digest));
}

/**
 * Reads a JWK as an issuer key: checks its kind, fills in `alg`, `use` and (when missing)
 * `kid`, and drops WebCrypto's `key_ops` and `ext`.
 *
 * @throws {@link InvalidKeyError} when the value is not an EC P-256 or Ed25519 JWK.
 * @example
 * ```ts
 * const key = await describeKey(JSON.parse(readFileSync('private.jwk.json', 'utf8')));
 * ```
 */
export async function describeKey(jwk: unknown, expected?: SignatureAlgorithm): Promise<IssuerJwk> {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    throw new InvalidKeyError('A key must be a JSON Web Key: a JSON object.');
  const record = jwk as Record<string, unknown>;
  const alg = algorithmOfKey(record);
  if (!alg || (expected && alg !== expected)) {
    throw new InvalidKeyError(
      `The key is not an ${expected ?? 'ES256 (EC P-256) or EdDSA (Ed25519)'} key (kty ${String(record.kty)}, crv ${String(record.crv)}, alg ${String(record.alg)}).`,
    );
  }
  if (record.use !== undefined && record.use !== 'sig')
    throw new InvalidKeyError(`The key is for "${String(record.use)}", not for signatures.`);
  const spec = algorithmSpecs[alg];
  const key: IssuerJwk = {
    kty: spec.kty,
    crv: spec.crv,
    x: stringMember(record, 'x'),
    ...(spec.kty === 'EC' ? { y: stringMember(record, 'y') } : {}),
    ...(record.d === undefined ? {} : { d: stringMember(record, 'd') }),
    kid: '',
    alg,
    use: 'sig',
  };
  key.kid =
    typeof record.kid === 'string' && record.kid !== ''
      ? record.kid
      : await jwkThumbprint(key as unknown as Record<string, unknown>);
  return key;
}

/**
 * The public part of a key, safe to publish: the private member `d` is dropped.
 *
 * @example
 * ```ts
 * const jwks = { keys: [toPublicJwk(oldKey), toPublicJwk(newKey)] }; // rotation: both verify
 * ```
 */
export function toPublicJwk(jwk: IssuerJwk): IssuerJwk {
  const { d: _private, ...rest } = jwk;
  return rest;
}

/**
 * Imports the private key of a JWK for signing.
 *
 * @throws {@link InvalidKeyError} when the key has no private part or cannot be read.
 * @example
 * ```ts
 * const key = await importSigningKey(await describeKey(privateJwk));
 * ```
 */
export async function importSigningKey(jwk: IssuerJwk): Promise<CryptoKey> {
  if (jwk.d === undefined)
    throw new InvalidKeyError(`Key ${jwk.kid} is a public key: signing needs the private key (with "d").`);
  try {
    return await subtle().importKey('jwk', cleanJwk(jwk, true), algorithmSpecs[jwk.alg].importParams, false, ['sign']);
  } catch (cause) {
    throw new InvalidKeyError(`Key ${jwk.kid} could not be read as an ${jwk.alg} private key.`, { cause });
  }
}

/**
 * Imports the public part of a JWK for verification. Only the members that define the key
 * are passed on, so nothing else in a published JWK can change how it is used.
 *
 * @example
 * ```ts
 * const key = await importVerificationKey(jwks.keys[0], 'ES256');
 * ```
 */
export async function importVerificationKey(
  jwk: Readonly<Record<string, unknown>>,
  alg: SignatureAlgorithm,
): Promise<CryptoKey> {
  const spec = algorithmSpecs[alg];
  const clean: JsonWebKey = { kty: spec.kty, crv: spec.crv, x: String(jwk.x) };
  if (spec.kty === 'EC') clean.y = String(jwk.y);
  return subtle().importKey('jwk', clean, spec.importParams, false, ['verify']);
}

function cleanJwk(jwk: IssuerJwk, withPrivate: boolean): JsonWebKey {
  const clean: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  if (jwk.y !== undefined) clean.y = jwk.y;
  if (withPrivate && jwk.d !== undefined) clean.d = jwk.d;
  return clean;
}

function stringMember(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(value))
    throw new InvalidKeyError(`The key's "${name}" must be a base64url text.`);
  return value;
}
