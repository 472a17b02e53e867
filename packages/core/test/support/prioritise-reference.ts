/**
 * The priority checklist as it was before it was rewritten over integer indices and typed
 * arrays (string-keyed maps, a candidate object per item, the graph built twice): kept, verbatim
 * but for its imports, as the oracle that engine-properties.test.ts compares the real one with.
 */
import {
  InvalidDocumentError,
  type Assessment,
  type Framework,
  type Indicator,
  type LocalPriority,
  type PriorityItem,
  type PriorityOptions,
  type ResponseValue,
  type Tier,
} from '@openmaturity/core';
import { isMet, scoreAnswer, targetOf, type PriorityReason } from '@openmaturity/core/engine';
import { issue } from '../../src/format/issues.js';

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
export function prioritiseReference(
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

/**
 * Orders nodes so that none comes before one of its prerequisites, choosing among the nodes
 * that are free at each step the one that `before` ranks first (Kahn's algorithm with a
 * priority queue). Prerequisites outside `nodes` are taken as done. Time: O(n log n + links).
 *
 * @returns the order, or the nodes left over when the graph has a cycle.
 */
function orderByPrerequisites<T>(
  nodes: readonly T[],
  idOf: (node: T) => string,
  prerequisitesOf: (node: T) => readonly string[],
  before: (a: T, b: T) => boolean,
): { order: T[]; cyclic: T[] } {
  const { waiting, dependants } = linkDependants(nodes, idOf, prerequisitesOf);
  const free = new Heap<T>(before);
  for (const node of nodes) if (waiting.get(node) === 0) free.push(node);
  const order: T[] = [];
  while (free.size > 0) {
    const node = free.pop()!;
    order.push(node);
    for (const dependant of dependants.get(idOf(node)) ?? []) {
      const left = waiting.get(dependant)! - 1;
      waiting.set(dependant, left);
      if (left === 0) free.push(dependant);
    }
  }
  const placed = new Set(order);
  return { order, cyclic: order.length === nodes.length ? [] : nodes.filter((node) => !placed.has(node)) };
}

/**
 * Any order of `nodes` in which none comes before one of its prerequisites (Kahn's algorithm
 * with a plain queue), for passes that need an order but no preference: O(n + links). Nodes on
 * a cycle are left out.
 */
function topologicalOrder<T>(
  nodes: readonly T[],
  idOf: (node: T) => string,
  prerequisitesOf: (node: T) => readonly string[],
): T[] {
  const { waiting, dependants } = linkDependants(nodes, idOf, prerequisitesOf);
  const order = nodes.filter((node) => waiting.get(node) === 0);
  for (let i = 0; i < order.length; i++) {
    for (const dependant of dependants.get(idOf(order[i]!)) ?? []) {
      const left = waiting.get(dependant)! - 1;
      waiting.set(dependant, left);
      if (left === 0) order.push(dependant);
    }
  }
  return order;
}

/** Per node, how many of its prerequisites (among `nodes`) are not yet placed, and who waits on each node. */
function linkDependants<T>(
  nodes: readonly T[],
  idOf: (node: T) => string,
  prerequisitesOf: (node: T) => readonly string[],
) {
  const ids = new Set(nodes.map(idOf));
  const waiting = new Map<T, number>();
  const dependants = new Map<string, T[]>();
  for (const node of nodes) {
    let count = 0;
    for (const id of new Set(prerequisitesOf(node))) {
      if (!ids.has(id)) continue;
      count++;
      const list = dependants.get(id);
      if (list) list.push(node);
      else dependants.set(id, [node]);
    }
    waiting.set(node, count);
  }
  return { waiting, dependants };
}

class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
      if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
      if (best === i) return top;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
  }
}
