/** The errors that signing throws. Verification never throws for what it is given to check. */
import { OpenMaturityError } from '../errors.js';

/**
 * A key that cannot be used as given: not a JWK, an algorithm this package does not sign
 * with, a public key where a private one is needed. Code `ERR_INVALID_KEY`.
 *
 * @example
 * ```ts
 * try { await signStatement(statement, publicJwk); } catch (error) {
 *   if (error instanceof InvalidKeyError) console.error(error.message);
 * }
 * ```
 */
export class InvalidKeyError extends OpenMaturityError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_INVALID_KEY', message, options);
  }
}
