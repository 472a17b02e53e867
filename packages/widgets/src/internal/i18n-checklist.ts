/**
 * The priority checklist's own words, in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */
import type { Tier } from '@openmaturity/core';
import { enCount } from './i18n.js';

export const checklistWords = {
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
  expectedGain: (gain: string, gap: string, weight: string, local?: string) =>
    `Expected gain ${gain} (gap of ${gap} points × weight ${weight}${local ? ` × local priority ${local}` : ''})`,
  comesEarly: (tier: string) => `Comes early: ${tier} work waits for it`,
  localPriority: (reasons: string) => `Local priority${reasons ? `: ${reasons}` : ''}`,
  step: (rank: number) => `Step ${rank}`,
  planned: (date: string) => `Planned: ${date}`,
};
