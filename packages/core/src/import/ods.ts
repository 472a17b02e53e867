/**
 * The NHS Digital ODS "etr" file (NHS trusts in England and Wales) into Organisation
 * documents. The file has no header row, so its columns are read by position, as ODS
 * documents them.
 */
import { organisationKey, type Organisation } from '../format/kinds/organisation.js';
import { safeParseDocument } from '../format/parse.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { CsvRows } from './csv.js';
import { fromCompact } from './dates.js';
import type { ImportResult } from './import-result.js';
import { nationalGroupingName } from './regions.js';
import {
  cellText,
  columnMessage,
  importRows,
  issuesMessage,
  ODS_CODE,
  ODS_CODE_WORDS,
  type RowReader,
} from './rows.js';
import { titleCase } from './title-case.js';
import { inferTrustType } from './trust-type.js';

/** Column positions of the etr file, with the names ODS gives them (used in problems). */
const COLUMN = {
  code: 0,
  name: 1,
  grouping: 2,
  geography: 3,
  address: [4, 5, 6, 7, 8],
  postcode: 9,
  opened: 10,
  closed: 11,
} as const;
const COLUMN_NAMES = [
  'organisation code',
  'name',
  'national grouping',
  'high level health geography',
  'address line 1',
  'address line 2',
  'address line 3',
  'address line 4',
  'address line 5',
  'postcode',
  'open date',
  'close date',
];
/** The columns read; ODS adds flags after them, which are ignored. */
const MIN_FIELDS = COLUMN_NAMES.length;

const WALES = 'W00';

/**
 * Reads an ODS etr file. Each trust becomes an Organisation with its region, ICB, address and
 * dates; `type` is guessed from the name (see `inferTrustType`) and marked
 * `typeInferred: true`, and `displayName` is the name in title case. A row that cannot be read
 * is an {@link ImportProblem} with its line; the others are still read.
 *
 * A broken quote costs only its own line (reported); an empty file is an error.
 *
 * @throws {@link ImportError} `ERR_IMPORT_EMPTY` for a file without rows, `ERR_IMPORT_ENCODING` for UTF-16 text.
 * @example
 * ```ts
 * const { documents, problems } = importOdsTrusts(etrText);
 * ```
 */
export function importOdsTrusts(text: string, source = 'the file'): ImportResult<Organisation> {
  return importRows(new CsvRows(text, source), odsReader, source);
}

/** The etr file has no header: each row is read by position. */
const odsReader: RowReader<undefined, Organisation> = {
  make: ({ cells }) => {
    const fields = cells.map(cellText);
    if (fields.length < MIN_FIELDS)
      return {
        message: `expected at least ${MIN_FIELDS} fields (code, name, ..., close date), found ${fields.length}`,
      };
    const made = makeOrganisation(fields);
    return typeof made === 'string' ? { message: made } : made;
  },
  key: (organisation) => ({
    value: organisationKey(organisation),
    column: COLUMN.code,
    name: COLUMN_NAMES[COLUMN.code]!,
  }),
};

/** One row's organisation, or why there is none. */
function makeOrganisation(fields: readonly string[]): Organisation | string {
  const cell = (index: number) => (fields[index] ?? '').trim();
  const errors: string[] = [];
  const expect = (index: number, expected: string) =>
    errors.push(columnMessage(COLUMN_NAMES[index]!, expected, cell(index)));

  const odsCode = cell(COLUMN.code);
  if (!ODS_CODE.test(odsCode)) expect(COLUMN.code, ODS_CODE_WORDS);
  const name = cell(COLUMN.name);
  if (name === '') expect(COLUMN.name, 'the organisation name');
  const grouping = cell(COLUMN.grouping);
  if (grouping !== '' && !ODS_CODE.test(grouping))
    expect(COLUMN.grouping, 'a national grouping code such as Y56 or W00');
  const geography = cell(COLUMN.geography);
  if (geography !== '' && !ODS_CODE.test(geography)) expect(COLUMN.geography, 'a health geography code such as QOP');
  const opened = date(cell(COLUMN.opened));
  if (opened === null) expect(COLUMN.opened, 'a date YYYYMMDD');
  const closed = date(cell(COLUMN.closed));
  if (closed === null) expect(COLUMN.closed, 'a date YYYYMMDD, or nothing while the trust is open');
  else if (closed && opened && closed < opened) expect(COLUMN.closed, `a date on or after the open date (${opened})`);
  if (errors.length > 0) return errors.join('; ');

  const regionName = nationalGroupingName(grouping);
  const address = COLUMN.address.map(cell).filter((part) => part !== '');
  const postcode = cell(COLUMN.postcode);
  const organisation = {
    kind: 'Organisation',
    schemaVersion: SCHEMA_VERSION,
    odsCode,
    name,
    displayName: titleCase(name),
    type: inferTrustType(name),
    typeInferred: true,
    ...(grouping ? { region: regionName ? { code: grouping, name: regionName } : { code: grouping } } : {}),
    // ICBs are English; for Welsh trusts the column holds a placeholder, not an ICB.
    ...(geography && grouping !== WALES ? { icb: { code: geography } } : {}),
    ...(address.length > 0 ? { address } : {}),
    ...(postcode ? { postcode } : {}),
    ...(opened ? { opened } : {}),
    ...(closed ? { closed } : {}),
  };
  const parsed = safeParseDocument(organisation, { kind: 'Organisation' });
  return parsed.success ? parsed.data : issuesMessage(parsed.error.issues);
}

/** An ISO date, undefined for an empty cell, null for one that is not a date. */
function date(text: string): string | undefined | null {
  if (text === '') return undefined;
  return fromCompact(text) ?? null;
}
