/**
 * Verifying a signed conformance statement. The checks run in a fixed order and the first
 * that fails gives the answer, so one statement always gets the same one reason:
 *
 * 1. `invalid`: not a well-formed ConformanceStatement.
 * 2. `unsigned`: no proof.
 * 3. `untrusted-issuer`: `issuer.id` is not among the issuers the caller trusts.
 * 4. `bad-signature`: the JWS is malformed, names another key than the proof, claims an
 *    algorithm other than ES256 or EdDSA, or the proof holds members the signature does not
 *    cover.
 * 5. `keys-unavailable`: no JWKS for the issuer was given, or fetching it failed.
 * 6. `unknown-key`: the JWKS has no usable key with the signature's `kid`.
 * 7. `bad-signature`: the key is of another kind than the signature claims, or the
 *    signature does not match the statement.
 * 8. `revocation-unavailable`: the issuer's revocation list was to be fetched and could not be
 *    read (fail closed: a list nobody can read revokes nothing, so it verifies nothing).
 *    `revoked`: the statement's id is in the revocation list.
 * 9. `not-yet-valid`, `expired`: outside the statement's dates, give or take the clock skew.
 *
 * Revocation and dates come after the signature, so that only a genuine statement is ever
 * called revoked or expired.
 */
import {
  conformanceStatementKind,
  type ConformanceStatement,
  type Issuer,
} from '../format/kinds/conformance-statement.js';
import { safeParseAs } from '../format/parse-as.js';
import { VerifyOptionsError } from './errors.js';
import { algorithmOfKey, algorithmSpecs, type SignatureAlgorithm } from './algorithms.js';
import { importVerificationKey, JsonWebKeySet } from './jwk.js';
import { isIssuerJwksUrl } from './jwks-location.js';
import { parseDetachedJws, signingInput } from './jws.js';
import { isLowS } from './low-s.js';
import { statementPayload } from './statement-payload.js';
import { validityWindow } from './validity.js';

/**
 * Why a statement is not verified.
 *
 * @example
 * ```ts
 * const retry: VerificationFailure[] = ['keys-unavailable', 'revocation-unavailable']; // the others will not change by trying again
 * ```
 */
export type VerificationFailure =
  | 'invalid'
  | 'unsigned'
  | 'untrusted-issuer'
  | 'keys-unavailable'
  | 'unknown-key'
  | 'bad-signature'
  | 'revocation-unavailable'
  | 'revoked'
  | 'not-yet-valid'
  | 'expired';

/**
 * Every {@link VerificationFailure}, in the order the checks run.
 *
 * @example
 * ```ts
 * verificationFailures.indexOf('revoked') < verificationFailures.indexOf('expired'); // true
 * ```
 */
export const verificationFailures: readonly VerificationFailure[] = [
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
];

/**
 * A statement that verified: signed by a trusted issuer's key, not revoked, in force.
 *
 * @example
 * ```ts
 * if (result.verified) show(result.statement, `signed by ${result.issuer.name}`);
 * ```
 */
export interface StatementVerified {
  status: 'verified';
  verified: true;
  statement: ConformanceStatement;
  issuer: Issuer;
  kid: string;
  alg: SignatureAlgorithm;
  /** A sentence for people. */
  reason: string;
}

/**
 * A statement that did not verify, and the one reason why.
 *
 * @example
 * ```ts
 * if (!result.verified) console.warn(`${result.status}: ${result.reason}`);
 * ```
 */
export interface StatementNotVerified {
  status: VerificationFailure;
  verified: false;
  /** A sentence for people, in English; show `status` in your own words when translating. */
  reason: string;
  /** The issuer the statement names, when it could be read. */
  issuer?: Issuer;
  /** The key the signature names, when it could be read. */
  kid?: string;
}

/**
 * The outcome of {@link verifyStatement}.
 *
 * @example
 * ```ts
 * const result: VerificationResult = await verifyStatement(statement, options);
 * ```
 */
export type VerificationResult = StatementVerified | StatementNotVerified;

/**
 * A revocation list: statement ids the issuer has withdrawn, or an object holding them.
 *
 * @example
 * ```ts
 * const revoked: RevocationList = { ids: ['acme-epr-4-1-dtac-2023'] };
 * ```
 */
export type RevocationList = readonly string[] | { readonly ids: readonly string[] };

/**
 * What {@link verifyStatement} checks against.
 *
 * @example
 * ```ts
 * const options: VerifyOptions = { trustedIssuers: ['https://acme-health.example/'], jwks, now: new Date() };
 * ```
 */
export interface VerifyOptions {
  /**
   * The ids (URLs) of the issuers you trust. This comes from you, never from the statement:
   * a statement can name any issuer it likes.
   */
  trustedIssuers: readonly string[];
  /**
   * The issuers' public keys, which you vouch for: a record from issuer id to its JWKS, or one
   * JWKS when you trust exactly one issuer. One JWKS for several issuers is refused
   * (`ERR_VERIFY_OPTIONS`): any of those keys would verify a statement naming any of the
   * issuers, so one issuer could pass as another. Takes precedence over `fetchJwks`.
   */
  jwks?: JsonWebKeySet | Readonly<Record<string, JsonWebKeySet>>;
  /**
   * Fetches the JWKS at the URL the statement names in `issuer.jwks` (the shared client in
   * a page, `fetch` in a script). Only called for a trusted issuer, and only for a URL the
   * issuer's id vouches for (see {@link isIssuerJwksUrl}). It must not follow redirects
   * (`redirect: 'error'`), or a trusted issuer's open redirect could hand over another's keys.
   * This function never fetches by itself.
   */
  fetchJwks?: (url: string) => Promise<unknown>;
  /** The time to check the dates at. Default: now. */
  now?: Date;
  /** How far apart two clocks may be, in seconds. Default: 300. */
  clockSkewSeconds?: number;
  /**
   * The ids of statements the issuer has revoked: one list when you trust one issuer, or a
   * record from issuer id to its list (statement ids are unique per issuer only).
   */
  revoked?: RevocationList | Readonly<Record<string, RevocationList>>;
  /**
   * Fetches the revocation list of the statement's issuer when `revoked` holds none for it
   * (in a page, from the address beside its JWKS: see {@link conformance!revocationListUrl}). Called only
   * for a genuine statement of a trusted issuer. When it throws, or gives something that is
   * not a revocation list, the answer is `revocation-unavailable`: never `verified`.
   */
  fetchRevoked?: (issuer: Issuer) => Promise<unknown>;
}

const PROOF_MEMBERS = new Set(['type', 'kid', 'jws']);

/**
 * Checks a signed statement: answers `verified`, or one reason it is not (see
 * {@link VerificationFailure}). Runs in Node and browsers (WebCrypto only). Never throws for
 * anything about the statement, its signature or the keys: hostile input gets a reason.
 *
 * @throws {@link conformance!VerifyOptionsError} (`ERR_VERIFY_OPTIONS`) only when the options themselves are
 * wrong (a mistake in the calling code).
 * @example
 * ```ts
 * const result = await verifyStatement(statement, {
 *   trustedIssuers: ['https://supplier.example/'],
 *   fetchJwks: (url) => fetch(url, { redirect: 'error' }).then((response) => response.json()),
 * });
 * if (result.verified) console.log(`verified: key ${result.kid} of ${result.issuer.name}`);
 * else console.log(result.status, result.reason);
 * ```
 */
export async function verifyStatement(statement: unknown, options: VerifyOptions): Promise<VerificationResult> {
  checkOptions(options);
  try {
    return await verify(statement, options);
  } catch (error) {
    // Nothing above should throw; if WebCrypto or a caller's function does, it is still no.
    return fail(
      'invalid',
      `The statement could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function verify(input: unknown, options: VerifyOptions): Promise<VerificationResult> {
  // By its descriptor, so that a page that verifies carries no other kind's schema.
  const parsed = safeParseAs(input, conformanceStatementKind);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('invalid', `This is not a valid conformance statement${first ? `: ${first.message}` : ''}.`);
  }
  const statement = parsed.data as ConformanceStatement;
  const { issuer, proof } = statement;
  if (!proof) return fail('unsigned', 'The statement is not signed, so nothing shows who made it.', { issuer });
  if (!options.trustedIssuers.some((trusted) => sameUrl(trusted, issuer.id))) {
    return fail(
      'untrusted-issuer',
      `The statement names ${quote(issuer.id)} as its issuer, which is not among the issuers you trust.`,
      { issuer },
    );
  }

  const parsedJws = parseDetachedJws(proof.jws);
  if (!parsedJws.ok) return fail('bad-signature', parsedJws.problem, { issuer, kid: proof.kid });
  const { header, encodedHeader, signature } = parsedJws.jws;
  if (header.kid !== proof.kid) {
    return fail(
      'bad-signature',
      `The signature names key ${quote(header.kid)} but the proof names ${quote(proof.kid)}.`,
      { issuer, kid: proof.kid },
    );
  }
  const extra = Object.keys(proof).filter((name) => !PROOF_MEMBERS.has(name));
  if (extra.length > 0) {
    return fail(
      'bad-signature',
      `The proof holds ${extra.map(quote).join(', ')}, which the signature does not cover.`,
      { issuer, kid: proof.kid },
    );
  }
  const kid = header.kid;

  const keys = await issuerKeys(statement, options);
  if (!keys.ok) return fail('keys-unavailable', keys.problem, { issuer, kid });
  const candidates = keys.jwks.keys.filter((key) => key.kid === kid);
  if (candidates.length === 0)
    return fail('unknown-key', `The issuer's keys do not include key ${quote(kid)}.`, { issuer, kid });
  if (candidates.some((key) => key.d !== undefined)) {
    return fail(
      'unknown-key',
      `The issuer's JWKS publishes the private part of key ${quote(kid)}, so anyone could have signed with it.`,
      { issuer, kid },
    );
  }
  // The algorithm is the key's; the header may only agree with it.
  const usable = candidates.filter((key) => algorithmOfKey(key) === header.alg && isForVerifying(key));
  const key = usable[0];
  if (!key) {
    return fail(
      'bad-signature',
      `The signature claims ${header.alg}, but key ${quote(kid)} is not an ${header.alg} signing key.`,
      { issuer, kid },
    );
  }
  if (signature.length !== algorithmSpecs[header.alg].signatureBytes) {
    return fail(
      'bad-signature',
      `The signature is ${signature.length} bytes long; an ${header.alg} signature is ${algorithmSpecs[header.alg].signatureBytes}.`,
      { issuer, kid },
    );
  }
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = await importVerificationKey(key, header.alg);
  } catch (error) {
    const unsupported = error instanceof Error && error.name === 'NotSupportedError';
    return unsupported
      ? fail('keys-unavailable', `This environment cannot check ${header.alg} signatures.`, { issuer, kid })
      : fail('unknown-key', `The issuer's key ${quote(kid)} is not a valid ${header.alg} key.`, { issuer, kid });
  }
  const signed = signingInput(encodedHeader, statementPayload(statement));
  const valid = await globalThis.crypto.subtle.verify(
    algorithmSpecs[header.alg].signParams,
    cryptoKey,
    signature,
    signed,
  );
  if (!valid)
    return fail(
      'bad-signature',
      'The signature does not match the statement: it has been changed since it was signed, or was not signed with this key.',
      { issuer, kid },
    );
  // Checked after the signature, so that only a genuine signature hears about its form.
  if (header.alg === 'ES256' && !isLowS(signature)) {
    return fail(
      'bad-signature',
      'The ES256 signature is in its high-S form; only the low-S form (s at most n/2) is accepted, so that each signature has one encoding. Sign again with openmaturity, or replace s by n - s.',
      { issuer, kid },
    );
  }

  const revoked = await revocationList(issuer, options);
  if (!revoked.ok) return fail('revocation-unavailable', revoked.problem, { issuer, kid });
  if (revoked.ids.includes(statement.id)) {
    return fail('revoked', `The issuer has revoked statement ${quote(statement.id)}.`, { issuer, kid });
  }
  const now = (options.now ?? new Date()).getTime();
  const skew = (options.clockSkewSeconds ?? 300) * 1000;
  const window = validityWindow(statement);
  if (now + skew < window.notBefore)
    return fail('not-yet-valid', `The statement is dated ${statement.issued}, which has not come yet.`, {
      issuer,
      kid,
    });
  if (window.notAfter !== undefined && now - skew >= window.notAfter) {
    return fail('expired', `The statement expired at the end of ${statement.expires}.`, { issuer, kid });
  }
  return {
    status: 'verified',
    verified: true,
    statement,
    issuer,
    kid,
    alg: header.alg,
    reason: `Signed by ${issuer.name} (${issuer.id}) with key ${quote(kid)}, and in force.`,
  };
}

type KeysResult = { ok: true; jwks: JsonWebKeySet } | { ok: false; problem: string };

/** The JWKS to check against: the caller's own, or fetched from the issuer's own site. */
async function issuerKeys(statement: ConformanceStatement, options: VerifyOptions): Promise<KeysResult> {
  const given: unknown = options.jwks;
  if (given !== undefined) {
    // A record from issuer id to JWKS, or else one JWKS (checked as such).
    const isRecord = typeof given === 'object' && given !== null && !Array.isArray(given) && !('keys' in given);
    const own = isRecord ? Object.entries(given).find(([id]) => sameUrl(id, statement.issuer.id))?.[1] : given;
    if (own !== undefined) return readJwks(own, 'The JWKS you gave');
  }
  const url = statement.issuer.jwks;
  if (!options.fetchJwks || url === undefined) {
    return {
      ok: false,
      problem:
        "No keys to check the signature with: give the issuer's JWKS, or a way to fetch the JWKS the statement names.",
    };
  }
  // Keys found through the statement are only as good as their address: they must be
  // published by the issuer itself, or a forger could point a statement at their own keys.
  if (!isIssuerJwksUrl(url, statement.issuer.id)) {
    return {
      ok: false,
      problem: `The statement's keys are at ${quote(url)}, which is not on the issuer's own site ${quote(statement.issuer.id)} over https.`,
    };
  }
  let fetched: unknown;
  try {
    fetched = await options.fetchJwks(url);
  } catch (error) {
    return {
      ok: false,
      problem: `The issuer's keys could not be fetched from ${quote(url)}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return readJwks(fetched, `The document at ${quote(url)}`);
}

function readJwks(value: unknown, what: string): KeysResult {
  const result = JsonWebKeySet.safeParse(value);
  if (!result.success) return { ok: false, problem: `${what} is not a JSON Web Key Set of at most 100 keys.` };
  return { ok: true, jwks: result.data };
}

function isForVerifying(key: Record<string, unknown>): boolean {
  if (key.use !== undefined && key.use !== 'sig') return false;
  return key.key_ops === undefined || (Array.isArray(key.key_ops) && key.key_ops.includes('verify'));
}

type RevokedResult = { ok: true; ids: readonly string[] } | { ok: false; problem: string };

/** The issuer's revoked ids: from `revoked`, or else fetched; failing closed when unreadable. */
async function revocationList(issuer: Issuer, options: VerifyOptions): Promise<RevokedResult> {
  const given = revokedIds(options.revoked, issuer.id);
  if (given !== undefined || !options.fetchRevoked) return { ok: true, ids: given ?? [] };
  let fetched: unknown;
  try {
    fetched = await options.fetchRevoked(issuer);
  } catch (error) {
    return {
      ok: false,
      problem: `The issuer's revocation list could not be read (${error instanceof Error ? error.message : String(error)}), so the statement may have been withdrawn.`,
    };
  }
  if (!isRevocationList(fetched))
    return {
      ok: false,
      problem: `The issuer's revocation list is not a list of statement ids, so the statement may have been withdrawn.`,
    };
  return { ok: true, ids: revokedIds(fetched, issuer.id) ?? [] };
}

/** The ids revoked for this issuer, or undefined when `given` holds no list for it. */
function revokedIds(given: VerifyOptions['revoked'], issuerId: string): readonly string[] | undefined {
  if (given === undefined) return undefined;
  if (isRevocationList(given)) return Array.isArray(given) ? given : (given as { ids: readonly string[] }).ids;
  const own = Object.entries(given).find(([id]) => sameUrl(id, issuerId))?.[1];
  return own === undefined ? undefined : revokedIds(own, issuerId);
}

/** An issuer id as a URL compares: `https://A.example` and `https://a.example/` are one issuer. */
function normalUrl(id: string): string {
  try {
    return new URL(id).href;
  } catch {
    return id;
  }
}

const sameUrl = (a: string, b: string): boolean => a === b || normalUrl(a) === normalUrl(b);

function checkOptions(options: VerifyOptions): void {
  const bad = (what: string) => new VerifyOptionsError(`verifyStatement: ${what}`);
  if (typeof options !== 'object' || options === null) throw bad('options are required, with at least trustedIssuers.');
  if (!Array.isArray(options.trustedIssuers) || options.trustedIssuers.some((id) => typeof id !== 'string')) {
    throw bad('trustedIssuers must be an array of issuer ids (URLs).');
  }
  if (options.now !== undefined && !(options.now instanceof Date && Number.isFinite(options.now.getTime())))
    throw bad('now must be a valid Date.');
  const skew = options.clockSkewSeconds;
  if (skew !== undefined && !(Number.isFinite(skew) && skew >= 0))
    throw bad('clockSkewSeconds must be a number of seconds, 0 or more.');
  if (options.fetchRevoked !== undefined && typeof options.fetchRevoked !== 'function')
    throw bad('fetchRevoked must be a function.');
  const revoked: unknown = options.revoked;
  if (revoked !== undefined && !isRevocationList(revoked)) {
    const record = typeof revoked === 'object' && revoked !== null && !Array.isArray(revoked) && !('ids' in revoked);
    if (!record || !Object.values(revoked).every(isRevocationList))
      throw bad(
        'revoked must be an array of statement ids, an object with "ids", or a record from issuer id to either.',
      );
  }
  checkKeyBinding(options, bad);
}

/**
 * True for a revocation list: an array of statement ids, or an object whose `ids` is one.
 *
 * @example
 * ```ts
 * isRevocationList({ ids: ['acme-epr-4-1-dtac-2023'] }); // true
 * isRevocationList(null); // false
 * ```
 */
export function isRevocationList(value: unknown): value is RevocationList {
  const ids = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? (value as { ids?: unknown }).ids
      : undefined;
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}

/**
 * A key verifies only for the issuer it belongs to: one JWKS is bound to the one trusted
 * issuer, a record binds each JWKS to its issuer, and anything that leaves it open which
 * issuer a key belongs to is a mistake in the options.
 */
function checkKeyBinding(options: VerifyOptions, bad: (what: string) => VerifyOptionsError): void {
  const given: unknown = options.jwks;
  // Anything else that is not a JWKS is checked, and refused, as the issuer's keys.
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return;
  if ('keys' in given) {
    const issuers = new Set(options.trustedIssuers.map(normalUrl));
    if (issuers.size > 1) {
      throw bad(
        `one JWKS was given for ${issuers.size} trusted issuers, so a key of one could verify a statement naming another. ` +
          'Give jwks as a record from issuer id to that issuer\'s JWKS: { "https://issuer.example/": { keys: [...] } }.',
      );
    }
    return;
  }
  const seen = new Map<string, string>();
  for (const id of Object.keys(given)) {
    const normal = normalUrl(id);
    const earlier = seen.get(normal);
    if (earlier !== undefined)
      throw bad(`jwks names the issuer ${quote(id)} twice (also as ${quote(earlier)}): which keys are its own?`);
    seen.set(normal, id);
  }
}

/** A value quoted for a sentence, cut short so hostile input cannot make the sentence huge. */
const quote = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);

const fail = (
  status: VerificationFailure,
  reason: string,
  context: { issuer?: Issuer; kid?: string } = {},
): StatementNotVerified => ({
  status,
  verified: false,
  reason,
  ...context,
});
