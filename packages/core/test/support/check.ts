/**
 * Assertions for test cases that run both under node:test and in a browser, where node:assert
 * is not available. Each throws an Error whose message says what differed.
 */

const show = (value: unknown) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected))
    throw new Error(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Equal as JSON: enough for the plain data these tests compare. */
export function same(actual: unknown, expected: unknown, message = ''): void {
  if (show(actual) !== show(expected))
    throw new Error(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function match(text: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(text))
    throw new Error(`${message ? `${message}: ` : ''}expected ${show(text)} to match ${pattern}`);
}

/** Awaits a promise that must reject, and returns the reason after checking it with `guard`. */
export async function rejects<E>(
  promise: Promise<unknown>,
  guard: (error: unknown) => error is E,
  what: string,
): Promise<E> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (!guard(error))
      throw new Error(
        `expected ${what}, got ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`,
        { cause: error },
      );
    return error;
  }
  throw new Error(`expected ${what}, but it resolved to ${show(value)?.slice(0, 200)}`);
}
