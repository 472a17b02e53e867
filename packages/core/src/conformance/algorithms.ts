/**
 * The two signature algorithms, each tied to exactly one kind of key, so that the algorithm
 * is always taken from the key and never from what a signature says about itself.
 */

/**
 * The JWS algorithms a statement may be signed with: ECDSA P-256 with SHA-256, or Ed25519.
 *
 * @example
 * ```ts
 * const alg: SignatureAlgorithm = 'EdDSA';
 * ```
 */
export type SignatureAlgorithm = 'ES256' | 'EdDSA';

/**
 * Every {@link SignatureAlgorithm}, in the order of preference.
 *
 * @example
 * ```ts
 * signatureAlgorithms.includes('ES256'); // true
 * ```
 */
export const signatureAlgorithms: readonly SignatureAlgorithm[] = ['ES256', 'EdDSA'];

interface AlgorithmSpec {
  /** The JWK members of the key this algorithm needs. */
  readonly kty: 'EC' | 'OKP';
  readonly crv: 'P-256' | 'Ed25519';
  /** The public members, in the order RFC 7638 lists them for a thumbprint. */
  readonly publicMembers: readonly string[];
  readonly importParams: EcKeyImportParams | Algorithm;
  readonly signParams: EcdsaParams | Algorithm;
  /** The length of a signature in bytes: r || s for ES256 (RFC 7518 section 3.4). */
  readonly signatureBytes: number;
}

/**
 * How each algorithm maps onto WebCrypto.
 *
 * @example
 * ```ts
 * await crypto.subtle.verify(algorithmSpecs.ES256.signParams, key, signature, data);
 * ```
 */
export const algorithmSpecs: Readonly<Record<SignatureAlgorithm, AlgorithmSpec>> = {
  ES256: {
    kty: 'EC',
    crv: 'P-256',
    publicMembers: ['crv', 'kty', 'x', 'y'],
    importParams: { name: 'ECDSA', namedCurve: 'P-256' },
    signParams: { name: 'ECDSA', hash: 'SHA-256' },
    signatureBytes: 64,
  },
  EdDSA: {
    kty: 'OKP',
    crv: 'Ed25519',
    publicMembers: ['crv', 'kty', 'x'],
    importParams: { name: 'Ed25519' },
    signParams: { name: 'Ed25519' },
    signatureBytes: 64,
  },
};

/**
 * True when a value names a supported algorithm.
 *
 * @example
 * ```ts
 * isSignatureAlgorithm('ES256'); // true
 * isSignatureAlgorithm('none'); // false
 * ```
 */
export const isSignatureAlgorithm = (value: unknown): value is SignatureAlgorithm =>
  value === 'ES256' || value === 'EdDSA';

/**
 * The algorithm a key is for, from its `kty` and `crv`; `undefined` when it is for neither.
 * A key's own `alg`, when present, must agree.
 *
 * @example
 * ```ts
 * algorithmOfKey({ kty: 'OKP', crv: 'Ed25519', x: '...' }); // 'EdDSA'
 * ```
 */
export function algorithmOfKey(jwk: { kty?: unknown; crv?: unknown; alg?: unknown }): SignatureAlgorithm | undefined {
  const alg = signatureAlgorithms.find(
    (name) => algorithmSpecs[name].kty === jwk.kty && algorithmSpecs[name].crv === jwk.crv,
  );
  if (!alg) return undefined;
  // WebCrypto writes `alg: 'Ed25519'` (RFC 9864's name) for an Ed25519 key; both mean EdDSA here.
  if (jwk.alg !== undefined && jwk.alg !== alg && !(alg === 'EdDSA' && jwk.alg === 'Ed25519')) return undefined;
  return alg;
}
