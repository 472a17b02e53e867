/**
 * Tidy tables of the format's documents: one row per response, score, statement or
 * organisation, each with the identifiers an analyst joins on (ODS code, region, ICB, period,
 * framework version). Column names are lower snake case, the same in CSV and JSON Lines, so
 * that Excel, Power BI, R, DuckDB and Spark read them as they are.
 */
import type { Assessment } from '../format/kinds/assessment.js';
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { Framework } from '../format/kinds/framework.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { cohortOf, successorCode } from '../engine/cohorts.js';
import type { ScoreResult } from '../engine/score.js';
import { publishedWording } from '../engine/statement-summary.js';
import { round } from '../engine/statistics.js';
import type { Cell } from './csv.js';

/** The tables `export` writes. */
export const exportTables = ['responses', 'scores', 'statements', 'organisations'] as const;
export type ExportTable = (typeof exportTables)[number];

/** The columns of each table, in order. */
export const tableColumns: Readonly<Record<ExportTable, readonly string[]>> = {
  organisations: [
    'ods_code',
    'name',
    'type',
    'region_code',
    'region_name',
    'icb_code',
    'icb_name',
    'successor_code',
    'opened',
    'closed',
    'postcode',
  ],
  statements: [
    'statement_id',
    'ods_code',
    'subject_name',
    'subject_type',
    'product',
    'standard_id',
    'standard_version',
    'status',
    'status_wording',
    'status_detail',
    'issued',
    'expires',
    'retrieved',
    'region_code',
    'region_name',
    'icb_code',
    'icb_name',
    'sector',
    'issuer_id',
  ],
  responses: [
    'ods_code',
    'assessment_id',
    'period',
    'period_start',
    'period_end',
    'framework_id',
    'framework_version',
    'indicator',
    'domain',
    'value',
    'score',
    'confidence',
    'status',
    'type',
    'region_code',
    'icb_code',
  ],
  scores: [
    'ods_code',
    'assessment_id',
    'period',
    'period_start',
    'period_end',
    'framework_id',
    'framework_version',
    'scope',
    'domain',
    'score',
    'level',
    'answered',
    'total',
    'coverage',
    'type',
    'region_code',
    'icb_code',
  ],
};

/** One row of the organisations table. */
export function organisationRow(o: Organisation): Cell[] {
  return [
    o.odsCode,
    o.name,
    o.type,
    o.region?.code,
    o.region?.name,
    o.icb?.code,
    o.icb?.name,
    successorCode((o as Record<string, unknown>).successor),
    o.opened,
    o.closed,
    o.postcode,
  ];
}

/**
 * One row of the statements table. Region, ICB and sector come from the organisation when
 * given, else from what the statement says of its subject.
 */
export function statementRow(s: ConformanceStatement, organisation?: Organisation): Cell[] {
  const member = organisation ? { statement: s, organisation } : { statement: s };
  const region = cohortOf(member, 'region');
  const icb = cohortOf(member, 'icb');
  return [
    s.id,
    s.subject.odsCode,
    s.subject.name,
    s.subject.type,
    s.subject.product?.name,
    s.standard.id,
    s.standard.version,
    s.status,
    publishedWording(s),
    s.statusDetail,
    s.issued,
    s.expires,
    s.source?.retrieved,
    region?.id,
    region?.label === region?.id ? undefined : region?.label,
    icb?.id,
    icb?.label === icb?.id ? undefined : icb?.label,
    cohortOf(member, 'sector')?.label,
    s.issuer.id,
  ];
}

const assessmentKeys = (a: Assessment): Cell[] => [
  a.organisation.odsCode,
  a.id,
  a.period.id,
  a.period.start,
  a.period.end,
  a.framework.id,
  a.framework.version,
];
const organisationKeys = (o: Organisation | undefined): Cell[] => [o?.type, o?.region?.code, o?.icb?.code];

/**
 * The rows of the responses table for one assessment. With the framework's score result,
 * each row carries the indicator's domain and its score from 0 to 100.
 */
export function responseRows(a: Assessment, result?: ScoreResult, organisation?: Organisation): Cell[][] {
  const scored = new Map(result?.indicators.map((i) => [i.indicator, i]));
  return a.responses.map((r) => {
    const indicator = scored.get(r.indicator);
    const value = r.value;
    return [
      ...assessmentKeys(a),
      r.indicator,
      indicator?.domain,
      typeof value === 'object' && value !== null ? JSON.stringify(value) : value,
      indicator?.score === undefined ? undefined : round(indicator.score),
      r.confidence,
      a.status,
      ...organisationKeys(organisation),
    ];
  });
}

/** The rows of the scores table for one scored assessment: overall, then each domain. */
export function scoreRows(a: Assessment, result: ScoreResult, organisation?: Organisation): Cell[][] {
  const row = (scope: 'overall' | 'domain', domain: string | undefined, s: ScoreResult['overall']): Cell[] => [
    ...assessmentKeys(a),
    scope,
    domain,
    s.score === undefined ? undefined : round(s.score),
    s.level?.label,
    s.coverage.answered,
    s.coverage.total,
    round(s.coverage.ratio, 4),
    ...organisationKeys(organisation),
  ];
  return [row('overall', undefined, result.overall), ...result.domains.map((d) => row('domain', d.domain, d))];
}

/** Which framework an assessment is of, from those known. */
export const frameworkKey = (ref: { id: string; version: string }) => `${ref.id}@${ref.version}`;

/** A table of frameworks by {@link frameworkKey}. */
export const frameworkTable = (frameworks: Iterable<Framework>) =>
  new Map([...frameworks].map((f) => [frameworkKey(f), f]));
