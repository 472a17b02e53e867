/** The errors that signing and canonical JSON throw, and the one verification throws for its own options. */
import { errorGuard, OpenMaturityError } from '../errors.js';

/**
 * A key that cannot be used as given: not a JWK, an algorithm this package does not sign
 * with, a public key where a private one is needed. Code `ERR_INVALID_KEY`.
 *
 * @example
 * ```ts
 * try { await signStatement(statement, publicJwk); } catch (error) {
 *   if (isInvalidKeyError(error)) console.error(error.message);
 * }
 * ```
 */
export class InvalidKeyError extends OpenMaturityError {
  static readonly code = 'ERR_INVALID_KEY';

  constructor(message: string, options?: { cause?: unknown }) {
    super(InvalidKeyError.code, message, options);
    this.name = 'InvalidKeyError';
  }
}

/** True for an {@link InvalidKeyError}, from this realm or another. */
export const isInvalidKeyError = errorGuard<InvalidKeyError>(InvalidKeyError.code);

/**
 * A value that JSON cannot represent, given to canonical JSON (and so to signing): a number
 * that is not finite, `undefined`, a function, a symbol, a bigint, or nesting too deep.
 * Code `ERR_NOT_JSON`.
 */
export class NotJsonError extends OpenMaturityError {
  static readonly code = 'ERR_NOT_JSON';

  constructor(message: string) {
    super(NotJsonError.code, message);
    this.name = 'NotJsonError';
  }
}

/** True for a {@link NotJsonError}, from this realm or another. */
export const isNotJsonError = errorGuard<NotJsonError>(NotJsonError.code);

/**
 * Options of `verifyStatement` that cannot be used: no trusted issuers, a date that is not a
 * date, a revocation list of the wrong shape. The statement itself never throws: what is wrong
 * with it is the verification's result. Code `ERR_VERIFY_OPTIONS`.
 */
export class VerifyOptionsError extends OpenMaturityError {
  static readonly code = 'ERR_VERIFY_OPTIONS';

  constructor(message: string) {
    super(VerifyOptionsError.code, message);
    this.name = 'VerifyOptionsError';
  }
}

/** True for a {@link VerifyOptionsError}, from this realm or another. */
export const isVerifyOptionsError = errorGuard<VerifyOptionsError>(VerifyOptionsError.code);
