/**
 * The priority checklist: "get the priorities right", Wi-Fi before AI. The unmet indicators of
 * an assessment, in the order a trust should take them, each with the reason for its place.
 *
 * The rules, in order of precedence:
 * 1. never an item before one of its prerequisites;
 * 2. items that can start now (every prerequisite met) before blocked ones;
 * 3. foundation before core before advanced (a blocked item that the foundations of another wait
 *    for counts as that tier, so that no foundation item waits behind core work it does not need);
 * 4. then the larger expected gain (gap times weight), scaled by the trust's local priorities,
 *    which therefore move items only within rules 1 to 3;
 * 5. ties broken by framework order, so the output is deterministic.
 */
import type { Assessment, LocalPriority, ResponseValue } from '../format/kinds/assessment.js';
import type { Framework, Indicator, Tier } from '../format/kinds/framework.js';
import { InvalidDocumentError } from '../format/invalid-document-error.js';
import { issue } from '../format/issues.js';
import { scoreAnswer, targetOf } from './measures.js';
import { orderByPrerequisites, topologicalOrder, type IndexGraph } from '../graph/prerequisite-graph.js';

/** Why an item stands where it does, as data (the `reason` sentence says the same in English). */
export type PriorityReason =
  | { code: 'ready' }
  | { code: 'blocked'; by: string[] }
  | { code: 'tier'; tier: Tier }
  | { code: 'unblocks'; tier: Tier; by: string[] }
  | { code: 'gain'; gap: number; weight: number; gain: number }
  | { code: 'local-priority'; factor: number; reasons: string[] };

export interface PriorityItem {
  /** The place in the whole checklist, from 1 (filters do not renumber). */
  rank: number;
  indicator: string;
  name: string;
  domain: string;
  tier: Tier;
  /** The current answer; `undefined` when not answered. */
  current: ResponseValue | undefined;
  currentScore: number | undefined;
  target: Exclude<ResponseValue, null>;
  targetScore: number;
  /** Points (0-100) between the current score (0 when unanswered) and the target's. */
  gap: number;
  weight: number;
  /** The product of the assessment's local priorities for this indicator and its domain (1 when none). */
  localFactor: number;
  /** gap x weight x localFactor. */
  expectedGain: number;
  /** Whether every prerequisite is met, so that work can start now. */
  ready: boolean;
  /** The prerequisites not yet met. */
  blockedBy: { indicator: string; name: string }[];
  /** A sentence for people: "Blocked by: Network and Wi-Fi coverage. Core. Expected gain ..." */
  reason: string;
  reasons: PriorityReason[];
}

export interface PriorityOptions {
  /** At most this many items (after the filters). */
  limit?: number;
  /** Only items of these domains. */
  domains?: readonly string[];
  /** Only items of these tiers. */
  tiers?: readonly Tier[];
}

const TIER_ORDER: Record<Tier, number> = { foundation: 0, core: 1, advanced: 2 };
/** The tiers by their TIER_ORDER. */
const TIERS: readonly Tier[] = ['foundation', 'core', 'advanced'];
const TIER_WORDS: Record<Tier, string> = {
  foundation: 'Foundation: basics first.',
  core: 'Core.',
  advanced: 'Advanced: once the foundations are in place.',
};

/**
 * Orders the unmet indicators of an assessment into a checklist. Runs in O(n log n + links)
 * for n indicators: linear but for sorting by gain.
 *
 * @throws {@link InvalidDocumentError} if the framework's prerequisites form a cycle (a
 *   framework that passed `parseDocument` never does).
 * @example
 * ```ts
 * const [first] = prioritise(framework, assessment, { limit: 5, tiers: ['foundation', 'core'] });
 * first.reason; // "Can start now. Foundation: basics first. Expected gain 200 (gap of 100 points x weight 2)."
 * ```
 */
export function prioritise(
  framework: Framework,
  assessment: Assessment,
  options: PriorityOptions = {},
): PriorityItem[] {
  // Every indicator is known by its position in the framework from here on: flat arrays
  // indexed by position instead of maps keyed by id, and the graph built once, so that a
  // framework of 10,000 indicators is a few passes over memory (bench/engine.bench.ts).
  const indicators = framework.indicators;
  const n = indicators.length;
  const positions = new Map<string, number>();
  for (let i = 0; i < n; i++) positions.set(indicators[i]!.id, i);
  // An id used twice (a framework that skipped parseDocument) stands for its last position here;
  // every indicator of that id then reads that position's answer.
  const duplicates = positions.size !== n;
  // The first response to an indicator counts, by the indicator's position.
  const answered = new Uint8Array(n);
  const answers: ResponseValue[] = new Array(n);
  for (const response of assessment.responses) {
    const q = positions.get(response.indicator);
    if (q === undefined || answered[q]) continue;
    answered[q] = 1;
    answers[q] = response.value;
  }
  const factors = localFactors(assessment.localPriorities ?? []);
  const anyFactors = factors.indicators.size > 0 || factors.domains.size > 0;

  // What isMet decides, from the scores this pass needs anyway.
  const unmet = new Uint8Array(n);
  const currents: (ResponseValue | undefined)[] = new Array(n);
  const currentScores: (number | undefined)[] = new Array(n);
  const targets: Exclude<ResponseValue, null>[] = new Array(n);
  const targetScores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const indicator = indicators[i]!;
    const at = duplicates ? positions.get(indicator.id)! : i;
    const current = answered[at] ? answers[at] : undefined;
    const score = scoreAnswer(framework, indicator, current);
    const target = targetOf(framework, indicator);
    const targetScore = scoreAnswer(framework, indicator, target);
    if (score !== undefined && targetScore !== undefined && score >= targetScore) continue;
    unmet[i] = 1;
    currents[i] = current ?? undefined;
    currentScores[i] = score;
    targets[i] = target;
    targetScores[i] = targetScore ?? 100;
  }

  // Each unmet item's unmet prerequisites, once each, in the framework's order of them.
  const gaps = new Float64Array(n);
  const weights = new Float64Array(n);
  const localFactorsOf = new Float64Array(n);
  const gains = new Float64Array(n);
  const tiers = new Uint8Array(n);
  const blockedStart = new Int32Array(n + 1);
  const blocked: number[] = [];
  const seen = new Int32Array(n).fill(-1);
  let unmetCount = 0;
  for (let i = 0; i < n; i++) {
    blockedStart[i] = blocked.length;
    if (!unmet[i]) continue;
    unmetCount++;
    const indicator = indicators[i]!;
    for (const id of indicator.prerequisites ?? []) {
      const q = positions.get(id);
      if (q === undefined || !unmet[q] || seen[q] === i) continue;
      seen[q] = i;
      blocked.push(q);
    }
    gaps[i] = Math.max(0, targetScores[i]! - (currentScores[i] ?? 0));
    weights[i] = indicator.weight ?? 1;
    localFactorsOf[i] = anyFactors ? factorFor(factors, indicator).factor : 1;
    gains[i] = gaps[i]! * weights[i]! * localFactorsOf[i]!;
    tiers[i] = TIER_ORDER[indicator.tier];
  }
  blockedStart[n] = blocked.length;

  // Rules 4 and 5 as one integer per unmet item: its place by larger gain, then framework
  // order. A checklist has few distinct gains, so rather than sort items with a comparator
  // (the costliest step of the ordering in a profile at 10,000), sort the gains as plain
  // numbers, number each distinct one, and place items by that number (a counting sort).
  const byGain = orderByGain(unmet, unmetCount, gains);
  const gainRank = new Int32Array(n);
  for (let r = 0; r < unmetCount; r++) gainRank[byGain[r]!] = r;
  // Ready items in order of tier, then gain rank; blocked ones in framework order (their
  // order comes from the graph).
  const ready: number[] = [];
  for (let tier = 0; tier < TIERS.length; tier++)
    for (let r = 0; r < unmetCount; r++) {
      const i = byGain[r]!;
      if (tiers[i] === tier && blockedStart[i] === blockedStart[i + 1]) ready.push(i);
    }
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) if (unmet[i] && blockedStart[i] !== blockedStart[i + 1]) waiting.push(i);

  // The graph among blocked items (over their places in `waiting`): a prerequisite that is
  // ready comes first anyway, so only links between blocked items order them.
  const place = new Int32Array(n).fill(-1);
  for (let w = 0; w < waiting.length; w++) place[waiting[w]!] = w;
  const offsets = new Int32Array(waiting.length + 1);
  const links: number[] = [];
  for (let w = 0; w < waiting.length; w++) {
    const i = waiting[w]!;
    for (let k = blockedStart[i]!; k < blockedStart[i + 1]!; k++)
      if (place[blocked[k]!]! >= 0) links.push(place[blocked[k]!]!);
    offsets[w + 1] = links.length;
  }
  const graph: IndexGraph = { size: waiting.length, offsets, targets: Int32Array.from(links) };
  const effective = inheritTiers(graph, waiting, tiers, indicators);
  // Among blocked items, the tier that counts is the lowest of the item and all that waits for
  // it; then the item's own tier, then its gain rank: one integer per item, smaller first.
  const rank = new Float64Array(waiting.length);
  for (let w = 0; w < waiting.length; w++)
    rank[w] = (effective.tiers[w]! * TIERS.length + tiers[waiting[w]!]!) * unmetCount + gainRank[waiting[w]!]!;
  const { order, cyclic } = orderByPrerequisites(graph, (a, b) => rank[a]! < rank[b]!);
  if (cyclic.length > 0) {
    const ids = cyclic.map((w) => indicators[waiting[w]!]!.id);
    throw new InvalidDocumentError([
      issue('prerequisite_cycle', ['indicators'], 'prerequisites without a cycle', `a cycle among ${ids.join(', ')}`),
    ]);
  }

  const domains = options.domains && new Set(options.domains);
  const tierFilter = options.tiers && new Set(options.tiers);
  const gainPhrases = new GainPhrases();
  const checklist: PriorityItem[] = [];
  const total = ready.length + order.length;
  for (let rank = 1; rank <= total; rank++) {
    if (options.limit !== undefined && checklist.length >= options.limit) break;
    const w = rank <= ready.length ? -1 : order[rank - 1 - ready.length]!;
    const i = w < 0 ? ready[rank - 1]! : waiting[w]!;
    const indicator = indicators[i]!;
    if ((domains && !domains.has(indicator.domain)) || (tierFilter && !tierFilter.has(indicator.tier))) continue;
    // Every item of a large checklist is built, so each is built with as few objects and
    // strings as it can be: most of prioritise's time at 10,000 indicators went to making,
    // and collecting, the pieces of its reasons and sentences (bench/engine.bench.ts).
    let blockedBy: PriorityItem['blockedBy'];
    let first: PriorityReason;
    let text: string;
    if (w < 0) {
      blockedBy = [];
      first = { code: 'ready' };
      text = READY_LEADS[tiers[i]!]!;
    } else {
      // Arrays made as long as they will be: one grown by push keeps room for 17.
      const from = blockedStart[i]!;
      const count = blockedStart[i + 1]! - from;
      blockedBy = new Array<PriorityItem['blockedBy'][number]>(count);
      const by = new Array<string>(count);
      let names = '';
      for (let k = 0; k < count; k++) {
        const prerequisite = indicators[blocked[from + k]!]!;
        blockedBy[k] = { indicator: prerequisite.id, name: prerequisite.name };
        by[k] = prerequisite.id;
        names = k === 0 ? prerequisite.name : `${names}, ${prerequisite.name}`;
      }
      first = { code: 'blocked', by };
      text = `Blocked by: ${names}${BLOCKED_TIER_PHRASES[tiers[i]!]!}`;
    }
    const tier = indicator.tier;
    const gap = gaps[i]!;
    const weight = weights[i]!;
    const localFactor = localFactorsOf[i]!;
    const expectedGain = gains[i]!;
    const gainReason: PriorityReason = { code: 'gain', gap, weight, gain: expectedGain };
    let reasons: PriorityReason[];
    // The reasons in the order their phrases make the sentence: ready or blocked, tier,
    // unblocks (a blocked item whose tier was lowered), gain, local priority.
    const lowered = w >= 0 && effective.tiers[w] !== tiers[i] ? effective.by[w] : undefined;
    if (lowered) {
      const unblocks: PriorityReason = { code: 'unblocks', tier: TIERS[effective.tiers[w]!]!, by: lowered };
      reasons = [first, { code: 'tier', tier }, unblocks, gainReason];
      text += UNBLOCKS_PHRASES[effective.tiers[w]!]!;
    } else reasons = [first, { code: 'tier', tier }, gainReason];
    text += gainPhrases.get(gap, weight, localFactor, expectedGain);
    const applying = anyFactors ? factorFor(factors, indicator).applying : undefined;
    if (applying && applying.length > 0) {
      const local: PriorityReason = {
        code: 'local-priority',
        factor: localFactor,
        reasons: applying.map((p) => p.reason).filter(Boolean),
      };
      reasons.push(local);
      text += ` ${localPhrase(local)}`;
    }
    // One literal per item, in the order of PriorityItem's fields: no spread of a half-built one.
    checklist.push({
      rank,
      indicator: indicator.id,
      name: indicator.name,
      domain: indicator.domain,
      tier,
      current: currents[i],
      currentScore: currentScores[i],
      target: targets[i]!,
      targetScore: targetScores[i]!,
      gap,
      weight,
      localFactor,
      expectedGain,
      ready: w < 0,
      blockedBy,
      reasons,
      reason: text,
    });
  }
  return checklist;
}

/** The unmet items by larger gain, then framework order. O(n log n) without a comparator. */
function orderByGain(unmet: Uint8Array, count: number, gains: Float64Array): Int32Array {
  const sorted = new Float64Array(count);
  for (let i = 0, u = 0; u < count; i++) if (unmet[i]) sorted[u++] = gains[i]!;
  sorted.sort();
  // The distinct gains, in place (smallest first).
  let distinct = 0;
  for (let u = 0; u < count; u++)
    if (distinct === 0 || sorted[u] !== sorted[distinct - 1]) sorted[distinct++] = sorted[u]!;
  // Each item's place among the distinct gains, largest first (binary search), counted per place.
  const place = new Int32Array(unmet.length);
  const starts = new Int32Array(distinct + 1);
  for (let i = 0; i < unmet.length; i++) {
    if (!unmet[i]) continue;
    const gain = gains[i]!;
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < gain) low = middle + 1;
      else high = middle;
    }
    low = distinct - 1 - low;
    place[i] = low;
    starts[low + 1]!++;
  }
  for (let d = 0; d < distinct; d++) starts[d + 1]! += starts[d]!;
  const order = new Int32Array(count);
  for (let i = 0; i < unmet.length; i++) if (unmet[i]) order[starts[place[i]!]!++] = i;
  return order;
}

interface Factors {
  indicators: Map<string, LocalPriority[]>;
  domains: Map<string, LocalPriority[]>;
}

function localFactors(priorities: readonly LocalPriority[]): Factors {
  const factors: Factors = { indicators: new Map(), domains: new Map() };
  for (const priority of priorities) {
    const [map, key] =
      priority.indicator !== undefined ? [factors.indicators, priority.indicator] : [factors.domains, priority.domain];
    if (key !== undefined) map.set(key, [...(map.get(key) ?? []), priority]);
  }
  return factors;
}

/** The largest product of local priority weights that one step is scaled by. */
const MAX_LOCAL_FACTOR = 1e6;

function factorFor(factors: Factors, indicator: Indicator) {
  const applying = [...(factors.domains.get(indicator.domain) ?? []), ...(factors.indicators.get(indicator.id) ?? [])];
  // Local priorities multiply; many on one domain could overflow into Infinity, which would
  // tie every such step and reach the checklist as "Infinity". The cap orders them all first.
  const factor = applying.reduce((product, p) => Math.min(product * p.weight, MAX_LOCAL_FACTOR), 1);
  return { factor, applying };
}

/**
 * For each blocked item, the lowest tier among itself and every blocked item that waits for it,
 * directly or not, and which of those set it. One pass in reverse topological order: O(n + links).
 */
function inheritTiers(
  graph: IndexGraph,
  waiting: readonly number[],
  tiers: Uint8Array,
  indicators: readonly Indicator[],
) {
  const effective = new Uint8Array(graph.size);
  for (let w = 0; w < graph.size; w++) effective[w] = tiers[waiting[w]!]!;
  // Only for items whose tier was lowered: the dependants that lowered it.
  const by: (string[] | undefined)[] = new Array(graph.size);
  const order = topologicalOrder(graph);
  for (let o = order.length - 1; o >= 0; o--) {
    const dependant = order[o]!;
    const inherited = effective[dependant]!;
    for (let k = graph.offsets[dependant]!; k < graph.offsets[dependant + 1]!; k++) {
      const prerequisite = graph.targets[k]!;
      if (inherited < effective[prerequisite]!) {
        effective[prerequisite] = inherited;
        by[prerequisite] = [indicators[waiting[dependant]!]!.id];
      } else if (inherited === effective[prerequisite] && inherited !== tiers[waiting[prerequisite]!])
        by[prerequisite]!.push(indicators[waiting[dependant]!]!.id);
    }
  }
  return { tiers: effective, by };
}

/** By TIER_ORDER: how a ready item's sentence starts, and what follows a blocked one's list. */
const READY_LEADS = TIERS.map((tier) => `Can start now. ${TIER_WORDS[tier]}`);
const BLOCKED_TIER_PHRASES = TIERS.map((tier) => `. ${TIER_WORDS[tier]}`);
const UNBLOCKS_PHRASES = TIERS.map((tier) => ` Comes early: ${tier} work waits for it.`);

const figure = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The gain phrases of one checklist, each made once: a checklist has thousands of items but few
 * distinct gaps, weights and local factors, so most items share one of a handful of phrases.
 */
class GainPhrases {
  private readonly byGap = new Map<number, Map<number, Map<number, string>>>();

  get(gap: number, weight: number, localFactor: number, gain: number): string {
    let byWeight = this.byGap.get(gap);
    if (!byWeight) this.byGap.set(gap, (byWeight = new Map()));
    let byFactor = byWeight.get(weight);
    if (!byFactor) byWeight.set(weight, (byFactor = new Map()));
    let phrase = byFactor.get(localFactor);
    if (phrase === undefined) {
      // gain is gap x weight x localFactor, so the three keys decide it.
      phrase = ` Expected gain ${figure(gain)} (gap of ${figure(gap)} points x weight ${figure(weight)}${localFactor !== 1 ? ` x local priority ${figure(localFactor)}` : ''}).`;
      byFactor.set(localFactor, phrase);
    }
    return phrase;
  }
}

function localPhrase(reason: Extract<PriorityReason, { code: 'local-priority' }>): string {
  return `${reason.factor >= 1 ? 'Raised' : 'Lowered'} by local priority${reason.reasons.length ? `: ${reason.reasons.map((r) => r.replace(/[.\s]+$/, '')).join('; ')}` : ''}.`;
}
