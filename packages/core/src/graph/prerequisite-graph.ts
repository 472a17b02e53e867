/**
 * The prerequisite graph of a framework: indicators are nodes, "needs" links are edges. Ordering
 * here; finding a cycle in find-cycle.ts, which every reader of a framework runs, so that a page
 * that only scores does not carry the ordering. Iterative, so a framework of tens of thousands of
 * indicators cannot overflow the stack.
 */
import { Heap } from './heap.js';

/**
 * A graph over the nodes 0 to size - 1, compressed: the prerequisites of node i are
 * `targets[offsets[i]]` to `targets[offsets[i + 1] - 1]`, each once. Integer indices and typed
 * arrays rather than maps keyed by id, so that ordering tens of thousands of nodes is a few
 * passes over flat memory.
 */
export interface IndexGraph {
  readonly size: number;
  /** size + 1 entries. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Orders nodes so that none comes before one of its prerequisites, choosing among the nodes
 * that are free at each step the one that `before` ranks first (Kahn's algorithm with a
 * priority queue). Time: O(n log n + links).
 *
 * @returns the order, and the nodes left over (in index order) when the graph has a cycle.
 */
export function orderByPrerequisites(
  graph: IndexGraph,
  before: (a: number, b: number) => boolean,
): { order: Int32Array; cyclic: number[] } {
  const { waiting, dependants } = linkDependants(graph);
  const free = new Heap<number>(before);
  for (let node = 0; node < graph.size; node++) if (waiting[node] === 0) free.push(node);
  const order = new Int32Array(graph.size);
  let placed = 0;
  while (free.size > 0) {
    const node = free.pop()!;
    order[placed++] = node;
    for (let k = dependants.offsets[node]!; k < dependants.offsets[node + 1]!; k++) {
      const dependant = dependants.targets[k]!;
      if (--waiting[dependant]! === 0) free.push(dependant);
    }
  }
  const cyclic: number[] = [];
  if (placed < graph.size) for (let node = 0; node < graph.size; node++) if (waiting[node]! > 0) cyclic.push(node);
  return { order: order.subarray(0, placed), cyclic };
}

/**
 * Any order of the nodes in which none comes before one of its prerequisites (Kahn's algorithm
 * with a plain queue), for passes that need an order but no preference: O(n + links). Nodes on
 * a cycle are left out.
 */
export function topologicalOrder(graph: IndexGraph): Int32Array {
  const { waiting, dependants } = linkDependants(graph);
  const order = new Int32Array(graph.size);
  let end = 0;
  for (let node = 0; node < graph.size; node++) if (waiting[node] === 0) order[end++] = node;
  for (let i = 0; i < end; i++) {
    const node = order[i]!;
    for (let k = dependants.offsets[node]!; k < dependants.offsets[node + 1]!; k++) {
      const dependant = dependants.targets[k]!;
      if (--waiting[dependant]! === 0) order[end++] = dependant;
    }
  }
  return order.subarray(0, end);
}

/**
 * Per node, how many prerequisites it waits for, and the reverse graph: who waits on each node,
 * in index order.
 */
function linkDependants({ size, offsets, targets }: IndexGraph) {
  const waiting = new Int32Array(size);
  const counts = new Int32Array(size + 1);
  for (let node = 0; node < size; node++) {
    waiting[node] = offsets[node + 1]! - offsets[node]!;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) counts[targets[k]! + 1]!++;
  }
  for (let node = 0; node < size; node++) counts[node + 1]! += counts[node]!;
  const fill = counts.slice(0, size);
  const reverse = new Int32Array(targets.length);
  for (let node = 0; node < size; node++)
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) reverse[fill[targets[k]!]!++] = node;
  return { waiting, dependants: { size, offsets: counts, targets: reverse } satisfies IndexGraph };
}
