/**
 * The base of every error this package throws. Each has a stable `code` to branch on; the
 * `is*` guards test a brand rather than `instanceof`, so they also work across realms (an
 * iframe, a second copy of the package on one page).
 */
const BRAND = Symbol.for('openmaturity.error');

export class OpenMaturityError extends Error {
  /** A stable, documented code such as `ERR_INVALID_DOCUMENT`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for any error thrown by OpenMaturity, from this realm or another. */
export const isOpenMaturityError = (error: unknown): error is OpenMaturityError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
