/** The statuses of the DSPT published lists, of every year, in the format's terms. */
import type { ConformanceStatus } from '../format/kinds/conformance-statement.js';

/** What the DSPT portal says of an organisation, without the year. */
export type DsptOutcome =
  'exceeded' | 'met' | 'entry-level' | 'approaching' | 'not-fully-met' | 'not-met' | 'not-published';

/** A status of the published list, read. */
export interface DsptStatus {
  /** The DSPT year, `2022-23`, when the status names it (`Not Published` does not). */
  year: string | undefined;
  outcome: DsptOutcome;
  status: ConformanceStatus;
}

// Keys are the status words lower-cased with single spaces.
const OUTCOMES: Readonly<Record<string, { outcome: DsptOutcome; status: ConformanceStatus }>> = {
  'standards exceeded': { outcome: 'exceeded', status: 'conformant' },
  'standards met': { outcome: 'met', status: 'conformant' },
  // 2018-19's lowest passing tier, for small organisations: less than the standards, so partial.
  'entry level': { outcome: 'entry-level', status: 'partially-conformant' },
  'approaching standards': { outcome: 'approaching', status: 'partially-conformant' },
  // The name of "Approaching Standards" in the lists before 2022-23.
  'standards not fully met (plan agreed)': { outcome: 'not-fully-met', status: 'partially-conformant' },
  'standards not fully met': { outcome: 'not-fully-met', status: 'partially-conformant' },
  'standards not met': { outcome: 'not-met', status: 'not-conformant' },
  // Nothing published is not a result: "in-progress" says only that none is known.
  'not published': { outcome: 'not-published', status: 'in-progress' },
  '': { outcome: 'not-published', status: 'in-progress' },
};

/**
 * Reads a status of any year's list: an optional year prefix (`22/23`, `2022/23`), the words,
 * an optional year suffix (`Standards Met (19-20)`); an empty status is "not published".
 * Undefined for words this reader does not know or a year that is not two consecutive years.
 */
export function parseDsptStatus(text: string): DsptStatus | undefined {
  let words = text.trim().replace(/\s+/g, ' ');
  let year: string | undefined;
  const prefix = /^(\d{2}|\d{4})\/(\d{2}) (.*)$/.exec(words);
  if (prefix) {
    year = dsptYear(prefix[1]!, prefix[2]!);
    if (!year) return undefined;
    words = prefix[3]!;
  }
  const suffix = /^(.*?) ?\((\d{2}|\d{4})[-/](\d{2})\)$/.exec(words);
  if (suffix) {
    const named = dsptYear(suffix[2]!, suffix[3]!);
    if (!named || (year && year !== named)) return undefined;
    year = named;
    words = suffix[1]!;
  }
  const known = OUTCOMES[words.toLowerCase()];
  return known ? { year, ...known } : undefined;
}

/** `2022-23` from `22`/`2022` and `23`; undefined when the years do not follow each other. */
export function dsptYear(start: string, end: string): string | undefined {
  const first = start.length === 2 ? 2000 + Number(start) : Number(start);
  if ((first + 1) % 100 !== Number(end)) return undefined;
  return `${first}-${end}`;
}

/** The first DSPT year a text names, `2018-19` in `dspt-all-organisations-2018-19-publication.xlsx`. */
export function dsptYearIn(text: string): string | undefined {
  for (const m of text.matchAll(/(?<!\d)(20\d{2})[-_/](\d{2})(?!\d)/g)) {
    const year = dsptYear(m[1]!, m[2]!);
    if (year) return year;
  }
  return undefined;
}

/**
 * The DSPT year a publication date falls in: assessments are due by 31 March or 30 June after
 * the year ends (30 September in 2020, its deadline moved), so a date up to September belongs
 * to the year that ended before it: 2023-06-30 to 2022-23, 2019-03-29 to 2018-19.
 */
export function dsptYearOfDate(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const start = month <= 9 ? year - 1 : year;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Until when a year's status stands: a DSPT year's assessment is due by 30 June after the
 * year ends and replaced by the next one a year later, so 2022-23 stands until 2024-06-30.
 */
export function dsptExpiry(year: string): string {
  return `${Number(year.slice(0, 4)) + 2}-06-30`;
}
