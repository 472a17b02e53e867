/** `openmaturity keys generate|jwks`: an issuer's signing keys, and the JWKS to publish. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isSignatureAlgorithm } from '../conformance/algorithms.js';
import { describeKey, generateIssuerKeys, toPublicJwk, type IssuerJwk } from '../conformance/jwk.js';
import { InvalidKeyError } from '../conformance/errors.js';
import { REVOCATION_LIST_FILE } from '../conformance/jwks-location.js';
import { readText, UsageError, type ExitCode, type Io } from './io.js';

/** The help text of `openmaturity keys`. */
export const keysHelp = `Usage: openmaturity keys generate [--alg ES256|EdDSA] [--out-dir <dir>]
       openmaturity keys jwks <key.json|jwks.json>...

generate  Makes an issuer key pair with WebCrypto and writes, in --out-dir (default: the
          current directory):
            private.jwk.json  the private key: keep it secret (written readable by you only)
            jwks.json         the public key as a JWKS: publish it on your own site, at the
                              URL your statements name in issuer.jwks
            openmaturity-revoked.json
                              an empty revocation list: publish it in the same folder as
                              the JWKS (verifiers fail closed when it is missing), and add
                              the id of a statement you withdraw
          Never overwrites any of them. The key's kid is its RFC 7638 thumbprint.
          --alg ES256 (ECDSA P-256, the default) or EdDSA (Ed25519).
jwks      Prints one JWKS with the public part of every key given, private or public, for
          key rotation: publish the new key beside the old one until every statement signed
          with the old key has expired, then drop it.`;

/**
 * Runs `openmaturity keys`.
 *
 * @example
 * ```ts
 * await keysCommand(['generate', '--alg', 'EdDSA', '--out-dir', 'keys'], processIo);
 * ```
 */
export async function keysCommand(args: string[], io: Io): Promise<ExitCode> {
  const [action, ...rest] = args;
  if (action === 'generate') return generate(rest, io);
  if (action === 'jwks') return jwks(rest, io);
  throw new UsageError(`keys needs an action, generate or jwks${action ? `; got "${action}"` : ''}`);
}

async function generate(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { alg: { type: 'string' }, 'out-dir': { type: 'string' } } });
  const alg = values.alg ?? 'ES256';
  if (!isSignatureAlgorithm(alg)) throw new UsageError(`--alg must be ES256 or EdDSA; got "${alg}"`);
  const dir = values['out-dir'] ?? '.';
  const privatePath = join(dir, 'private.jwk.json');
  const jwksPath = join(dir, 'jwks.json');
  const revokedPath = join(dir, REVOCATION_LIST_FILE);
  const existing = [privatePath, jwksPath, revokedPath].filter((path) => existsSync(path));
  if (existing.length > 0) {
    io.stderr(
      `openmaturity keys: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Choose another --out-dir.\n`,
    );
    return 1;
  }
  const { privateJwk, publicJwk } = await generateIssuerKeys({ alg });
  mkdirSync(dir, { recursive: true });
  // "wx": fail rather than overwrite, should a file appear in the meantime.
  writeFileSync(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  writeFileSync(jwksPath, `${JSON.stringify({ keys: [publicJwk] }, null, 2)}\n`, { flag: 'wx' });
  writeFileSync(revokedPath, '[]\n', { flag: 'wx' });
  io.stdout(
    `Generated an ${alg} key, kid ${publicJwk.kid}.\n` +
      `  ${privatePath}: the private key. Keep it secret; sign with "openmaturity sign --key ${privatePath} <statement.json>".\n` +
      `  ${jwksPath}: publish it on your own site and name its URL in your statements' issuer.jwks.\n` +
      `  ${revokedPath}: publish it beside the JWKS, in the same folder; add the id of a statement you withdraw.\n`,
  );
  return 0;
}

async function jwks(files: string[], io: Io): Promise<ExitCode> {
  if (files.length === 0) throw new UsageError('keys jwks needs at least one key or JWKS file');
  const keys = new Map<string, IssuerJwk>();
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(readText(file));
    } catch (cause) {
      throw new InvalidKeyError(
        `${file} is not a JSON file: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause },
      );
    }
    const listed =
      typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys)
        ? (value as { keys: unknown[] }).keys
        : [value];
    for (const jwk of listed) {
      const key = toPublicJwk(await describeKey(jwk));
      keys.set(key.kid, key);
    }
  }
  io.stdout(`${JSON.stringify({ keys: [...keys.values()] }, null, 2)}\n`);
  return 0;
}
