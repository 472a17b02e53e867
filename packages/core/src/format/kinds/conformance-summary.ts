/**
 * The ConformanceSummary document: a cohort summary of conformance statements to one standard,
 * as of a date, by one grouping (region, ICB, type, sector), and optionally the change since an
 * earlier snapshot. It is what `summariseStatements` and `compareSnapshots` return, published,
 * so that a page reads one file instead of one statement per organisation.
 */
import * as z from 'zod/mini';
import { dateOrder } from '../checks.js';
import { describeValue, issue, type DocumentIssue } from '../issues.js';
import { defineKind } from '../kind.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import { describe, envelope, FiniteNumber, Identifier, IsoDate, IsoDateTime, Label } from '../shared.js';
import { ConformanceStatus } from './conformance-statement.js';

const Count = z.int().check(z.gte(0));
const Share = FiniteNumber.check(z.gte(0), z.lte(1));

/** A cohort as summaries name it: a stable id (a region's code, a sector's name) and its words. */
const CohortRef = z.looseObject({ id: Label, label: Label });

const StatusCount = z.looseObject({ status: ConformanceStatus, count: Count, share: Share });
const WordingCount = z.looseObject({
  wording: describe(Label, 'The status in the words of the scheme that published it, without a year prefix.'),
  status: ConformanceStatus,
  count: Count,
  share: Share,
});

/** One cohort's statuses; only its size when it is too small to show figures. */
const CohortConformance = z.looseObject({
  cohort: CohortRef,
  organisations: describe(Count, 'Organisations counted, one statement each.'),
  suppressed: describe(
    z.boolean(),
    'True when the cohort is too small to show figures without singling out an organisation: only its size is given.',
  ),
  statuses: z.optional(z.array(StatusCount)),
  wordings: z.optional(z.array(WordingCount)),
  expired: z.optional(describe(Count, 'Statements past their expiry on the as-of date.')),
});

const StatusMove = z.looseObject({ from: ConformanceStatus, to: ConformanceStatus, count: Count });
const WordingMove = z.looseObject({ from: Label, to: Label, count: Count });

/** One cohort's moves between statuses; only its size when suppressed. */
const CohortChange = z.looseObject({
  cohort: CohortRef,
  organisations: describe(Count, 'Organisations matched between the two snapshots.'),
  suppressed: z.boolean(),
  moves: z.optional(z.array(StatusMove)),
  wordingMoves: z.optional(z.array(WordingMove)),
  improved: z.optional(Count),
  worsened: z.optional(Count),
  unchanged: z.optional(Count),
  other: z.optional(Count),
});

const StandardRef = z.looseObject({ id: Identifier, name: z.optional(Label) });
const Snapshot = z.looseObject({ asOf: IsoDate, organisations: Count });

/** What `compareSnapshots` returns: the change from an earlier snapshot to this one. */
const SnapshotChange = z.looseObject({
  standard: StandardRef,
  from: Snapshot,
  to: Snapshot,
  by: Identifier,
  overall: CohortChange,
  cohorts: z.array(CohortChange),
  followed: z.array(z.looseObject({ from: Label, to: Label })),
  unmatched: z.array(
    z.looseObject({
      id: Label,
      name: Label,
      status: ConformanceStatus,
      reason: z.enum(['not-in-later', 'not-in-earlier']),
      successors: z.optional(z.array(Label)),
    }),
  ),
});

// The fields in an object of their own, spread after the envelope's: rollup drops the text of
// \`describe\` from the CDN bundles, which never read it, only where the fields are not written in an
// object literal beside a spread (there it kept them all: 0.3 kB gzip a page for one kind).
const summaryFields = {
  id: describe(Identifier, 'The summary among those of its standard and grouping: by default its as-of date.'),
  title: z.optional(describe(Label, 'What the summary counts, for people: "NHS trusts, 2022/23".')),
  standard: StandardRef,
  asOf: describe(IsoDate, 'The day the statements are read as of: the snapshot’s own, never the day it was computed.'),
  by: describe(Identifier, 'The grouping: region, icb, type, sector, all, or a name the publisher gives.'),
  computed: IsoDateTime,
  overall: CohortConformance,
  cohorts: describe(
    z.array(CohortConformance),
    'Largest first; the cohort of organisations whose group is not known ("not-known") last.',
  ),
  notCounted: describe(
    z.looseObject({ issuedLater: Count, superseded: Count, filteredOut: Count }),
    'Statements not counted, and why: issued after the as-of date, an older one of an organisation counted, left out by a filter.',
  ),
  change: z.optional(describe(SnapshotChange, 'The change since an earlier snapshot, per cohort of this one.')),
};

export const ConformanceSummary = describe(
  z.looseObject({ ...envelope('ConformanceSummary'), ...summaryFields }),
  'Per cohort of organisations, how many hold each conformance status to one standard as of a date, and the change since an earlier snapshot.',
);
export type ConformanceSummary = z.infer<typeof ConformanceSummary>;

type Path = (string | number)[];
type CohortConformance = z.infer<typeof CohortConformance>;
type CohortChange = z.infer<typeof CohortChange>;

/** Shares are rounded to 4 places by the engine; a share further than that from count/size is wrong. */
const SHARE_TOLERANCE = 0.00005 + 1e-9;

/** A total that must equal the sum of its parts, reported on the total. */
function sumsTo(total: number, parts: number, path: Path, what: string): DocumentIssue[] {
  return total === parts ? [] : [issue('inconsistent', path, `${what} (${parts})`, describeValue(total))];
}

/** No figure in a suppressed cohort; in a shown one, figures that add up to its size. */
function checkFigures<T extends { suppressed: boolean; organisations: number }>(
  cohort: T,
  path: Path,
  figures: readonly (keyof T & string)[],
  check: (cohort: T) => DocumentIssue[],
): DocumentIssue[] {
  if (cohort.suppressed)
    // A suppressed cohort exists so that no figure singles out one organisation.
    return figures
      .filter((figure) => cohort[figure] !== undefined)
      .map((figure) =>
        issue('inconsistent', [...path, figure], 'no figures in a suppressed cohort', describeValue(cohort[figure])),
      );
  const missing = figures.filter((figure) => cohort[figure] === undefined);
  if (missing.length > 0)
    return missing.map((figure) =>
      issue('missing', [...path, figure], 'the figures of a cohort that is not suppressed', 'nothing'),
    );
  return check(cohort);
}

function checkShares(
  items: readonly { count: number; share: number }[],
  size: number,
  path: Path,
  list: string,
): DocumentIssue[] {
  return items.flatMap((item, i) =>
    Math.abs(item.share - (size === 0 ? 0 : item.count / size)) > SHARE_TOLERANCE
      ? [
          issue(
            'inconsistent',
            [...path, list, i, 'share'],
            `count / organisations (${item.count} / ${size})`,
            describeValue(item.share),
          ),
        ]
      : [],
  );
}

const total = (items: readonly { count: number }[]) => items.reduce((sum, item) => sum + item.count, 0);

function checkConformance(cohort: CohortConformance, path: Path): DocumentIssue[] {
  return checkFigures(cohort, path, ['statuses', 'wordings', 'expired'], (c) => {
    const statuses = c.statuses!;
    const wordings = c.wordings!;
    return [
      ...sumsTo(c.organisations, total(statuses), [...path, 'organisations'], 'the sum of the status counts'),
      ...sumsTo(c.organisations, total(wordings), [...path, 'organisations'], 'the sum of the wording counts'),
      ...checkShares(statuses, c.organisations, path, 'statuses'),
      ...checkShares(wordings, c.organisations, path, 'wordings'),
      ...(c.expired! > c.organisations
        ? [
            issue(
              'inconsistent',
              [...path, 'expired'],
              `at most the organisations (${c.organisations})`,
              describeValue(c.expired),
            ),
          ]
        : []),
    ];
  });
}

function checkChange(cohort: CohortChange, path: Path): DocumentIssue[] {
  return checkFigures(cohort, path, ['moves', 'wordingMoves', 'improved', 'worsened', 'unchanged', 'other'], (c) => [
    ...sumsTo(c.organisations, total(c.moves!), [...path, 'organisations'], 'the sum of the moves'),
    ...sumsTo(c.organisations, total(c.wordingMoves!), [...path, 'organisations'], 'the sum of the wording moves'),
    ...sumsTo(
      c.organisations,
      c.improved! + c.worsened! + c.unchanged! + c.other!,
      [...path, 'organisations'],
      'improved + worsened + unchanged + other',
    ),
  ]);
}

/** Every cohort once; the overall size the sum of the cohorts' (each organisation is in one cohort). */
function checkCohorts(overall: { organisations: number }, cohorts: readonly { cohort: { id: string } }[], path: Path) {
  const issues: DocumentIssue[] = [];
  const seen = new Map<string, number>();
  cohorts.forEach(({ cohort }, i) => {
    const earlier = seen.get(cohort.id);
    if (earlier === undefined) seen.set(cohort.id, i);
    else
      issues.push(
        issue(
          'duplicate_id',
          [...path, 'cohorts', i, 'cohort', 'id'],
          'a cohort listed once',
          `${describeValue(cohort.id)}, already at cohorts[${earlier}]`,
        ),
      );
  });
  if (cohorts.length > 0)
    issues.push(
      ...sumsTo(
        overall.organisations,
        (cohorts as readonly { organisations?: number }[]).reduce((sum, c) => sum + (c.organisations ?? 0), 0),
        [...path, 'overall', 'organisations'],
        "the sum of the cohorts' organisations",
      ),
    );
  return issues;
}

function integrity(summary: ConformanceSummary): DocumentIssue[] {
  const issues = [
    ...checkConformance(summary.overall, ['overall']),
    ...summary.cohorts.flatMap((cohort, i) => checkConformance(cohort, ['cohorts', i])),
    ...checkCohorts(summary.overall, summary.cohorts, []),
  ];
  const change = summary.change;
  if (!change) return issues;
  if (change.standard.id !== summary.standard.id)
    issues.push(
      issue(
        'inconsistent',
        ['change', 'standard', 'id'],
        `the summary's standard (${summary.standard.id})`,
        describeValue(change.standard.id),
      ),
    );
  if (change.by !== summary.by)
    issues.push(
      issue('inconsistent', ['change', 'by'], `the summary's grouping (${summary.by})`, describeValue(change.by)),
    );
  if (change.to.asOf !== summary.asOf)
    issues.push(
      issue(
        'inconsistent',
        ['change', 'to', 'asOf'],
        `the summary's as-of date (${summary.asOf})`,
        describeValue(change.to.asOf),
      ),
    );
  return [
    ...issues,
    ...dateOrder(['change', 'to', 'asOf'], change.from.asOf, change.to.asOf, 'change.from.asOf'),
    ...checkChange(change.overall, ['change', 'overall']),
    ...change.cohorts.flatMap((cohort, i) => checkChange(cohort, ['change', 'cohorts', i])),
    ...checkCohorts(change.overall, change.cohorts, ['change']),
  ];
}

const groupingFolder = (standardId: string, by: string) =>
  `summaries/${segment(standardId, 'standardId')}/${segment(by, 'by')}`;

/**
 * Summaries are published by standard and grouping, one per snapshot; the index calls the one
 * read as of the latest day the latest, which the client reads when no id is given.
 */
export const conformanceSummaryKind = defineKind({
  kind: 'ConformanceSummary',
  schema: ConformanceSummary,
  integrity,
  publishing: {
    index: {
      name: 'conformanceSummaries',
      path: (standardId: string, by: string) => `${groupingFolder(standardId, by)}/${INDEX_FILE}`,
    },
    document: {
      name: 'conformanceSummary',
      path: (standardId: string, by: string, summaryId: string) =>
        `${groupingFolder(standardId, by)}/${leaf(summaryId, 'summaryId')}`,
    },
    ids: (summary) => [summary.standard.id, summary.by, summary.id],
    folder: (summary) => ({
      id: `${summary.standard.id}/${summary.by}`,
      title: `${summary.standard.name ?? summary.standard.id}, by ${summary.by}`,
    }),
    item: (summary) => ({
      ...(summary.title ? { title: summary.title } : {}),
      asOf: summary.asOf,
      organisations: summary.overall.organisations,
    }),
    catalogueRank: 41,
    latest: {
      compare: (a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id),
      what: (standardId, by) => `summary of the standard "${standardId}" by ${by}`,
    },
  },
});
