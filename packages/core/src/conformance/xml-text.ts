/** Making any text safe to put in XML (the SVG badge): cleaned, then escaped. */

// Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF, lone
// surrogates), C1 controls, and bidirectional overrides, which could make a name read as
// something else.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// More than four combining marks on one letter is decoration, not writing ("Zalgo" text).
const MARK_PILES = /(\p{M}{4})\p{M}+/gu;

/**
 * Cleans a text for display on one line: removes characters XML cannot hold and
 * bidirectional overrides, trims piles of combining marks, and collapses white space.
 *
 * @example
 * ```ts
 * cleanText('A\u0000 \n B\u202E'); // 'A B'
 * ```
 */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(MARK_PILES, '$1').replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five characters XML gives meaning to, for text and attribute values alike.
 *
 * @example
 * ```ts
 * escapeXml('<script>"&"</script>'); // '&lt;script&gt;&quot;&amp;&quot;&lt;/script&gt;'
 * ```
 */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
