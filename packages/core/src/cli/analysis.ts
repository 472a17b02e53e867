/**
 * What the analysis commands (score, benchmark, rank, summarise, change, export) share: the
 * cohort options (`--by icb`, `--where type=acute-trust`), the output options (`--json`,
 * `--csv`) and a plain-text table for people.
 */
import {
  cohortFields,
  cohortOf,
  UNKNOWN_COHORT,
  type CohortField,
  type CohortMember,
  type CohortRef,
} from '../engine/cohorts.js';
import { csvLine, type Cell } from '../export/csv.js';
import { UsageError, type Io } from './io.js';

/** The options every analysis command takes, for `parseArgs`. */
export const analysisOptions = {
  by: { type: 'string' },
  where: { type: 'string', multiple: true },
  'min-cohort': { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
} as const;

/** The lines of help that describe {@link analysisOptions}. */
export const analysisHelp = `  --by region|icb|type|sector   one cohort per region, ICB, organisation type or sector
  --where FIELD=VALUE           keep only organisations whose region, icb, type or sector
                                has that code or name (repeat to combine)
  --min-cohort N                the smallest cohort whose figures are shown (default 5)
  --json                        documents as JSON instead of a table
  --csv                         a tidy CSV (RFC 4180, UTF-8) instead of a table`;

/** `--by`, checked. */
export function byOption(value: string | undefined, allowed: readonly CohortField[] = cohortFields): CohortField {
  if (value === undefined) return 'all';
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--by: expected ${allowed.filter((f) => f !== 'all').join(', ')}; found "${value}"`);
  return value as CohortField;
}

/** A `--where FIELD=VALUE` condition. */
export interface Condition {
  field: CohortField;
  value: string;
}

/** `--where`, checked. */
export function whereOption(values: readonly string[] | undefined): Condition[] {
  return (values ?? []).map((text) => {
    const m = /^([a-z]+)=(.+)$/.exec(text.trim());
    const field = m?.[1];
    if (!m || field === 'all' || !(cohortFields as readonly string[]).includes(field!))
      throw new UsageError(`--where: expected region=, icb=, type= or sector= and a value; found "${text}"`);
    return { field: field as CohortField, value: m[2]!.trim() };
  });
}

/** Whether a member meets every condition: the code or the name, without regard to case. */
export function meets(conditions: readonly Condition[]): ((member: CohortMember) => boolean) | undefined {
  if (conditions.length === 0) return undefined;
  return (member) =>
    conditions.every(({ field, value }) => {
      const cohort = cohortOf(member, field);
      const wanted = value.toLowerCase();
      return cohort !== undefined && (cohort.id.toLowerCase() === wanted || cohort.label.toLowerCase() === wanted);
    });
}

/** `--min-cohort`, checked. */
export function minCohortOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--min-cohort: expected a whole number from 1; found "${value}"`);
  return n;
}

/** `--json` and `--csv` together make no sense. */
export function outputOption(values: { json?: boolean; csv?: boolean }): 'table' | 'json' | 'csv' {
  if (values.json && values.csv) throw new UsageError('--json and --csv: choose one');
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

/** A tidy CSV to stdout: the header, then the rows. */
export function printCsv(io: Io, columns: readonly string[], rows: Iterable<readonly Cell[]>): void {
  let out = csvLine(columns);
  for (const row of rows) out += csvLine(row);
  io.stdout(out);
}

/**
 * A table for people: columns padded, numbers to the right. Text is printed as it is; the
 * table is for a terminal, not for a spreadsheet (that is `--csv`).
 */
export function printTable(io: Io, columns: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const text = (c: Cell) => (c === undefined || c === null ? '' : String(c));
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => text(r[i]).length)));
  const numeric = columns.map(
    (_, i) =>
      rows.length > 0 && rows.every((r) => r[i] === undefined || typeof r[i] === 'number' || /^\d/.test(text(r[i]))),
  );
  const line = (cells: readonly Cell[]) =>
    cells
      .map((c, i) => (numeric[i] ? text(c).padStart(widths[i]!) : text(c).padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  io.stdout(`${line(columns)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) io.stdout(`${line(row)}\n`);
}

/** A share from 0 to 1 as a percentage for people: `68.2%`. */
export const percent = (share: number | undefined) => (share === undefined ? '' : `${(share * 100).toFixed(1)}%`);

/** The words of a read pass's problems, for the end of a run. */
export const problemsLine = (problems: number) =>
  problems === 0 ? '' : `${problems} input${problems === 1 ? '' : 's'} could not be read (see above)\n`;

/** A cohort for people: its name and, when it has one, its code: `London (Y56)`. */
export const cohortName = (cohort: CohortRef) =>
  cohort.id === UNKNOWN_COHORT.id || cohort.label === cohort.id ? cohort.label : `${cohort.label} (${cohort.id})`;
