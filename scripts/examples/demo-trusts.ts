/**
 * The fictional trusts of the examples: "Demo Valley" with two years of assessments of the
 * What Good Looks Like framework, and a demo cohort of acute trusts for its benchmark. Answers
 * are pseudo-random but plausible (foundations further on than advanced work, last year a
 * little behind this year) and the same on every run. Every name says "(demo data)".
 */
import {
  benchmark,
  type Assessment,
  type Benchmark,
  type Framework,
  type Organisation,
  type Period,
  type Response,
  type Tier,
} from '../../packages/core/src/index.js';
import { seeded, seedOf, type Random } from './random.js';

/** The trust of the intranet page. RX0 is the code the widget tests use for it too. */
export const DEMO_TRUST = { odsCode: 'RX0', name: 'Demo Valley NHS Foundation Trust (demo data)' } as const;
export const COHORT_ID = 'demo-acute';

export const PERIODS = {
  previous: { id: '2023-24', start: '2023-04-01', end: '2024-03-31', label: '2023 to 2024' },
  current: { id: '2024-25', start: '2024-04-01', end: '2025-03-31', label: '2024 to 2025' },
} satisfies Record<string, Period>;

/** When the benchmark was computed: fixed, so the output does not change from run to run. */
const COMPUTED = '2025-07-01T09:00:00Z';

// Invented place names, none of them an NHS trust; codes RZ? are used by no trust in the ODS file
// (the generator checks every demo code against the real files on each run).
const COHORT = [
  'Northgate',
  'Eastmoor',
  'Westbrook',
  'Southfield',
  'Oakhollow',
  'Greywater',
  'Kingsmere',
  'Larkspur',
  'Millbeck',
  'Netherby',
  'Orchard Vale',
  'Pennyrigg',
  'Queensholme',
  'Redcliffe Moor',
  'Saltmarsh',
  'Thornbury Fen',
  'Underhill',
  'Wendale',
  'Yarrowby',
].map((place, i) => ({
  odsCode: `RZ${'123456789ABCDEFGHJK'[i]}`,
  name: `Demo ${place} Hospitals NHS Trust (demo data)`,
}));

/** Every ODS code the demo data uses, to check against the real files. */
export const demoOdsCodes = (): string[] => [DEMO_TRUST.odsCode, ...COHORT.map((t) => t.odsCode)];

const TIER_BIAS: Record<Tier, number> = { foundation: 0.15, core: 0, advanced: -0.25 };
const clamp = (value: number, min = 0, max = 1) => Math.min(max, Math.max(min, value));

/**
 * How far along each indicator a trust is, from 0 to 1: its overall capability, the indicator's
 * tier, and some noise of its own. Two years of one trust share these, so they correlate.
 */
function propensities(framework: Framework, random: Random, capability: number): Map<string, number> {
  return new Map(
    framework.indicators.map((i) => [i.id, clamp(capability + TIER_BIAS[i.tier] + (random.next() - 0.5) * 0.4)]),
  );
}

/** An answer that fits the indicator's measure, from how far along the trust is. */
function answer(framework: Framework, indicator: Framework['indicators'][number], p: number): Response['value'] {
  const { measure } = indicator;
  switch (measure.type) {
    case 'level':
      return Math.round(framework.scale.min + p * (framework.scale.max - framework.scale.min));
    case 'yes-no':
      return p >= 0.5;
    case 'percentage':
      return measure.better === 'lower'
        ? Math.round(clamp(24 - p * 22, 0, 100))
        : Math.round(clamp(35 + p * 65, 0, 100));
    case 'choice':
      return [...measure.options].sort((a, b) => a.score - b.score)[Math.round(p * (measure.options.length - 1))]!
        .value;
  }
}

function assessment(
  framework: Framework,
  organisation: { odsCode: string; name: string },
  period: Period,
  responses: Response[],
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: `${organisation.odsCode}-${framework.id}-${period.id}`,
    organisation: { odsCode: organisation.odsCode, name: organisation.name },
    framework: { id: framework.id, version: framework.version },
    period,
    status: 'published',
    responses,
    ...extra,
  };
}

/** Demo Valley's own words on some answers: what a trust's digital team writes beside a figure. */
const NOTES: Record<string, Pick<Response, 'comment' | 'evidence' | 'confidence'>> = {
  'network-coverage': {
    comment:
      'Wi-Fi survey of all wards in March; the older outpatient wing and two community sites still drop out (demo data).',
    evidence: [
      { url: 'https://intranet.demo-valley.example/digital/wifi-survey-2025', title: 'Wi-Fi survey 2025 (demo)' },
    ],
    confidence: 'peer-reviewed',
  },
  'cyber-toolkit': {
    comment: 'Standards met in the latest toolkit submission (demo data).',
    evidence: [{ url: 'https://www.dsptoolkit.nhs.uk/', title: 'Data Security and Protection Toolkit' }],
    confidence: 'externally-validated',
  },
  'electronic-patient-record': {
    comment: 'In use on every adult ward; paediatrics and maternity go live next year (demo data).',
    confidence: 'peer-reviewed',
  },
  'digital-strategy': {
    comment: 'Digital strategy 2024-2029 agreed by the board in May 2024 (demo data).',
    evidence: [{ url: 'https://www.demo-valley.example/about/digital-strategy', title: 'Digital strategy (demo)' }],
  },
  'digital-inclusion': {
    comment: 'A phone and letter route is kept for every online service; digital inclusion survey planned (demo data).',
  },
};

/** Demo Valley's answers fixed by hand, so that its checklist tells the "Wi-Fi before AI" story. */
const FIXED: Record<string, Partial<Record<keyof typeof PERIODS, Response['value']>>> = {
  'network-coverage': { previous: 71, current: 84 },
  'cyber-toolkit': { previous: false, current: true },
  'digital-strategy': { previous: true, current: true },
  'electronic-patient-record': { previous: 2, current: 3 },
  'ai-assisted-tools': { previous: null, current: 1 },
  'secure-data-environment': { previous: null, current: null },
};

/** Demo Valley: its Organisation and its assessments of last year and this year. */
export function demoValley(framework: Framework): {
  organisation: Organisation;
  previous: Assessment;
  current: Assessment;
} {
  const random = seeded(seedOf(DEMO_TRUST.odsCode));
  const base = propensities(framework, random, 0.45);
  const responses = (year: keyof typeof PERIODS, shift: number): Response[] =>
    framework.indicators.map((indicator) => {
      const fixed = FIXED[indicator.id];
      const value =
        fixed && year in fixed
          ? fixed[year]!
          : answer(framework, indicator, clamp(base.get(indicator.id)! + shift + (random.next() - 0.5) * 0.1));
      const notes = year === 'current' ? NOTES[indicator.id] : undefined;
      return { indicator: indicator.id, value, confidence: 'self-assessed', ...notes };
    });

  return {
    organisation: {
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode: DEMO_TRUST.odsCode,
      name: DEMO_TRUST.name,
      type: 'acute-trust',
      region: { name: 'Demo region (demo data)' },
      website: 'https://www.demo-valley.example/',
    },
    previous: assessment(framework, DEMO_TRUST, PERIODS.previous, responses('previous', -0.07), {
      signedOff: { name: 'Dr A. Example (demo)', role: 'Chief Clinical Information Officer', date: '2024-05-21' },
      published: '2024-06-03',
    }),
    current: assessment(framework, DEMO_TRUST, PERIODS.current, responses('current', 0), {
      localPriorities: [
        {
          indicator: 'digital-inclusion',
          weight: 2,
          reason:
            "The board's health inequalities plan puts digital inclusion first for our older, rural population (demo data).",
        },
        {
          domain: 'support-people',
          weight: 1.5,
          reason: 'Staff survey: digital skills are the most requested training (demo data).',
        },
      ],
      signedOff: { name: 'Dr A. Example (demo)', role: 'Chief Clinical Information Officer', date: '2025-05-20' },
      published: '2025-06-02',
    }),
  };
}

/** The demo cohort's organisations and this year's assessments, a few answers left blank. */
export function demoCohort(framework: Framework): { organisations: Organisation[]; assessments: Assessment[] } {
  const organisations: Organisation[] = [];
  const assessments: Assessment[] = [];
  for (const trust of COHORT) {
    const random = seeded(seedOf(trust.odsCode));
    const base = propensities(framework, random, 0.25 + random.next() * 0.5);
    organisations.push({
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode: trust.odsCode,
      name: trust.name,
      type: 'acute-trust',
      region: { name: 'Demo region (demo data)' },
    });
    const responses = framework.indicators.map((indicator) => ({
      indicator: indicator.id,
      value: random.chance(0.05) ? null : answer(framework, indicator, base.get(indicator.id)!),
      confidence: 'self-assessed' as const,
    }));
    assessments.push(assessment(framework, trust, PERIODS.current, responses));
  }
  return { organisations, assessments };
}

/** The cohort's benchmark (Demo Valley among its members), computed by the engine. */
export function demoBenchmark(
  framework: Framework,
  assessments: readonly Assessment[],
  organisations: readonly Organisation[],
): Benchmark {
  return benchmark(framework, assessments, {
    cohort: {
      id: COHORT_ID,
      label: `Demo cohort: ${assessments.length} fictional acute trusts (demo data)`,
      organisationType: 'acute-trust',
    },
    organisations,
    computed: COMPUTED,
  });
}
