/**
 * The words of the analysts' elements: the benchmark chart, the conformance summary and the
 * statement list, in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */
import { enCount } from './i18n.js';

export const chartWords = {
  status: 'Status',
  organisations: (n: number) => (n === 1 ? '1 organisation' : `${enCount(n)} organisations`),
  charts: {
    conformanceBy: (standard: string) => `${standard}: conformance`,
    groupings: {
      all: 'all organisations',
      region: 'region',
      icb: 'integrated care board',
      type: 'type of organisation',
      sector: 'sector',
      custom: 'group',
    } as Record<string, string>,
    asOf: (date: string, by: string) => `As of ${date}, by ${by}`,
    overall: 'All organisations',
    cohort: 'Cohort',
    statusWords: (label: string, count: string, share: string) => `${label} ${count} (${share})`,
    cohortWords: (cohort: string, organisations: string, statuses: string) =>
      `${cohort}: ${organisations}. ${statuses}.`,
    suppressed: (n: number) => `Too few organisations to show figures (${enCount(n)})`,
    publishedAs: 'Published as',
    expired: (n: string) => `${n} expired by this date`,
    showOrganisations: (cohort: string) => `Show the organisations of ${cohort}`,
    then: 'Then',
    now: 'Now',
    changeSince: (date: string) => `Change since ${date}`,
    changeWords: (improved: string, worsened: string, unchanged: string, other: string) =>
      `${improved} improved, ${worsened} worsened, ${unchanged} unchanged, ${other} other`,
    improved: 'Improved',
    worsened: 'Worsened',
    unchanged: 'Unchanged',
    other: 'Other',
    unmatched: (n: number) =>
      n === 1
        ? '1 organisation could not be matched between the snapshots'
        : `${enCount(n)} organisations could not be matched between the snapshots`,
    notInLater: 'not in the later snapshot',
    notInEarlier: 'new in the later snapshot',
    expiredHeading: 'Expired',
    organisationsHeading: 'Organisations',
    thisOrganisation: 'This organisation',
    range: 'Range',
    overallScore: 'Overall',
    noBenchmark: 'No cohort benchmark was given: the scores are shown alone.',
    distributionWords: (median: string, lower: string, upper: string, min: string, max: string, count: string) =>
      `Cohort median ${median}, middle half ${lower} to ${upper}, range ${min} to ${max}, ${count}`,
    scoreWords: (score: string) => `Score ${score}`,
    quarters: {
      1: 'in the lowest quarter of the cohort',
      2: 'below the median, in the middle half',
      3: 'above the median, in the middle half',
      4: 'in the highest quarter of the cohort',
    } as Record<number, string>,
    against: (cohort: string) => `Against ${cohort}`,
    lowerQuartile: 'Lower quartile',
    upperQuartile: 'Upper quartile',
    lowest: 'Lowest',
    highest: 'Highest',
    count: 'Organisations',
  },
  list: {
    title: 'Organisations',
    search: 'Name or ODS code',
    allStatuses: 'All statuses',
    allCohorts: 'All',
    showing: (shown: string, total: string) => `Showing ${shown} of ${total} organisations`,
    none: 'No organisation matches these filters.',
  },
};
