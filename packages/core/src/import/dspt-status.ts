/** The statuses of the DSPT published list, such as `22/23 Standards Met`, in the format's terms. */
import type { ConformanceStatus } from '../format/kinds/conformance-statement.js';

/** What the DSPT portal says of an organisation, without the year. */
export type DsptOutcome = 'exceeded' | 'met' | 'approaching' | 'not-fully-met' | 'not-met' | 'not-published';

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
  'approaching standards': { outcome: 'approaching', status: 'partially-conformant' },
  // The name of "Approaching Standards" in the lists before 2022-23.
  'standards not fully met (plan agreed)': { outcome: 'not-fully-met', status: 'partially-conformant' },
  'standards not met': { outcome: 'not-met', status: 'not-conformant' },
  // Nothing published is not a result: "in-progress" says only that none is known.
  'not published': { outcome: 'not-published', status: 'in-progress' },
};

/**
 * Reads a status of the list: an optional year prefix (`22/23` or `2022/23`) and the words.
 * Undefined for words this reader does not know or a prefix that is not two consecutive years.
 */
export function parseDsptStatus(text: string): DsptStatus | undefined {
  const m = /^(?:(\d{2}|\d{4})\/(\d{2})\s+)?(\S.*)$/.exec(text.trim());
  if (!m) return undefined;
  const known = OUTCOMES[m[3]!.toLowerCase().replace(/\s+/g, ' ')];
  if (!known) return undefined;
  if (m[1] === undefined) return { year: undefined, ...known };
  const year = dsptYear(m[1], m[2]!);
  return year ? { year, ...known } : undefined;
}

/** `2022-23` from `22`/`2022` and `23`; undefined when the years do not follow each other. */
export function dsptYear(start: string, end: string): string | undefined {
  const first = start.length === 2 ? 2000 + Number(start) : Number(start);
  if ((first + 1) % 100 !== Number(end)) return undefined;
  return `${first}-${end}`;
}

/**
 * Until when a year's status stands: a DSPT year's assessment is due by 30 June after the
 * year ends and replaced by the next one a year later, so 2022-23 stands until 2024-06-30.
 */
export function dsptExpiry(year: string): string {
  return `${Number(year.slice(0, 4)) + 2}-06-30`;
}
