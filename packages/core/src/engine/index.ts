/**
 * `@openmaturity/core/engine`: pure functions over documents. Scores, the priority checklist,
 * benchmarks and ranks, trends, cohort summaries of conformance statements and the change
 * between two snapshots, and the local voice (barriers, adoption over time).
 *
 * The names are listed one by one, on purpose: what is not here (`quantile`, `round`) is
 * internal and may change in any release.
 *
 * @packageDocumentation
 */
export { scoreAnswer, targetOf, isMet } from './measures.js';
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
} from './score.js';
export { prioritise, type PriorityItem, type PriorityOptions, type PriorityReason } from './prioritise.js';
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
} from './benchmark.js';
export {
  cohortOf,
  cohortFields,
  UNKNOWN_COHORT,
  ALL_COHORT,
  type CohortBy,
  type CohortField,
  type CohortMember,
  type CohortRef,
} from './cohorts.js';
export {
  summariseStatements,
  compareSnapshots,
  conformanceSummaryDocument,
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
  type ConformanceSummaryDocumentOptions,
} from './statement-summary.js';
export { trend, type Trend, type Change, type Direction, type Scored } from './trend.js';
export { fiveNumbers } from './statistics.js';
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
} from './local-voice.js';
export { adoptionSummaryDocument, cohortsByPeriod, type AdoptionSummaryDocumentOptions } from './adoption-summary.js';
