/**
 * `@openmaturity/widgets`: web components for open NHS digital-maturity data. Importing this
 * module registers every element (guarded: loading it twice never throws).
 *
 * @packageDocumentation
 */
import './assessment-editor/define.js';
import './benchmark-chart/define.js';
import './conformance-badge/define.js';
import './conformance-summary/define.js';
import './priority-checklist/define.js';
import './scorecard/define.js';
import './statement-list/define.js';
import './standards-adoption/define.js';

export { OmAssessmentEditor, type AssessmentChangeDetail } from './assessment-editor/assessment-editor.js';
export { OmBenchmarkChart } from './benchmark-chart/benchmark-chart.js';
export { OmConformanceSummary, type CohortSelectDetail } from './conformance-summary/conformance-summary.js';
export { OmConformanceBadge } from './conformance-badge/conformance-badge.js';
export { OmPriorityChecklist, type TickChangeDetail } from './priority-checklist/priority-checklist.js';
export { OmScorecard, type DomainSelectDetail } from './scorecard/scorecard.js';
export { OmStatementList } from './statement-list/statement-list.js';
export { OmStandardsAdoption } from './standards-adoption/standards-adoption.js';
export { defineElement, VERSION, type VersionedElement } from './internal/define.js';
