/**
 * The aggregates `openmaturity publish` writes beside the documents it publishes: for each
 * standard that conformance statements are published for, a `ConformanceSummary` per grouping
 * (all, region, ICB, type, sector), made by the engine's `summariseStatements` over those
 * statements and the published Organisation documents. A page then reads one file per picture
 * instead of one statement per organisation. Beside them, when assessments report their
 * standards adoption and the catalogue's Standard documents are published with them, one
 * `StandardsAdoptionSummary` of the cohort (`adoptionSummaryDocument`), which
 * `<om-standards-adoption>` reads instead of every organisation's assessments.
 */
import { documentPath } from '../client/layout.js';
import { adoptionSummaryDocument } from '../engine/adoption-summary.js';
import { UNKNOWN_COHORT, type CohortField } from '../engine/cohorts.js';
import { compareSnapshots, conformanceSummaryDocument, summariseStatements } from '../engine/statement-summary.js';
import type { AnyDocument } from '../format/documents.js';
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { ConformanceSummary } from '../format/kinds/conformance-summary.js';
import type { Organisation } from '../format/kinds/organisation.js';
import type { Standard } from '../format/kinds/standard.js';
import type { StandardsAdoptionSummary } from '../format/kinds/standards-adoption-summary.js';
import type { Assessment } from '../format/kinds/assessment.js';
import { parseDocument } from '../format/parse.js';
import type { EarlierSnapshot } from './publish-since.js';

/** The groupings `publish` summarises by, in the order it writes them. */
export const PUBLISHED_GROUPINGS: readonly CohortField[] = ['all', 'region', 'icb', 'type', 'sector'];

/** The conformance statements among `documents`, by standard id. */
export function statementsByStandard(documents: readonly AnyDocument[]): Map<string, ConformanceStatement[]> {
  const byStandard = new Map<string, ConformanceStatement[]>();
  for (const document of documents) {
    if (document.kind !== 'ConformanceStatement') continue;
    const list = byStandard.get(document.standard.id);
    if (list) list.push(document);
    else byStandard.set(document.standard.id, [document]);
  }
  return byStandard;
}

/**
 * The summaries to publish with `documents`: per standard, one per grouping the documents can
 * tell (a grouping under which every organisation's cohort is "not known" says nothing, and is
 * left out; `all` always says something). A summary the sources already hold at the same path
 * is the publisher's own and is published as given, so none is computed in its place. With an
 * earlier snapshot (`--since`), each also carries the change since it, by the same grouping,
 * for the standards it has statements of.
 */
export function summariesToPublish(
  documents: readonly AnyDocument[],
  computed: string,
  since?: EarlierSnapshot,
): ConformanceSummary[] {
  const byStandard = statementsByStandard(documents);
  const organisations: Organisation[] = [];
  const given = new Set<string>();
  for (const document of documents) {
    if (document.kind === 'Organisation') organisations.push(document);
    else if (document.kind === 'ConformanceSummary') {
      const path = pathOf(document);
      if (path !== undefined) given.add(path);
    }
  }
  const summaries: ConformanceSummary[] = [];
  for (const [standard, statements] of byStandard) {
    for (const by of PUBLISHED_GROUPINGS) {
      const summary = summariseStatements(statements, { by, organisations, standard });
      const unknownOnly = summary.cohorts.every((cohort) => cohort.cohort.id === UNKNOWN_COHORT.id);
      if (by !== 'all' && unknownOnly) continue;
      const earlier = since?.statements.get(standard);
      // Cohorts, suppression and matching are compareSnapshots' own, as `openmaturity change` gives them.
      const change = earlier
        ? compareSnapshots(earlier, statements, { by, organisations, standard, successors: since!.successors })
        : undefined;
      const document = conformanceSummaryDocument(summary, { computed, ...(change ? { change } : {}) });
      if (given.has(pathOf(document) ?? '')) continue;
      // Checked as any source is: a summary publish made is never published unchecked.
      summaries.push(
        parseDocument(JSON.parse(JSON.stringify(document)), {
          kind: 'ConformanceSummary',
          source: `the summary of ${standard} by ${by}`,
        }) as ConformanceSummary,
      );
    }
  }
  return summaries;
}

/**
 * The standards adoption summary to publish with `documents`: one for the cohort of every
 * assessment among them, judged as of the end of the latest period, over the Standard documents
 * among them that an assessment reports on or that have a mandate (whose timeline is judged even
 * when nobody reports on it): a whole catalogue would list a hundred standards with no responses,
 * in every page's one request. None when no assessment reports its standards adoption or no standard is
 * published (there would be nothing to count, or nothing to count against), or when the sources
 * hold one at the same path (the publisher's own, published as given).
 */
export function adoptionSummariesToPublish(
  documents: readonly AnyDocument[],
  computed: string,
): StandardsAdoptionSummary[] {
  const assessments: Assessment[] = [];
  const standards: Standard[] = [];
  const given = new Set<string>();
  for (const document of documents) {
    if (document.kind === 'Assessment') assessments.push(document);
    else if (document.kind === 'Standard') standards.push(document);
    else if (document.kind === 'StandardsAdoptionSummary') {
      const path = pathOf(document);
      if (path !== undefined) given.add(path);
    }
  }
  if (standards.length === 0 || !assessments.some((a) => (a.standardsAdoption ?? []).length > 0)) return [];
  const reported = new Set(assessments.flatMap((a) => (a.standardsAdoption ?? []).map((s) => s.standard)));
  const counted = standards.filter((s) => reported.has(s.id) || s.mandatedFrom !== undefined);
  const document = adoptionSummaryDocument(assessments, counted, { computed });
  if (given.has(pathOf(document) ?? '')) return [];
  // Checked as any source is: a summary publish made is never published unchecked.
  return [
    parseDocument(JSON.parse(JSON.stringify(document)), {
      kind: 'StandardsAdoptionSummary',
      source: 'the standards adoption of the published assessments',
    }) as StandardsAdoptionSummary,
  ];
}

/**
 * Where a summary goes, compared without case as publish compares paths; undefined when the
 * layout refuses its ids (publish then reports that source, as it does any other).
 */
function pathOf(summary: ConformanceSummary | StandardsAdoptionSummary): string | undefined {
  try {
    return documentPath(summary).toLowerCase();
  } catch {
    return undefined;
  }
}
