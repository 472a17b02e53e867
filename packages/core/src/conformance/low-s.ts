/**
 * One encoding per ES256 signature. ECDSA signatures are malleable: if (r, s) is valid, so is
 * (r, n - s), and WebCrypto both makes and accepts either. Signing normalises to the low form
 * (s <= n/2, as Bitcoin's BIP 62 and many JOSE deployments do) and verifying refuses the high
 * one, so a statement's signature is a fixed string that can be compared, de-duplicated or
 * listed, and "exactly one encoding" in the docs holds.
 */

/** The order of P-256's base point (FIPS 186-4, D.1.2.3). */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_N = N >> 1n;
const HALF = 32;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const sOf = (signature: Uint8Array) => BigInt(`0x${toHex(signature.subarray(HALF)) || '0'}`);

/** True when a 64-byte ES256 signature (r || s) has s <= n/2. */
export const isLowS = (signature: Uint8Array): boolean => sOf(signature) <= HALF_N;

/** The low-S form of a 64-byte ES256 signature (r || s): itself, or (r, n - s). */
export function toLowS(signature: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const s = sOf(signature);
  if (s <= HALF_N) return signature;
  const low = new Uint8Array(signature);
  const hex = (N - s).toString(16).padStart(HALF * 2, '0');
  for (let i = 0; i < HALF; i++) low[HALF + i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return low;
}
