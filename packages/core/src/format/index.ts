/**
 * `@openmaturity/core/format`: the open format. The zod schema and type of each document kind
 * and of their parts, the shared pieces (identifiers, dates, ODS codes, versions), parsing and
 * validation with errors that name the JSON path, the JSON Schemas, the prerequisite graph and
 * the order of versions and periods.
 *
 * The names are listed one by one, on purpose: what is not here (`describe`, `envelope`, each
 * kind's descriptor constant) is internal and may change in any release.
 *
 * @packageDocumentation
 */
export { OpenMaturityError, isOpenMaturityError, errorGuard } from '../errors.js';
export {
  SCHEMA_VERSION,
  SUPPORTED_MAJOR,
  MAX_NUMBER,
  FiniteNumber,
  MAX_WEIGHT,
  Weight,
  Identifier,
  ODS_CODE_EXPECTED,
  ODS_CODE_PATTERN,
  OdsCode,
  IsoDate,
  IsoDateTime,
  HttpUrl,
  Label,
  Prose,
  RegisterCode,
  SchemaVersion,
  Link,
  Source,
  FrameworkRef,
  Period,
} from './shared.js';
export {
  ScaleLevel,
  Scale,
  ChoiceOption,
  Measure,
  type MeasureType,
  Tier,
  Domain,
  Indicator,
  Stage,
  ScoringMethod,
  Framework,
} from './kinds/framework.js';
export { OrganisationType, Area, OrganisationRef, Organisation, organisationKey } from './kinds/organisation.js';
export {
  Confidence,
  AssessmentStatus,
  ResponseValue,
  Response,
  LocalPriority,
  SignOff,
  Assessment,
} from './kinds/assessment.js';
export { StandardStatus, StandardRef, ReferenceCode, Standard } from './kinds/standard.js';
export {
  ConformanceStatus,
  Subject,
  Issuer,
  Proof,
  ConformanceStatement,
  conformanceSubject,
} from './kinds/conformance-statement.js';
export { Summary, Cohort, Benchmark } from './kinds/benchmark.js';
export { ConformanceSummary } from './kinds/conformance-summary.js';
export { StandardsAdoptionSummary } from './kinds/standards-adoption-summary.js';
export { BarrierCode, barrierCodes, Barrier, AdoptionStage, adoptionStages, StandardAdoption } from './local-voice.js';
export {
  schemas,
  documentKinds,
  AnyDocument,
  isDocumentKind,
  kinds,
  type AnyKind,
  type DocumentKind,
  type DocumentOf,
} from './documents.js';
export type { KindDescriptor, KindSchema, NamedPath, PathBuilder, Publishing } from './kind.js';
export {
  parseDocument,
  safeParseDocument,
  parseDocumentText,
  documentIssues,
  type ParseOptions,
  type ParseResult,
} from './parse.js';
export { parseAs, safeParseAs, documentIssuesAs, type DocumentOfKinds } from './parse-as.js';
// Each kind's descriptor, for parseAs and readers: a bundle that names only the kinds it reads
// carries only their schemas.
export { frameworkKind } from './kinds/framework.js';
export { organisationKind } from './kinds/organisation.js';
export { assessmentKind } from './kinds/assessment.js';
export { standardKind } from './kinds/standard.js';
export { conformanceStatementKind } from './kinds/conformance-statement.js';
export { benchmarkKind } from './kinds/benchmark.js';
export { conformanceSummaryKind } from './kinds/conformance-summary.js';
export { standardsAdoptionSummaryKind } from './kinds/standards-adoption-summary.js';
export { scriptJson, inlineScript } from './inline-json.js';
export { validateAssessment } from './validate-assessment.js';
export {
  measureTypes,
  measureRule,
  type MeasureRule,
  type MeasureOf,
  type AnswerWords,
  type Answer,
} from './measure-types.js';
export { newAssessment, periodFromId, assessmentId } from './new-assessment.js';
export { checkIntegrity, checkFrameworkIntegrity } from './integrity.js';
export { InvalidDocumentError, isInvalidDocumentError } from './invalid-document-error.js';
export { parseJsonText } from './json-text.js';
export { formatPath, describeValue, type DocumentIssue, type IssueCode } from './issues.js';
export { toJsonSchema, allJsonSchemas, SCHEMA_BASE_URL } from './json-schema.js';
export { compareVersions, comparePeriods } from './ordering.js';
export { findCycle, type PrerequisiteGraph } from '../graph/find-cycle.js';
export { orderByPrerequisites, type IndexGraph } from '../graph/prerequisite-graph.js';
