/**
 * Every word the elements show, in English here and in Welsh in i18n-cy.ts: the one module that
 * knows strings shown to people. The `lang` of the element or its nearest ancestor chooses.
 */
import type { Tier } from '@openmaturity/core';
import type { DisplayLanguage } from '@openmaturity/core/conformance';

// Counts printed in words are grouped as each language writes them ("31,968 organisations"):
// a message that takes a number formats it, so no caller can forget to.
const enCount = (n: number) => formatNumber(n, 'en');

const en = {
  validUntil: (date: string) => `valid until ${date}`,
  expired: (date: string) => `expired on ${date}`,
  evidence: 'Evidence',
  invalidData: 'This information could not be shown because its data is not valid:',
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
  score: 'Score',
  outOf100: 'out of 100',
  level: (label: string, value: string) => `Level ${value}: ${label}`,
  answered: (answered: number, total: number, percent: string) => `${percent} answered (${answered} of ${total})`,
  notAnswered: 'Not answered',
  levelHeading: 'Level',
  answeredHeading: 'Answered',
  noScore: 'No score yet',
  domains: 'Domains',
  domain: 'Domain',
  cohortMedian: 'Cohort median',
  cohortQuartiles: 'Middle half of cohort',
  cohortSuppressed: 'Cohort too small to compare',
  change: 'Change',
  since: (period: string) => `since ${period}`,
  direction: { up: 'up', down: 'down', same: 'no change', unknown: 'not comparable' } as Record<string, string>,
  points: (n: string) => `${n} points`,
  showTable: 'Show the figures as a table',
  hideTable: 'Hide the table',
  domainButton: (name: string, score: string, level: string, answered: string) =>
    `${name}: ${score}. ${level}. ${answered}.`,
  tiers: { foundation: 'Foundation', core: 'Core', advanced: 'Advanced' } as Record<Tier, string>,
  allDomains: 'All domains',
  allTiers: 'All tiers',
  tier: 'Tier',
  filters: 'Filter the next steps',
  nextSteps: 'Next steps',
  blockedBy: 'Blocked by:',
  canStart: 'Can start now',
  showMore: (n: number) => `Show ${enCount(n)} more`,
  showing: (shown: number, total: number) => `Showing ${enCount(shown)} of ${enCount(total)} next steps`,
  done: 'Done',
  markDone: (name: string) => `Mark "${name}" as done on this device`,
  nothingToDo: 'Every indicator is met: there are no next steps.',
  ticksNote: 'Ticks are kept in this browser only.',
  current: 'Now',
  target: 'Target',
  yes: 'Yes',
  no: 'No',
  levelValue: (value: string) => `level ${value}`,
  expectedGain: (gain: string, gap: string, weight: string, local?: string) =>
    `Expected gain ${gain} (gap of ${gap} points × weight ${weight}${local ? ` × local priority ${local}` : ''})`,
  comesEarly: (tier: string) => `Comes early: ${tier} work waits for it`,
  localPriority: (reasons: string) => `Local priority${reasons ? `: ${reasons}` : ''}`,
  step: (rank: number) => `Step ${rank}`,
  verifiedBy: (issuer: string) => `Verified: signed by ${issuer}`,
  verifiedShort: 'Verified',
  notVerified: 'Not verified',
  claimed: (status: string) => `Claimed: ${status}`,
  exceeded: 'Conformant: standards exceeded',
  checking: 'Checking the signature',
  failures: {
    invalid: 'the statement is not valid',
    unsigned: 'the statement is not signed',
    'untrusted-issuer': 'its issuer is not one this page trusts',
    'keys-unavailable': 'the issuer’s keys could not be loaded',
    'unknown-key': 'it was signed with a key the issuer does not publish',
    'bad-signature': 'the signature does not match: the statement was changed after it was signed',
    'revocation-unavailable': 'the issuer’s list of revoked statements could not be read',
    revoked: 'the issuer has revoked it',
    options: 'this page’s trust settings cannot be used (see the developer console)',
    'not-yet-valid': 'it is not valid yet',
    expired: 'it has expired',
  } as Record<string, string>,
  subject: 'For',
  status: 'Status',
  scope: 'Scope',
  issuer: 'Issued by',
  issued: 'Issued',
  validity: 'Valid until',
  expiredHeading: 'Expired on',
  verification: 'Verification',
  barriersLabel: 'Barriers',
  planned: (date: string) => `Planned: ${date}`,
  plannedBy: (date: string) => `planned by ${date}`,
  barrierNames: {
    funding: 'Funding',
    'workforce-and-skills': 'Workforce and skills',
    'supplier-readiness': 'Supplier readiness',
    'standard-not-ready': 'Standard not ready',
    infrastructure: 'Infrastructure',
    'competing-priorities': 'Competing priorities',
    timeline: 'Timeline',
  } as Record<string, string>,
  barriersOn: (n: number) =>
    n === 1 ? 'barriers reported on 1 indicator' : `barriers reported on ${enCount(n)} indicators`,
  adoptionTitle: 'Standards adoption',
  organisations: (n: number) => (n === 1 ? '1 organisation' : `${enCount(n)} organisations`),
  standard: 'Standard',
  standardStatus: { draft: 'Draft', active: 'Active', retired: 'Retired' } as Record<string, string>,
  mandatedFrom: 'Mandated from',
  stages: { 'not-started': 'Not started', planning: 'Planning', implementing: 'Implementing', live: 'Live' } as Record<
    string,
    string
  >,
  responding: 'Responding',
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
  pointsChange: (n: string) => `${n} points`,
};

type Messages = typeof en;

const words = lazyWelsh(en, () => import('./i18n-cy.js').then((m) => m.welsh((n) => formatNumber(n, 'cy'))));

export type { Messages };

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

/** Resolves when the words of `lang` are loaded; undefined when they are already (English always is). */
export const wordsReady = words.ready;

/** The language of an element: its own `lang` or its nearest ancestor's, Welsh or English. */
export function languageOf(element: Element): DisplayLanguage {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** The words of `lang`; English until {@link wordsReady} has loaded the Welsh. */
export const messagesFor = words.of;

const WELSH_MONTHS = [
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
];
const hasWelsh = () => Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;

/**
 * Formats an ISO date (`2027-03-31`) as people read it: `31 March 2027`, `31 Mawrth 2027`.
 * Some browsers ship without Welsh locale data (Debian's Chromium among them) and would
 * silently fall back to American English, so Welsh months are named here when `cy` is missing.
 */
export function formatDate(isoDate: string, lang: DisplayLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (lang === 'cy' && !hasWelsh())
    return `${date.getUTCDate()} ${WELSH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', {
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
