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
