/**
 * The words the elements show: the language of an element, numbers and dates as people read
 * them, and the words of every element's states (loading, errors, empty, stale). Each element's
 * own words are in English in i18n-<area>.ts and in Welsh in i18n-cy.ts; `elementWords` gives an
 * element these and its own, so that a page carries the words of the elements it shows and no
 * others. The `lang` of the element or its nearest ancestor chooses.
 */
import type { DisplayLanguage } from '@openmaturity/core/conformance';
import type { Messages } from './i18n-all.js';

// Counts printed in words are grouped as each language writes them ("31,968 organisations"):
// a message that takes a number formats it, so no caller can forget to.
export const enCount = (n: number) => formatNumber(n, 'en');

/** The words of the states every element shows, in English. */
export const commonWords = {
  noData: 'No data has been given to this element.',
  loading: 'Loading',
  retry: 'Try again',
  stale: 'Showing a saved copy: the latest version could not be loaded.',
  errors: {
    network: 'The data could not be loaded: the network did not answer.',
    timeout: 'The data could not be loaded: the server took too long to answer.',
    notFound: (url: string) => `Nothing is published at ${url}.`,
    frameworkNotFound: (url: string) =>
      `The framework of this assessment could not be found at ${url}, where the publishing layout puts it. Set framework-src to its address.`,
    more: (n: number) => (n === 1 ? 'and 1 more problem' : `and ${enCount(n)} more problems`),
    http: (status: number) => `The data could not be loaded: the server answered with error ${status}.`,
    invalid: 'The data is not valid:',
    wrongKind: (expected: string, found: string) =>
      `The data is a ${found} document, not the ${expected} this element shows.`,
    tooLarge: 'The data is larger than this page will load.',
    other: 'The data could not be shown.',
  },
};

/** The words of the states every element shows. */
export type CommonWords = typeof commonWords;

/**
 * One set of words in English, with its Welsh in a chunk of its own, loaded the first time an
 * element shows Welsh: `ready(lang)` is undefined when the words are there, else a promise of
 * them; `of(lang)` gives them. If the Welsh cannot be loaded, the element shows English rather
 * than nothing, and says why in the console.
 */
export function lazyWelsh<T>(english: T, load: () => Promise<T>) {
  let welsh: T | undefined;
  let loading: Promise<void> | undefined;
  return {
    ready: (lang: DisplayLanguage): Promise<void> | undefined =>
      lang === 'en' || welsh
        ? undefined
        : (loading ??= load().then(
            (loaded) => void (welsh = loaded),
            (error: unknown) =>
              console.warn('The Welsh words of the OpenMaturity elements could not be loaded.', error),
          )),
    of: (lang: DisplayLanguage): T => (lang === 'cy' && welsh) || english,
  };
}

/** The words of an element, in English and (once loaded) in Welsh: from {@link elementWords}. */
export type WordSet<T> = ReturnType<typeof lazyWelsh<T>>;

// Every element's Welsh words are one chunk, loaded once for all the elements of a page; the
// Welsh months (see formatDate) come with it.
let welsh: Promise<Messages> | undefined;
let welshMonths: readonly string[] | undefined;
const loadWelsh = () =>
  (welsh ??= import('./i18n-cy.js').then((m) => {
    welshMonths = m.welshMonths;
    return m.welsh((n) => formatNumber(n, 'cy'));
  }));

/**
 * An element's words: those of the states every element shows and `own` (from the i18n-<area>.ts
 * modules), in English at once; in Welsh from the one chunk of every element's Welsh words, which
 * hold these and more (i18n.test.ts checks that every English word has its Welsh).
 */
export function elementWords<T extends object>(own: T): WordSet<CommonWords & T> {
  return lazyWelsh({ ...commonWords, ...own }, loadWelsh as () => Promise<unknown> as () => Promise<CommonWords & T>);
}

/** The language of an element: its own `lang` or its nearest ancestor's, Welsh or English. */
export function languageOf(element: Element): DisplayLanguage {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

const hasWelsh = () => Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;

/**
 * Formats an ISO date (`2027-03-31`) as people read it: `31 March 2027`, `31 Mawrth 2027`.
 * Some browsers ship without Welsh locale data (Debian's Chromium among them) and would
 * silently fall back to American English, so Welsh months are named here when `cy` is missing:
 * from the chunk of Welsh words, which an element that shows Welsh has loaded before it renders
 * (English pages do not carry the months). Without either, the date is in British English.
 */
export function formatDate(isoDate: string, lang: DisplayLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const cy = lang === 'cy' && hasWelsh();
  if (lang === 'cy' && !cy && welshMonths)
    return `${date.getUTCDate()} ${welshMonths[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(cy ? 'cy' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Formats a number for people: `62.5`, `1,234`; a percentage from a ratio: `80%`. */
export function formatNumber(
  value: number,
  lang: DisplayLanguage,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 },
): string {
  return new Intl.NumberFormat(lang === 'cy' && hasWelsh() ? 'cy' : 'en-GB', options).format(value);
}

export const formatPercent = (ratio: number, lang: DisplayLanguage) =>
  formatNumber(ratio, lang, { style: 'percent', maximumFractionDigits: 0 });
