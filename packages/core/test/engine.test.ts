/** The engine, against figures computed by hand. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  benchmark,
  isInvalidDocumentError,
  parseDocument,
  prioritise,
  rank,
  score,
  trend,
  type Assessment,
  type Framework,
  type Organisation,
} from '@openmaturity/core';
import { fiveNumbers, quarterOf, scoreAnswer } from '@openmaturity/core/engine';
import { assessmentOf, smallFramework } from './helpers.js';

const fw: Framework = smallFramework({
  id: 'engine-fw',
  name: 'Engine test framework',
  indicators: [
    {
      id: 'wifi',
      domain: 'infra',
      name: 'Wi-Fi coverage',
      measure: { type: 'level', target: 4 },
      weight: 2,
      tier: 'foundation',
    },
    {
      id: 'epr',
      domain: 'infra',
      name: 'Electronic patient record',
      measure: { type: 'yes-no' },
      weight: 1,
      tier: 'core',
      prerequisites: ['wifi'],
    },
    {
      id: 'ai',
      domain: 'infra',
      name: 'AI-assisted tools',
      measure: {
        type: 'choice',
        options: [
          { value: 'no', label: 'No', score: 0 },
          { value: 'pilot', label: 'Pilot', score: 50 },
          { value: 'live', label: 'Live', score: 100 },
        ],
      },
      weight: 1,
      tier: 'advanced',
      prerequisites: ['epr'],
    },
    {
      id: 'skills',
      domain: 'people',
      name: 'Digital skills',
      measure: { type: 'percentage', target: 80 },
      weight: 1,
      tier: 'foundation',
    },
    {
      id: 'vacancies',
      domain: 'people',
      name: 'Digital vacancies',
      measure: { type: 'percentage', better: 'lower', target: 5 },
      weight: 1,
      tier: 'core',
    },
  ],
});

const assessment = (
  responses: Record<string, Assessment['responses'][number]['value']>,
  changes: Partial<Assessment> = {},
): Assessment =>
  assessmentOf(
    fw,
    Object.entries(responses).map(([indicator, value]) => ({ indicator, value })),
    { id: 'a', organisation: { odsCode: 'RGT' }, ...changes },
  );

const base = assessment({ wifi: 4, epr: false, skills: 60, vacancies: 10 });

describe('score', () => {
  test('normalises each measure to 0-100', () => {
    const [wifi, epr, ai, skills, vacancies] = fw.indicators as [
      Framework['indicators'][number],
      ...Framework['indicators'],
    ];
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((v) => scoreAnswer(fw, wifi, v)),
      [0, 25, 50, 75, 100],
    );
    assert.deepEqual(
      [true, false].map((v) => scoreAnswer(fw, epr!, v)),
      [100, 0],
    );
    assert.deepEqual(
      ['no', 'pilot', 'live', 'maybe'].map((v) => scoreAnswer(fw, ai!, v)),
      [0, 50, 100, undefined],
    );
    assert.equal(scoreAnswer(fw, skills!, 62.5), 62.5);
    assert.equal(scoreAnswer(fw, vacancies!, 10), 90);
    assert.equal(scoreAnswer(fw, wifi, null), undefined);
  });

  test('weighted means of what was answered, with coverage and level (by hand)', () => {
    const result = score(fw, base);
    // infra: (75 x 2 + 0 x 1) / 3 = 50, ai unanswered; people: (60 + 90) / 2 = 75
    assert.deepEqual(
      result.domains.map((d) => [d.domain, d.score, d.coverage.answered, d.coverage.total]),
      [
        ['infra', 50, 2, 3],
        ['people', 75, 2, 2],
      ],
    );
    // overall: (150 + 0 + 60 + 90) / 5 = 60; on 1-5 that is 3.4: level 3
    assert.equal(result.overall.score, 60);
    assert.equal(result.overall.coverage.ratio, 0.8);
    assert.equal(result.overall.level?.value, 3);
  });

  test('leaves unanswered indicators out of the mean, never as zero', () => {
    const withNull = score(fw, assessment({ wifi: 4, epr: false, skills: 60, vacancies: 10, ai: null }));
    assert.equal(withNull.overall.score, 60);
    assert.equal(withNull.domains[0]!.coverage.answered, 2);
    const nothing = score(fw, assessment({}));
    assert.equal(nothing.overall.score, undefined);
    assert.equal(nothing.overall.level, undefined);
    assert.equal(nothing.overall.coverage.ratio, 0);
  });

  test('explains itself: each contributing response with its weight', () => {
    const infra = score(fw, base).domains[0]!;
    assert.deepEqual(
      infra.contributions.map((c) => [c.indicator, c.response, c.score, c.weight]),
      [
        ['wifi', 0, 75, 2],
        ['epr', 1, 0, 1],
      ],
    );
  });

  test('the order of responses changes nothing', () => {
    const reversed = { ...base, responses: [...base.responses].reverse() };
    const strip = (r: ReturnType<typeof score>) =>
      JSON.stringify({
        ...r,
        domains: r.domains.map((d) => ({ ...d, contributions: d.contributions.map((c) => c.indicator) })),
        overall: { ...r.overall, contributions: undefined },
      });
    assert.equal(strip(score(fw, reversed)), strip(score(fw, base)));
  });
});

const dataFile = (path: string) =>
  parseDocument(JSON.parse(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8')), {
    kind: 'Framework',
  }) as Framework;

describe('the 2016 DMA answer mappings', () => {
  const dma = dataFile('frameworks/dma-2016.json');
  test('map each published answer to its published score', () => {
    const mapping = (first: string) =>
      dma.indicators.find((i) => i.measure.type === 'choice' && i.measure.options[0]!.value === first)!;
    const agree = mapping('strongly-disagree');
    assert.deepEqual(
      ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'].map((v) => scoreAnswer(dma, agree, v)),
      [0, 25, 50, 75, 100],
    );
    const bands = mapping('none');
    assert.deepEqual(
      ['none', '1-20', '21-40', '41-60', '61-80', '81-100'].map((v) => scoreAnswer(dma, bands, v)),
      [0, 20, 40, 60, 80, 100],
    );
    const structure = mapping('unstructured');
    assert.deepEqual(
      ['unstructured', 'semi-structured', 'fully-structured'].map((v) => scoreAnswer(dma, structure, v)),
      [0, 50, 100],
    );
  });

  test('reproduce a section score from its answers: the weighted mean of the mapped scores', () => {
    const readiness = dma.indicators.filter((i) => i.domain === 'readiness');
    const answers = ['strongly-agree', 'agree', 'neutral', 'disagree', 'strongly-disagree'];
    const responses = readiness.map((indicator, i) => {
      const options = indicator.measure.type === 'choice' ? indicator.measure.options : [];
      return {
        indicator: indicator.id,
        value:
          options.find((o) => o.value === answers[i % answers.length])?.value ?? options[i % options.length]!.value,
      };
    });
    const expected =
      responses.reduce(
        (sum, r, i) => sum + scoreAnswer(dma, readiness[i]!, r.value)! * (readiness[i]!.weight ?? 1),
        0,
      ) / readiness.reduce((sum, i) => sum + (i.weight ?? 1), 0);
    const result = score(dma, { ...assessment({}), framework: { id: dma.id, version: dma.version }, responses });
    assert.equal(result.domains.find((d) => d.domain === 'readiness')!.score, expected);
    assert.equal(result.domains.find((d) => d.domain === 'capabilities')!.score, undefined);
  });
});

describe('cumulative stages', () => {
  const staged = dataFile('frameworks/staged-2024.json');
  const byStage = (n: number) => staged.indicators.filter((i) => i.stage === n).map((i) => i.id);
  const answerAll = (met: (id: string) => boolean) => ({
    ...assessment({}),
    framework: { id: staged.id, version: staged.version },
    responses: staged.indicators.map((i) => ({ indicator: i.id, value: met(i.id) })),
  });

  test('reach the highest stage whose criteria, and all below, are met; list what blocks the next', () => {
    const gap = byStage(4)[1]!;
    const result = score(
      staged,
      answerAll((id) => id !== gap),
    );
    assert.equal(result.stages?.reached, 3);
    assert.deepEqual(result.stages?.next, {
      stage: 4,
      label:
        staged.scoring.method === 'cumulative-stages' ? staged.scoring.stages.find((s) => s.value === 4)!.label : '',
      blockedBy: [gap],
    });
    assert.equal(result.overall.level?.value, 3);
  });

  test('a stage above a gap does not count, however complete', () => {
    const result = score(
      staged,
      answerAll((id) => !byStage(1).includes(id)),
    );
    assert.equal(result.stages?.reached, 0);
    assert.deepEqual(result.stages?.next?.blockedBy, byStage(1));
  });

  test('every criterion met reaches the top stage, with nothing next', () => {
    const result = score(
      staged,
      answerAll(() => true),
    );
    assert.equal(result.stages?.reached, 7);
    assert.equal(result.stages?.next, undefined);
  });
});

describe('prioritise', () => {
  const ids = (items: ReturnType<typeof prioritise>) => items.map((i) => i.indicator);

  test('orders by the rules: ready first, then tier, then gain (by hand)', () => {
    // met: wifi (4 >= 4). ready: skills (foundation, gain 20), epr (core, 100), vacancies (core, 95 - 90 = 5). blocked: ai (by epr).
    const items = prioritise(fw, base);
    assert.deepEqual(ids(items), ['skills', 'epr', 'vacancies', 'ai']);
    assert.deepEqual(
      items.map((i) => i.rank),
      [1, 2, 3, 4],
    );
    assert.deepEqual(
      items.map((i) => i.expectedGain),
      [20, 100, 5, 100],
    );
    assert.deepEqual(items[3]!.blockedBy, [{ indicator: 'epr', name: 'Electronic patient record' }]);
    assert.equal(
      items[3]!.reason,
      'Blocked by: Electronic patient record. Advanced: once the foundations are in place. Expected gain 100 (gap of 100 points x weight 1).',
    );
    assert.equal(
      items[0]!.reason,
      'Can start now. Foundation: basics first. Expected gain 20 (gap of 20 points x weight 1).',
    );
  });

  test('rule 1: never an item before its prerequisite, even a foundation item behind a core one', () => {
    const odd: Framework = {
      ...fw,
      indicators: [
        ...fw.indicators,
        {
          id: 'train',
          domain: 'people',
          name: 'Training on the EPR',
          measure: { type: 'yes-no' },
          tier: 'foundation',
          prerequisites: ['ai'],
        },
      ],
    };
    const order = ids(prioritise(odd, base));
    assert.ok(order.indexOf('ai') < order.indexOf('train'));
    assert.deepEqual(order, ['skills', 'epr', 'vacancies', 'ai', 'train']);
  });

  test('rule 4: local priorities move items by gain, only within the first three rules', () => {
    const raised = {
      ...base,
      localPriorities: [{ indicator: 'vacancies', weight: 30, reason: 'Recruitment is our top risk' }],
    };
    const items = prioritise(fw, raised);
    assert.deepEqual(ids(items), ['skills', 'vacancies', 'epr', 'ai']);
    assert.match(items[1]!.reason, /Raised by local priority: Recruitment is our top risk\./);
    const huge = { ...base, localPriorities: [{ domain: 'infra', weight: 1000, reason: 'Board decision' }] };
    // A thousand-fold weight cannot lift core above foundation, nor ai above its prerequisite.
    assert.deepEqual(ids(prioritise(fw, huge)), ['skills', 'epr', 'vacancies', 'ai']);
  });

  test('rule 5: equal items keep framework order', () => {
    const flat: Framework = {
      ...fw,
      indicators: ['c', 'a', 'b'].map((id) => ({
        id,
        domain: 'infra',
        name: id,
        measure: { type: 'yes-no' as const },
        tier: 'core' as const,
      })),
    };
    assert.deepEqual(ids(prioritise(flat, assessment({}))), ['c', 'a', 'b']);
  });

  test('filters and limits keep the full ranks', () => {
    const items = prioritise(fw, base, { tiers: ['core', 'advanced'], limit: 2 });
    assert.deepEqual(
      items.map((i) => [i.indicator, i.rank]),
      [
        ['epr', 2],
        ['vacancies', 3],
      ],
    );
    assert.deepEqual(ids(prioritise(fw, base, { domains: ['people'] })), ['skills', 'vacancies']);
  });

  test('an unanswered indicator is unmet, with a gap from zero', () => {
    const ai = prioritise(fw, base).find((i) => i.indicator === 'ai')!;
    assert.equal(ai.current, undefined);
    assert.equal(ai.gap, 100);
    assert.equal(ai.target, 'live');
  });

  test('everything met gives an empty checklist', () => {
    assert.deepEqual(prioritise(fw, assessment({ wifi: 5, epr: true, ai: 'live', skills: 90, vacancies: 2 })), []);
  });

  test('a cyclic framework (one that skipped validation) is an error naming the indicators', () => {
    const cyclic: Framework = {
      ...fw,
      indicators: fw.indicators.map((i) => (i.id === 'epr' ? { ...i, prerequisites: ['ai'] } : i)),
    };
    assert.throws(
      () => prioritise(cyclic, base),
      (e) => isInvalidDocumentError(e) && /epr, ai/.test(e.message),
    );
  });

  test('the bundled WGLL framework puts Wi-Fi before AI for a trust that has nothing', () => {
    const wgll = dataFile('frameworks/wgll-2024.json');
    const order = ids(prioritise(wgll, { ...assessment({}), framework: { id: wgll.id, version: wgll.version } }));
    const chain = [
      'network-coverage',
      'electronic-patient-record',
      'e-prescribing',
      'closed-loop-medicines',
      'clinical-decision-support',
      'ai-assisted-tools',
    ];
    const places = chain.map((id) => order.indexOf(id));
    assert.deepEqual(
      [...places].sort((a, b) => a - b),
      places,
      `chain in order: ${places}`,
    );
    assert.equal(order.length, wgll.indicators.length);
  });
});

describe('benchmark', () => {
  const cohort = { id: 'all', label: 'All trusts' };
  const computed = '2025-05-01T00:00:00Z';
  const codes = ['RGT', 'R0A', 'RJ1', 'RYJ', 'RRK', 'RTH', 'RM1'];
  const withOverall = (points: number[]) =>
    points.map((p, i) => assessment({ skills: p }, { organisation: { odsCode: codes[i]! }, id: `a${i}` }));

  test('five-number summaries interpolated as spreadsheets do (by hand)', () => {
    assert.deepEqual(fiveNumbers([50, 10, 40, 20, 30]), {
      min: 10,
      lowerQuartile: 20,
      median: 30,
      upperQuartile: 40,
      max: 50,
    });
    assert.deepEqual(fiveNumbers([10, 20, 30, 40, 50, 60]), {
      min: 10,
      lowerQuartile: 22.5,
      median: 35,
      upperQuartile: 47.5,
      max: 60,
    });
  });

  test('a cohort of 6 gives every figure, and the document is valid', () => {
    const result = benchmark(fw, withOverall([10, 20, 30, 40, 50, 60]), { cohort, computed });
    assert.deepEqual(result.overall, {
      count: 6,
      min: 10,
      lowerQuartile: 22.5,
      median: 35,
      upperQuartile: 47.5,
      max: 60,
    });
    assert.deepEqual(
      result.domains.find((d) => d.domain === 'infra'),
      { domain: 'infra', count: 0 },
    );
    assert.doesNotThrow(() => parseDocument(result, { kind: 'Benchmark' }));
  });

  test('a cohort of fewer than 5 is suppressed: a count, and no figure', () => {
    const result = benchmark(fw, withOverall([10, 20, 30, 40]), { cohort, computed });
    assert.deepEqual(result.overall, { count: 4, suppressed: true });
    assert.doesNotThrow(() => parseDocument(result, { kind: 'Benchmark' }));
  });

  test('an empty cohort has a count of 0', () => {
    const result = benchmark(fw, [], { cohort, computed, period: base.period });
    assert.deepEqual(result.overall, { count: 0 });
  });

  test('filters the cohort by organisation type', () => {
    const organisations: Organisation[] = codes.map((odsCode, i) => ({
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode,
      name: odsCode,
      type: i < 5 ? 'acute-trust' : 'mental-health-trust',
    }));
    const result = benchmark(fw, withOverall([10, 20, 30, 40, 50, 60, 70]), {
      cohort: { id: 'acute', label: 'Acute', organisationType: 'acute-trust' },
      organisations,
      computed,
    });
    assert.equal(result.overall.count, 5);
    assert.equal(result.overall.max, 50);
  });

  test('refuses assessments of another version or period, or two of one organisation', () => {
    const mixed = [
      ...withOverall([10, 20]),
      assessment(
        {},
        {
          organisation: { odsCode: 'RGT' },
          framework: { id: 'engine-fw', version: '2' },
          period: { id: '2023-24', start: '2023-04-01', end: '2024-03-31' },
        },
      ),
    ];
    assert.throws(
      () => benchmark(fw, mixed, { cohort, computed }),
      (e) => {
        assert.ok(isInvalidDocumentError(e));
        assert.deepEqual(
          e.issues.map((i) => i.code),
          ['framework_mismatch', 'inconsistent', 'duplicate_id'],
        );
        return true;
      },
    );
  });

  test('ranks with ties sharing the best rank, and mid-rank percentiles', () => {
    const results = withOverall([90, 80, 80, 70, 60]).map((a) => score(fw, a));
    assert.deepEqual(rank(results, 'R0A'), {
      odsCode: 'R0A',
      score: 80,
      count: 5,
      suppressed: false,
      rank: 2,
      tiedWith: 1,
      percentile: 60,
    });
    assert.equal(rank(results, 'RGT').rank, 1);
    assert.equal(rank(results, 'RRK').percentile, 10);
  });

  test('no rank in a cohort too small to compare, but the own score', () => {
    const results = withOverall([90, 80]).map((a) => score(fw, a));
    assert.deepEqual(rank(results, 'RGT'), { odsCode: 'RGT', score: 90, count: 2, suppressed: true });
  });

  test('says which quarter a score is in', () => {
    const summary = { count: 6, min: 10, lowerQuartile: 22.5, median: 35, upperQuartile: 47.5, max: 60 };
    assert.deepEqual(
      [10, 30, 40, 60].map((p) => quarterOf(p, summary)),
      [1, 2, 3, 4],
    );
    assert.equal(quarterOf(30, { count: 2, suppressed: true }), undefined);
  });
});

describe('trend', () => {
  test('per domain and overall delta and direction, same version (by hand)', () => {
    const before = assessment({ wifi: 3, epr: false, skills: 40, vacancies: 10 });
    const result = trend({ framework: fw, assessment: before }, { framework: fw, assessment: base });
    // infra: before (50 x 2 + 0) / 3 = 33.3 (wifi 3), now (75 x 2 + 0) / 3 = 50; people: (40 + 90) / 2 = 65, now 75
    assert.equal(result.domains[0]!.direction, 'up');
    assert.ok(Math.abs(result.domains[0]!.delta! - (50 - 100 / 3)) < 1e-9);
    assert.deepEqual([result.domains[1]!.from, result.domains[1]!.to, result.domains[1]!.delta], [65, 75, 10]);
    assert.equal(result.overall.direction, 'up');
    assert.equal(result.sameVersion, true);
  });

  test('across versions, compares only what both have, and reports the rest', () => {
    const v2: Framework = {
      ...fw,
      version: '2',
      indicators: [
        ...fw.indicators
          .filter((i) => i.id !== 'vacancies')
          .map((i) => (i.id === 'epr' ? { ...i, measure: { type: 'level' as const } } : i)),
        { id: 'cloud', domain: 'infra', name: 'Cloud', measure: { type: 'yes-no' }, tier: 'core' },
      ],
    };
    const now = assessment(
      { wifi: 5, epr: 4, skills: 60, cloud: true },
      { framework: { id: 'engine-fw', version: '2' } },
    );
    const result = trend({ framework: fw, assessment: base }, { framework: v2, assessment: now });
    assert.deepEqual(result.matched.sort(), ['ai', 'skills', 'wifi']);
    assert.deepEqual(result.changedMeasure, ['epr']);
    assert.deepEqual(result.removed, ['vacancies']);
    assert.deepEqual(result.added, ['cloud']);
    // infra compares wifi only: 75 -> 100. people compares skills only: 60 -> 60.
    assert.deepEqual(
      result.domains.map((d) => [d.domain, d.delta, d.direction]),
      [
        ['infra', 25, 'up'],
        ['people', 0, 'same'],
      ],
    );
  });

  test('refuses two organisations', () => {
    assert.throws(
      () =>
        trend(
          { framework: fw, assessment: base },
          { framework: fw, assessment: { ...base, organisation: { odsCode: 'R0A' } } },
        ),
      isInvalidDocumentError,
    );
  });
});

describe('review findings, kept as tests', () => {
  test('a foundation item never waits behind core work it does not need (tier inheritance)', () => {
    const f: Framework = {
      ...fw,
      indicators: [
        { id: 'r', domain: 'infra', name: 'R', measure: { type: 'yes-no' }, tier: 'foundation' },
        {
          id: 'c',
          domain: 'infra',
          name: 'C',
          measure: { type: 'yes-no' },
          tier: 'core',
          weight: 5,
          prerequisites: ['r'],
        },
        { id: 'd', domain: 'infra', name: 'D', measure: { type: 'yes-no' }, tier: 'core', prerequisites: ['r'] },
        { id: 'f', domain: 'infra', name: 'F', measure: { type: 'yes-no' }, tier: 'foundation', prerequisites: ['d'] },
      ],
    };
    const items = prioritise(f, assessment({}));
    assert.deepEqual(
      items.map((i) => i.indicator),
      ['r', 'd', 'f', 'c'],
    );
    assert.match(items[1]!.reason, /Comes early: foundation work waits for it\./);
    assert.deepEqual(
      items[1]!.reasons.find((r) => r.code === 'unblocks'),
      { code: 'unblocks', tier: 'foundation', by: ['f'] },
    );
  });

  test('a staged framework whose first stage is unmet reaches no stage, rather than an invented one', () => {
    const staged: Framework = {
      ...fw,
      scoring: {
        method: 'cumulative-stages',
        stages: [
          { value: 0, label: 'Stage 0' },
          { value: 1, label: 'Stage 1' },
        ],
      },
      indicators: [
        { id: 'a', domain: 'infra', name: 'A', measure: { type: 'yes-no' }, tier: 'foundation', stage: 0 },
        { id: 'b', domain: 'infra', name: 'B', measure: { type: 'yes-no' }, tier: 'foundation', stage: 1 },
      ],
    };
    const result = score(staged, assessment({ a: false, b: true }));
    assert.equal(result.stages?.reached, undefined);
    assert.deepEqual(result.stages?.next, { stage: 0, label: 'Stage 0', blockedBy: ['a'] });
    assert.equal(result.overall.level, undefined);
  });

  test('across versions, an indicator that moved domain is left out and reported', () => {
    const v2: Framework = {
      ...fw,
      version: '2',
      indicators: fw.indicators.map((i) => (i.id === 'skills' ? { ...i, domain: 'infra' } : i)),
    };
    const result = trend(
      { framework: fw, assessment: base },
      { framework: v2, assessment: { ...base, framework: { id: 'engine-fw', version: '2' } } },
    );
    assert.deepEqual(result.changedDomain, ['skills']);
    assert.ok(!result.matched.includes('skills'));
    assert.ok(result.domains.every((d) => d.direction === 'same' || d.direction === 'unknown'));
  });
});
