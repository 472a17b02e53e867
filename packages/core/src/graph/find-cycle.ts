/**
 * A cycle in a framework's prerequisites, which the Framework's integrity check refuses: apart
 * from the ordering (prerequisite-graph.ts), which only prioritising needs, so that a bundle that
 * reads frameworks but does not prioritise (a scorecard) does not carry it. Iterative, so a
 * framework of tens of thousands of indicators cannot overflow the stack.
 */

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
