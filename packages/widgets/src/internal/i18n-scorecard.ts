/**
 * The scorecard's own words, in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */
import { enCount } from './i18n.js';

export const scorecardWords = {
  outOf100: 'out of 100',
  level: (label: string, value: string) => `Level ${value}: ${label}`,
  answered: (answered: number, total: number, percent: string) => `${percent} answered (${answered} of ${total})`,
  levelHeading: 'Level',
  answeredHeading: 'Answered',
  domains: 'Domains',
  change: 'Change',
  direction: { up: 'up', down: 'down', same: 'no change', unknown: 'not comparable' } as Record<string, string>,
  points: (n: string) => `${n} points`,
  plannedBy: (date: string) => `planned by ${date}`,
  barriersOn: (n: number) =>
    n === 1 ? 'barriers reported on 1 indicator' : `barriers reported on ${enCount(n)} indicators`,
};
