/**
 * Cohorts of organisations for statement summaries: by region, ICB, type or sector, or any
 * grouping a caller gives. What an organisation is comes from its Organisation document when
 * there is one, else from what the statement itself says of its subject (the DSPT importer
 * keeps region, ICB and sector there).
 */
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { Organisation } from '../format/kinds/organisation.js';

/** A cohort as summaries name it: a stable id and the words shown to people. */
export interface CohortRef {
  id: string;
  label: string;
}

/**
 * What a grouping looks at: the organisation when known, and for statement summaries the
 * statement (whose subject may say what the organisation is).
 */
export interface CohortMember {
  statement?: ConformanceStatement;
  organisation?: Organisation;
}

/** The groupings the library knows by name. */
export const cohortFields = ['all', 'region', 'icb', 'type', 'sector'] as const;
export type CohortField = (typeof cohortFields)[number];

/** How to group: a named field, or a function that gives each member its cohort (undefined: not known). */
export type CohortBy = CohortField | ((member: CohortMember) => CohortRef | undefined);

/** Where a member without a cohort is counted, so that no organisation drops out unsaid. */
export const UNKNOWN_COHORT: CohortRef = Object.freeze({ id: 'not-known', label: 'Not known' });
/** The one cohort of `by: 'all'`. */
export const ALL_COHORT: CohortRef = Object.freeze({ id: 'all', label: 'All organisations' });

/** The cohort of a member for a named field, or undefined when neither document says. */
export function cohortOf(member: CohortMember, field: CohortField): CohortRef | undefined {
  const { statement, organisation } = member;
  const subject = (statement?.subject ?? {}) as Record<string, unknown>;
  switch (field) {
    case 'all':
      return ALL_COHORT;
    case 'region':
      return area(organisation?.region) ?? area(subject.region);
    case 'icb':
      return area(organisation?.icb) ?? area(subject.icb);
    case 'type':
      return organisation ? { id: organisation.type, label: organisation.type } : text(subject.organisationType);
    case 'sector':
      return (
        text(subject.sector) ??
        text((organisation as Record<string, unknown> | undefined)?.sector) ??
        (organisation ? { id: organisation.type, label: organisation.type } : undefined)
      );
  }
}

/** Resolves `by` into one function. */
export function grouping(by: CohortBy): (member: CohortMember) => CohortRef {
  if (typeof by === 'function') return (member) => by(member) ?? UNKNOWN_COHORT;
  return (member) => cohortOf(member, by) ?? UNKNOWN_COHORT;
}

/** A coded area (`{ code: 'Y56', name: 'London' }`) as a cohort. */
function area(value: unknown): CohortRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, name } = value as { code?: unknown; name?: unknown };
  const id = typeof code === 'string' && code !== '' ? code : typeof name === 'string' && name !== '' ? name : '';
  if (id === '') return undefined;
  return { id, label: typeof name === 'string' && name !== '' ? name : id };
}

function text(value: unknown): CohortRef | undefined {
  return typeof value === 'string' && value.trim() !== '' ? { id: value.trim(), label: value.trim() } : undefined;
}

/** The ODS code another document gives as an organisation's successor: a code, or `{ odsCode }`. */
export function successorCode(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'object' && value !== null) {
    const code = (value as { odsCode?: unknown; code?: unknown }).odsCode ?? (value as { code?: unknown }).code;
    return typeof code === 'string' && code.trim() !== '' ? code.trim() : undefined;
  }
  return undefined;
}
