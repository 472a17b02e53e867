/** Property-based tests of the engine on random frameworks and assessments. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDocument, prioritise, score, type Assessment, type Framework, type Tier } from '@openmaturity/core';
import { isMet } from '@openmaturity/core/engine';
import { prioritiseReference } from './support/prioritise-reference.js';

const tiers: Tier[] = ['foundation', 'core', 'advanced'];

/** A random acyclic framework: prerequisites point only at indicators created earlier, then the list is shuffled. */
const frameworkArbitrary = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      specs: fc.array(
        fc.record({
          measure: fc.constantFrom('level', 'yes-no', 'percentage', 'choice'),
          tier: fc.constantFrom(...tiers),
          weight: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 5, noNaN: true })),
          prerequisites: fc.array(fc.nat(), { maxLength: 3 }),
          domain: fc.integer({ min: 0, max: 2 }),
        }),
        { minLength: n, maxLength: n },
      ),
      shuffle: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ specs, shuffle }): Framework => {
    const indicators = specs.map((spec, i) => ({
      id: `i${i}`,
      domain: `d${spec.domain}`,
      name: `Indicator ${i}`,
      tier: spec.tier,
      weight: spec.weight,
      measure:
        spec.measure === 'choice'
          ? {
              type: 'choice' as const,
              options: [
                { value: 'a', label: 'A', score: 0 },
                { value: 'b', label: 'B', score: 60 },
                { value: 'c', label: 'C', score: 100 },
              ],
            }
          : spec.measure === 'percentage'
            ? { type: 'percentage' as const, target: 80 }
            : spec.measure === 'level'
              ? { type: 'level' as const, target: 4 }
              : { type: 'yes-no' as const },
      prerequisites: i === 0 ? [] : [...new Set(spec.prerequisites.map((p) => `i${p % i}`))],
    }));
    const order = indicators.map((indicator, i) => ({ indicator, key: shuffle[i]! })).sort((a, b) => a.key - b.key);
    return {
      kind: 'Framework',
      schemaVersion: '1.0',
      id: 'random',
      version: '1',
      name: 'Random',
      scale: { min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}` })) },
      scoring: { method: 'weighted-mean' },
      domains: [0, 1, 2].map((d) => ({ id: `d${d}`, name: `Domain ${d}` })),
      indicators: order.map((o) => o.indicator),
    };
  });

const answerFor = (framework: Framework, pick: number) =>
  framework.indicators.map((indicator, i) => {
    const r = (pick * (i + 7)) % 11;
    const value =
      r === 0
        ? null
        : indicator.measure.type === 'level'
          ? 1 + (r % 5)
          : indicator.measure.type === 'yes-no'
            ? r % 2 === 0
            : indicator.measure.type === 'percentage'
              ? r * 9.5
              : ['a', 'b', 'c'][r % 3]!;
    return { indicator: indicator.id, value };
  });

const assessmentArbitrary = frameworkArbitrary.chain((framework) =>
  fc
    .record({
      pick: fc.nat(1000),
      drop: fc.array(fc.boolean(), { minLength: framework.indicators.length, maxLength: framework.indicators.length }),
      seed: fc.nat(),
    })
    .map(({ pick, drop, seed }) => {
      const responses = answerFor(framework, pick).filter((_, i) => !drop[i]);
      const assessment: Assessment = {
        kind: 'Assessment',
        schemaVersion: '1.0',
        id: 'a',
        organisation: { odsCode: 'RGT' },
        framework: { id: 'random', version: '1' },
        period: { id: 'p', start: '2024-04-01', end: '2025-03-31' },
        status: 'draft',
        responses,
        localPriorities: seed % 3 === 0 ? [{ domain: 'd1', weight: 1 + (seed % 7), reason: 'local' }] : [],
      };
      return { framework, assessment, seed };
    }),
);

test('random frameworks are valid documents (so the properties below test real inputs)', () => {
  fc.assert(
    fc.property(frameworkArbitrary, (framework) => void parseDocument(framework, { kind: 'Framework' })),
    { numRuns: 200 },
  );
});

test('rule 1: no item comes before one of its unmet prerequisites', () => {
  fc.assert(
    fc.property(assessmentArbitrary, ({ framework, assessment }) => {
      const items = prioritise(framework, assessment);
      const place = new Map(items.map((item, i) => [item.indicator, i]));
      const byId = new Map(framework.indicators.map((i) => [i.id, i]));
      for (const item of items) {
        for (const prerequisite of byId.get(item.indicator)!.prerequisites ?? []) {
          if (place.has(prerequisite))
            assert.ok(
              place.get(prerequisite)! < place.get(item.indicator)!,
              `${prerequisite} before ${item.indicator}`,
            );
        }
      }
    }),
    { numRuns: 500 },
  );
});

test('rules 2 and 3: ready items first; among ready items, tiers never go back', () => {
  const rankOf = { foundation: 0, core: 1, advanced: 2 };
  fc.assert(
    fc.property(assessmentArbitrary, ({ framework, assessment }) => {
      const items = prioritise(framework, assessment);
      const firstBlocked = items.findIndex((i) => !i.ready);
      if (firstBlocked >= 0) assert.ok(items.slice(firstBlocked).every((i) => !i.ready));
      const ready = items.filter((i) => i.ready);
      for (let i = 1; i < ready.length; i++) assert.ok(rankOf[ready[i - 1]!.tier] <= rankOf[ready[i]!.tier]);
    }),
    { numRuns: 500 },
  );
});

test('the checklist is exactly the unmet indicators, each once', () => {
  fc.assert(
    fc.property(assessmentArbitrary, ({ framework, assessment }) => {
      const answers = new Map(assessment.responses.map((r) => [r.indicator, r.value]));
      const unmet = framework.indicators.filter((i) => !isMet(framework, i, answers.get(i.id))).map((i) => i.id);
      assert.deepEqual(
        prioritise(framework, assessment)
          .map((i) => i.indicator)
          .sort(),
        unmet.sort(),
      );
    }),
    { numRuns: 300 },
  );
});

test('scores stay within 0-100 and coverage within 0-1', () => {
  fc.assert(
    fc.property(assessmentArbitrary, ({ framework, assessment }) => {
      const result = score(framework, assessment);
      for (const s of [result.overall, ...result.domains]) {
        if (s.score !== undefined) assert.ok(s.score >= -1e-9 && s.score <= 100 + 1e-9, String(s.score));
        assert.ok(s.coverage.ratio >= 0 && s.coverage.ratio <= 1);
      }
    }),
    { numRuns: 500 },
  );
});

test('the order of responses changes neither scores nor the checklist', () => {
  fc.assert(
    fc.property(assessmentArbitrary, ({ framework, assessment, seed }) => {
      const shuffled = {
        ...assessment,
        responses: [...assessment.responses].sort(
          (a, b) => ((a.indicator.length * seed) % 7) - ((b.indicator.length * seed) % 7) || (seed % 2 ? 1 : -1),
        ),
      };
      assert.deepEqual(
        score(framework, shuffled).domains.map((d) => d.score),
        score(framework, assessment).domains.map((d) => d.score),
      );
      assert.deepEqual(prioritise(framework, shuffled), prioritise(framework, assessment));
    }),
    { numRuns: 300 },
  );
});

test('the checklist is exactly what the implementation before typed arrays gave: items, reasons, sentences, filters', () => {
  const domainsOf = [undefined, ['d0'], ['d1', 'd2']];
  const tiersOf: (Tier[] | undefined)[] = [undefined, ['foundation'], ['core', 'advanced']];
  fc.assert(
    fc.property(assessmentArbitrary, fc.nat(), ({ framework, assessment, seed }, option) => {
      // Local priorities on indicators as well as domains, raising and lowering, some without a reason.
      const indicator = framework.indicators[seed % framework.indicators.length]!.id;
      const localPriorities = [
        ...(assessment.localPriorities ?? []),
        ...(seed % 5 === 0 ? [{ indicator, weight: 0.5, reason: 'Less urgent here' }] : []),
        ...(seed % 4 === 0
          ? [
              { indicator, weight: 2, reason: 'Board decision. ' },
              { domain: 'd1', weight: 3, reason: '' },
            ]
          : []),
      ];
      const withLocal = { ...assessment, localPriorities };
      const options = {
        limit: option % 4 === 0 ? option % 7 : undefined,
        domains: domainsOf[option % 3],
        tiers: tiersOf[(option >> 2) % 3],
      };
      assert.deepEqual(prioritise(framework, withLocal, options), prioritiseReference(framework, withLocal, options));
      assert.equal(
        JSON.stringify(prioritise(framework, withLocal)),
        JSON.stringify(prioritiseReference(framework, withLocal)),
      );
    }),
    { numRuns: 1000 },
  );
});

test('a prerequisite cycle is refused with the same issue as before', () => {
  fc.assert(
    fc.property(assessmentArbitrary, fc.nat(), ({ framework, assessment }, pick) => {
      // Close a cycle: the first indicator in a chain of prerequisites now needs the last.
      const indicators = framework.indicators.map((i) => ({ ...i, prerequisites: [...(i.prerequisites ?? [])] }));
      const from = indicators.find((i) => i.prerequisites.length > 0);
      if (!from) return;
      indicators
        .find((i) => i.id === from.prerequisites[pick % from.prerequisites.length])!
        .prerequisites.push(from.id);
      const cyclic = { ...framework, indicators };
      const outcome = (run: () => unknown) => {
        try {
          return JSON.stringify(run());
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      };
      assert.equal(
        outcome(() => prioritise(cyclic, assessment)),
        outcome(() => prioritiseReference(cyclic, assessment)),
      );
    }),
    { numRuns: 300 },
  );
});
