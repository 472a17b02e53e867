/**
 * Base64url without padding (RFC 4648 section 5), as JWS uses it. Decoding is strict: a text
 * that is not the one canonical encoding of some bytes is refused, so that two different JWS
 * strings can never carry the same signature bytes unnoticed.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/**
 * Encodes bytes as base64url without padding.
 *
 * @example
 * ```ts
 * encodeBase64Url(new TextEncoder().encode('{"alg":"ES256"}')); // 'eyJhbGciOiJFUzI1NiJ9'
 * ```
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    text += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) text += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) text += ALPHABET[c & 63]!;
  }
  return text;
}

/**
 * Decodes base64url without padding, or returns `undefined` for anything else: other
 * characters, padding, an impossible length, or unused bits that are not zero.
 *
 * @example
 * ```ts
 * decodeBase64Url('AQID'); // Uint8Array [1, 2, 3]
 * decodeBase64Url('AQID='); // undefined
 * ```
 */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let index = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  // The bits left over must be zero: otherwise several texts would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}
