/**
 * `@openmaturity/core`: the open maturity-data format for the NHS. This entry holds what most
 * users need; each area has a subpath with the rest of its public names:
 *
 * - `@openmaturity/core/format`: the zod schemas of each document kind and of their parts,
 *   parsing and validation, the JSON Schemas, the prerequisite graph.
 * - `@openmaturity/core/engine`: scores, benchmarks, ranks, trends, the priority checklist,
 *   cohort summaries of conformance statements, the local voice.
 * - `@openmaturity/core/client`: the client of the publishing layout, and the layout itself.
 * - `@openmaturity/core/conformance`: keys, signatures, verification, Open Badges, SVG badges.
 * - `@openmaturity/core/import`: the importers of real NHS data (DSPT, ODS, Standards Directory).
 *
 * Here: each document kind's schema and type, and the types of their parts; parsing and
 * validation with errors that name the JSON path; scoring, the priority checklist, benchmarks
 * and trends; reading published documents; verifying a conformance statement.
 *
 * @packageDocumentation
 */
export { OpenMaturityError, isOpenMaturityError } from './errors.js';
export {
  SCHEMA_VERSION,
  type FrameworkRef,
  type Link,
  type Period,
  type RegisterCode,
  type Source,
} from './format/shared.js';
export {
  Framework,
  type ChoiceOption,
  type Domain,
  type Indicator,
  type Measure,
  type MeasureType,
  type Scale,
  type ScaleLevel,
  type ScoringMethod,
  type Stage,
  type Tier,
} from './format/kinds/framework.js';
export { Organisation, type Area, type OrganisationRef, type OrganisationType } from './format/kinds/organisation.js';
export {
  Assessment,
  type AssessmentStatus,
  type Confidence,
  type LocalPriority,
  type Response,
  type ResponseValue,
  type SignOff,
} from './format/kinds/assessment.js';
export { Standard, type StandardRef, type StandardStatus } from './format/kinds/standard.js';
export {
  ConformanceStatement,
  type ConformanceStatus,
  type Issuer,
  type Proof,
  type Subject,
} from './format/kinds/conformance-statement.js';
export { Benchmark, type Cohort, type Summary } from './format/kinds/benchmark.js';
export { ConformanceSummary } from './format/kinds/conformance-summary.js';
export { StandardsAdoptionSummary } from './format/kinds/standards-adoption-summary.js';
export { documentKinds, AnyDocument, type DocumentKind, type DocumentOf } from './format/documents.js';
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
export { newAssessment } from './format/new-assessment.js';
export { InvalidDocumentError, isInvalidDocumentError } from './format/invalid-document-error.js';
export { formatPath, type DocumentIssue, type IssueCode } from './format/issues.js';
export { score, type ScoreResult, type DomainScore, type IndicatorScore } from './engine/score.js';
export { prioritise, type PriorityItem, type PriorityOptions } from './engine/prioritise.js';
export { benchmark, rank, type BenchmarkOptions, type Ranked } from './engine/benchmark.js';
export { trend, type Trend } from './engine/trend.js';
export {
  summariseStatements,
  compareSnapshots,
  conformanceSummaryDocument,
  type StatementSummary,
  type SnapshotChange,
} from './engine/statement-summary.js';
export {
  createClient,
  sharedClient,
  isNetworkError,
  isTimeoutError,
  isHttpStatusError,
  isNotFoundError,
  isWrongKindError,
  isResponseTooLargeError,
  isInvalidSegmentError,
  type Client,
  type ClientOptions,
} from './client/index.js';
export { verifyStatement, isExpired, type VerifyOptions, type VerificationResult } from './conformance/index.js';
