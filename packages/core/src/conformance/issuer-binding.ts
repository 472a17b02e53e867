/**
 * Which trusted issuer a key set (or revocation list) belongs to. A key verifies only for its
 * own issuer: one key set given for several trusted issuers would let any of them sign as
 * another (issue #15), so a value names its issuer as `<issuer-id>=<source>`, and a bare
 * source is accepted only when exactly one issuer is trusted. Used by the command line
 * (`--jwks`, `--revoked`) and the badge (`jwks-src`, `revoked-src`).
 */
import { OpenMaturityError } from '../errors.js';

/**
 * Reads `[<issuer-id>=]<source>` values into a map from trusted issuer id to source.
 *
 * @param option - How the caller names the values in messages, such as `--jwks` or `jwks-src`.
 * @throws {@link format!OpenMaturityError} `ERR_VERIFY_OPTIONS` when a value could belong to several
 * issuers, or one issuer is given twice.
 * @example
 * ```ts
 * bindToIssuers(['https://a.example/=a.json'], ['https://a.example/', 'https://b.example/'], '--jwks');
 * // Map { 'https://a.example/' => 'a.json' }
 * ```
 */
export function bindToIssuers(
  values: readonly string[],
  trustedIssuers: readonly string[],
  option: string,
): Map<string, string> {
  const bad = (what: string) => new OpenMaturityError('ERR_VERIFY_OPTIONS', what);
  // Longest first, so that an issuer whose id extends another's is matched whole.
  const ids = [...new Set(trustedIssuers)].sort((a, b) => b.length - a.length);
  const bound = new Map<string, string>();
  for (const value of values) {
    const named = ids.find((id) => value.startsWith(`${id}=`));
    const owner = named ?? (ids.length === 1 ? ids[0] : undefined);
    if (owner === undefined) {
      throw bad(
        `${option} ${value} could belong to any of the ${ids.length} trusted issuers, and a key of one must not verify a statement naming another; ` +
          `say whose it is: ${option} <issuer-id>=<source>, with an issuer id among the trusted ones`,
      );
    }
    if (bound.has(owner)) throw bad(`${option} is given twice for ${owner}`);
    bound.set(owner, named === undefined ? value : value.slice(named.length + 1));
  }
  return bound;
}
