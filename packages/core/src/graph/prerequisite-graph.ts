/**
 * The prerequisite graph of a framework: indicators are nodes, "needs" links are edges.
 * Iterative, so a framework of tens of thousands of indicators cannot overflow the stack.
 */
import { Heap } from './heap.js';

/** A graph as, per node, the nodes it depends on. Links to unknown nodes are ignored. */
export type PrerequisiteGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Finds one cycle, if any, as the path that closes it: `['a', 'b', 'c', 'a']` means a needs
 * b, b needs c and c needs a. Runs in time linear in nodes plus links.
 */
export function findCycle(graph: PrerequisiteGraph): string[] | undefined {
  const VISITING = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, VISITING);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const needs = graph.get(frame.node) ?? [];
      if (frame.next >= needs.length) {
        state.set(frame.node, DONE);
        stack.pop();
        continue;
      }
      const child = needs[frame.next++]!;
      if (!graph.has(child)) continue;
      const seen = state.get(child);
      if (seen === VISITING) {
        const from = stack.findIndex((f) => f.node === child);
        return [...stack.slice(from).map((f) => f.node), child];
      }
      if (seen === undefined) {
        state.set(child, VISITING);
        stack.push({ node: child, next: 0 });
      }
    }
  }
  return undefined;
}

/**
 * Orders nodes so that none comes before one of its prerequisites, choosing among the nodes
 * that are free at each step the one that `before` ranks first (Kahn's algorithm with a
 * priority queue). Prerequisites outside `nodes` are taken as done. Time: O(n log n + links).
 *
 * @returns the order, or the nodes left over when the graph has a cycle.
 */
export function orderByPrerequisites<T>(
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
export function topologicalOrder<T>(
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
