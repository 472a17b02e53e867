// Code paths the schema makes unreachable today, tested directly so that they still hold if the
// schema changes: how a JSON path with a key that is not an identifier is printed, and the
// verify step's last resort when something below it throws.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatPath } from '../src/format/issues.js';
import { generateIssuerKeys, signStatement, toPublicJwk, verifyStatement } from '../src/conformance/index.js';
import { productStatement } from './helpers.js';

describe('formatPath', () => {
  test('prints a key that is not an identifier in quotes and brackets, as JavaScript would', () => {
    assert.equal(formatPath(['a-b']), '["a-b"]');
    assert.equal(formatPath(['levels', 'a-b', 0, 'label']), 'levels["a-b"][0].label');
    assert.equal(formatPath(['weights', 'say "hi"']), 'weights["say \\"hi\\""]');
    assert.equal(formatPath(['responses', 3, 'value']), 'responses[3].value');
    assert.equal(formatPath([]), '(root)');
  });
});

describe('verifyStatement when something below it throws', () => {
  test('answers "invalid" with the cause, never throws and never says verified', async () => {
    const issuer = 'https://issuer.example/';
    const keys = await generateIssuerKeys({ alg: 'ES256' });
    const statement = productStatement({ id: 'defensive-1', issuer: { id: issuer, name: 'Example Assurance' } });
    const signed = await signStatement(statement, keys.privateJwk);
    const jwks = { keys: [toPublicJwk(keys.privateJwk)] };
    // First, that the statement does verify, so that the failure below is the throw's doing.
    const fine = await verifyStatement(signed, { trustedIssuers: [issuer], jwks, now: new Date('2025-06-01') });
    assert.equal(fine.verified, true, JSON.stringify(fine));

    const subtle = globalThis.crypto.subtle;
    const original = subtle.verify;
    subtle.verify = () => {
      throw new Error('the crypto provider crashed');
    };
    try {
      const result = await verifyStatement(signed, { trustedIssuers: [issuer], jwks, now: new Date('2025-06-01') });
      assert.equal(result.verified, false);
      assert.equal(result.status, 'invalid');
      assert.match(String((result as { reason?: string }).reason), /could not be checked: the crypto provider crashed/);
    } finally {
      subtle.verify = original;
    }
  });
});
