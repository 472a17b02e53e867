/**
 * Documents pasted into a page as `<script type="application/json">` data blocks, for CMSs that
 * can paste markup but cannot set properties. A data block is never run, but the HTML parser
 * still ends it at the first `</script` in its text, whatever JSON thinks of it: a document
 * whose text holds `</script><script>alert(1)</script>` (a valid name or comment) would end the
 * block early and run what follows. `<!--` inside a block changes how the parser looks for its
 * end too. JSON lets any character of a string be written as `\uXXXX`, so writing `<`, `>` and
 * `&` that way leaves nothing the HTML parser reacts to, and `JSON.parse` reads the same value.
 * U+2028 and U+2029 are escaped as well, for code that still treats the text as JavaScript.
 */

/** Every character to escape, and what to write instead: each can occur only inside a JSON string. */
const UNSAFE = /[<>&\u2028\u2029]/g;
const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text of a value that is safe inside an HTML `<script>` element: `JSON.parse` reads the
 * same value back, and no `</script>`, `<!--` or `-->` can occur in it.
 *
 * @example
 * ```ts
 * scriptJson({ name: '</script>' }); // '{"name":"\\u003c/script\\u003e"}'
 * ```
 */
export function scriptJson(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  if (text === undefined) throw new TypeError('a value that JSON cannot represent');
  return text.replace(UNSAFE, escape);
}

/**
 * A `<script type="application/json">` element holding a document (or an array of them) for
 * an OpenMaturity element to read, written with {@link scriptJson}: paste it inside the
 * element, as `<om-scorecard>` + this + `</om-scorecard>`.
 *
 * @example
 * ```ts
 * const html = `<om-conformance-badge>${inlineScript(statement)}</om-conformance-badge>`;
 * ```
 */
export const inlineScript = (value: unknown, space?: number): string =>
  `<script type="application/json">${scriptJson(value, space)}</script>`;
