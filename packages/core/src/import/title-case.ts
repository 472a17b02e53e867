/** Display names for the upper-case names of ODS files. */

// Words written in lower case inside a name, as NHS bodies write their own names.
const SMALL = new Set(['and', 'of', 'for', 'upon', 'on', 'the', 'in', 'at', 'with']);
// Abbreviations that stay in capitals.
const CAPITALS = new Set(['NHS', 'ICB', 'UK', 'CIC', 'LLP']);

/**
 * `SOUTH TYNESIDE AND SUNDERLAND NHS FOUNDATION TRUST` → `South Tyneside and Sunderland NHS
 * Foundation Trust`; `GUY'S AND ST THOMAS'` → `Guy's and St Thomas'`; `NEWCASTLE UPON TYNE` →
 * `Newcastle upon Tyne`. A guess for display, never a replacement of the registered name.
 */
export function titleCase(name: string): string {
  return name
    .split(' ')
    .map((word, index) => {
      const upper = word.toUpperCase();
      if (CAPITALS.has(upper.replace(/[^A-Z]/g, ''))) return upper;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL.has(lower)) return lower;
      // Each part of a hyphenated word: ASHTON-UNDER-LYNE → Ashton-Under-Lyne.
      return lower.replace(/(^|[-(])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}
