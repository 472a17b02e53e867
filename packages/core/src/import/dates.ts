/** The date forms of NHS exports, turned into ISO 8601 calendar dates. */

/** `YYYY-MM-DD` for a real calendar date, else undefined (no 31 February). */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as the DSPT portal writes it, `DD/MM/YYYY` (one-digit day and month
 * accepted), or already ISO, `YYYY-MM-DD`. Undefined for anything else.
 */
export function fromDayMonthYear(text: string): string | undefined {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** Reads a date as ODS files write it, `YYYYMMDD`. Undefined for anything else. */
export function fromCompact(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** True for an ISO 8601 calendar date that exists. */
export const isIsoDate = (text: string): boolean => fromDayMonthYear(text) === text;

/**
 * A spreadsheet serial date (days since 30 December 1899, as Excel and LibreOffice count
 * them in the 1900 date system) as an ISO date; undefined outside 1900-2199 or for a fraction
 * that is only a time.
 */
export function fromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 109_574) return undefined;
  const day = Math.floor(serial);
  let iso = serialDays.get(day);
  if (iso === undefined) {
    iso = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
    serialDays.set(day, iso);
  }
  return iso;
}

/** Serial days already read: a 32,000-row sheet holds a few hundred distinct dates. At most 109,573 entries. */
const serialDays = new Map<number, string>();

/**
 * A date cell of any export: a serial number, a Date a reader made, `DD/MM/YYYY`,
 * `YYYY-MM-DD` (with a time after it or not), or a serial written as text. Undefined for an
 * empty cell, null for a cell that holds something else.
 */
export function fromCell(value: string | number | boolean | Date | null | undefined): string | undefined | null {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return fromSerial(value) ?? null;
  if (typeof value === 'boolean') return null;
  const text = value.trim();
  if (text === '') return undefined;
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (withTime) return fromDayMonthYear(withTime[1]!) ?? null;
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text)) ?? null;
  return fromDayMonthYear(text) ?? fromCompact(text) ?? null;
}

/** The last ISO date a text names: the snapshot day in `dspt-trusts-snapshot-2023-11-16.csv`. */
export function isoDateIn(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) found = fromDayMonthYear(m[0]) ?? found;
  return found;
}
