/**
 * `openmaturity sign` and `openmaturity verify`: an issuer signs a statement with its private
 * key; anyone checks it against the issuers they trust.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { bindToIssuers } from '../conformance/issuer-binding.js';
import { isIssuerJwksUrl } from '../conformance/jwks-location.js';
import { signStatement } from '../conformance/sign.js';
import { isRevocationList, verifyStatement, type RevocationList, type VerifyOptions } from '../conformance/verify.js';
import { describeValue } from '../format/issues.js';
import { MAX_KEY_SET_BYTES, type JsonWebKeySet } from '../conformance/jwk.js';
import { parseDocumentText } from '../format/parse.js';
import { parseJsonText } from '../format/json-text.js';
import { fetchText } from '../client/fetch-text.js';
import { isUrl, readText, URL_LIMITS, UsageError, type ExitCode, type Io } from './io.js';

/** The help text of `openmaturity sign`. */
export const signHelp = `Usage: openmaturity sign --key <private.jwk.json> <statement.json> [--out <file>]

Signs a ConformanceStatement: adds a proof holding a detached JWS (ES256 or EdDSA, from the
key) over the RFC 8785 canonical JSON of the statement without its proof. An existing proof
is replaced. Prints the signed statement, or writes it to --out.
The statement should name, in issuer.jwks, the URL on the issuer's own site where the
public key is published (see "openmaturity keys").`;

/** The help text of `openmaturity verify`. */
export const verifyHelp = `Usage: openmaturity verify <statement.json> --trust <issuer-id>... [--jwks <file|url>]
                          [--revoked <file|url>] [--json]

Checks a signed ConformanceStatement: its issuer is one you trust (--trust, repeatable),
its signature matches a key of that issuer, it is not revoked, and it is in force today.
Keys come from --jwks, or else from the issuer.jwks URL the statement names (only when that
URL is on the issuer's own site). --revoked is a JSON list of revoked statement ids, or an
object with "ids". Prints "verified" or the one reason it is not.
With several --trust, say whose each key set and list is, so that one issuer's key cannot
verify a statement naming another: --jwks <issuer-id>=<file|url> (and the same for
--revoked), once per issuer. A bare --jwks with several --trust is refused.
Exit status: 0 verified, 1 not verified.`;

/**
 * Runs `openmaturity sign`.
 *
 * @example
 * ```ts
 * await signCommand(['--key', 'keys/private.jwk.json', 'statement.json', '--out', 'signed.json'], processIo);
 * ```
 */
export async function signCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { key: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('sign needs exactly one statement file');
  if (!values.key) throw new UsageError('sign needs --key <private.jwk.json>');
  const statement = parseDocumentText(readText(file), { kind: 'ConformanceStatement', source: file });
  const key = readJson(values.key, 'key');
  const signed = await signStatement(statement, key);
  warnAboutKeys(signed.issuer, io);
  const text = `${JSON.stringify(signed, null, 2)}\n`;
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, text);
    io.stdout(`Signed ${signed.id} with key ${signed.proof?.kid}; wrote ${values.out}\n`);
  } else {
    io.stdout(text);
  }
  return 0;
}

/**
 * Runs `openmaturity verify`.
 *
 * @example
 * ```ts
 * await verifyCommand(['signed.json', '--trust', 'https://acme-health.example/'], processIo);
 * ```
 */
export async function verifyCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      trust: { type: 'string', multiple: true },
      jwks: { type: 'string', multiple: true },
      revoked: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('verify needs exactly one statement file');
  const statement = readJson(file, 'statement');
  const result = await verifyStatement(statement, await verificationOptions(values));
  if (values.json) {
    const { statement: _statement, ...report } = result as typeof result & { statement?: unknown };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(`${result.status}: ${result.reason}\n`);
  }
  return result.verified ? 0 : 1;
}

/**
 * The options of {@link verifyStatement} from command-line values: `--trust` (required),
 * `--jwks` and `--revoked`, each a file or URL, or `<issuer-id>=<file|url>` to bind it to one
 * of several trusted issuers. Without `--jwks`, the statement's own issuer.jwks is fetched
 * (verifyStatement checks that it is on the issuer's site).
 *
 * @example
 * ```ts
 * const options = await verificationOptions({ trust: ['https://acme-health.example/'], jwks: ['jwks.json'] });
 * ```
 */
export async function verificationOptions(values: {
  trust?: string[];
  jwks?: string[];
  revoked?: string[];
}): Promise<VerifyOptions> {
  if (!values.trust?.length)
    throw new UsageError('verify needs --trust <issuer-id>: the id (URL) of an issuer you trust');
  const trusted = values.trust;
  const options: VerifyOptions = {
    trustedIssuers: trusted,
    fetchJwks: async (url) =>
      parseJsonText(await fetchText(url, { redirect: 'error', maxBytes: MAX_KEY_SET_BYTES }), { source: url }),
  };
  const jwks = await perIssuer('jwks', values.jwks, trusted, 'JWKS');
  if (jwks) options.jwks = jwks as Record<string, JsonWebKeySet>;
  const revoked = await perIssuer('revoked', values.revoked, trusted, 'revocation list', (list, source) => {
    if (!isRevocationList(list))
      throw new Error(
        `the revocation list ${source} holds ${describeValue(list)}; expected a JSON array of statement ids, or an object with "ids"`,
      );
  });
  if (revoked) options.revoked = revoked as Record<string, RevocationList>;
  return options;
}

/** Reads `--jwks` or `--revoked` values into a record from issuer id to what was read. */
async function perIssuer(
  option: string,
  values: string[] | undefined,
  trusted: readonly string[],
  what: string,
  check?: (content: unknown, source: string) => void,
): Promise<Record<string, unknown> | undefined> {
  if (!values?.length) return undefined;
  let bound: Map<string, string>;
  try {
    bound = bindToIssuers(values, trusted, `--${option}`);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const record: Record<string, unknown> = {};
  for (const [issuer, source] of bound) {
    const content = await readJsonOrUrl(source, what);
    check?.(content, source);
    record[issuer] = content;
  }
  return record;
}

function warnAboutKeys(issuer: { id: string; jwks?: string }, io: Io): void {
  if (!issuer.jwks) {
    io.stderr(
      'openmaturity sign: warning: the statement names no issuer.jwks, so verifiers must be given your keys some other way.\n',
    );
  } else if (!isIssuerJwksUrl(issuer.jwks, issuer.id)) {
    io.stderr(
      `openmaturity sign: warning: issuer.jwks (${issuer.jwks}) is not on the issuer's own site (${issuer.id}, https); verifiers will not fetch keys from it.\n`,
    );
  }
}

/** A file's JSON, read as every document is (no repeated member names, no deep nesting). */
function readJson(file: string, what: string): unknown {
  return parseJsonText(readText(file), { source: `the ${what} file ${file}` });
}

async function readJsonOrUrl(input: string, what: string): Promise<unknown> {
  if (!isUrl(input)) return readJson(input, what);
  return parseJsonText(await fetchText(input, URL_LIMITS), { source: `the ${what} at ${input}` });
}
