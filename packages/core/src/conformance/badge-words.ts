/**
 * The words of the static SVG badge that are not status names (those are in
 * {@link statusDisplays}), in English and Welsh. Dates are written from fixed month names,
 * not `Intl`, so the same statement gives the same bytes on every machine.
 */
import type { DisplayLanguage } from './status-display.js';

/**
 * The words of the badge in one language.
 *
 * @example
 * ```ts
 * const words: BadgeWords = badgeWords.cy;
 * ```
 */
export interface BadgeWords {
  /** The visible expiry, short: `until 31 Mar 2027`. */
  until: (date: string) => string;
  /** The visible expiry of a statement that has lapsed. */
  expired: (date: string) => string;
  /** Shown when the caller has verified the signature. */
  verified: string;
  /** The full sentence for assistive technology and the tooltip. */
  sentence: (parts: {
    subject: string;
    standard: string;
    status: string;
    validity: string;
    verifiedBy?: string | true;
  }) => string;
  validUntil: (date: string) => string;
  expiredOn: (date: string) => string;
  noExpiry: string;
  shortMonths: readonly string[];
  months: readonly string[];
}

/**
 * The badge's words by language.
 *
 * @example
 * ```ts
 * badgeWords.cy.until('31 Maw 2027'); // 'tan 31 Maw 2027'
 * ```
 */
export const badgeWords: Readonly<Record<DisplayLanguage, BadgeWords>> = {
  en: {
    until: (date) => `until ${date}`,
    expired: (date) => `expired ${date}`,
    verified: 'verified',
    sentence: ({ subject, standard, status, validity, verifiedBy }) =>
      `${subject}: ${standard}, ${status}, ${validity}.${verifiedBy === true ? ' Signature verified.' : verifiedBy ? ` Signature verified, issued by ${verifiedBy}.` : ''}`,
    validUntil: (date) => `valid until ${date}`,
    expiredOn: (date) => `expired on ${date}`,
    noExpiry: 'no expiry date',
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  cy: {
    until: (date) => `tan ${date}`,
    expired: (date) => `daeth i ben ${date}`,
    verified: 'wedi’i wirio',
    sentence: ({ subject, standard, status, validity, verifiedBy }) =>
      `${subject}: ${standard}, ${status}, ${validity}.${verifiedBy === true ? ' Llofnod wedi’i wirio.' : verifiedBy ? ` Llofnod wedi’i wirio, cyhoeddwyd gan ${verifiedBy}.` : ''}`,
    validUntil: (date) => `yn ddilys tan ${date}`,
    expiredOn: (date) => `daeth i ben ar ${date}`,
    noExpiry: 'dim dyddiad dod i ben',
    shortMonths: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
    months: [
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ],
  },
};

/**
 * An ISO date as people read it, from fixed month names: `31 March 2027`, or with
 * `short`, `31 Mar 2027`.
 *
 * @example
 * ```ts
 * formatBadgeDate('2027-03-31', 'cy', true); // '31 Maw 2027'
 * ```
 */
export function formatBadgeDate(isoDate: string, lang: DisplayLanguage, short = false): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const words = badgeWords[lang];
  return `${day} ${(short ? words.shortMonths : words.months)[month - 1]} ${year}`;
}
