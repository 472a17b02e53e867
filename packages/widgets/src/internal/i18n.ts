/** The words the elements show, in English and Welsh; the element's `lang` chooses. */
import type { DisplayLanguage } from '@openmaturity/core';

const messages = {
  en: {
    validUntil: (date: string) => `valid until ${date}`,
    expired: (date: string) => `expired on ${date}`,
    evidence: 'Evidence',
    invalidData: 'This information could not be shown because its data is not valid:',
    noData: 'No data has been given to this element.',
  },
  cy: {
    validUntil: (date: string) => `yn ddilys tan ${date}`,
    expired: (date: string) => `daeth i ben ar ${date}`,
    evidence: 'Tystiolaeth',
    invalidData: 'Nid oedd modd dangos yr wybodaeth hon am nad yw ei data’n ddilys:',
    noData: 'Nid oes data wedi’i roi i’r elfen hon.',
  },
} as const;

export type Messages = (typeof messages)[DisplayLanguage];

/** The language of an element: its own `lang` or its nearest ancestor's, Welsh or English. */
export function languageOf(element: Element): DisplayLanguage {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

export const messagesFor = (lang: DisplayLanguage): Messages => messages[lang];

const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/**
 * Formats an ISO date (`2027-03-31`) as people read it: `31 March 2027`, `31 Mawrth 2027`.
 * Some browsers ship without Welsh locale data (Debian's Chromium among them) and would
 * silently fall back to American English, so Welsh months are named here when `cy` is missing.
 */
export function formatDate(isoDate: string, lang: DisplayLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (lang === 'cy' && Intl.DateTimeFormat.supportedLocalesOf(['cy']).length === 0) {
    return `${date.getUTCDate()} ${WELSH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
