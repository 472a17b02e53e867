/**
 * The StandardsAdoptionSummary document: how far a cohort has adopted each standard of a catalogue, as
 * of a date: per standard the organisations at each stage and their shares, the barriers they
 * report most, the shares period by period with the change in the live share, and the mandates
 * whose timelines look at risk. It is what `summariseAdoption`, `adoptionOverTime` and
 * `timelineSignals` return, published, so that a page reads one file instead of every
 * organisation's assessments.
 */
import * as z from 'zod/mini';
import { dateOrder, uniqueValues } from '../checks.js';
import { describeValue, issue, type DocumentIssue } from '../issues.js';
import { defineKind } from '../kind.js';
import type { AdoptionStage } from '../local-voice.js';
import { adoptionStages, BarrierCode } from '../local-voice.js';
import { INDEX_FILE, leaf } from '../paths.js';
import { describe, envelope, FiniteNumber, Identifier, IsoDate, IsoDateTime, Label, Period } from '../shared.js';
import { StandardStatus } from './standard.js';

const Count = z.int().check(z.gte(0));
const Share = FiniteNumber.check(z.gte(0), z.lte(1));

/** A count, or a share, per adoption stage: every stage named, none other. */
const perStage = <T extends z.ZodMiniType>(value: T) =>
  z.looseObject(Object.fromEntries(adoptionStages.map((stage) => [stage, value])) as Record<AdoptionStage, T>);

/** The standard as the catalogue has it: what a page shows beside the figures. */
const StandardRef = z.looseObject({
  id: Identifier,
  version: z.optional(Identifier),
  name: Label,
  status: StandardStatus,
  mandatedFrom: z.optional(describe(IsoDate, 'The day the standard is mandated from, as the catalogue says.')),
});

const PeriodFigures = z.looseObject({
  period: describe(Identifier, 'The id of one of the summary’s periods.'),
  responding: Count,
  suppressed: z.boolean(),
  shares: z.optional(perStage(Share)),
});

/** One standard's adoption; only how many responded when too few did to show figures. */
const StandardFigures = z.looseObject({
  standard: StandardRef,
  responding: describe(Count, 'Organisations that report a stage for the standard in the latest period.'),
  suppressed: describe(
    z.boolean(),
    'True when too few respond to show figures without singling out an organisation: only how many is given.',
  ),
  stages: z.optional(describe(perStage(Count), 'Organisations at each stage.')),
  shares: z.optional(describe(perStage(Share), 'The share of the responding organisations at each stage, 0 to 1.')),
  barriers: z.optional(
    describe(
      z.array(z.looseObject({ code: BarrierCode, organisations: Count })),
      'The barriers reported against the standard, most reported first.',
    ),
  ),
  periods: describe(z.array(PeriodFigures), 'The standard’s figures in each of the summary’s periods, oldest first.'),
  liveChange: z.optional(
    describe(
      z.looseObject({ points: FiniteNumber, from: Identifier, to: Identifier }),
      'The change in the live share, in percentage points, from the first period that shows figures to the latest.',
    ),
  ),
});

const Signal = z.looseObject({
  standard: describe(Identifier, 'The id of one of the summary’s standards.'),
  kind: z.enum(['mandated-while-draft', 'mandate-passed', 'mandate-approaching']),
  mandatedFrom: IsoDate,
  daysToMandate: describe(z.int(), 'Days from the as-of date to the mandate: negative once it has passed.'),
  liveShare: z.optional(Share),
  responding: Count,
});

// The fields in an object of their own, spread after the envelope's: rollup drops the text of
// \`describe\` from the CDN bundles, which never read it, only where the fields are not written in an
// object literal beside a spread (there it kept them all: 0.3 kB gzip a page for one kind).
const summaryFields = {
  id: describe(Identifier, 'The summary among those published: by default the id of its latest period.'),
  title: z.optional(describe(Label, 'What the summary counts, for people: "Acute trusts, 2024/25".')),
  asOf: describe(
    IsoDate,
    'The day the timelines are judged at: by default the end of the latest period, never the day it was computed.',
  ),
  computed: IsoDateTime,
  period: describe(Period, 'The latest period: the one the figures are of.'),
  periods: describe(z.array(Period), 'Every period counted, oldest first; the latest last.'),
  organisations: describe(Count, 'Organisations in the cohort in the latest period, one assessment each.'),
  suppressed: describe(
    z.boolean(),
    'True when the cohort is too small to show figures: every standard is suppressed too.',
  ),
  standards: describe(z.array(StandardFigures), 'Each standard of the catalogue once, in catalogue order.'),
  signals: describe(z.array(Signal), 'The mandates whose timelines look at risk on the as-of date.'),
};

export const StandardsAdoptionSummary = describe(
  z.looseObject({ ...envelope('StandardsAdoptionSummary'), ...summaryFields }),
  'How far a cohort has adopted each standard, as of a date: per standard the organisations at each stage, the barriers reported, the change over periods, and the mandates at risk.',
);
export type StandardsAdoptionSummary = z.infer<typeof StandardsAdoptionSummary>;

type Path = (string | number)[];
type StandardFigures = z.infer<typeof StandardFigures>;

/** Shares may be rounded to 4 places; a share further than that from count / responding is wrong. */
const SHARE_TOLERANCE = 0.00005 + 1e-9;

const mismatch = (path: Path, expected: string, found: unknown) =>
  issue('inconsistent', path, expected, describeValue(found));

/** Whole days from one ISO date to another: what the engine's `daysToMandate` counts. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Each share is its stage's count over those responding. */
function checkShares(
  shares: Record<AdoptionStage, number>,
  counts: Record<AdoptionStage, number>,
  responding: number,
  path: Path,
): DocumentIssue[] {
  return adoptionStages.flatMap((stage) =>
    Math.abs(shares[stage] - (responding === 0 ? 0 : counts[stage] / responding)) > SHARE_TOLERANCE
      ? [mismatch([...path, stage], `${stage} / responding (${counts[stage]} / ${responding})`, shares[stage])]
      : [],
  );
}

/** Without counts (a period's figures), the shares still count every respondent once. */
function checkShareTotal(shares: Record<AdoptionStage, number>, path: Path): DocumentIssue[] {
  const sum = adoptionStages.reduce((total, stage) => total + shares[stage], 0);
  return Math.abs(sum - 1) > SHARE_TOLERANCE * adoptionStages.length
    ? [mismatch(path, 'shares that add up to 1', sum)]
    : [];
}

/** No figure where suppressed; where shown, every figure, adding up to those responding. */
function checkStandard(s: StandardFigures, i: number, doc: StandardsAdoptionSummary): DocumentIssue[] {
  const path: Path = ['standards', i];
  const issues: DocumentIssue[] = [];
  const figures = ['stages', 'shares', 'barriers'] as const;
  if (s.responding > doc.organisations)
    issues.push(mismatch([...path, 'responding'], `at most the organisations (${doc.organisations})`, s.responding));
  if (doc.suppressed && !s.suppressed)
    issues.push(mismatch([...path, 'suppressed'], 'true: the cohort is suppressed', s.suppressed));
  if (s.suppressed) {
    // A suppressed standard exists so that no figure singles out one organisation.
    for (const figure of [...figures, 'liveChange'] as const)
      if (s[figure] !== undefined)
        issues.push(mismatch([...path, figure], 'no figures for a suppressed standard', s[figure]));
  } else {
    for (const figure of figures)
      if (s[figure] === undefined)
        issues.push(issue('missing', [...path, figure], 'the figures of a standard that is not suppressed', 'nothing'));
    if (s.stages) {
      const sum = adoptionStages.reduce((total, stage) => total + s.stages![stage], 0);
      if (sum !== s.responding)
        issues.push(mismatch([...path, 'responding'], `the sum of the stages (${sum})`, s.responding));
    }
    if (s.shares && s.stages) issues.push(...checkShares(s.shares, s.stages, s.responding, [...path, 'shares']));
    s.barriers?.forEach((b, j) => {
      if (b.organisations > s.responding)
        issues.push(
          mismatch(
            [...path, 'barriers', j, 'organisations'],
            `at most those responding (${s.responding})`,
            b.organisations,
          ),
        );
    });
    if (s.barriers) issues.push(...uniqueValues(s.barriers, (b) => b.code, [...path, 'barriers'], 'code'));
  }
  issues.push(...checkPeriods(s, path, doc));
  return issues;
}

/** The standard's periods are the summary's, in order; the latest says what the standard says. */
function checkPeriods(s: StandardFigures, path: Path, doc: StandardsAdoptionSummary): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const ids = doc.periods.map((p) => p.id);
  if (s.periods.length !== ids.length)
    issues.push(
      mismatch([...path, 'periods'], `one entry per period of the summary (${ids.length})`, s.periods.length),
    );
  s.periods.forEach((p, j) => {
    const at = [...path, 'periods', j];
    if (ids[j] !== undefined && p.period !== ids[j])
      issues.push(mismatch([...at, 'period'], `the summary's period ${j + 1} (${ids[j]})`, p.period));
    if (p.suppressed && p.shares !== undefined)
      issues.push(mismatch([...at, 'shares'], 'no figures in a suppressed period', p.shares));
    if (!p.suppressed && p.shares === undefined)
      issues.push(issue('missing', [...at, 'shares'], 'the shares of a period that is not suppressed', 'nothing'));
    if (p.shares) issues.push(...checkShareTotal(p.shares, [...at, 'shares']));
  });
  const last = s.periods.at(-1);
  if (last && s.periods.length === ids.length) {
    const at = [...path, 'periods', s.periods.length - 1];
    if (last.responding !== s.responding)
      issues.push(mismatch([...at, 'responding'], `the standard's responding (${s.responding})`, last.responding));
    if (last.suppressed !== s.suppressed)
      issues.push(mismatch([...at, 'suppressed'], `the standard's suppressed (${s.suppressed})`, last.suppressed));
  }
  const change = s.liveChange;
  if (change) {
    const from = s.periods.find((p) => p.period === change.from);
    const to = s.periods.find((p) => p.period === change.to);
    if (!from?.shares)
      issues.push(
        issue(
          'unknown_reference',
          [...path, 'liveChange', 'from'],
          'a period of the standard with shares',
          describeValue(change.from),
        ),
      );
    if (change.to !== doc.period.id || !to?.shares)
      issues.push(
        mismatch([...path, 'liveChange', 'to'], `the latest period with shares (${doc.period.id})`, change.to),
      );
    if (from?.shares && to?.shares) {
      const points = (to.shares.live - from.shares.live) * 100;
      if (Math.abs(points - change.points) > SHARE_TOLERANCE * 200)
        issues.push(
          mismatch(
            [...path, 'liveChange', 'points'],
            `the change in the live share (${points.toFixed(2)})`,
            change.points,
          ),
        );
    }
  }
  return issues;
}

/** A signal is about a standard of the summary, with its mandate and figures, judged on the as-of date. */
function checkSignals(doc: StandardsAdoptionSummary): DocumentIssue[] {
  const byId = new Map(doc.standards.map((s) => [s.standard.id, s]));
  return doc.signals.flatMap((signal, i): DocumentIssue[] => {
    const path: Path = ['signals', i];
    const s = byId.get(signal.standard);
    if (!s)
      return [
        issue(
          'unknown_reference',
          [...path, 'standard'],
          'the id of one of the summary’s standards',
          describeValue(signal.standard),
        ),
      ];
    const issues: DocumentIssue[] = [];
    if (signal.mandatedFrom !== s.standard.mandatedFrom)
      issues.push(
        mismatch(
          [...path, 'mandatedFrom'],
          `the standard's mandate (${s.standard.mandatedFrom ?? 'none'})`,
          signal.mandatedFrom,
        ),
      );
    const days = daysBetween(doc.asOf, signal.mandatedFrom);
    if (signal.daysToMandate !== days)
      issues.push(
        mismatch(
          [...path, 'daysToMandate'],
          `the days from the as-of date to the mandate (${days})`,
          signal.daysToMandate,
        ),
      );
    if (signal.responding !== s.responding)
      issues.push(mismatch([...path, 'responding'], `the standard's responding (${s.responding})`, signal.responding));
    if (signal.liveShare !== s.shares?.live)
      issues.push(
        mismatch(
          [...path, 'liveShare'],
          `the standard's live share (${s.shares?.live ?? 'none: suppressed'})`,
          signal.liveShare,
        ),
      );
    if (signal.kind === 'mandated-while-draft' && s.standard.status !== 'draft')
      issues.push(
        mismatch([...path, 'kind'], `a draft standard (${s.standard.id} is ${s.standard.status})`, signal.kind),
      );
    if (signal.kind === 'mandate-passed' && days > 0)
      issues.push(mismatch([...path, 'kind'], 'a mandate on or before the as-of date', signal.kind));
    if (signal.kind === 'mandate-approaching' && days <= 0)
      issues.push(mismatch([...path, 'kind'], 'a mandate after the as-of date', signal.kind));
    return issues;
  });
}

function integrity(doc: StandardsAdoptionSummary): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const last = doc.periods.at(-1);
  if (last?.id !== doc.period.id)
    issues.push(mismatch(['period', 'id'], `the last of the periods (${last?.id ?? 'none'})`, doc.period.id));
  issues.push(...uniqueValues(doc.periods, (p) => p.id, 'periods', 'id'));
  doc.periods.forEach((p, i) => {
    issues.push(...dateOrder(['periods', i, 'end'], p.start, p.end, `periods[${i}].start`));
    const next = doc.periods[i + 1];
    if (next) issues.push(...dateOrder(['periods', i + 1, 'start'], p.start, next.start, `periods[${i}].start`));
  });
  issues.push(...uniqueValues(doc.standards, (s) => s.standard.id, 'standards', 'standard'));
  doc.standards.forEach((s, i) => issues.push(...checkStandard(s, i, doc)));
  issues.push(...checkSignals(doc));
  return issues;
}

/**
 * Adoption summaries are published one per snapshot in one folder; the index calls the one
 * judged as of the latest day the latest, which the client reads when no id is given.
 */
export const standardsAdoptionSummaryKind = defineKind({
  kind: 'StandardsAdoptionSummary',
  schema: StandardsAdoptionSummary,
  integrity,
  publishing: {
    index: { name: 'adoptionSummaries', path: () => `adoption/${INDEX_FILE}` },
    document: { name: 'adoptionSummary', path: (summaryId: string) => `adoption/${leaf(summaryId, 'summaryId')}` },
    ids: (summary) => [summary.id],
    folder: () => ({ id: 'adoption', title: 'Standards adoption' }),
    item: (summary) => ({
      ...(summary.title ? { title: summary.title } : {}),
      asOf: summary.asOf,
      organisations: summary.organisations,
    }),
    catalogueRank: 42,
    latest: {
      compare: (a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id),
      what: () => 'standards adoption summary',
    },
  },
});
