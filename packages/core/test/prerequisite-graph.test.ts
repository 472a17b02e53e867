import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCycle } from '@openmaturity/core/format';

const graph = (links: Record<string, string[]>) => new Map(Object.entries(links));

test('finds no cycle in an acyclic graph, and ignores links to unknown nodes', () => {
  assert.equal(findCycle(graph({ a: [], b: ['a'], c: ['a', 'b', 'elsewhere'] })), undefined);
});

test('names a self-cycle and a longer cycle as the path that closes it', () => {
  assert.deepEqual(findCycle(graph({ a: ['a'] })), ['a', 'a']);
  assert.deepEqual(findCycle(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })), ['a', 'b', 'c', 'a']);
  assert.deepEqual(findCycle(graph({ x: [], a: ['x', 'b'], b: ['c'], c: ['b'] })), ['b', 'c', 'b']);
});

test('handles a chain of 100,000 links without overflowing the stack', () => {
  const n = 100_000;
  const chain = new Map(Array.from({ length: n }, (_, i) => [`n${i}`, i === 0 ? [] : [`n${i - 1}`]]));
  assert.equal(findCycle(chain), undefined);
  chain.set('n0', [`n${n - 1}`]);
  assert.equal(findCycle(chain)?.length, n + 1);
});
