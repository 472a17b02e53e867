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
import { isMet, scoreAnswer, targetOf } from './measures.js';
import { orderByPrerequisites, topologicalOrder } from '../graph/prerequisite-graph.js';

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
const TIER_WORDS: Record<Tier, string> = {
  foundation: 'Foundation: basics first.',
  core: 'Core.',
  advanced: 'Advanced: once the foundations are in place.',
};

interface Candidate {
  indicator: Indicator;
  position: number;
  item: Omit<PriorityItem, 'rank' | 'reason' | 'reasons'>;
}

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
  const answers = new Map<string, ResponseValue>();
  for (const response of assessment.responses)
    if (!answers.has(response.indicator)) answers.set(response.indicator, response.value);
  const names = new Map(framework.indicators.map((indicator) => [indicator.id, indicator.name]));
  const factors = localFactors(assessment.localPriorities ?? []);

  const unmet = new Set<string>();
  for (const indicator of framework.indicators)
    if (!isMet(framework, indicator, answers.get(indicator.id))) unmet.add(indicator.id);

  const candidates: Candidate[] = [];
  framework.indicators.forEach((indicator, position) => {
    if (!unmet.has(indicator.id)) return;
    const current = answers.get(indicator.id) ?? undefined;
    const currentScore = scoreAnswer(framework, indicator, current);
    const target = targetOf(framework, indicator);
    const targetScore = scoreAnswer(framework, indicator, target) ?? 100;
    const weight = indicator.weight ?? 1;
    const local = factorFor(factors, indicator);
    const gap = Math.max(0, targetScore - (currentScore ?? 0));
    const blockedBy = [...new Set(indicator.prerequisites ?? [])]
      .filter((id) => unmet.has(id))
      .map((id) => ({ indicator: id, name: names.get(id) ?? id }));
    candidates.push({
      indicator,
      position,
      item: {
        indicator: indicator.id,
        name: indicator.name,
        domain: indicator.domain,
        tier: indicator.tier,
        current,
        currentScore,
        target,
        targetScore,
        gap,
        weight,
        localFactor: local.factor,
        expectedGain: gap * weight * local.factor,
        ready: blockedBy.length === 0,
        blockedBy,
      },
    });
  });

  const before = (a: Candidate, b: Candidate) => {
    const tier = TIER_ORDER[a.item.tier] - TIER_ORDER[b.item.tier];
    if (tier !== 0) return tier < 0;
    if (a.item.expectedGain !== b.item.expectedGain) return a.item.expectedGain > b.item.expectedGain;
    return a.position < b.position;
  };
  const ready = candidates.filter((c) => c.item.ready).sort((a, b) => (before(a, b) ? -1 : 1));
  const waiting = candidates.filter((c) => !c.item.ready);
  const effective = inheritTiers(waiting);
  // Among blocked items, the tier that counts is the lowest of the item and all that waits for it.
  const beforeBlocked = (a: Candidate, b: Candidate) => {
    const tier = TIER_ORDER[effective.get(a)!.tier] - TIER_ORDER[effective.get(b)!.tier];
    return tier !== 0 ? tier < 0 : before(a, b);
  };
  const blocked = orderByPrerequisites(
    waiting,
    (c) => c.indicator.id,
    (c) => c.indicator.prerequisites ?? [],
    beforeBlocked,
  );
  if (blocked.cyclic.length > 0) {
    const ids = blocked.cyclic.map((c) => c.indicator.id);
    throw new InvalidDocumentError([
      issue('prerequisite_cycle', ['indicators'], 'prerequisites without a cycle', `a cycle among ${ids.join(', ')}`),
    ]);
  }

  const domains = options.domains && new Set(options.domains);
  const tiers = options.tiers && new Set(options.tiers);
  const checklist: PriorityItem[] = [];
  [...ready, ...blocked.order].forEach((candidate, index) => {
    const { item } = candidate;
    if ((domains && !domains.has(item.domain)) || (tiers && !tiers.has(item.tier))) return;
    if (options.limit !== undefined && checklist.length >= options.limit) return;
    const reasons = reasonsFor(item, factors, candidate.indicator, effective.get(candidate));
    checklist.push({ rank: index + 1, ...item, reasons, reason: sentence(reasons, item) });
  });
  return checklist;
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

function factorFor(factors: Factors, indicator: Indicator) {
  const applying = [...(factors.domains.get(indicator.domain) ?? []), ...(factors.indicators.get(indicator.id) ?? [])];
  return { factor: applying.reduce((product, p) => product * p.weight, 1), applying };
}

/**
 * For each blocked item, the lowest tier among itself and every blocked item that waits for it,
 * directly or not, and which of those set it. One pass in reverse topological order: O(n + links).
 */
function inheritTiers(waiting: Candidate[]): Map<Candidate, { tier: Tier; by: string[] }> {
  const byId = new Map(waiting.map((c) => [c.indicator.id, c]));
  const order = topologicalOrder(
    waiting,
    (c) => c.indicator.id,
    (c) => c.indicator.prerequisites ?? [],
  );
  const effective = new Map<Candidate, { tier: Tier; by: string[] }>(
    waiting.map((c) => [c, { tier: c.item.tier, by: [] }]),
  );
  for (let i = order.length - 1; i >= 0; i--) {
    const dependant = order[i]!;
    const inherited = effective.get(dependant)!;
    for (const id of new Set(dependant.indicator.prerequisites ?? [])) {
      const prerequisite = byId.get(id);
      if (!prerequisite) continue;
      const own = effective.get(prerequisite)!;
      if (TIER_ORDER[inherited.tier] < TIER_ORDER[own.tier])
        effective.set(prerequisite, { tier: inherited.tier, by: [dependant.indicator.id] });
      else if (inherited.tier === own.tier && own.tier !== prerequisite.item.tier) own.by.push(dependant.indicator.id);
    }
  }
  return effective;
}

function reasonsFor(
  item: Candidate['item'],
  factors: Factors,
  indicator: Indicator,
  effective?: { tier: Tier; by: string[] },
): PriorityReason[] {
  const reasons: PriorityReason[] = [
    item.ready ? { code: 'ready' } : { code: 'blocked', by: item.blockedBy.map((b) => b.indicator) },
  ];
  reasons.push({ code: 'tier', tier: item.tier });
  if (effective && effective.tier !== item.tier)
    reasons.push({ code: 'unblocks', tier: effective.tier, by: effective.by });
  reasons.push({ code: 'gain', gap: item.gap, weight: item.weight, gain: item.expectedGain });
  const { applying } = factorFor(factors, indicator);
  if (applying.length > 0)
    reasons.push({
      code: 'local-priority',
      factor: item.localFactor,
      reasons: applying.map((p) => p.reason).filter(Boolean),
    });
  return reasons;
}

const figure = (n: number) => String(Math.round(n * 10) / 10);

function sentence(reasons: PriorityReason[], item: Candidate['item']): string {
  return reasons
    .map((reason) => {
      switch (reason.code) {
        case 'ready':
          return 'Can start now.';
        case 'blocked':
          return `Blocked by: ${item.blockedBy.map((b) => b.name).join(', ')}.`;
        case 'tier':
          return TIER_WORDS[reason.tier];
        case 'unblocks':
          return `Comes early: ${reason.tier} work waits for it.`;
        case 'gain':
          return `Expected gain ${figure(reason.gain)} (gap of ${figure(reason.gap)} points x weight ${figure(reason.weight)}${item.localFactor !== 1 ? ` x local priority ${figure(item.localFactor)}` : ''}).`;
        case 'local-priority':
          return `${reason.factor >= 1 ? 'Raised' : 'Lowered'} by local priority${reason.reasons.length ? `: ${reason.reasons.map((r) => r.replace(/[.\s]+$/, '')).join('; ')}` : ''}.`;
      }
    })
    .join(' ');
}
