import { errorGuard, OpenMaturityError } from '../errors.js';
import type { DocumentIssue } from './issues.js';

const SHOWN = 10;

/**
 * Thrown when a document does not follow the format, or does not fit its framework.
 * `issues` lists every problem found, each with its JSON path; `source` names the file or
 * URL when the caller gave one.
 *
 * @example
 * ```ts
 * try { parseDocument(json, { source: 'rgt.json' }) }
 * catch (e) { if (isInvalidDocumentError(e)) for (const i of e.issues) console.log(i.message) }
 * ```
 */
export class InvalidDocumentError extends OpenMaturityError {
  static readonly code = 'ERR_INVALID_DOCUMENT';
  readonly issues: readonly DocumentIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly DocumentIssue[], options: { source?: string; cause?: unknown } = {}) {
    const where = options.source ? `${options.source}: ` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const lines = issues.slice(0, SHOWN).map((i) => `  - ${i.message}`);
    if (issues.length > SHOWN) lines.push(`  ... and ${issues.length - SHOWN} more`);
    super(InvalidDocumentError.code, `${where}invalid document, ${count}:\n${lines.join('\n')}`, {
      cause: options.cause,
    });
    this.name = 'InvalidDocumentError';
    this.issues = issues;
    this.source = options.source;
  }
}

/** True for an {@link InvalidDocumentError}, from this realm or another. */
export const isInvalidDocumentError = (error: unknown): error is InvalidDocumentError =>
  branded(error) ||
  // Also an unbranded object with the code and its issues (as documented before the brand).
  (typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === InvalidDocumentError.code &&
    Array.isArray((error as { issues?: unknown }).issues));
const branded = errorGuard<InvalidDocumentError>(InvalidDocumentError.code);
