/**
 * Checks that go beyond the shape of one field, and so beyond JSON Schema: a framework whose
 * ids clash, whose references dangle or whose prerequisites loop cannot be scored or
 * prioritised; a period that ends before it starts, quartiles out of order, or figures left in
 * a suppressed summary are contradictions a reader must not be shown. Each kind's descriptor
 * holds its own checks.
 */
import { descriptorOf, type AnyDocument } from './documents.js';
import type { DocumentIssue } from './issues.js';

/** Every problem of integrity in a document whose shape is already valid. */
export function checkIntegrity(document: AnyDocument): DocumentIssue[] {
  return descriptorOf(document.kind).integrity?.(document as never) ?? [];
}

export { checkFrameworkIntegrity } from './kinds/framework.js';
