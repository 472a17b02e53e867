/**
 * `@openmaturity/core`: the open maturity-data format for the NHS.
 *
 * - The format: zod schemas of each document kind, their inferred types, and validation
 *   ({@link parseDocument}, {@link validateAssessment}) with errors that name the JSON path.
 * - The engine: scores, benchmarks, ranks, trends and the priority checklist.
 * - The client: reads published documents (validated, de-duplicated, cached) and the publishing layout.
 * - Verifiable conformance: keys, signatures, verification, Open Badges export, static SVG badges.
 * - The importers of real NHS data: DSPT statuses and the ODS trust file.
 *
 * @packageDocumentation
 */
export { OpenMaturityError, isOpenMaturityError, errorGuard } from './errors.js';

export * from './format/shared.js';
export * from './format/kinds/framework.js';
export * from './format/kinds/organisation.js';
export * from './format/kinds/assessment.js';
export * from './format/kinds/standard.js';
export * from './format/kinds/conformance-statement.js';
export * from './format/kinds/benchmark.js';
export {
  schemas,
  documentKinds,
  AnyDocument,
  isDocumentKind,
  kinds,
  type AnyKind,
  type DocumentKind,
  type DocumentOf,
} from './format/documents.js';
export type { KindDescriptor, KindSchema, NamedPath, PathBuilder, Publishing } from './format/kind.js';
export {
  parseDocument,
  safeParseDocument,
  parseDocumentText,
  documentIssues,
  type ParseOptions,
  type ParseResult,
} from './format/parse.js';
export { scriptJson, inlineScript } from './format/inline-json.js';
export { validateAssessment } from './format/validate-assessment.js';
export { newAssessment, periodFromId, assessmentId } from './format/new-assessment.js';
export { checkIntegrity, checkFrameworkIntegrity } from './format/integrity.js';
export { InvalidDocumentError, isInvalidDocumentError } from './format/invalid-document-error.js';
export { formatPath, describeValue, type DocumentIssue, type IssueCode } from './format/issues.js';
export { toJsonSchema, allJsonSchemas, SCHEMA_BASE_URL } from './format/json-schema.js';
export {
  findCycle,
  orderByPrerequisites,
  type IndexGraph,
  type PrerequisiteGraph,
} from './graph/prerequisite-graph.js';
export * from './import/index.js';
export { scoreAnswer, targetOf, isMet } from './engine/measures.js';
export {
  score,
  levelFor,
  type ScoreResult,
  type ScoreSummary,
  type DomainScore,
  type IndicatorScore,
  type Coverage,
  type Contribution,
  type StageResult,
} from './engine/score.js';
export { prioritise, type PriorityItem, type PriorityOptions, type PriorityReason } from './engine/prioritise.js';
export {
  benchmark,
  benchmarkBuilder,
  rank,
  quarterOf,
  MIN_COHORT_SIZE,
  type BenchmarkOptions,
  type BenchmarkBuilder,
  type Ranked,
  type Rank,
} from './engine/benchmark.js';
export {
  cohortOf,
  cohortFields,
  UNKNOWN_COHORT,
  ALL_COHORT,
  type CohortBy,
  type CohortField,
  type CohortMember,
  type CohortRef,
} from './engine/cohorts.js';
export {
  summariseStatements,
  compareSnapshots,
  snapshotDate,
  publishedWording,
  conformanceStatuses,
  type StatementSummary,
  type StatementSummaryOptions,
  type StatementMember,
  type CohortConformance,
  type StatusCount,
  type WordingCount,
  type SnapshotChange,
  type SnapshotChangeOptions,
  type CohortChange,
  type StatusMove,
  type WordingMove,
  type UnmatchedOrganisation,
} from './engine/statement-summary.js';
export { trend, type Trend, type Change, type Direction, type Scored } from './engine/trend.js';
export { quantile, fiveNumbers } from './engine/statistics.js';
export * from './conformance/index.js';
export * from './client/index.js';
export {
  BarrierCode,
  barrierCodes,
  Barrier,
  AdoptionStage,
  adoptionStages,
  StandardAdoption,
} from './format/local-voice.js';
export {
  countBarriers,
  summariseAdoption,
  adoptionOverTime,
  timelineSignals,
  type BarrierCounts,
  type BarrierTally,
  type AdoptionSummary,
  type StandardAdoptionSummary,
  type AdoptionOverTime,
  type TimelineSignal,
  type LocalVoiceOptions,
} from './engine/local-voice.js';
