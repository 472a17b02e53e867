/** Barriers, standards adoption and timeline signals, against figures computed by hand. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentIssues, parseDocument, validateAssessment, type Assessment, type Standard } from '@openmaturity/core';
import { adoptionOverTime, countBarriers, summariseAdoption, timelineSignals } from '@openmaturity/core/engine';
import { type AdoptionStage } from '@openmaturity/core/format';
import { smallAssessment, smallFramework } from './helpers.js';

const standard = (id: string, status: Standard['status'], mandatedFrom?: string): Standard => ({
  kind: 'Standard',
  schemaVersion: '1.0',
  id,
  version: '1',
  name: id,
  status,
  url: `https://standards.example/${id}`,
  ...(mandatedFrom ? { mandatedFrom } : {}),
});
const catalogue = [
  standard('fhir', 'active', '2025-04-01'),
  standard('draft-std', 'draft', '2027-01-01'),
  standard('gp', 'active', '2026-03-01'),
  standard('old', 'active'),
];

const CODES = ['RGT', 'R0A', 'RJ1', 'RYJ', 'RRK', 'RTH', 'RM1', 'RX1'];
const cohort = (
  stages: AdoptionStage[],
  period = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
): Assessment[] =>
  stages.map((stage, i) =>
    smallAssessment({
      id: `${CODES[i]}-${period.id}`,
      organisation: { odsCode: CODES[i]! },
      period,
      responses: [
        {
          indicator: 'wifi',
          value: 2,
          barriers: i < 3 ? [{ code: 'funding' }, { code: 'infrastructure', note: 'Old cabling' }] : [],
        },
        {
          indicator: 'epr',
          value: false,
          barriers: i % 2 === 0 ? [{ code: 'supplier-readiness' }] : undefined,
          plannedDate: '2026-03-31',
        },
      ],
      standardsAdoption: [
        { standard: 'fhir', stage, barriers: stage === 'live' ? [] : [{ code: 'standard-not-ready' }] },
        { standard: 'gp', stage: 'live' },
      ],
    }),
  );

describe('the format carries the local voice', () => {
  test('barriers, planned dates and standards adoption are valid, and old documents without them stay valid', () => {
    for (const a of cohort(['live', 'planning'])) assert.deepEqual(documentIssues(a), []);
    assert.deepEqual(documentIssues(smallAssessment()), []);
  });

  test('refuses an unknown barrier code or stage, and a standard listed twice', () => {
    const [a] = cohort(['live']);
    const bad = structuredClone(a!) as unknown as {
      responses: { barriers: { code: string }[] }[];
      standardsAdoption: { standard: string; stage: string }[];
    };
    bad.responses[0]!.barriers[0]!.code = 'bad-luck';
    bad.standardsAdoption[0]!.stage = 'thinking-about-it';
    assert.deepEqual(
      documentIssues(bad).map((i) => `${i.code} ${i.message.split(':')[0]}`),
      ['invalid_value responses[0].barriers[0].code', 'invalid_value standardsAdoption[0].stage'],
    );
    const twice = structuredClone(a!);
    twice.standardsAdoption!.push({ standard: 'fhir', stage: 'planning' });
    assert.deepEqual(
      documentIssues(twice).map((i) => i.code),
      ['duplicate_id'],
    );
    // A barrier code twice in one list would count twice in a cohort's barriers.
    const barrierTwice = structuredClone(a!);
    barrierTwice.responses[1]!.barriers = [{ code: 'timeline' }, { code: 'timeline', note: 'again' }];
    assert.deepEqual(
      documentIssues(barrierTwice).map((i) => `${i.code} ${i.message.split(':')[0]}`),
      ['duplicate_id responses[1].barriers[1].code'],
    );
  });

  test('with the catalogue, an adoption naming an unknown standard is reported', () => {
    const [a] = cohort(['live']);
    a!.standardsAdoption!.push({ standard: 'nope', stage: 'planning' });
    assert.deepEqual(
      validateAssessment(a!, smallFramework(), { standards: catalogue }).map((i) => i.message),
      ['standardsAdoption[2].standard: expected a standard of the catalogue, found "nope"'],
    );
  });
});

describe('countBarriers', () => {
  test('counts organisations per code, once each (by hand)', () => {
    const result = countBarriers(cohort(['live', 'live', 'planning', 'implementing', 'not-started', 'live']));
    assert.equal(result.cohortSize, 6);
    // wifi: orgs 0-2 report funding and infrastructure. epr: orgs 0, 2, 4 report supplier readiness.
    // Three organisations are fewer than 5: each group is suppressed, its count kept, its codes not.
    assert.deepEqual(result.indicators, [
      { indicator: 'epr', organisations: 3, suppressed: true },
      { indicator: 'wifi', organisations: 3, suppressed: true },
    ]);
    assert.deepEqual(result.standards, [{ standard: 'fhir', organisations: 3, suppressed: true }]);
    const shown = countBarriers(cohort(['live', 'live', 'planning', 'implementing', 'not-started', 'live']), {
      minCohortSize: 3,
    });
    assert.deepEqual(shown.indicators, [
      {
        indicator: 'epr',
        organisations: 3,
        suppressed: false,
        counts: [{ code: 'supplier-readiness', organisations: 3 }],
      },
      {
        indicator: 'wifi',
        organisations: 3,
        suppressed: false,
        counts: [
          { code: 'funding', organisations: 3 },
          { code: 'infrastructure', organisations: 3 },
        ],
      },
    ]);
  });

  test('suppresses a cohort of fewer than 5', () => {
    assert.deepEqual(countBarriers(cohort(['live', 'live', 'planning', 'live'])), {
      cohortSize: 4,
      suppressed: true,
      indicators: [],
      standards: [],
    });
  });
});

describe('summariseAdoption', () => {
  test('stages and shares per standard (by hand)', () => {
    const result = summariseAdoption(
      cohort(['live', 'live', 'planning', 'implementing', 'not-started', 'live', 'planning', 'live']),
      catalogue,
    );
    const fhir = result.standards.find((s) => s.standard === 'fhir')!;
    assert.deepEqual(fhir.stages, { 'not-started': 1, planning: 2, implementing: 1, live: 4 });
    assert.deepEqual(fhir.shares, { 'not-started': 0.125, planning: 0.25, implementing: 0.125, live: 0.5 });
    assert.deepEqual(fhir.barriers, [{ code: 'standard-not-ready', organisations: 4 }]);
    assert.equal(result.standards.find((s) => s.standard === 'gp')!.shares!.live, 1);
    // Nobody reports on "old": too few to show.
    assert.deepEqual(
      result.standards.find((s) => s.standard === 'old'),
      { standard: 'old', responding: 0, suppressed: true },
    );
  });

  test('suppresses a small cohort: counts of responders only', () => {
    const result = summariseAdoption(cohort(['live', 'planning', 'live']), catalogue);
    assert.equal(result.suppressed, true);
    assert.deepEqual(result.standards[0], { standard: 'fhir', responding: 3, suppressed: true });
  });

  test('moves over periods: the live share, period by period', () => {
    const p1 = { id: '2023-24', start: '2023-04-01', end: '2024-03-31' };
    const p2 = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' };
    const [fhir] = adoptionOverTime(
      [
        { period: p2, assessments: cohort(['live', 'live', 'live', 'planning', 'planning'], p2) },
        { period: p1, assessments: cohort(['live', 'planning', 'planning', 'planning', 'not-started'], p1) },
      ],
      catalogue,
    );
    assert.deepEqual(
      fhir!.periods.map((p) => [p.period, p.shares?.live]),
      [
        ['2023-24', 0.2],
        ['2024-25', 0.6],
      ],
    );
    assert.ok(Math.abs(fhir!.liveChange!.points - 40) < 1e-9);
    assert.deepEqual([fhir!.liveChange!.from, fhir!.liveChange!.to], ['2023-24', '2024-25']);
  });
});

describe('timelineSignals', () => {
  const now = new Date('2025-12-01T00:00:00Z');
  test('a passed mandate with few live, a close one, and a mandated draft, with the figures behind them', () => {
    const adoption = summariseAdoption(
      cohort(['live', 'planning', 'planning', 'implementing', 'not-started', 'live']),
      [...catalogue],
    );
    // fhir: 2 of 6 live (0.33), mandated 2025-04-01: passed. gp: all live, mandated 2026-03-01: fine. draft-std: mandated while draft.
    const signals = timelineSignals(catalogue, adoption, { now });
    assert.deepEqual(
      signals.map((s) => [s.standard, s.kind, s.daysToMandate, s.liveShare && Math.round(s.liveShare * 100)]),
      [
        ['fhir', 'mandate-passed', -244, 33],
        ['draft-std', 'mandated-while-draft', 396, undefined],
      ],
    );
    const soon = timelineSignals([standard('fhir', 'active', '2026-02-01')], adoption, { now });
    assert.deepEqual(
      soon.map((s) => [s.kind, s.daysToMandate]),
      [['mandate-approaching', 62]],
    );
  });

  test('a suppressed cohort gives no signal that needs cohort figures', () => {
    const adoption = summariseAdoption(cohort(['planning', 'planning']), catalogue);
    assert.deepEqual(
      timelineSignals(catalogue, adoption, { now }).map((s) => s.kind),
      ['mandated-while-draft'],
    );
  });
});

test('a parsed document keeps the new fields through a round trip', () => {
  const [a] = cohort(['implementing']);
  assert.deepEqual(JSON.parse(JSON.stringify(parseDocument(a, { kind: 'Assessment' }))), JSON.parse(JSON.stringify(a)));
});

test('a mandate is not "passed" on the afternoon before its date: whole calendar days', () => {
  const adoption = summariseAdoption(cohort(['planning', 'planning', 'planning', 'planning', 'planning']), catalogue);
  const at = (iso: string) =>
    timelineSignals([standard('fhir', 'active', '2026-04-01')], adoption, { now: new Date(iso) }).map((s) => [
      s.kind,
      s.daysToMandate,
    ]);
  assert.deepEqual(at('2026-03-31T11:00:00Z'), [['mandate-approaching', 1]]);
  assert.deepEqual(at('2026-03-31T23:59:00Z'), [['mandate-approaching', 1]]);
  assert.deepEqual(at('2026-04-01T00:01:00Z'), [['mandate-passed', 0]]);
});

describe('review findings, kept as tests', () => {
  test('barriers of a standard too few report on are suppressed even in a large cohort', () => {
    const big = cohort(['live', 'live', 'live', 'live', 'live', 'live']).map((a, i) => ({
      ...a,
      standardsAdoption:
        i < 2
          ? [
              {
                standard: 'x',
                stage: 'planning' as const,
                barriers: [{ code: i === 0 ? ('funding' as const) : ('timeline' as const) }],
              },
            ]
          : [],
    }));
    assert.deepEqual(countBarriers(big).standards, [{ standard: 'x', organisations: 2, suppressed: true }]);
  });

  test('the change in live is measured from the first period shown to the latest, and absent when the latest is suppressed', () => {
    const p = (id: string, year: number) => ({ id, start: `${year}-04-01`, end: `${year + 1}-03-31` });
    const [fhir] = adoptionOverTime(
      [
        { period: p('2022-23', 2022), assessments: cohort(['live', 'live', 'live', 'live'], p('2022-23', 2022)) },
        {
          period: p('2023-24', 2023),
          assessments: cohort(['planning', 'planning', 'planning', 'planning', 'planning'], p('2023-24', 2023)),
        },
        {
          period: p('2024-25', 2024),
          assessments: cohort(['live', 'live', 'live', 'live', 'live'], p('2024-25', 2024)),
        },
      ],
      catalogue,
    );
    assert.deepEqual(fhir!.liveChange, { points: 100, from: '2023-24', to: '2024-25' });
    const [suppressedLatest] = adoptionOverTime(
      [
        {
          period: p('2023-24', 2023),
          assessments: cohort(['planning', 'planning', 'planning', 'planning', 'planning'], p('2023-24', 2023)),
        },
        { period: p('2024-25', 2024), assessments: cohort(['live', 'live', 'live'], p('2024-25', 2024)) },
      ],
      catalogue,
    );
    assert.equal(suppressedLatest!.liveChange, undefined);
  });

  test('a retired standard raises no timeline signal; an invalid date is refused', () => {
    const adoption = summariseAdoption(cohort(['planning', 'planning', 'planning', 'planning', 'planning']), catalogue);
    assert.deepEqual(
      timelineSignals([standard('fhir', 'retired', '2020-01-01')], adoption, { now: new Date('2026-01-01') }),
      [],
    );
    assert.throws(() => timelineSignals(catalogue, adoption, { now: new Date('nonsense') }), RangeError);
  });

  test('aggregates 5,000 assessments over 200 standards, each counted (the speed is in npm run bench)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...cohort(['live'])[0]!,
      organisation: { odsCode: `R${String(i).padStart(4, '0')}` },
      standardsAdoption: Array.from({ length: 200 }, (_, s) => ({
        standard: `s${s}`,
        stage: (['not-started', 'planning', 'implementing', 'live'] as const)[(i + s) % 4]!,
      })),
    }));
    const catalogue200 = Array.from({ length: 200 }, (_, s) => standard(`s${s}`, 'active'));
    const result = summariseAdoption(many, catalogue200);
    assert.equal(result.standards.length, 200);
    assert.equal(result.standards[0]!.responding, 5000);
  });
});
