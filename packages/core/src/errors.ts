/**
 * The base of every error this package throws, and the one way to recognise them. Each error
 * class has a stable `code` (a static constant), an explicit `name` (class names do not survive
 * minification), and a guard made by {@link errorGuard}: it tests a brand registered with
 * `Symbol.for` and the code, never `instanceof`, so it also recognises an error from another
 * realm (an iframe, a `node:vm` context) or from a second copy of the package on one page.
 */
const BRAND = Symbol.for('openmaturity.error');

export class OpenMaturityError extends Error {
  /** A stable, documented code such as `ERR_INVALID_DOCUMENT`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'OpenMaturityError';
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for any error thrown by OpenMaturity, from this realm or another. */
export const isOpenMaturityError = (error: unknown): error is OpenMaturityError =>
  typeof error === 'object' &&
  error !== null &&
  (error as Record<symbol, unknown>)[BRAND] === true &&
  typeof (error as { code?: unknown }).code === 'string';

/**
 * Makes the guard of an error class: true for an OpenMaturity error with one of `codes`, from
 * this realm or another.
 *
 * @example
 * ```ts
 * export const isCsvError = errorGuard<CsvError>(CsvError.code);
 * ```
 */
export const errorGuard =
  <T extends OpenMaturityError>(...codes: string[]) =>
  (error: unknown): error is T =>
    isOpenMaturityError(error) && codes.includes(error.code);
