/**
 * The Data Security and Protection Toolkit (DSPT) published status list, trusts or ICBs, into
 * ConformanceStatement documents: one per organisation, for the DSPT year its status names.
 */
import type { ConformanceStatement, Issuer } from '../format/kinds/conformance-statement.js';
import { safeParseDocument } from '../format/parse.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { parseCsv } from './csv.js';
import { fromDayMonthYear, isIsoDate } from './dates.js';
import { findDsptColumns, type DsptColumns } from './dspt-columns.js';
import { dsptExpiry, dsptYear, parseDsptStatus, type DsptOutcome } from './dspt-status.js';
import { ImportError } from './errors.js';
import type { ImportProblem, ImportResult } from './import-result.js';
import { nationalGroupingName } from './regions.js';
import { columnMessage, isBlankRow, issuesMessage, ODS_CODE, ODS_CODE_WORDS } from './rows.js';

/** Options for {@link importDspt}. */
export interface DsptImportOptions {
  /** The file or URL the text came from, named in errors. */
  source?: string;
  /** Who the statements are from; by default the DSPT, as {@link DSPT_ISSUER}. */
  issuer?: Issuer;
  /**
   * The day the list was taken from the portal, `YYYY-MM-DD`: the `retrieved` date of each
   * statement's source, and the `issued` date of a `Not Published` statement.
   */
  snapshotDate?: string;
  /** The DSPT year of `Not Published` rows, `2022-23`; by default the most common year of the file. */
  year?: string;
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
  approaching: 'not all mandatory evidence items met; an improvement plan was agreed',
  'not-fully-met': 'not all mandatory evidence items met; an improvement plan was agreed',
  'not-met': 'mandatory standards not met',
};

/**
 * Reads a DSPT status export. Columns are found by their header names, so other years'
 * exports (other order, extra columns, `21/22` statuses) are read too. A row that cannot be
 * read is an {@link ImportProblem} with its line; the other rows are still read.
 *
 * @throws {@link ImportError} `ERR_IMPORT_HEADER` when the header row lacks a required column
 *   (`Code`, `Organisation Name`, `Status`, `Date Of Publication`), `ERR_IMPORT_OPTIONS` for a
 *   malformed `snapshotDate` or `year`.
 * @throws {@link CsvError} when a quoted field is never closed.
 * @example
 * ```ts
 * const { documents, problems } = importDspt(csvText, { snapshotDate: '2023-11-16' });
 * ```
 */
export function importDspt(text: string, options: DsptImportOptions = {}): ImportResult<ConformanceStatement> {
  const optionYear = checkOptions(options);
  const records = parseCsv(text).filter((r) => !isBlankRow(r.fields));
  const [head, ...rows] = records;
  const header = (head?.fields ?? []).map((h) => h.trim());
  const columns = findDsptColumns(header, options.source);
  const defaultYear = optionYear ?? mostCommonYear(rows.map((r) => r.fields[columns.status] ?? ''));
  const keys = recordKeys(header);

  const documents: ConformanceStatement[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const problem = (message: string) => problems.push({ line, message, row: fields });
    if (fields.length !== header.length) {
      problem(`expected ${header.length} fields, as in the header row, found ${fields.length}`);
      continue;
    }
    const made = makeStatement(fields, line, { header, keys, columns, defaultYear, options });
    if (typeof made === 'string') {
      problem(made);
      continue;
    }
    const first = seen.get(made.id);
    if (first !== undefined) {
      problem(
        `${columnMessage(header[columns.code]!, 'a code not already listed', made.subject.odsCode ?? '')} (already on line ${first})`,
      );
      continue;
    }
    seen.set(made.id, line);
    documents.push(made);
  }
  return { documents, problems };
}

interface RowContext {
  header: readonly string[];
  keys: readonly string[];
  columns: DsptColumns;
  defaultYear: string | undefined;
  options: DsptImportOptions;
}

/** One row's statement, or why there is none. */
function makeStatement(fields: readonly string[], line: number, context: RowContext): ConformanceStatement | string {
  const { header, columns, options } = context;
  const cell = (index: number | undefined) => (index === undefined ? '' : (fields[index] ?? '').trim());
  const errors: string[] = [];

  const code = cell(columns.code);
  if (!ODS_CODE.test(code)) errors.push(columnMessage(header[columns.code]!, ODS_CODE_WORDS, code));
  const name = stripCode(cell(columns.name), code);
  if (name === '') errors.push(columnMessage(header[columns.name]!, 'the organisation name', name));

  const statusText = fields[columns.status] ?? '';
  const status = parseDsptStatus(statusText);
  const year = status?.year ?? context.defaultYear;
  if (!status) {
    errors.push(
      columnMessage(
        header[columns.status]!,
        'a DSPT status such as "22/23 Standards Met" or "Not Published"',
        statusText,
      ),
    );
  } else if (!year) {
    errors.push(
      `column ${JSON.stringify(header[columns.status])}: "${statusText.trim()}" names no DSPT year, and no other row or the year option does`,
    );
  }

  const dateText = cell(columns.date);
  const listed = dateText === '' ? undefined : fromDayMonthYear(dateText);
  if (dateText !== '' && !listed) errors.push(columnMessage(header[columns.date]!, 'a date DD/MM/YYYY', dateText));
  const notPublished = status?.outcome === 'not-published';
  // Not Published is observed on the snapshot day; a listed date is then an earlier year's.
  const issued = notPublished ? (options.snapshotDate ?? listed) : listed;
  if (dateText === '' && !issued) {
    const why = notPublished
      ? 'a date DD/MM/YYYY, or a snapshotDate option for a Not Published row'
      : 'a date DD/MM/YYYY';
    errors.push(columnMessage(header[columns.date]!, why, dateText));
  }

  if (errors.length > 0 || !status || !year || !issued) return errors.join('; ');

  const statement = {
    kind: 'ConformanceStatement',
    schemaVersion: SCHEMA_VERSION,
    id: `dspt-${year}-${code}`,
    subject: { type: 'organisation', name, odsCode: code, ...subjectExtras(cell, columns) },
    standard: { id: 'dspt', version: year, name: 'DSPT' },
    status: status.status,
    statusDetail: statusText,
    ...(status.outcome === 'exceeded' ? { exceeds: true } : {}),
    scope: notPublished
      ? notPublishedScope(year, options.snapshotDate, listed)
      : `The organisation's ${year} Data Security and Protection Toolkit self-assessment, as published on the DSPT portal: ${MEANING[status.outcome as Exclude<DsptOutcome, 'not-published'>]}.`,
    issuer: options.issuer ?? DSPT_ISSUER,
    issued,
    expires: dsptExpiry(year),
    source: {
      title: 'DSPT published status',
      url: SOURCE_URL,
      ...(options.snapshotDate ? { retrieved: options.snapshotDate } : {}),
      note: `Imported from the status list published on the DSPT portal${options.snapshotDate ? ` as of ${options.snapshotDate}` : ''}. "record" is the row as published (line ${line}), keyed by column header; "statusDetail" keeps the portal's own words.`,
      line,
      record: Object.fromEntries(context.keys.map((key, i) => [key, fields[i] ?? ''])),
    },
  };
  const parsed = safeParseDocument(statement, { kind: 'ConformanceStatement' });
  return parsed.success ? parsed.data : issuesMessage(parsed.error.issues);
}

/** The name without a trailing copy of the row's own code: `WYE VALLEY NHS TRUST (RLQ)`. */
function stripCode(name: string, code: string): string {
  const suffix = `(${code})`;
  if (code === '' || !name.toUpperCase().endsWith(suffix)) return name;
  return name.slice(0, -suffix.length).trim();
}

/** Region, ICB and sector, when the list has them and they look like what they claim. */
function subjectExtras(cell: (index: number | undefined) => string, columns: DsptColumns): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  const region = cell(columns.region);
  if (ODS_CODE.test(region)) extras.region = withName(region, nationalGroupingName(region));

  // A trust's ICB, or in the ICB list the ICB itself.
  const icb: Record<string, string> = {};
  const icbCode = cell(columns.icbCode) || cell(columns.geography);
  if (ODS_CODE.test(icbCode)) icb.code = icbCode;
  const icbName = cell(columns.icbOfficialName) || cell(columns.icbName);
  if (icbName) icb.name = icbName;
  const onsCode = cell(columns.icbOnsCode);
  if (/^[A-Z]\d{8}$/.test(onsCode)) icb.onsCode = onsCode;
  if (Object.keys(icb).length > 0) extras.icb = icb;

  const sector = cell(columns.sector);
  if (sector) extras.sector = sector;
  return extras;
}

const withName = (code: string, name: string | undefined) => (name ? { code, name } : { code });

function notPublishedScope(year: string, snapshotDate: string | undefined, listed: string | undefined): string {
  const when = snapshotDate ? ` (${snapshotDate})` : '';
  const earlier = listed
    ? ` The list still shows a publication date, ${listed}, presumably of an earlier year's assessment.`
    : '';
  return (
    `No ${year} Data Security and Protection Toolkit assessment was published on the DSPT portal at the time of the snapshot${when}. ` +
    `"in-progress" records only that no ${year} result is known; it says nothing of the organisation's own work.${earlier}`
  );
}

/** The year most rows name (the latest of equals), for rows that name none. */
function mostCommonYear(statuses: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of statuses) {
    const year = parseDsptStatus(text)?.year;
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

/** Checks the options, returning the year option as `2022-23`. */
function checkOptions(options: DsptImportOptions): string | undefined {
  if (options.snapshotDate !== undefined && !isIsoDate(options.snapshotDate)) {
    throw new ImportError(
      ImportError.OPTIONS,
      `snapshotDate: expected a date YYYY-MM-DD, found ${JSON.stringify(options.snapshotDate)}`,
    );
  }
  if (options.year === undefined) return undefined;
  const m = /^(\d{2}|\d{4})[-/](\d{2})$/.exec(options.year);
  const year = m ? dsptYear(m[1]!, m[2]!) : undefined;
  if (!year)
    throw new ImportError(
      ImportError.OPTIONS,
      `year: expected a DSPT year such as "2022-23", found ${JSON.stringify(options.year)}`,
    );
  return year;
}
