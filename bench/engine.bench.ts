/**
 * The engine: priorities on random frameworks of 1,000 to 100,000 indicators with three prerequisite
 * links each (to show how it scales), a benchmark over 250 assessments of 300
 * responses, and scoring one 300-response assessment. Each beside a reference in the same run.
 */
import { benchmark, prioritise, score, type Assessment, type Framework, type Standard } from '@openmaturity/core';
import { countBarriers, summariseAdoption, timelineSignals } from '@openmaturity/core/engine';
import { barrierCodes, adoptionStages } from '@openmaturity/core/format';
import { measure, rate, type Row } from './harness.js';
import { prioritiseReference } from '../packages/core/test/support/prioritise-reference.js';
import { assessmentOf, generatedFramework } from '../packages/core/test/helpers.js';

/** A deterministic pseudo-random generator, so every run measures the same inputs. */
export function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

export function randomFramework(indicators: number, links: number, next = random(42)): Framework {
  const tiers = ['foundation', 'core', 'advanced'] as const;
  const prerequisites: string[][] = Array.from({ length: indicators }, () => []);
  for (let l = 0; l < links; l++) {
    const to = 1 + Math.floor(next() * (indicators - 1));
    prerequisites[to]!.push(`i${Math.floor(next() * to)}`);
  }
  return generatedFramework(indicators, (i) => ({
    measure: { type: 'level', target: 4 },
    weight: 1 + Math.floor(next() * 3),
    tier: tiers[Math.floor(next() * 3)]!,
    prerequisites: [...new Set(prerequisites[i])],
  }));
}

export function randomAssessment(framework: Framework, odsCode: string, next: () => number, answered = 1): Assessment {
  const responses = framework.indicators
    .filter(() => next() < answered)
    .map((i) => ({ indicator: i.id, value: 1 + Math.floor(next() * 5) }));
  return assessmentOf(framework, responses, { organisation: { odsCode } });
}

const perSecond = (ops: number, items: number, unit: string) =>
  `${(1000 / ops).toFixed(2)} ms (${rate(ops * items, unit)})`;

export function engineBenchmarks(): Row[] {
  const rows: Row[] = [];
  const next = random(7);

  // Sizes 1k, 10k and 100k (three links per indicator), to show the growth per 10x; each
  // beside the least any prioritiser must do (sort the unmet items by gain), and the 10k
  // case also beside the implementation before typed arrays (test/support), same inputs.
  const perSize: { size: number; ms: number; referenceMs: number }[] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const links = size * 3;
    const framework = randomFramework(size, links);
    const assessment = randomAssessment(framework, 'RGT', next, 0.6);
    const items = prioritise(framework, assessment);
    const gains = items.map((i) => ({ gain: i.expectedGain, id: i.indicator }));
    const reference = measure(() => [...gains].sort((a, b) => b.gain - a.gain), { rounds: 7 }).opsPerSecond;
    const ops = measure(() => prioritise(framework, assessment), { rounds: 7 }).opsPerSecond;
    const previous = perSize.at(-1);
    const now = { size, ms: 1000 / ops, referenceMs: 1000 / reference };
    perSize.push(now);
    const count = (x: number) => x.toLocaleString('en-GB');
    // The growth per 10x the input, beside the reference's own growth in the same run.
    const growth = previous
      ? `x${(now.ms / previous.ms).toFixed(1)} time for 10x (reference x${(now.referenceMs / previous.referenceMs).toFixed(1)})`
      : '';
    rows.push({
      group: 'engine: priorities',
      name: `prioritise, ${count(size)} indicators, ${count(links)} links (${count(items.length)} unmet)`,
      value: perSecond(ops, size, 'indicators/s'),
      reference: `sort by gain ${perSecond(reference, size, 'items/s')}`,
      ratio: `${(ops / reference).toFixed(3)}x`,
      budget: [size === 10_000 ? 'target < 20 ms' : '', growth].filter(Boolean).join('; '),
    });
    if (size === 10_000) {
      const before = measure(() => prioritiseReference(framework, assessment), { rounds: 7 }).opsPerSecond;
      rows.push({
        group: 'engine: priorities',
        name: 'prioritise, 10,000 indicators: before typed arrays (test/support/prioritise-reference.ts)',
        value: perSecond(before, size, 'indicators/s'),
        reference: `now ${perSecond(ops, size, 'indicators/s')}`,
        ratio: `${(before / ops).toFixed(2)}x`,
        budget: '',
      });
    }
  }

  const framework300 = randomFramework(300, 600);
  const cohort = Array.from({ length: 250 }, (_, i) =>
    randomAssessment(framework300, `R${String(i).padStart(3, '0')}`, next),
  );
  const scoreAll = measure(() => cohort.map((a) => score(framework300, a)), { rounds: 7 }).opsPerSecond;
  const bench = measure(
    () => benchmark(framework300, cohort, { cohort: { id: 'all', label: 'All' }, computed: '2025-01-01T00:00:00Z' }),
    { rounds: 7 },
  ).opsPerSecond;
  rows.push({
    group: 'engine: benchmark',
    name: 'benchmark, 250 assessments of 300 responses',
    value: perSecond(bench, 250 * 300, 'responses/s'),
    reference: `scoring them alone ${perSecond(scoreAll, 250 * 300, 'responses/s')}`,
    ratio: `${(bench / scoreAll).toFixed(2)}x`,
    budget: '',
  });

  // The local voice: barriers on a third of the responses, and ten standards' adoption, per trust.
  const standards: Standard[] = Array.from({ length: 10 }, (_, i) => ({
    kind: 'Standard',
    schemaVersion: '1.0',
    id: `s${i}`,
    version: '1',
    name: `Standard ${i}`,
    status: i === 0 ? 'draft' : 'active',
    url: `https://standards.example/s${i}`,
    mandatedFrom: '2025-04-01',
  }));
  const voiced = cohort.map((a) => ({
    ...a,
    responses: a.responses.map((r) =>
      next() < 0.33
        ? {
            ...r,
            barriers: [
              { code: barrierCodes[Math.floor(next() * 7)]! },
              { code: barrierCodes[Math.floor(next() * 7)]! },
            ],
          }
        : r,
    ),
    standardsAdoption: standards.map((s) => ({
      standard: s.id,
      stage: adoptionStages[Math.floor(next() * 4)]!,
      barriers: [{ code: barrierCodes[Math.floor(next() * 7)]! }],
    })),
  }));
  const aggregate = measure(
    () => {
      const adoption = summariseAdoption(voiced, standards);
      return [countBarriers(voiced), adoption, timelineSignals(standards, adoption, { now: new Date('2026-01-01') })];
    },
    { rounds: 7 },
  ).opsPerSecond;
  // The least any aggregation must do: one pass over every barrier.
  const bareCount = measure(
    () => {
      const counts = new Map<string, number>();
      for (const a of voiced)
        for (const r of a.responses)
          for (const b of r.barriers ?? [])
            counts.set(`${r.indicator}:${b.code}`, (counts.get(`${r.indicator}:${b.code}`) ?? 0) + 1);
      return counts;
    },
    { rounds: 7 },
  ).opsPerSecond;
  rows.push({
    group: 'engine: local voice',
    name: 'barriers, adoption and timeline signals, 250 assessments (300 responses, 10 standards)',
    value: perSecond(aggregate, 250, 'assessments/s'),
    reference: `one counting pass ${perSecond(bareCount, 250, 'assessments/s')}`,
    ratio: `${(aggregate / bareCount).toFixed(2)}x`,
    budget: '',
  });

  const one = cohort[0]!;
  const weights = new Map(framework300.indicators.map((i) => [i.id, i.weight ?? 1]));
  // The least any scorer must do: one weighted sum over the responses.
  const bare = measure(() => {
    let sum = 0;
    let total = 0;
    for (const r of one.responses) {
      const w = weights.get(r.indicator)!;
      sum += (((r.value as number) - 1) / 4) * 100 * w;
      total += w;
    }
    return sum / total;
  }).opsPerSecond;
  const scored = measure(() => score(framework300, one)).opsPerSecond;
  rows.push({
    group: 'engine: score',
    name: 'score, one 300-response assessment',
    value: `${(1e6 / scored).toFixed(1)} µs (${rate(scored * 300, 'responses/s')})`,
    reference: `bare weighted sum ${(1e6 / bare).toFixed(1)} µs`,
    ratio: `${(scored / bare).toFixed(2)}x`,
    budget: '',
  });
  return rows;
}
