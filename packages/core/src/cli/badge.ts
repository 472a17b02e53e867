/** `openmaturity badge <statement.json>`: the static SVG badge, on standard output. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderBadgeSvg } from '../conformance/svg-badge.js';
import { verifyStatement } from '../conformance/verify.js';
import { parseDocumentText } from '../format/parse.js';
import { readText, UsageError, type ExitCode, type Io } from './io.js';
import { verificationOptions } from './sign.js';

/** The help text of `openmaturity badge`. */
export const badgeHelp = `Usage: openmaturity badge <statement.json> [--lang en|cy] [--out <file.svg>]
                         [--trust <issuer-id>... [--jwks [<issuer-id>=]<file|url>]...
                          [--revoked [<issuer-id>=]<file|url>]...]

Prints a ConformanceStatement as a static SVG badge (at most 2 kB) for READMEs, e-mails and
pages without JavaScript:  openmaturity badge statement.json --out badge.svg
With --out the badge is written to that file (its folder is made) only once it is ready: a
statement that is refused leaves no file, where "> badge.svg" would leave an empty one.
The badge shows the standard, the status in words and an icon, and the expiry.
With --trust, the statement is verified first (as "openmaturity verify" does) and the badge
says "verified"; a statement that does not verify gets no badge, and the exit status is 1.
An image proves nothing by itself: link it to the signed statement so anyone can check it.`;

/**
 * Runs `openmaturity badge`.
 *
 * @example
 * ```ts
 * await badgeCommand(['statement.json', '--lang', 'cy'], processIo);
 * ```
 */
export async function badgeCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      lang: { type: 'string' },
      out: { type: 'string' },
      trust: { type: 'string', multiple: true },
      jwks: { type: 'string', multiple: true },
      revoked: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('badge needs exactly one statement file');
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'cy') throw new UsageError(`--lang must be en or cy; got "${lang}"`);
  if ((values.jwks || values.revoked) && !values.trust)
    throw new UsageError('--jwks and --revoked need --trust <issuer-id>');

  const statement = parseDocumentText(readText(file), { kind: 'ConformanceStatement', source: file });
  let verified: { issuer: string } | undefined;
  if (values.trust) {
    const result = await verifyStatement(statement, await verificationOptions(values));
    if (!result.verified) {
      io.stderr(`openmaturity badge: not verified (${result.status}): ${result.reason}\n`);
      return 1;
    }
    verified = { issuer: result.issuer.name };
  }
  const svg = `${renderBadgeSvg(statement, { lang, verified })}\n`;
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, svg);
    io.stdout(`Wrote the badge of ${statement.id} to ${values.out}\n`);
  } else {
    io.stdout(svg);
  }
  return 0;
}
