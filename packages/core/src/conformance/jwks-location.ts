/**
 * Where an issuer's keys may be fetched from. A statement names its JWKS URL, but before
 * verification that URL is the forger's to choose; so it only counts when the issuer's own
 * id vouches for it: on https, on the same origin, and at or below the id's path (so that on
 * a shared host, `https://host/acme/` cannot point at `https://host/mallory/`). The fetch itself
 * must not follow redirects, or the check could be stepped around: use `redirect: 'error'`.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when `jwksUrl` is a place the issuer `issuerId` controls: https (or http on this
 * machine, for development), the same origin, and a path within the id's path.
 *
 * @example
 * ```ts
 * isIssuerJwksUrl('https://acme.example/.well-known/jwks.json', 'https://acme.example/'); // true
 * isIssuerJwksUrl('https://host.example/mallory/jwks.json', 'https://host.example/acme'); // false
 * ```
 */
export function isIssuerJwksUrl(jwksUrl: string, issuerId: string): boolean {
  let url: URL;
  let issuer: URL;
  try {
    url = new URL(jwksUrl);
    issuer = new URL(issuerId);
  } catch {
    return false;
  }
  // An encoded separator (`..%2F`) passes a prefix check here but is decoded by many servers,
  // and an encoded `%` (`%252e%252e`) by those, or the proxies in front of them, that decode twice.
  if (/%(2f|5c|2e|25)/i.test(url.pathname)) return false;
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  const directory = issuer.pathname.endsWith('/') ? issuer.pathname : `${issuer.pathname}/`;
  return secure && url.origin === issuer.origin && url.pathname.startsWith(directory);
}

/**
 * Where an issuer publishes its revocation list: `openmaturity-revoked.json` beside its JWKS,
 * in the same folder. The list is a JSON array of statement ids, or `{ "ids": [...] }`; an
 * issuer that has revoked nothing publishes `[]`, so that a verifier can tell "nothing
 * revoked" from "list missing" and fail closed on the second.
 *
 * @example
 * ```ts
 * revocationListUrl('https://acme.example/.well-known/openmaturity-jwks.json');
 * // 'https://acme.example/.well-known/openmaturity-revoked.json'
 * ```
 */
export function revocationListUrl(jwksUrl: string): string {
  return new URL(REVOCATION_LIST_FILE, jwksUrl).href;
}

/** The file name of a revocation list, beside the issuer's JWKS. */
export const REVOCATION_LIST_FILE = 'openmaturity-revoked.json';
