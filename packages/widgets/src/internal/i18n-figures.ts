/**
 * The words of the figures several elements share (the scorecard, the checklist, the benchmark
 * chart, the conformance summary's table toggle, standards adoption's periods), in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */

export const figureWords = {
  since: (period: string) => `since ${period}`,
  score: 'Score',
  noScore: 'No score yet',
  domain: 'Domain',
  cohortMedian: 'Cohort median',
  cohortQuartiles: 'Middle half of cohort',
  cohortSuppressed: 'Cohort too small to compare',
  showTable: 'Show the figures as a table',
  hideTable: 'Hide the table',
};
