/**
 * The Data Security and Protection Toolkit (DSPT) published status lists, of any year and
 * sector, CSV or spreadsheet, into ConformanceStatement documents (one per organisation, for
 * the DSPT year its status names) and the Organisation documents they describe.
 */
import type { WorkbookInput, XlsxRowsOptions } from './xlsx-rows.js';
import type { ConformanceStatement, Issuer } from '../format/kinds/conformance-statement.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { safeParseDocument } from '../format/parse.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { findColumns, type ColumnMeaning, type FoundColumns } from './columns.js';
import { CsvRows } from './csv.js';
import { fromCell, isIsoDate, isoDateIn } from './dates.js';
import {
  dsptExpiry,
  dsptYear,
  dsptYearIn,
  dsptYearOfDate,
  parseDsptStatus,
  type DsptOutcome,
  type DsptStatus,
} from './dspt-status.js';
import { ImportError } from './errors.js';
import type { ImportResult } from './import-result.js';
import { nationalGroupingName } from './regions.js';
import {
  cellText,
  columnMessage,
  importRows,
  importRowsAsync,
  issuesMessage,
  ODS_CODE,
  ODS_CODE_WORDS,
  type Row,
  type RowFault,
  type RowReader,
} from './rows.js';
import { sectorType } from './sectors.js';

/** Options for {@link importDspt}. */
export interface DsptImportOptions {
  /** The file or URL the rows came from: named in errors, and read for the year and snapshot day it names. */
  source?: string;
  /** Who the statements are from; by default the DSPT, as {@link DSPT_ISSUER}. */
  issuer?: Issuer;
  /**
   * The day the list was taken from the portal, `YYYY-MM-DD`: the `retrieved` date of each
   * statement's source, and the `issued` date of a row with no published status. By default
   * the last date the source's name holds (`...-snapshot-2023-11-16.csv`).
   */
  snapshotDate?: string;
  /**
   * The DSPT year of rows whose status names none, `2022-23`. By default the year the source's
   * name holds (`dspt-...-2018-19-...`), else the year most statuses name (CSV text), else the
   * year of the row's publication date.
   */
  year?: string;
}

/** The statements, and the organisations they are about. */
export interface DsptImportResult extends ImportResult<ConformanceStatement> {
  /** One Organisation per statement: its code (ODS or the DSPT's own), name, type and sector, area. */
  organisations: Organisation[];
}

/** The default issuer: the DSPT itself, saying the statements were imported, not signed by it. */
export const DSPT_ISSUER: Issuer = {
  id: 'https://www.dsptoolkit.nhs.uk/',
  name: 'Data Security and Protection Toolkit (imported from the published status list)',
};

const SOURCE_URL = 'https://www.dsptoolkit.nhs.uk/OrganisationSearch';

/** What each outcome means, from the portal's definitions, after "self-assessment ...: ". */
const MEANING: Readonly<Record<Exclude<DsptOutcome, 'not-published'>, string>> = {
  exceeded: 'all mandatory standards met, and Cyber Essentials Plus certification held',
  met: 'all mandatory standards met',
  'entry-level': "the entry level of that year's toolkit met, the lowest passing tier, short of all the standards",
  approaching: 'not all mandatory evidence items met; an improvement plan was agreed',
  'not-fully-met': 'not all mandatory evidence items met; an improvement plan was agreed',
  'not-met': 'mandatory standards not met',
};

type Key =
  | 'code'
  | 'name'
  | 'status'
  | 'date'
  | 'sector'
  | 'region'
  | 'regionName'
  | 'icbCode'
  | 'icbOnsCode'
  | 'icbName'
  | 'ccgName'
  | 'successor'
  | 'postcode'
  | 'opened'
  | 'closed';

/**
 * The columns by meaning, in the normal form of {@link normalise}: the synonyms the real
 * exports use (2018-19's `ODSCode`, `PublicationStatus`; 2020-21's R names `Organisation.Name`,
 * `Latest.Status`, `NHSER20CDH`; 2022-23's `Organisation Name`, `High Level Health Geography`)
 * and the obvious others. Order matters: the first meaning takes a column.
 */
const MEANINGS: Readonly<Record<Key, ColumnMeaning>> = {
  code: { label: 'Code', names: ['code', 'odscode', 'organisationcode', 'orgcode', 'organisationodscode', 'dsptcode'] },
  // The DSPT's own name first (2020-21 has both it and the ODS name).
  name: { label: 'Organisation Name', names: ['organisationname', 'organizationname', 'orgname', 'name'] },
  status: {
    label: 'Status',
    names: ['lateststatus', 'status', 'publicationstatus', 'dsptstatus', 'currentstatus', 'assessmentstatus'],
  },
  date: { label: 'Date Of Publication', names: ['dateofpublication', 'publicationdate', 'datepublished', 'published'] },
  sector: { label: 'Primary Sector', names: ['primarysector', 'sector', 'organisationtype'] },
  region: { label: 'National Grouping', names: ['nationalgrouping', /^nhser\d*cdh$/, 'regioncode'] },
  regionName: { label: 'Region', names: [/^nhser\d*nm$/, 'region', 'regionname', 'nhsregion'] },
  icbCode: {
    label: 'High Level Health Geography',
    names: [/^icb\d*cdh$/, 'highlevelhealthgeography', /^stp\d*cdh$/, 'stpcdh'],
  },
  icbOnsCode: { label: 'ICB ONS code', names: [/^icb\d*cd$/, /^stp\d*cd$/] },
  icbName: {
    label: 'Integrated Care Board',
    names: [/^icb\d*nm$/, 'integratedcareboardwhereavailablefromods', 'integratedcareboard', /^stp\d*nm$/],
  },
  ccgName: { label: 'CCG', names: ['ccgfromodsandcqc', /^ccg\d*nm$/, 'commissionerfromods', 'ccg'] },
  successor: { label: 'Successor Code', names: ['successorcode', 'successor'] },
  postcode: { label: 'Postcode', names: ['postcode'] },
  opened: { label: 'Start', names: ['start', 'opendate', 'opened'] },
  closed: { label: 'Close', names: ['close', 'closedate', 'closed'] },
};

interface Header {
  header: readonly string[];
  keys: readonly string[];
  columns: FoundColumns<Key>;
}

/** One row's documents. */
export interface DsptRow {
  statement: ConformanceStatement;
  organisation: Organisation;
}

/**
 * Reads a DSPT status export from CSV text. Columns are found by what they mean; only a code
 * or a name, and a status, are needed. A row that cannot be read is an {@link ImportProblem}
 * with its line; the other rows are still read.
 *
 * @throws {@link ImportError} `ERR_IMPORT_HEADER` when no row has a status column and a code or
 *   name column, `ERR_IMPORT_EMPTY` for a file without rows, `ERR_IMPORT_ENCODING` for UTF-16
 *   text, `ERR_IMPORT_OPTIONS` for a malformed `snapshotDate` or `year`.
 * @example
 * ```ts
 * const { documents, organisations, problems } = importDspt(csvText, { snapshotDate: '2023-11-16' });
 * ```
 */
export function importDspt(text: string, options: DsptImportOptions = {}): DsptImportResult {
  const name = options.source ?? 'the file';
  const rows = new CsvRows(text, name);
  const defaults = fileDefaults(options, () => mostCommonYear(rows));
  return split(importRows(rows, dsptReader(options, defaults), name));
}

/**
 * Reads a DSPT status export from an `.xlsx` workbook, streamed. The sheet is the first whose
 * header is a status list's, so a workbook re-saved with other sheets before it is read too.
 * Spreadsheet dates (serial numbers) are read as dates. Throws as {@link importDspt}.
 *
 * @param options also `thread`: whether the workbook is read in a worker thread (by default
 *   for a large file, see `xlsxRows`).
 * @param emit when given, each row's statement and organisation are handed to it as the row is
 *   read, and the result holds only the problems (see `importRowsAsync`).
 */
export async function importDsptWorkbook(
  input: WorkbookInput,
  options: DsptImportOptions & Pick<XlsxRowsOptions, 'thread'> = {},
  emit?: (made: DsptRow) => void,
): Promise<DsptImportResult> {
  const { xlsxRows } = await import('./xlsx-rows.js');
  const name = options.source ?? (typeof input === 'string' ? input : 'the workbook');
  const defaults = fileDefaults({ ...options, source: name }, () => undefined);
  const rows = xlsxRows(input, { source: name, thread: options.thread });
  return split(await importRowsAsync(rows, dsptReader(options, defaults), name, emit));
}

function split(result: ImportResult<DsptRow>): DsptImportResult {
  return {
    documents: result.documents.map((m) => m.statement),
    organisations: result.documents.map((m) => m.organisation),
    problems: result.problems,
  };
}

interface Defaults {
  year: string | undefined;
  snapshotDate: string | undefined;
}

/** The year and snapshot day rows fall back on: the options', else the file name's, else `guess`. */
function fileDefaults(options: DsptImportOptions, guess: () => string | undefined): Defaults {
  if (options.snapshotDate !== undefined && !isIsoDate(options.snapshotDate)) {
    throw new ImportError(
      ImportError.OPTIONS,
      `snapshotDate: expected a date YYYY-MM-DD, found ${JSON.stringify(options.snapshotDate)}`,
    );
  }
  let year: string | undefined;
  if (options.year !== undefined) {
    const m = /^(\d{2}|\d{4})[-/](\d{2})$/.exec(options.year);
    year = m ? dsptYear(m[1]!, m[2]!) : undefined;
    if (!year)
      throw new ImportError(
        ImportError.OPTIONS,
        `year: expected a DSPT year such as "2022-23", found ${JSON.stringify(options.year)}`,
      );
  }
  const file = options.source?.split(/[\\/]/).pop() ?? '';
  return {
    year: year ?? dsptYearIn(file) ?? guess(),
    snapshotDate: options.snapshotDate ?? isoDateIn(file),
  };
}

/** The row reader the shared loop runs for a DSPT list. */
function dsptReader(options: DsptImportOptions, defaults: Defaults): RowReader<Header, DsptRow> {
  // A list has a handful of distinct statuses in thousands of rows: each is parsed once.
  const statuses = new Map<string, DsptStatus | undefined>();
  const statusOf = (text: string) => {
    if (statuses.has(text)) return statuses.get(text);
    const status = parseDsptStatus(text);
    if (statuses.size < 1000) statuses.set(text, status);
    return status;
  };
  return {
    header: (header, where) => ({
      header,
      keys: recordKeys(header),
      columns: findColumns<Key>(
        header,
        MEANINGS,
        [['code', 'name'], ['status']],
        `${options.source ? `${options.source}: ` : ''}${where} is not a DSPT status list's header`,
      ),
    }),
    make: (row, header) => makeRow(row, header, options, defaults, statusOf),
    // One statement per organisation and year: the same code in two years' rows is two statements.
    key: (made, header) => ({
      value: made.statement.id,
      shown: made.statement.subject.odsCode ?? made.statement.subject.registerCode?.code ?? made.statement.subject.name,
      column: header.columns.code[0],
      name: header.header[header.columns.code[0] ?? header.columns.name[0]!]!,
    }),
  };
}

/** One row's statement and organisation, or why there are none. */
function makeRow(
  row: Row,
  h: Header,
  options: DsptImportOptions,
  defaults: Defaults,
  statusOf: (text: string) => DsptStatus | undefined,
): DsptRow | RowFault {
  const { header, columns } = h;
  const raw = (key: Key) => {
    for (const c of columns[key]) {
      const value = row.cells[c];
      if (cellText(value).trim() !== '') return { value, column: c };
    }
    return { value: null, column: columns[key][0] };
  };
  const text = (key: Key) => cellText(raw(key).value).trim();
  const label = (key: Key, column = columns[key][0]) => (column === undefined ? MEANINGS[key].label : header[column]!);

  const codeCell = raw('code');
  const codeText = cellText(codeCell.value).trim();
  // A code in lower case (2018-19's `v12951`) is kept as written, as the DSPT's: never made into an ODS code.
  const odsCode = ODS_CODE.test(codeText) ? codeText : undefined;
  const registerCode = !odsCode && /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(codeText) ? codeText : undefined;
  if (codeText !== '' && !odsCode && !registerCode) {
    return {
      message: columnMessage(
        label('code', codeCell.column),
        `${ODS_CODE_WORDS}, or a DSPT code such as V10679-765139`,
        codeText,
      ),
      column: codeCell.column,
    };
  }
  const name = stripCode(text('name'), codeText);
  if (name === '')
    return { message: columnMessage(label('name'), 'the organisation name', ''), column: columns.name[0] };
  const key = odsCode ?? registerCode ?? slugOf(name);
  if (key === '') return { message: columnMessage(label('code'), 'a code, or a name with letters or digits', name) };

  const statusCell = raw('status');
  const statusText = cellText(statusCell.value).trim();
  const status = statusOf(statusText);
  if (!status) {
    return {
      message: columnMessage(
        label('status', statusCell.column),
        'a DSPT status such as "22/23 Standards Met", "Standards Met (19-20)", "Entry Level" or "Not Published"',
        statusText,
      ),
      column: statusCell.column,
    };
  }

  const dateCell = raw('date');
  const listed = fromCell(dateCell.value);
  if (listed === null && /\d/.test(cellText(dateCell.value))) {
    return {
      message: columnMessage(label('date', dateCell.column), 'a date DD/MM/YYYY', cellText(dateCell.value)),
      column: dateCell.column,
    };
  }
  const published = listed ?? undefined;
  const year = status.year ?? defaults.year ?? (published ? dsptYearOfDate(published) : undefined);
  if (!year) {
    return {
      message: `column ${JSON.stringify(label('status'))}: "${statusText}" names no DSPT year, and neither the file's name, the year option nor a publication date does`,
      column: statusCell.column,
    };
  }
  const notPublished = status.outcome === 'not-published';
  // Not Published is observed on the snapshot day; a listed date is then an earlier year's.
  const issued = notPublished ? (defaults.snapshotDate ?? published) : (published ?? defaults.snapshotDate);
  if (!issued) {
    const why = notPublished
      ? 'a date DD/MM/YYYY, or a snapshotDate option for a row with no published status'
      : 'a date DD/MM/YYYY, or a snapshotDate option';
    return { message: columnMessage(label('date'), why, cellText(dateCell.value)), column: dateCell.column };
  }

  // The documents are built member by member, in the order they are written, rather than from
  // spreads of small objects: 32,000 rows of spreads and Object.fromEntries were about a third
  // of this function's time, and of the garbage the import made on its main thread.
  const sector = text('sector');
  const code = odsCode ? { odsCode } : registerCode ? { registerCode: { register: 'DSPT', code: registerCode } } : {};
  const area = areas(text);
  const subject: Record<string, unknown> = { type: 'organisation', name };
  Object.assign(subject, code, area);
  if (sector) subject.sector = sector;
  const record: Record<string, string> = {};
  for (let i = 0; i < h.keys.length; i++) {
    const k = h.keys[i]!;
    // A column named `__proto__` is a member like the others, as Object.fromEntries made it.
    if (k === '__proto__')
      Object.defineProperty(record, k, {
        value: cellText(row.cells[i]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else record[k] = cellText(row.cells[i]);
  }
  const place = row.sheet === undefined ? `line ${row.number}` : `sheet "${row.sheet}", row ${row.number}`;
  const source: Record<string, unknown> = { title: 'DSPT published status', url: SOURCE_URL };
  if (defaults.snapshotDate) source.retrieved = defaults.snapshotDate;
  source.note = `Imported from the status list published on the DSPT portal${defaults.snapshotDate ? ` as of ${defaults.snapshotDate}` : ''}. "record" is the row as published (${place}), keyed by column header; "statusDetail" keeps the portal's own words.`;
  source.line = row.number;
  if (row.sheet !== undefined) source.sheet = row.sheet;
  source.record = record;
  const statement: Record<string, unknown> = {
    kind: 'ConformanceStatement',
    schemaVersion: SCHEMA_VERSION,
    id: `dspt-${year}-${key}`,
    subject,
    standard: { id: 'dspt', version: year, name: 'DSPT' },
    status: status.status,
  };
  if (statusText) statement.statusDetail = statusText;
  if (status.outcome === 'exceeded') statement.exceeds = true;
  statement.scope = notPublished
    ? notPublishedScope(year, defaults.snapshotDate, published, statusText)
    : publishedScope(year, status.outcome as Exclude<DsptOutcome, 'not-published'>);
  statement.issuer = options.issuer ?? DSPT_ISSUER;
  statement.issued = issued;
  statement.expires = dsptExpiry(year);
  statement.source = source;
  const parsed = safeParseDocument(statement, { kind: 'ConformanceStatement' });
  if (!parsed.success) return { message: issuesMessage(parsed.error.issues) };

  const successor = text('successor').toUpperCase();
  const opened = fromCell(raw('opened').value);
  const closed = fromCell(raw('closed').value);
  const organisation: Record<string, unknown> = { kind: 'Organisation', schemaVersion: SCHEMA_VERSION };
  Object.assign(organisation, code);
  organisation.name = name;
  organisation.type = sectorType(sector, name);
  if (sector) organisation.sector = sector;
  Object.assign(organisation, area);
  const postcode = text('postcode');
  if (postcode) organisation.postcode = postcode;
  if (opened) organisation.opened = opened;
  if (closed && (!opened || closed >= opened)) organisation.closed = closed;
  if (ODS_CODE.test(successor) && successor !== odsCode) organisation.successor = { odsCode: successor };
  const organisationParsed = safeParseDocument(organisation, { kind: 'Organisation' });
  if (!organisationParsed.success) return { message: issuesMessage(organisationParsed.error.issues) };
  return {
    statement: parsed.data as ConformanceStatement,
    organisation: organisationParsed.data as Organisation,
  };
}

/** Region, ICB and CCG, when the list has them and they look like what they claim. */
function areas(text: (key: Key) => string): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  const regionCode = text('region');
  const regionName = text('regionName') || (ODS_CODE.test(regionCode) ? nationalGroupingName(regionCode) : undefined);
  const region: Record<string, string> = {};
  if (ODS_CODE.test(regionCode)) region.code = regionCode;
  if (regionName) region.name = regionName;
  if (Object.keys(region).length > 0) extras.region = region;

  const icb: Record<string, string> = {};
  const icbCode = text('icbCode');
  // Welsh trusts carry a placeholder here, and ICBs are English: only codes are kept.
  if (ODS_CODE.test(icbCode) && regionCode !== 'W00') icb.code = icbCode;
  const icbName = text('icbName');
  if (icbName) icb.name = icbName;
  const onsCode = text('icbOnsCode');
  if (/^[A-Z]\d{8}$/.test(onsCode)) icb.onsCode = onsCode;
  if (Object.keys(icb).length > 0) extras.icb = icb;

  const ccg = text('ccgName');
  if (ccg) extras.ccg = { name: ccg };
  return extras;
}

/** The name without a trailing copy of the row's own code: `WYE VALLEY NHS TRUST (RLQ)`. */
function stripCode(name: string, code: string): string {
  const suffix = `(${code})`;
  if (code === '' || !name.toUpperCase().endsWith(suffix.toUpperCase())) return name;
  return name.slice(0, -suffix.length).trim();
}

/** A key for a row with a name and no code at all. */
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);

/** The scope of a published status: one text per year and outcome, made once. */
const publishedScopes = new Map<string, string>();
function publishedScope(year: string, outcome: Exclude<DsptOutcome, 'not-published'>): string {
  const key = `${year} ${outcome}`;
  let scope = publishedScopes.get(key);
  if (scope === undefined) {
    scope = `The organisation's ${year} Data Security and Protection Toolkit self-assessment, as published on the DSPT portal: ${MEANING[outcome]}.`;
    publishedScopes.set(key, scope);
  }
  return scope;
}

function notPublishedScope(
  year: string,
  snapshotDate: string | undefined,
  listed: string | undefined,
  statusText: string,
): string {
  const when = snapshotDate ? ` (${snapshotDate})` : '';
  const earlier = listed
    ? ` The list still shows a publication date, ${listed}, presumably of an earlier year's assessment.`
    : '';
  const empty = statusText === '' ? ' The list gives no status for the organisation.' : '';
  return (
    `No ${year} Data Security and Protection Toolkit assessment was published on the DSPT portal at the time of the snapshot${when}. ` +
    `"in-progress" records only that no ${year} result is known; it says nothing of the organisation's own work.${empty}${earlier}`
  );
}

/** The year most rows' statuses name (the latest of equals): a pass over the CSV rows. */
function mostCommonYear(rows: CsvRows): string | undefined {
  const counts = new Map<string, number>();
  let status: number | undefined;
  for (const row of rows) {
    if (status === undefined) {
      try {
        status = findColumns<Key>(
          row.cells.map((c) => cellText(c).trim()),
          MEANINGS,
          [['code', 'name'], ['status']],
          '',
        ).status[0];
      } catch {
        // Not the header yet (a title row), or no header: the loop will say so.
      }
      continue;
    }
    const year = parseDsptStatus(cellText(row.cells[status]))?.year;
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) best = year;
  }
  return best;
}

/** Keys for the kept record: the header, with unnamed or repeated headers made unique. */
function recordKeys(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((name, i) => {
    const key = name === '' || used.has(name) ? `${name === '' ? '' : `${name} `}(column ${i + 1})` : name;
    used.add(key);
    return key;
  });
}
