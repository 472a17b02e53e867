/**
 * The standards adoption element's own words, in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */
import { enCount } from './i18n.js';

export const adoptionWords = {
  adoptionTitle: 'Standards adoption',
  standard: 'Standard',
  /** A standard's version, said as such: the Standards Directory's are dates ("SNOMED CT 2021-12-31" read as part of the name). */
  standardVersion: (version: string) => `version ${version}`,
  mandatedFrom: 'Mandated from',
  stages: { 'not-started': 'Not started', planning: 'Planning', implementing: 'Implementing', live: 'Live' } as Record<
    string,
    string
  >,
  responding: 'Responding',
  // The charts' words say this too (i18n-charts.ts): said again here, so that a page with this
  // element does not load every chart word (1 kB gzip) for one, nor every other page this one.
  organisations: (n: number) => (n === 1 ? '1 organisation' : `${enCount(n)} organisations`),
  mostReported: 'Most reported barriers',
  liveChange: 'Change in live',
  tooFew: (n: number) => `Too few responses to show (${enCount(n)})`,
  noResponses: 'No responses',
  documentNumber: (n: number) => `document ${n}`,
  signalsTitle: 'Timelines at risk',
  noSignals: 'No mandate timeline looks at risk.',
  signals: {
    'mandated-while-draft': (name: string, date: string) =>
      `${name} is mandated from ${date} while it is still a draft.`,
    'mandate-passed': (name: string, date: string, live: string, of: string) =>
      `${name} has been mandated since ${date}, but only ${live} of ${of} are live.`,
    'mandate-approaching': (name: string, date: string, live: string, of: string) =>
      `${name} is mandated from ${date}, and only ${live} of ${of} are live.`,
  },
  pointsChange: (n: string) => `${n} points`,
};
