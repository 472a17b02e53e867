/**
 * Every element's words together: the type the Welsh words (i18n-cy.ts) give, and what
 * i18n.test.ts compares language by language. No element imports it: each imports only the
 * i18n-<area>.ts modules it shows.
 */
import { elementWords, type CommonWords } from './i18n.js';
import { adoptionWords } from './i18n-adoption.js';
import { badgeWords } from './i18n-badge.js';
import { chartWords } from './i18n-charts.js';
import { checklistWords } from './i18n-checklist.js';
import { figureWords } from './i18n-figures.js';
import { responseWords } from './i18n-responses.js';
import { scorecardWords } from './i18n-scorecard.js';

const all = {
  ...figureWords,
  ...scorecardWords,
  ...checklistWords,
  ...responseWords,
  ...badgeWords,
  ...chartWords,
  ...adoptionWords,
};

/** Every word the elements show. */
export type Messages = CommonWords & typeof all;

/** Every element's words, in English and (once loaded) in Welsh. */
export const allWords = elementWords(all);

/** Resolves when the words of `lang` are loaded; undefined when they are already (English always is). */
export const wordsReady = allWords.ready;

/** Every element's words in `lang`; English until {@link wordsReady} has loaded the Welsh. */
export const messagesFor = allWords.of;
