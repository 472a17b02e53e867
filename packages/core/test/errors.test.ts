/**
 * The error contract: every error class has a code constant, an explicit name and a guard that
 * recognises its errors across realms. The other realm is a `node:vm` context running its own
 * copy of the package, bundled from the source as a second copy on a page would be.
 */
import assert from 'node:assert/strict';
import { createContext, runInContext } from 'node:vm';
import { describe, test } from 'node:test';
import { buildSync } from 'esbuild';
import * as core from './support/public-api.js';
import { checkAcrossRealms, errorCases } from './support/error-cases.js';

describe('the error contract', () => {
  test('each class has its code as a constant, an explicit name, and a guard true for it alone', () => {
    for (const { name, code, guard, make } of errorCases(core)) {
      const error = make(core) as core.OpenMaturityError;
      assert.equal(error.name, name);
      assert.equal(error.code, code);
      const constant = (core as unknown as Record<string, { code?: string; HEADER?: string }>)[name]!;
      assert.equal(constant.code ?? constant.HEADER, code, `${name}.code`);
      assert.ok(guard(error), name);
      assert.ok(core.isOpenMaturityError(error), name);
      assert.equal(guard(new Error(code)), false, `${name}: a plain error`);
    }
  });

  test('the guards recognise errors made in another realm (node:vm), each its own', () => {
    const bundle = buildSync({
      stdin: {
        contents: "export * from './test/support/public-api.ts';",
        resolveDir: new URL('..', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'om',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['openmaturity-source', 'browser'],
      // Spreadsheets are read in Node only, through a dynamic import this copy never runs.
      external: ['node:*', 'exceljs'],
      write: false,
      logLevel: 'silent',
    });
    const context = createContext({ TextEncoder, TextDecoder, URL, crypto: globalThis.crypto, console });
    runInContext(bundle.outputFiles[0]!.text, context);
    const foreign = runInContext('om', context) as typeof core;
    assert.notEqual(foreign.OpenMaturityError, core.OpenMaturityError);
    assert.equal(checkAcrossRealms(core, foreign), errorCases(core).length);
  });
});
