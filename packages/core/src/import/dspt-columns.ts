/**
 * Finds the columns of a DSPT status list by their header names, never their position:
 * each year's export orders them differently and adds or drops some.
 */
import { ImportError } from './errors.js';

/** Indexes of the columns the DSPT importer reads; optional ones may be absent. */
export interface DsptColumns {
  code: number;
  name: number;
  status: number;
  date: number;
  sector?: number;
  region?: number;
  /** The ICB code of a trust ("High Level Health Geography"). */
  geography?: number;
  icbName?: number;
  /** In the ICB list: the ICB's ODS code (`ICB23CDH`), its ONS code (`ICB23CD`) and name (`ICB23NM`). */
  icbCode?: number;
  icbOnsCode?: number;
  icbOfficialName?: number;
}

type Key = keyof DsptColumns;

/** Accepted names per column, normalised (see {@link normalise}), best first. */
const NAMES: Readonly<Record<Exclude<Key, 'icbCode' | 'icbOnsCode' | 'icbOfficialName'>, readonly string[]>> = {
  code: ['code', 'odscode', 'organisationcode'],
  name: ['organisationname', 'organizationname', 'name'],
  status: ['status'],
  date: ['dateofpublication', 'publicationdate', 'datepublished'],
  sector: ['primarysector'],
  region: ['nationalgrouping'],
  geography: ['highlevelhealthgeography'],
  icbName: ['integratedcareboardwhereavailablefromods', 'integratedcareboard'],
};

/** The headers a list must have, as a person reads them. */
const REQUIRED: Readonly<Record<'code' | 'name' | 'status' | 'date', string>> = {
  code: 'Code',
  name: 'Organisation Name',
  status: 'Status',
  date: 'Date Of Publication',
};

// ONS lookup columns carry the year of the boundaries: ICB23CD, ICB23CDH, ICB23NM.
const ICB_COLUMN = /^icb(\d{2,4})(cdh|cd|nm)$/;

/** Lower case, letters and digits only: `Date Of Publication` and `date of  publication` agree. */
export const normalise = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Maps a header row to column indexes.
 *
 * @throws {@link ImportError} `ERR_IMPORT_HEADER` naming the missing headers and those found,
 *   or a header that appears twice.
 */
export function findDsptColumns(header: readonly string[], source?: string): DsptColumns {
  const where = source ? `${source}: ` : '';
  const normalised = header.map(normalise);
  const found: Partial<DsptColumns> = {};

  for (const [key, names] of Object.entries(NAMES) as [keyof typeof NAMES, readonly string[]][]) {
    for (const name of names) {
      const at = indexesOf(normalised, name);
      if (at.length === 0) continue;
      if (at.length > 1) {
        throw new ImportError(
          ImportError.HEADER,
          `${where}the header "${header[at[0]!]}" appears ${at.length} times (columns ${at.map((i) => i + 1).join(', ')}): cannot tell which to read`,
          { found: header },
        );
      }
      found[key] = at[0]!;
      break;
    }
  }

  // Several boundary years in one file: read the latest.
  const icbYears: Partial<Record<'cdh' | 'cd' | 'nm', number>> = {};
  normalised.forEach((name, index) => {
    const m = ICB_COLUMN.exec(name);
    if (!m) return;
    const kind = m[2] as 'cdh' | 'cd' | 'nm';
    const year = Number(m[1]);
    if ((icbYears[kind] ?? -1) < year) {
      icbYears[kind] = year;
      found[kind === 'cdh' ? 'icbCode' : kind === 'cd' ? 'icbOnsCode' : 'icbOfficialName'] = index;
    }
  });

  const missing = (Object.keys(REQUIRED) as (keyof typeof REQUIRED)[])
    .filter((key) => found[key] === undefined)
    .map((key) => REQUIRED[key]);
  if (missing.length > 0) {
    const list = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(', ');
    const seen = header.length === 0 ? 'no header row (the file is empty)' : `the headers ${list(header)}`;
    throw new ImportError(
      ImportError.HEADER,
      `${where}not a DSPT status list: missing the column${missing.length === 1 ? '' : 's'} ${list(missing)}; found ${seen}`,
      { missing, found: header },
    );
  }
  return found as DsptColumns;
}

function indexesOf(items: readonly string[], item: string): number[] {
  const at: number[] = [];
  items.forEach((value, index) => {
    if (value === item) at.push(index);
  });
  return at;
}
