/**
 * Cohort summaries of conformance statements, and the change between two snapshots of them.
 *
 * A snapshot is read as of a date: its own, by default (the day it was taken from its source,
 * else its latest statement), never today. Each organisation counts once, with its latest
 * statement issued by that date; a statement past its expiry on that date is counted, and the
 * expired ones are said apart. Cohorts smaller than the benchmark minimum are suppressed, as
 * benchmarks are: their size, and no figure that could single out one organisation.
 */
import { ConformanceStatus, type ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { ConformanceSummary } from '../format/kinds/conformance-summary.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { issue } from '../format/issues.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { MIN_COHORT_SIZE } from './benchmark.js';
import {
  ALL_COHORT,
  grouping,
  successorCode,
  UNKNOWN_COHORT,
  type CohortBy,
  type CohortMember,
  type CohortRef,
} from './cohorts.js';
import { round } from './statistics.js';

/** The statuses in their order of display, best first. */
export const conformanceStatuses: readonly ConformanceStatus[] = ConformanceStatus.options;

/** A member of a statement summary: a statement, and the organisation it is about when known. */
export type StatementMember = CohortMember & { statement: ConformanceStatement };

/** Options of {@link summariseStatements} and {@link compareSnapshots}. */
export interface StatementSummaryOptions {
  /** How to group organisations; by default one cohort of all. */
  by?: CohortBy;
  /** Keep only the members this accepts (`--where type=acute-trust`). */
  where?: (member: StatementMember) => boolean;
  /** What each organisation is, by ODS code: type, region, ICB, successor. */
  organisations?: readonly Organisation[];
  /** The standard summarised (its id); needed when the statements are of several standards. */
  standard?: string;
  /**
   * The day the snapshot is read as of, `YYYY-MM-DD`. By default its own date: the latest
   * `source.retrieved` of its statements, else the latest `issued`.
   */
  asOf?: string;
  /** The smallest cohort whose figures are shown. Default: 5, as for benchmarks. */
  minCohortSize?: number;
}

/** How many organisations of a cohort hold a status, and their share of the cohort (0 to 1). */
export interface StatusCount {
  status: ConformanceStatus;
  count: number;
  share: number;
}

/** The same in the scheme's own published words (`Standards Exceeded`), without a year prefix. */
export interface WordingCount {
  wording: string;
  status: ConformanceStatus;
  count: number;
  share: number;
}

/** One cohort's statuses. */
export interface CohortConformance {
  cohort: CohortRef;
  /** Organisations counted (one statement each). */
  organisations: number;
  /** True when the cohort is too small to show figures: only `organisations` is given. */
  suppressed: boolean;
  /** Every status, in {@link conformanceStatuses} order, zeros included (absent when suppressed). */
  statuses?: StatusCount[];
  /** Each published wording met, most common first (absent when suppressed). */
  wordings?: WordingCount[];
  /** How many statements had expired on the as-of date (absent when suppressed). */
  expired?: number;
}

/** What {@link summariseStatements} returns: the body of a `ConformanceSummary` document. */
export interface StatementSummary {
  standard: { id: string; name?: string };
  /** The day the snapshot is read as of. */
  asOf: string;
  /** The grouping's name (`region`), or `custom` for a function. */
  by: string;
  overall: CohortConformance;
  /** Largest first, then by label; the cohort of members whose group is not known is last. */
  cohorts: CohortConformance[];
  /** Statements not counted, and why: issued after the as-of date; an older one of an organisation counted; left out by `where`. */
  notCounted: { issuedLater: number; superseded: number; filteredOut: number };
}

/**
 * Summarises conformance statements per cohort: counts and shares by status and by the
 * scheme's published wording, as of a date.
 *
 * @throws {@link InvalidDocumentError} when the statements are of several standards and no
 *   `standard` option says which, or `asOf` is not a date.
 * @example
 * ```ts
 * const summary = summariseStatements(dspt2022, { by: 'region' });
 * summary.cohorts[0]; // { cohort: { id: 'Y56', label: 'London' }, organisations: 37, statuses: [...], ... }
 * ```
 */
export function summariseStatements(
  statements: readonly ConformanceStatement[],
  options: StatementSummaryOptions = {},
): StatementSummary {
  const snapshot = readSnapshot(statements, options);
  const minimum = options.minCohortSize ?? MIN_COHORT_SIZE;
  const group = grouping(options.by ?? 'all');
  const tallies = new Map<string, Tally>();
  const overall = new Tally(ALL_COHORT);
  for (const member of snapshot.members) {
    const cohort = group(member);
    const tally = tallyOf(tallies, cohort, Tally);
    tally.add(member.statement, snapshot.asOf);
    overall.add(member.statement, snapshot.asOf);
  }
  return {
    standard: snapshot.standard,
    asOf: snapshot.asOf,
    by: byName(options.by),
    overall: overall.summary(minimum),
    cohorts: orderCohorts([...tallies.values()]).map((t) => t.summary(minimum)),
    notCounted: snapshot.notCounted,
  };
}

/** A status moving to another between two snapshots, and for how many organisations. */
export interface StatusMove {
  from: ConformanceStatus;
  to: ConformanceStatus;
  count: number;
}

/** The same in the published words: `Standards Met` -> `Approaching Standards`. */
export interface WordingMove {
  from: string;
  to: string;
  count: number;
}

/** One cohort's change. */
export interface CohortChange {
  cohort: CohortRef;
  /** Pairs of statements matched (an organisation that merged counts once per predecessor). */
  organisations: number;
  suppressed: boolean;
  /** Status moves, unchanged ones included, most common first (absent when suppressed). */
  moves?: StatusMove[];
  wordingMoves?: WordingMove[];
  /** Moves up or down the order conformant > partially conformant > not conformant; to or from any other status is `other`. */
  improved?: number;
  worsened?: number;
  unchanged?: number;
  other?: number;
}

/** An organisation of one snapshot that has no counterpart in the other, and why. */
export interface UnmatchedOrganisation {
  /** The subject's ODS code, or its name when it has none. */
  id: string;
  name: string;
  status: ConformanceStatus;
  /**
   * `not-in-later`: neither it nor a successor is in the later snapshot. `not-in-earlier`: it
   * is new in the later one (and no predecessor of it is in the earlier one).
   */
  reason: 'not-in-later' | 'not-in-earlier';
  /** The successors followed without finding one in the later snapshot. */
  successors?: string[];
}

/** What {@link compareSnapshots} returns. */
export interface SnapshotChange {
  standard: { id: string; name?: string };
  from: { asOf: string; organisations: number };
  to: { asOf: string; organisations: number };
  by: string;
  overall: CohortChange;
  cohorts: CohortChange[];
  /** Pairs matched through successor codes: the earlier organisation and the one it became. */
  followed: { from: string; to: string }[];
  unmatched: UnmatchedOrganisation[];
}

/** Options of {@link compareSnapshots}: cohorts are those of the later snapshot. */
export interface SnapshotChangeOptions extends Omit<StatementSummaryOptions, 'asOf'> {
  /** The as-of dates of each snapshot; by default each its own. */
  asOf?: { from?: string; to?: string };
  /** Successor codes of merged organisations (`RXA -> RXB`), besides those the documents give. */
  successors?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/**
 * Compares two snapshots of the same standard: which organisations moved between statuses,
 * per cohort of the later snapshot. An organisation of the earlier snapshot that merged into
 * another is followed along its successor codes (from `options.successors`, the Organisation
 * documents' `successor` or the statements' `subject.successor`); one that cannot be matched
 * is listed, with why.
 *
 * @example
 * ```ts
 * const change = compareSnapshots(dspt2020, dspt2022, { by: 'region', organisations });
 * change.overall.moves; // [{ from: 'conformant', to: 'conformant', count: 160 }, ...]
 * change.unmatched; // [{ id: 'RQ6', reason: 'not-in-later', successors: ['REM'] }, ...]
 * ```
 */
export function compareSnapshots(
  earlier: readonly ConformanceStatement[],
  later: readonly ConformanceStatement[],
  options: SnapshotChangeOptions = {},
): SnapshotChange {
  const standard =
    options.standard ?? onlyStandard([...earlier, ...later], 'the statements of both snapshots').standard.id;
  // Neither snapshot is filtered by `where` here: a merger can cross it, so filter the pairs.
  const common = { organisations: options.organisations, standard };
  const before = readSnapshot(earlier, { ...common, asOf: options.asOf?.from });
  const after = readSnapshot(later, { ...common, asOf: options.asOf?.to });
  const successors = successorTable(options, [...before.members, ...after.members]);
  const minimum = options.minCohortSize ?? MIN_COHORT_SIZE;
  const group = grouping(options.by ?? 'all');

  const afterByKey = new Map(after.members.map((m) => [subjectKey(m.statement), m]));
  const matchedAfter = new Set<string>();
  const tallies = new Map<string, MoveTally>();
  const overall = new MoveTally(ALL_COHORT);
  const followed: SnapshotChange['followed'] = [];
  const unmatched: UnmatchedOrganisation[] = [];

  for (const member of before.members) {
    const key = subjectKey(member.statement);
    const trail: string[] = [];
    let target = afterByKey.get(key);
    // Follow successors until one is in the later snapshot; a cycle or a long chain stops.
    for (let code = key; !target && trail.length < 20;) {
      const next = successors.get(code);
      if (next === undefined || trail.includes(next) || next === key) break;
      trail.push(next);
      target = afterByKey.get(next);
      code = next;
    }
    if (!target) {
      unmatched.push({
        ...describe(member.statement),
        reason: 'not-in-later',
        ...(trail.length ? { successors: trail } : {}),
      });
      continue;
    }
    const targetKey = subjectKey(target.statement);
    matchedAfter.add(targetKey);
    if (trail.length > 0) followed.push({ from: key, to: targetKey });
    if (options.where && !options.where(target)) continue;
    const cohort = group(target);
    const tally = tallyOf(tallies, cohort, MoveTally);
    tally.add(member.statement, target.statement);
    overall.add(member.statement, target.statement);
  }
  for (const member of after.members) {
    if (matchedAfter.has(subjectKey(member.statement))) continue;
    if (options.where && !options.where(member)) continue;
    unmatched.push({ ...describe(member.statement), reason: 'not-in-earlier' });
  }

  return {
    standard: after.standard.name || !before.standard.name ? after.standard : before.standard,
    from: { asOf: before.asOf, organisations: before.members.length },
    to: { asOf: after.asOf, organisations: after.members.length },
    by: byName(options.by),
    overall: overall.summary(minimum),
    cohorts: orderCohorts([...tallies.values()]).map((t) => t.summary(minimum)),
    followed,
    unmatched,
  };
}

/** Options of {@link conformanceSummaryDocument}. */
export interface ConformanceSummaryDocumentOptions {
  /** The document's id among the summaries of its standard and grouping. Default: its as-of date. */
  id?: string;
  /** What the summary counts, for people: `NHS trusts, 2022/23`. */
  title?: string;
  /** The change since an earlier snapshot, from {@link compareSnapshots} with the same grouping. */
  change?: SnapshotChange;
  /** When it was computed (ISO 8601); by default now. Fix it for reproducible output. */
  computed?: string;
}

/**
 * A summary as a `ConformanceSummary` document, to publish beside the statements (as
 * `openmaturity publish` does) so that a page reads one file instead of every statement.
 *
 * @example
 * ```ts
 * const byRegion = summariseStatements(dspt2022, { by: 'region', organisations });
 * const change = compareSnapshots(dspt2020, dspt2022, { by: 'region', organisations });
 * const document = conformanceSummaryDocument(byRegion, { change, title: 'NHS trusts' });
 * layout.conformanceSummary(document.standard.id, document.by, document.id); // 'summaries/dspt/region/2023-11-16.json'
 * ```
 */
export function conformanceSummaryDocument(
  summary: StatementSummary,
  options: ConformanceSummaryDocumentOptions = {},
): ConformanceSummary {
  // The engine's interfaces are the schema's shapes without their index signatures (every
  // object of the format keeps properties it does not know), so the cast only adds those.
  return {
    kind: 'ConformanceSummary',
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? summary.asOf,
    ...(options.title !== undefined ? { title: options.title } : {}),
    computed: options.computed ?? new Date().toISOString(),
    ...summary,
    ...(options.change ? { change: options.change } : {}),
  } as ConformanceSummary;
}

/**
 * The day a snapshot speaks of: the latest day its statements were retrieved from their
 * source, else the latest day one was issued. Undefined for no statements.
 *
 * @example
 * ```ts
 * snapshotDate(dspt2022); // '2023-11-16', the day the list was taken from the portal
 * ```
 */
export function snapshotDate(statements: readonly ConformanceStatement[]): string | undefined {
  let retrieved: string | undefined;
  let issued: string | undefined;
  for (const s of statements) {
    const r = s.source?.retrieved;
    if (r !== undefined && (retrieved === undefined || r > retrieved)) retrieved = r;
    if (issued === undefined || s.issued > issued) issued = s.issued;
  }
  return retrieved ?? issued;
}

/**
 * A statement's status in the words of the scheme that published it, without a leading year
 * (`22/23 Standards Met` is `Standards Met`), so that two years can be compared; the status
 * itself when the statement keeps no words.
 */
export function publishedWording(statement: Pick<ConformanceStatement, 'status' | 'statusDetail'>): string {
  const detail = statement.statusDetail?.trim();
  if (!detail) return statement.status;
  return detail.replace(/^(?:\d{2}|\d{4})\/\d{2}\s+/, '');
}

// ---------------------------------------------------------------------------------------------

interface Snapshot {
  standard: { id: string; name?: string };
  asOf: string;
  members: StatementMember[];
  notCounted: StatementSummary['notCounted'];
}

/** One statement per organisation, as of the snapshot's date, with the organisation it is about. */
function readSnapshot(statements: readonly ConformanceStatement[], options: StatementSummaryOptions): Snapshot {
  const chosen = options.standard ? statements.filter((s) => s.standard.id === options.standard) : [...statements];
  const standard = options.standard
    ? { id: options.standard, ...nameOf(chosen) }
    : onlyStandard(chosen, 'the statements').standard;
  const asOf = options.asOf ?? snapshotDate(chosen) ?? new Date().toISOString().slice(0, 10);
  const asOfDate = new Date(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(asOfDate.getTime()))
    throw new InvalidDocumentError([issue('invalid_format', ['asOf'], 'a date YYYY-MM-DD', JSON.stringify(asOf))]);
  const byCode = new Map((options.organisations ?? []).map((o) => [o.odsCode, o]));

  const latest = new Map<string, ConformanceStatement>();
  let issuedLater = 0;
  let superseded = 0;
  for (const s of chosen) {
    // ISO dates compare as strings: no date parsing per statement over tens of thousands.
    if (s.issued > asOf) {
      issuedLater++;
      continue;
    }
    const key = subjectKey(s);
    const held = latest.get(key);
    if (!held) latest.set(key, s);
    else {
      superseded++;
      if (isNewer(s, held)) latest.set(key, s);
    }
  }
  let filteredOut = 0;
  const members: StatementMember[] = [];
  for (const statement of latest.values()) {
    const organisation = statement.subject.odsCode === undefined ? undefined : byCode.get(statement.subject.odsCode);
    const member: StatementMember = organisation ? { statement, organisation } : { statement };
    if (options.where && !options.where(member)) filteredOut++;
    else members.push(member);
  }
  return {
    standard,
    asOf,
    members,
    notCounted: { issuedLater, superseded, filteredOut },
  };
}

/** The later of two statements of one organisation: issued later, else the later standard version. */
const isNewer = (a: ConformanceStatement, b: ConformanceStatement) =>
  a.issued !== b.issued ? a.issued > b.issued : (a.standard.version ?? '') > (b.standard.version ?? '');

function onlyStandard(statements: readonly ConformanceStatement[], what: string) {
  const ids = [...new Set(statements.map((s) => s.standard.id))];
  if (ids.length > 1)
    throw new InvalidDocumentError([
      issue(
        'inconsistent',
        ['standard', 'id'],
        `${what} to be of one standard, or the standard option`,
        `${ids.length} standards: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`,
      ),
    ]);
  const id = ids[0] ?? 'none';
  return { standard: { id, ...nameOf(statements) } };
}

const nameOf = (statements: readonly ConformanceStatement[]) => {
  const name = statements.find((s) => s.standard.name)?.standard.name;
  return name ? { name } : {};
};

/** Who a statement is about: its ODS code, else its product or name. */
const subjectKey = (s: ConformanceStatement) =>
  s.subject.odsCode ?? `${s.subject.type}:${s.subject.product?.name ?? s.subject.name}`;

const describe = (s: ConformanceStatement) => ({ id: subjectKey(s), name: s.subject.name, status: s.status });

const byName = (by: CohortBy | undefined) => (typeof by === 'function' ? 'custom' : (by ?? 'all'));

/** Successor codes: the option first, then what organisations and statements say. */
function successorTable(options: SnapshotChangeOptions, members: readonly StatementMember[]): Map<string, string> {
  const table = new Map<string, string>();
  const put = (from: string | undefined, to: string | undefined) => {
    if (from && to && from !== to && !table.has(from)) table.set(from, to);
  };
  const given = options.successors;
  if (given) for (const [from, to] of given instanceof Map ? given : Object.entries(given)) put(from, to);
  for (const o of options.organisations ?? []) put(o.odsCode, successorCode((o as Record<string, unknown>).successor));
  for (const m of members)
    put(m.statement.subject.odsCode, successorCode((m.statement.subject as Record<string, unknown>).successor));
  return table;
}

/**
 * The tally of a cohort, made on first sight. One cohort can be named by its code alone by one
 * member (an Organisation document giving `{ code: 'QMJ' }`) and by its name by another (a
 * statement naming the ICB): the name is kept whichever comes first, so that the same
 * statements read in another order (files by name, rows by line) give the same labels.
 */
function tallyOf<T extends { cohort: CohortRef }>(
  tallies: Map<string, T>,
  cohort: CohortRef,
  Make: new (cohort: CohortRef) => T,
): T {
  const tally = tallies.get(cohort.id);
  if (!tally) {
    const made = new Make(cohort);
    tallies.set(cohort.id, made);
    return made;
  }
  if (tally.cohort.label === tally.cohort.id && cohort.label !== cohort.id) tally.cohort = cohort;
  return tally;
}

/** Largest cohort first, then by label; the cohort of unknowns last. */
function orderCohorts<T extends { cohort: CohortRef; size: number }>(tallies: T[]): T[] {
  return tallies.sort(
    (a, b) =>
      Number(a.cohort.id === UNKNOWN_COHORT.id) - Number(b.cohort.id === UNKNOWN_COHORT.id) ||
      b.size - a.size ||
      a.cohort.label.localeCompare(b.cohort.label),
  );
}

class Tally {
  size = 0;
  private expired = 0;
  private readonly statuses = new Map<ConformanceStatus, number>();
  private readonly wordings = new Map<string, { status: ConformanceStatus; count: number }>();
  constructor(public cohort: CohortRef) {}

  add(statement: ConformanceStatement, asOf: string): void {
    this.size++;
    this.statuses.set(statement.status, (this.statuses.get(statement.status) ?? 0) + 1);
    const wording = publishedWording(statement);
    const w = this.wordings.get(wording);
    if (w) w.count++;
    else this.wordings.set(wording, { status: statement.status, count: 1 });
    // isExpired's rule (valid through its expiry day) read at the end of the as-of day.
    if (statement.expires !== undefined && statement.expires < asOf) this.expired++;
  }

  summary(minimum: number): CohortConformance {
    const base = { cohort: this.cohort, organisations: this.size };
    if (this.size < minimum) return { ...base, suppressed: true };
    const share = (count: number) => round(count / this.size, 4);
    return {
      ...base,
      suppressed: false,
      statuses: conformanceStatuses.map((status) => {
        const count = this.statuses.get(status) ?? 0;
        return { status, count, share: share(count) };
      }),
      wordings: [...this.wordings]
        .map(([wording, { status, count }]) => ({ wording, status, count, share: share(count) }))
        .sort(
          (a, b) =>
            b.count - a.count ||
            conformanceStatuses.indexOf(a.status) - conformanceStatuses.indexOf(b.status) ||
            a.wording.localeCompare(b.wording),
        ),
      expired: this.expired,
    };
  }
}

/** The order in which a move is better or worse; other statuses say nothing of direction. */
const RANK: Partial<Record<ConformanceStatus, number>> = {
  conformant: 3,
  'partially-conformant': 2,
  'not-conformant': 1,
};

class MoveTally {
  size = 0;
  private readonly moves = new Map<string, StatusMove>();
  private readonly wordingMoves = new Map<string, WordingMove>();
  constructor(public cohort: CohortRef) {}

  add(from: ConformanceStatement, to: ConformanceStatement): void {
    this.size++;
    const key = `${from.status}>${to.status}`;
    const move = this.moves.get(key);
    if (move) move.count++;
    else this.moves.set(key, { from: from.status, to: to.status, count: 1 });
    const a = publishedWording(from);
    const b = publishedWording(to);
    const wordingKey = `${a}\u0000${b}`;
    const wordingMove = this.wordingMoves.get(wordingKey);
    if (wordingMove) wordingMove.count++;
    else this.wordingMoves.set(wordingKey, { from: a, to: b, count: 1 });
  }

  summary(minimum: number): CohortChange {
    const base = { cohort: this.cohort, organisations: this.size };
    if (this.size < minimum) return { ...base, suppressed: true };
    let improved = 0;
    let worsened = 0;
    let unchanged = 0;
    let other = 0;
    for (const { from, to, count } of this.moves.values()) {
      const a = RANK[from];
      const b = RANK[to];
      if (from === to) unchanged += count;
      else if (a === undefined || b === undefined) other += count;
      else if (b > a) improved += count;
      else worsened += count;
    }
    const byCount = <T extends { count: number; from: string; to: string }>(x: T, y: T) =>
      y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to);
    return {
      ...base,
      suppressed: false,
      moves: [...this.moves.values()].sort(byCount),
      wordingMoves: [...this.wordingMoves.values()].sort(byCount),
      improved,
      worsened,
      unchanged,
      other,
    };
  }
}
