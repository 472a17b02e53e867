/**
 * Columns found by what they mean, never by position or one spelling: each export names the
 * same column its own way (`Organisation Name`, `OrganisationName`, `Organisation.Name`,
 * `organisation_name`), so headers are compared in a normal form, against a list of synonyms.
 */
import { ImportError } from './errors.js';

/** Lower case, letters and digits only: `Date Of Publication`, `Date.Of.Publication` and `date_of_publication` agree. */
export const normalise = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** What one column means: its synonyms (normal form, or patterns over it), best first. */
export interface ColumnMeaning {
  /** The name people know it by, for messages. */
  label: string;
  names: readonly (string | RegExp)[];
}

/**
 * The columns found for each meaning, best synonym first. A pattern with a year in it
 * (`ICB23CD`, `NHSER20NM`) may match several columns; the latest year comes first.
 */
export type FoundColumns<K extends string> = Record<K, number[]>;

/**
 * Finds every meaning's columns in a header row.
 *
 * @param required groups of meanings of which at least one must be found (`[['code', 'name'], ['status']]`).
 * @throws {@link ImportError} `ERR_IMPORT_HEADER` naming what is missing and the headers found.
 */
export function findColumns<K extends string>(
  header: readonly string[],
  meanings: Readonly<Record<K, ColumnMeaning>>,
  required: readonly (readonly K[])[],
  what: string,
): FoundColumns<K> {
  const normalised = header.map(normalise);
  const found = {} as FoundColumns<K>;
  const taken = new Set<number>();
  for (const key of Object.keys(meanings) as K[]) {
    const columns: number[] = [];
    for (const name of meanings[key].names) {
      if (typeof name === 'string') {
        const same = normalised.flatMap((n, i) => (n === name ? [i] : []));
        if (same.length > 1) {
          throw new ImportError(
            ImportError.HEADER,
            `${what}: the header "${header[same[0]!]}" appears ${same.length} times (columns ${same.map((i) => i + 1).join(', ')}): cannot tell which to read`,
            { found: header },
          );
        }
      }
      const matches = normalised
        .map((n, i) => ({ n, i }))
        .filter(
          ({ n, i }) => !taken.has(i) && !columns.includes(i) && (typeof name === 'string' ? n === name : name.test(n)),
        )
        .sort((a, b) => yearOf(b.n) - yearOf(a.n));
      columns.push(...matches.map((m) => m.i));
    }
    for (const c of columns) taken.add(c);
    found[key] = columns;
  }
  const missing = required.filter((group) => group.every((key) => found[key].length === 0));
  if (missing.length > 0) {
    const list = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ');
    const wanted = missing.map((group) => group.map((key) => meanings[key].label).join(' or '));
    const seen = `the headers ${list(header)}`;
    throw new ImportError(
      ImportError.HEADER,
      `${what}: missing the column${wanted.length === 1 ? '' : 's'} ${wanted.map((w) => JSON.stringify(w)).join(', ')}; found ${seen}`,
      { missing: wanted, found: header },
    );
  }
  return found;
}

/** The two- or four-digit year inside a header such as `icb23cd`, for ordering; 0 without one. */
function yearOf(normalised: string): number {
  const m = /(\d{2,4})/.exec(normalised);
  return m ? Number(m[1]) % 100 : 0;
}
