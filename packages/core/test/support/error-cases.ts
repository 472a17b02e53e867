/**
 * Every error class of the package with an instance of each, for the error-contract tests in
 * Node (`node:vm`) and in Chromium (an iframe). `make` builds the instance from the classes of
 * whichever realm it is given, so the same list serves both sides.
 */
import type * as core from './public-api.js';

export interface ErrorCase {
  name: string;
  code: string;
  guard: (error: unknown) => boolean;
  make: (om: typeof core) => Error;
}

export const errorCases = (om: typeof core): ErrorCase[] => [
  {
    name: 'InvalidDocumentError',
    code: 'ERR_INVALID_DOCUMENT',
    guard: om.isInvalidDocumentError,
    make: (o) => new o.InvalidDocumentError([]),
  },
  { name: 'CsvError', code: 'ERR_CSV', guard: om.isCsvError, make: (o) => new o.CsvError(3, 'unclosed quote') },
  {
    name: 'ImportError',
    code: 'ERR_IMPORT_HEADER',
    guard: om.isImportError,
    make: (o) => new o.ImportError(o.ImportError.HEADER, 'no header'),
  },
  {
    name: 'NetworkError',
    code: 'ERR_NETWORK',
    guard: om.isNetworkError,
    make: (o) => new o.NetworkError('https://x.example/'),
  },
  {
    name: 'TimeoutError',
    code: 'ERR_TIMEOUT',
    guard: om.isTimeoutError,
    make: (o) => new o.TimeoutError('https://x.example/', 10),
  },
  {
    name: 'HttpStatusError',
    code: 'ERR_HTTP_STATUS',
    guard: om.isHttpStatusError,
    make: (o) => new o.HttpStatusError('https://x.example/', 500),
  },
  {
    name: 'NotFoundError',
    code: 'ERR_NOT_FOUND',
    guard: om.isNotFoundError,
    make: (o) => new o.NotFoundError('https://x.example/'),
  },
  {
    name: 'WrongKindError',
    code: 'ERR_WRONG_KIND',
    guard: om.isWrongKindError,
    make: (o) => new o.WrongKindError('https://x.example/', 'Framework', 'Standard'),
  },
  {
    name: 'ResponseTooLargeError',
    code: 'ERR_RESPONSE_TOO_LARGE',
    guard: om.isResponseTooLargeError,
    make: (o) => new o.ResponseTooLargeError('https://x.example/', 10),
  },
  {
    name: 'InvalidSegmentError',
    code: 'ERR_INVALID_SEGMENT',
    guard: om.isInvalidSegmentError,
    make: (o) => new o.InvalidSegmentError('frameworkId', '..', 'frameworkId must not be ".."'),
  },
  {
    name: 'InvalidKeyError',
    code: 'ERR_INVALID_KEY',
    guard: om.isInvalidKeyError,
    make: (o) => new o.InvalidKeyError('not a key'),
  },
  { name: 'NotJsonError', code: 'ERR_NOT_JSON', guard: om.isNotJsonError, make: (o) => new o.NotJsonError('NaN') },
  {
    name: 'VerifyOptionsError',
    code: 'ERR_VERIFY_OPTIONS',
    guard: om.isVerifyOptionsError,
    make: (o) => new o.VerifyOptionsError('no trusted issuers'),
  },
];

/**
 * Checks each case's instance from another realm's classes (`foreign`) against this realm's
 * guards; throws an Error naming the first that fails.
 */
export function checkAcrossRealms(local: typeof core, foreign: typeof core): number {
  const cases = errorCases(local);
  for (const { name, code, guard, make } of cases) {
    const error: unknown = make(foreign);
    if (error instanceof Error) throw new Error(`${name}: made in this realm, so the test proves nothing`);
    const { name: found, code: coded } = error as { name?: unknown; code?: unknown };
    if (found !== name) throw new Error(`${name}: name is ${String(found)}`);
    if (coded !== code) throw new Error(`${name}: code is not ${code}`);
    if (!local.isOpenMaturityError(error)) throw new Error(`${name}: isOpenMaturityError is false across realms`);
    if (!guard(error)) throw new Error(`${name}: its guard is false across realms`);
    for (const other of cases)
      if (other.name !== name && other.guard(error) && !(name === 'NotFoundError' && other.name === 'HttpStatusError'))
        throw new Error(`${name}: the guard of ${other.name} is true for it`);
  }
  return cases.length;
}
