import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { badgeCommand } from '../src/cli/badge.js';
import { UsageError, type ExitCode, type Io } from '../src/cli/io.js';
import { keysCommand } from '../src/cli/keys.js';
import { signCommand, verifyCommand } from '../src/cli/sign.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp.js';

const temp = () => tempDir('openmaturity-conformance-');
const fixtures = new URL('./fixtures/conformance/', import.meta.url).pathname;
const ISSUER = 'https://acme-health.example/';

const run = (command: (args: string[], io: Io) => ExitCode | Promise<ExitCode>, ...args: string[]) =>
  runCli(args, { command });

const statementWithDates = (dir: string, changes: Record<string, unknown> = {}) => {
  const statement = {
    ...JSON.parse(readFileSync(join(fixtures, 'statement.json'), 'utf8')),
    issued: '2024-04-01',
    expires: '2099-03-31',
    ...changes,
  };
  const path = join(dir, 'statement.json');
  writeFileSync(path, JSON.stringify(statement));
  return path;
};

describe('openmaturity keys', () => {
  for (const alg of ['ES256', 'EdDSA']) {
    test(`generate --alg ${alg} writes a private JWK (owner only) and a JWKS, and never overwrites them`, async () => {
      const dir = join(temp(), 'keys');
      const { code, stdout } = await run(keysCommand, 'generate', '--alg', alg, '--out-dir', dir);
      assert.equal(code, 0);
      const privateJwk = JSON.parse(readFileSync(join(dir, 'private.jwk.json'), 'utf8'));
      const jwks = JSON.parse(readFileSync(join(dir, 'jwks.json'), 'utf8'));
      assert.equal(privateJwk.alg, alg);
      assert.equal(typeof privateJwk.d, 'string');
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0].kid, privateJwk.kid);
      assert.equal(jwks.keys[0].d, undefined, 'the JWKS holds no private part');
      assert.match(stdout, new RegExp(`kid ${privateJwk.kid}`));
      // An empty revocation list beside the key set: verifiers (the badge, verify) fail closed
      // without one, so "nothing revoked" must be published from the start.
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'openmaturity-revoked.json'), 'utf8')), []);
      assert.match(stdout, /openmaturity-revoked\.json: publish it beside/);
      if (process.platform !== 'win32') assert.equal(statSync(join(dir, 'private.jwk.json')).mode & 0o077, 0);

      const again = await run(keysCommand, 'generate', '--alg', alg, '--out-dir', dir);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exist; nothing was written/);
      assert.deepEqual(
        JSON.parse(readFileSync(join(dir, 'private.jwk.json'), 'utf8')),
        privateJwk,
        'the key is untouched',
      );
    });
  }

  test('jwks merges the public parts of several keys, for rotation, and drops every private part', async () => {
    const { code, stdout } = await run(
      keysCommand,
      'jwks',
      join(fixtures, 'private-es256.jwk.json'),
      join(fixtures, 'jwks.json'),
      join(fixtures, 'private-eddsa.jwk.json'),
    );
    assert.equal(code, 0);
    const jwks = JSON.parse(stdout);
    assert.deepEqual(jwks, JSON.parse(readFileSync(join(fixtures, 'jwks.json'), 'utf8')));
    assert.doesNotMatch(stdout, /"d"/);
  });

  test('misuse is a usage error', async () => {
    await assert.rejects(run(keysCommand), UsageError);
    await assert.rejects(run(keysCommand, 'rotate'), UsageError);
    await assert.rejects(run(keysCommand, 'generate', '--alg', 'HS256', '--out-dir', temp()), UsageError);
    await assert.rejects(run(keysCommand, 'generate', 'extra'), { code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' });
    await assert.rejects(run(keysCommand, 'jwks'), UsageError);
  });
});

describe('openmaturity sign and verify', () => {
  test('generate, sign, verify: a round trip through files; a change is caught', async () => {
    const dir = temp();
    await run(keysCommand, 'generate', '--alg', 'EdDSA', '--out-dir', dir);
    const statement = statementWithDates(dir);
    const signed = join(dir, 'signed.json');
    const sign = await run(signCommand, '--key', join(dir, 'private.jwk.json'), statement, '--out', signed);
    assert.equal(sign.code, 0, sign.stderr);
    assert.match(sign.stdout, /Signed acme-epr-4-2-dtac-2024 with key .+; wrote/);
    assert.equal(sign.stderr, '');

    const verify = await run(verifyCommand, signed, '--trust', ISSUER, '--jwks', join(dir, 'jwks.json'));
    assert.equal(verify.code, 0, verify.stdout);
    assert.match(verify.stdout, /^verified: Signed by Acme Health Ltd/);

    const changed = JSON.parse(readFileSync(signed, 'utf8'));
    changed.status = 'partially-conformant';
    writeFileSync(join(dir, 'changed.json'), JSON.stringify(changed));
    const caught = await run(
      verifyCommand,
      join(dir, 'changed.json'),
      '--trust',
      ISSUER,
      '--jwks',
      join(dir, 'jwks.json'),
      '--json',
    );
    assert.equal(caught.code, 1);
    const report = JSON.parse(caught.stdout);
    assert.equal(report.status, 'bad-signature');
    assert.equal(report.verified, false);
  });

  test('sign prints the signed statement without --out, and warns when verifiers cannot find the keys', async () => {
    const dir = temp();
    const statement = statementWithDates(dir, {
      issuer: { id: ISSUER, name: 'Acme', jwks: 'https://cdn.example/jwks.json' },
    });
    const { code, stdout, stderr } = await run(
      signCommand,
      '--key',
      join(fixtures, 'private-es256.jwk.json'),
      statement,
    );
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).proof.type, 'JsonWebSignature');
    assert.match(stderr, /not on the issuer's own site/);
    const withoutJwks = statementWithDates(dir, { issuer: { id: ISSUER, name: 'Acme' } });
    assert.match(
      (await run(signCommand, '--key', join(fixtures, 'private-es256.jwk.json'), withoutJwks)).stderr,
      /names no issuer\.jwks/,
    );
  });

  test('sign refuses a public key and an invalid statement', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'public.jwk.json'),
      JSON.stringify(JSON.parse(readFileSync(join(fixtures, 'jwks.json'), 'utf8')).keys[0]),
    );
    await assert.rejects(run(signCommand, '--key', join(dir, 'public.jwk.json'), statementWithDates(dir)), {
      code: 'ERR_INVALID_KEY',
    });
    await assert.rejects(
      run(
        signCommand,
        '--key',
        join(fixtures, 'private-es256.jwk.json'),
        statementWithDates(dir, { status: 'compliant' }),
      ),
      { code: 'ERR_INVALID_DOCUMENT' },
    );
    await assert.rejects(run(signCommand, statementWithDates(dir)), UsageError);
    await assert.rejects(run(signCommand, '--key', join(fixtures, 'private-es256.jwk.json')), UsageError);
  });

  test('verify reports each reason with exit 1: untrusted issuer, revoked, expired', async () => {
    const signed = join(fixtures, 'signed-es256.json');
    const jwks = join(fixtures, 'jwks.json');
    const untrusted = await run(verifyCommand, signed, '--trust', 'https://nhs.example/', '--jwks', jwks);
    assert.equal(untrusted.code, 1);
    assert.match(untrusted.stdout, /^untrusted-issuer: /);
    const dir = temp();
    writeFileSync(join(dir, 'revoked.json'), JSON.stringify({ ids: ['acme-epr-4-2-dtac-2024'] }));
    assert.match(
      (await run(verifyCommand, signed, '--trust', ISSUER, '--jwks', jwks, '--revoked', join(dir, 'revoked.json')))
        .stdout,
      /^revoked: /,
    );
    // The fixture expires on 2026-03-31.
    const expected = Date.now() < Date.parse('2026-04-01T00:05:00Z') ? /^verified: / : /^expired: /;
    assert.match((await run(verifyCommand, signed, '--trust', ISSUER, '--jwks', jwks)).stdout, expected);
    await assert.rejects(run(verifyCommand, signed), UsageError);
  });
});

describe('openmaturity verify with several trusted issuers', () => {
  const OTHER = 'https://assessor-b.example/';
  /** Issuer A's key (the fixture's) signs a statement naming issuer B. */
  async function namingBSignedByA(dir: string) {
    const signed = join(dir, 'signed-b.json');
    const unsigned = statementWithDates(dir, { issuer: { id: OTHER, name: 'Assessor B' } });
    await run(signCommand, '--key', join(fixtures, 'private-es256.jwk.json'), unsigned, '--out', signed);
    return signed;
  }

  test("a bare --jwks with several --trust is refused: A's key could verify B's statement", async () => {
    const dir = temp();
    const signed = await namingBSignedByA(dir);
    const jwks = join(fixtures, 'jwks.json');
    await assert.rejects(
      run(verifyCommand, signed, '--trust', ISSUER, '--trust', OTHER, '--jwks', jwks),
      (error: Error) => error instanceof UsageError && /--jwks <issuer-id>=<source>/.test(error.message),
    );
    await assert.rejects(run(badgeCommand, signed, '--trust', ISSUER, '--trust', OTHER, '--jwks', jwks), UsageError);
  });

  test("--jwks <issuer>=<file> binds a key set to its issuer: A's keys do not verify a statement naming B", async () => {
    const dir = temp();
    const signed = await namingBSignedByA(dir);
    const jwks = join(fixtures, 'jwks.json');
    const bound = await run(verifyCommand, signed, '--trust', ISSUER, '--trust', OTHER, '--jwks', `${ISSUER}=${jwks}`);
    assert.equal(bound.code, 1);
    assert.match(bound.stdout, /^keys-unavailable: /);
    const asB = await run(verifyCommand, signed, '--trust', ISSUER, '--trust', OTHER, '--jwks', `${OTHER}=${jwks}`);
    assert.match(asB.stdout, /^verified: /, "the key set B vouches for is B's to use");
    await assert.rejects(
      run(verifyCommand, signed, '--trust', OTHER, '--jwks', `${OTHER}=${jwks}`, '--jwks', `${OTHER}=${jwks}`),
      UsageError,
    );
  });

  test('--revoked binds a list to its issuer; a list holding null is a clear error naming the file', async () => {
    const dir = temp();
    const signed = await namingBSignedByA(dir);
    const jwks = join(fixtures, 'jwks.json');
    const revoked = join(dir, 'revoked.json');
    writeFileSync(revoked, JSON.stringify([JSON.parse(readFileSync(signed, 'utf8')).id]));
    const trust = ['--trust', ISSUER, '--trust', OTHER, '--jwks', `${OTHER}=${jwks}`];
    assert.match((await run(verifyCommand, signed, ...trust, '--revoked', `${ISSUER}=${revoked}`)).stdout, /^verified/);
    assert.match((await run(verifyCommand, signed, ...trust, '--revoked', `${OTHER}=${revoked}`)).stdout, /^revoked/);
    const nullList = join(dir, 'null.json');
    writeFileSync(nullList, 'null');
    await assert.rejects(
      run(verifyCommand, signed, '--trust', OTHER, '--jwks', jwks, '--revoked', nullList),
      (error: Error) =>
        !(error instanceof TypeError) &&
        error.message.includes(nullList) &&
        /holds null; expected a JSON array/.test(error.message),
    );
  });
});

describe('openmaturity badge', () => {
  test('prints the SVG badge, in Welsh with --lang cy', async () => {
    const dir = temp();
    const statement = statementWithDates(dir);
    const english = await run(badgeCommand, statement);
    assert.equal(english.code, 0);
    assert.match(english.stdout, /^<svg [^>]*role="img"[^>]*>.*Conformant · until 31 Mar 2099.*<\/svg>\n$/s);
    assert.doesNotMatch(english.stdout, /verified/);
    const welsh = await run(badgeCommand, statement, '--lang', 'cy');
    assert.match(welsh.stdout, /Yn cydymffurfio · tan 31 Maw 2099/);
    await assert.rejects(run(badgeCommand, statement, '--lang', 'fr'), UsageError);
    await assert.rejects(run(badgeCommand), UsageError);
    await assert.rejects(run(badgeCommand, statement, '--jwks', 'x.json'), UsageError);
  });

  test('with --trust, verifies first: "verified" on the badge, or no badge at all', async () => {
    const dir = temp();
    await run(keysCommand, 'generate', '--out-dir', dir);
    const signed = join(dir, 'signed.json');
    await run(signCommand, '--key', join(dir, 'private.jwk.json'), statementWithDates(dir), '--out', signed);
    const ok = await run(badgeCommand, signed, '--trust', ISSUER, '--jwks', join(dir, 'jwks.json'));
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /· verified</);
    assert.match(ok.stdout, /Signature verified, issued by Acme Health Ltd\./);

    const refused = await run(badgeCommand, signed, '--trust', ISSUER, '--jwks', join(fixtures, 'jwks.json'));
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /not verified \(unknown-key\)/);
  });

  test('--out writes the badge only once it is ready: a refused statement leaves no file, not an empty one', async () => {
    const dir = temp();
    await run(keysCommand, 'generate', '--out-dir', dir);
    const signed = join(dir, 'signed.json');
    await run(signCommand, '--key', join(dir, 'private.jwk.json'), statementWithDates(dir), '--out', signed);
    const out = join(dir, 'badges', 'deep', 'badge.svg');
    const ok = await run(badgeCommand, signed, '--trust', ISSUER, '--jwks', join(dir, 'jwks.json'), '--out', out);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(readFileSync(out, 'utf8'), /^<svg[^>]*>[\s\S]*· verified<[\s\S]*<\/svg>\n$/);
    assert.match(ok.stdout, /Wrote the badge of .* to .*badge\.svg/);

    const refusedOut = join(dir, 'refused', 'badge.svg');
    const refused = await run(
      badgeCommand,
      signed,
      '--trust',
      ISSUER,
      '--jwks',
      join(fixtures, 'jwks.json'),
      '--out',
      refusedOut,
    );
    assert.equal(refused.code, 1);
    assert.throws(() => statSync(refusedOut), { code: 'ENOENT' }, 'no file, empty or not, for a refused badge');
  });
});

test('sign --out creates the folder it writes into (review finding: the getting-started walkthrough)', async () => {
  const { main } = await import('../src/cli/main.js');
  const dir = tempDir('openmaturity-sign-out-');
  const io = { stdout: () => {}, stderr: () => {} };
  assert.equal(await main(['keys', 'generate', '--out-dir', join(dir, 'keys')], io), 0);
  const statement = new URL('./corpus/valid/conformance-dspt-rgt.json', import.meta.url).pathname;
  const out = join(dir, 'signed', 'deep', 'statement.json');
  assert.equal(await main(['sign', '--key', join(dir, 'keys', 'private.jwk.json'), statement, '--out', out], io), 0);
  assert.ok(JSON.parse(readFileSync(out, 'utf8')).proof);
});
