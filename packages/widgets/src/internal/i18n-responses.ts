/**
 * The words of an assessment's responses: answers, barriers and standards (the checklist, the
 * editor, standards adoption), in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */

export const responseWords = {
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  levelValue: (value: string) => `level ${value}`,
  barriersLabel: 'Barriers',
  barrierNames: {
    funding: 'Funding',
    'workforce-and-skills': 'Workforce and skills',
    'supplier-readiness': 'Supplier readiness',
    'standard-not-ready': 'Standard not ready',
    infrastructure: 'Infrastructure',
    'competing-priorities': 'Competing priorities',
    timeline: 'Timeline',
  } as Record<string, string>,
  standardStatus: { draft: 'Draft', active: 'Active', retired: 'Retired' } as Record<string, string>,
};
