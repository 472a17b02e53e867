/**
 * The editor's draft, kept in this browser only (localStorage), keyed by organisation,
 * framework version and period so that two assessments never overwrite each other. Storage
 * can be full or refused (private windows, a locked-down intranet browser): then the draft is
 * simply not kept, and the editor still works.
 */
import type { Assessment } from '@openmaturity/core';
import { assessmentKind, safeParseAs } from '@openmaturity/core/format';

const PREFIX = 'openmaturity:assessment-draft:';

/** The key of an assessment's draft. */
export const draftKey = (assessment: Pick<Assessment, 'organisation' | 'framework' | 'period'>): string =>
  `${PREFIX}${assessment.organisation.odsCode}|${assessment.framework.id}@${assessment.framework.version}|${assessment.period.id}`;

/** The draft kept under this key, when there is one and it is still an assessment. */
export function readDraft(key: string): Assessment | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const parsed = safeParseAs(JSON.parse(text), assessmentKind);
    // A draft may hold answers that do not fit yet (it is a draft): only its shape must hold.
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, assessment: Assessment): void {
  try {
    localStorage.setItem(key, JSON.stringify(assessment));
  } catch {
    // Full or refused: the draft is not kept, and nothing else changes.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to remove where storage is refused.
  }
}
