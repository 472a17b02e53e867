/**
 * A new, empty assessment of a framework: where the editor element and the assessment
 * workbook both start, so that a form and a spreadsheet give the same document.
 */
import type { Assessment, Response } from './kinds/assessment.js';
import type { Framework } from './kinds/framework.js';
import type { Period } from './shared.js';
import { SCHEMA_VERSION } from './shared.js';

const YEAR = /^(\d{4})$/;
const FINANCIAL_YEAR = /^(\d{4})-(\d{2})$/;

/**
 * The period an id names: `2024-25` is the NHS financial year (1 April 2024 to 31 March 2025),
 * `2024` the calendar year. Undefined for any other id, whose dates only a person can give.
 *
 * @example
 * ```ts
 * periodFromId('2024-25') // { id: '2024-25', start: '2024-04-01', end: '2025-03-31', label: '2024 to 2025' }
 * ```
 */
export function periodFromId(id: string): Period | undefined {
  const financial = FINANCIAL_YEAR.exec(id);
  if (financial) {
    const first = Number(financial[1]);
    // `2024-25` only: the second year must follow the first, or the id is a typing slip.
    if ((first + 1) % 100 !== Number(financial[2])) return undefined;
    return { id, start: `${first}-04-01`, end: `${first + 1}-03-31`, label: `${first} to ${first + 1}` };
  }
  const year = YEAR.exec(id);
  if (year) return { id, start: `${id}-01-01`, end: `${id}-12-31`, label: id };
  return undefined;
}

/** The id an assessment takes when none is given: `RGT-wgll-2024-2024-25`. */
export const assessmentId = (odsCode: string, framework: Pick<Framework, 'id'>, period: Pick<Period, 'id'>): string =>
  `${odsCode}-${framework.id}-${period.id}`;

/**
 * A draft assessment of every indicator of the framework, in the framework's order, each
 * not yet answered (`null`). Check it with `parseDocument` and `validateAssessment`: an ODS
 * code or period that is not valid is left for them to name.
 *
 * @example
 * ```ts
 * const draft = newAssessment(framework, { odsCode: 'RX9', period: periodFromId('2024-25')! });
 * ```
 */
export function newAssessment(
  framework: Framework,
  options: { odsCode: string; period: Period; name?: string },
): Assessment {
  const responses: Response[] = framework.indicators.map((indicator) => ({ indicator: indicator.id, value: null }));
  return {
    kind: 'Assessment',
    schemaVersion: SCHEMA_VERSION,
    id: assessmentId(options.odsCode, framework, options.period),
    organisation: options.name ? { odsCode: options.odsCode, name: options.name } : { odsCode: options.odsCode },
    framework: { id: framework.id, version: framework.version },
    period: options.period,
    status: 'draft',
    responses,
  };
}
