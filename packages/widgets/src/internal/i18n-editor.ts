/**
 * The assessment editor's words, in English here and in Welsh in i18n-editor-cy.ts: part of the
 * i18n module, kept in their own files so that the other elements' bundles do not carry the
 * editor's strings (about 1 kB gzip each). Chosen by the same `lang` as every other string.
 */
import { lazyWelsh } from './i18n.js';

const en = {
  title: 'Your assessment',
  overview: 'Domains to answer',
  backToOverview: 'Back to all domains',
  nextDomain: (name: string) => `Next domain: ${name}`,
  domainStatus: { notStarted: 'Not started', inProgress: 'In progress', completed: 'Completed' },
  answeredOf: (answered: number, total: number) => `${answered} of ${total} answered`,
  download: 'Download the assessment',
  downloadHint: (file: string) => `Saves ${file} on this device.`,
  open: 'Open an assessment file',
  openFailed: 'That file could not be opened:',
  opened: (file: string) => `Opened ${file}.`,
  errorSummary: 'There is a problem',
  problem: (expected: string, found: string) => `Expected ${expected}, found ${found}.`,
  problemAt: (where: string, expected: string, found: string) => `${where}: expected ${expected}, found ${found}.`,
  draftRestored: 'Your draft from this browser has been restored.',
  discardDraft: 'Discard draft',
  draftDiscarded: 'The draft has been discarded.',
  privacy: 'Your answers are kept as a draft in this browser only. Nothing leaves this page until you download it.',
  clearAnswer: 'Clear answer',
  notAnsweredYet: 'Not answered yet',
  percentLabel: 'Percentage',
  percentHint: (better: 'higher' | 'lower'): string =>
    better === 'lower' ? 'A number from 0 to 100. Lower is better.' : 'A number from 0 to 100. Higher is better.',
  guidance: 'Guidance',
  standards: 'Related standards',
  standardWithStatus: (name: string, status: string) => `${name} (${status})`,
  draftStandard: 'draft: still being written, it may change',
  moreAboutAnswer: 'Evidence, confidence, barriers and plans',
  evidenceLabel: 'Evidence links',
  evidenceHint: 'Web addresses starting with https://, one per line.',
  commentLabel: 'Comment',
  confidenceLabel: 'Confidence',
  confidenceNone: 'Not said',
  confidence: {
    'self-assessed': 'Self-assessed',
    'peer-reviewed': 'Peer reviewed',
    'externally-validated': 'Externally validated',
  } as Record<string, string>,
  plannedLabel: 'Planned date',
  plannedHint: 'When you plan to meet this indicator.',
  about: 'About this assessment',
  organisationLabel: 'Organisation ODS code',
  organisationHint: 'For example, RX9.',
  periodLabel: 'Period',
  periodHint: 'For example, 2024-25 (1 April 2024 to 31 March 2025).',
  priorities: 'Local priorities',
  prioritiesHint: 'Your own weight for a domain or an indicator, and why it matters locally.',
  addPriority: 'Add a local priority',
  priorityHeading: (n: number) => `Local priority ${n}`,
  removePriority: (n: number) => `Remove local priority ${n}`,
  priorityTarget: 'Domain or indicator',
  chooseTarget: 'Choose a domain or an indicator',
  weightLabel: 'Weight',
  weightHint: 'A number of 0 or more; 1 is as the framework weighs it.',
  reasonLabel: 'Reason',
  signOff: 'Sign-off',
  signOffName: 'Name',
  signOffRole: 'Role (optional)',
  signOffDate: 'Date signed off',
  preview: 'Preview of your scores',
  previewUnavailable: 'The preview appears once the organisation and period are valid.',
  general: 'The assessment',
};

type EditorMessages = typeof en;

const words = lazyWelsh(en, () => import('./i18n-editor-cy.js').then((m) => m.cy));

export type { EditorMessages };

/** Resolves when the editor's words in `lang` are loaded; undefined when they are already. */
export const editorWordsReady = words.ready;

/** The editor's words in a language; English until {@link editorWordsReady} has loaded the Welsh. */
export const editorMessagesFor = words.of;
