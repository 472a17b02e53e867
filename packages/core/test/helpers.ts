/**
 * Documents for tests, benchmarks and the build's tests, built by hand so each says what it
 * changes. The one place these literals live: core's tests, the widgets' tests, bench/ and the
 * tests of the build (plain JS, through tsx's `tsImport`) all build their documents here.
 * Types only are imported, so this runs before a build.
 */
import type { Assessment, ConformanceStatement, Framework, Indicator, Period, Response } from '@openmaturity/core';

const PERIOD_2024_25: Period = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' };

export function smallFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    kind: 'Framework',
    schemaVersion: '1.0',
    id: 'test-fw',
    version: '1',
    name: 'Test framework',
    scale: { min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) },
    scoring: { method: 'weighted-mean' },
    domains: [
      { id: 'infra', name: 'Infrastructure' },
      { id: 'people', name: 'People' },
    ],
    indicators: [
      { id: 'wifi', domain: 'infra', name: 'Wi-Fi', measure: { type: 'level' }, tier: 'foundation' },
      { id: 'epr', domain: 'infra', name: 'EPR', measure: { type: 'yes-no' }, tier: 'core', prerequisites: ['wifi'] },
      { id: 'skills', domain: 'people', name: 'Skills', measure: { type: 'percentage' }, tier: 'core' },
      {
        id: 'ai',
        domain: 'infra',
        name: 'AI',
        measure: {
          type: 'choice',
          options: [
            { value: 'no', label: 'No', score: 0 },
            { value: 'yes', label: 'Yes', score: 100 },
          ],
        },
        tier: 'advanced',
        prerequisites: ['epr'],
      },
    ],
    ...overrides,
  };
}

/**
 * A framework of `size` indicators `i0`, `i1`, ... over seven domains `d0` to `d6`, each a level
 * of the core tier unless `indicator(i)` says otherwise: for benchmarks and large tests.
 */
export function generatedFramework(
  size: number,
  indicator: (i: number) => Partial<Indicator> = () => ({}),
  overrides: Partial<Framework> = {},
): Framework {
  return {
    kind: 'Framework',
    schemaVersion: '1.0',
    id: 'bench',
    version: '1',
    name: 'Benchmark',
    scale: { min: 1, max: 5, levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}` })) },
    scoring: { method: 'weighted-mean' },
    domains: Array.from({ length: 7 }, (_, d) => ({ id: `d${d}`, name: `Domain ${d}` })),
    indicators: Array.from({ length: size }, (_, i) => ({
      id: `i${i}`,
      domain: `d${i % 7}`,
      name: `Indicator ${i}`,
      measure: { type: 'level' as const },
      tier: 'core' as const,
      ...indicator(i),
    })),
    ...overrides,
  };
}

/**
 * An organisation's published assessment of a framework for 2024-25, with the responses given;
 * `id` follows the ODS code (`RX0-2024-25`).
 */
export function assessmentOf(
  framework: Pick<Framework, 'id' | 'version'>,
  responses: Response[],
  overrides: Partial<Assessment> = {},
): Assessment {
  const organisation = overrides.organisation ?? {
    odsCode: 'RX0',
    name: 'Demo Valley NHS Foundation Trust (demo data)',
  };
  return {
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: `${organisation.odsCode}-${(overrides.period ?? PERIOD_2024_25).id}`,
    organisation,
    framework: { id: framework.id, version: framework.version },
    period: PERIOD_2024_25,
    status: 'published',
    responses,
    ...overrides,
  };
}

export function smallAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return assessmentOf(
    { id: 'test-fw', version: '1' },
    [
      { indicator: 'wifi', value: 4 },
      { indicator: 'epr', value: true },
      { indicator: 'skills', value: 62.5 },
      { indicator: 'ai', value: null },
    ],
    {
      id: 'rgt-2024-25',
      organisation: { odsCode: 'RGT', name: 'Cambridge University Hospitals NHS Foundation Trust' },
      ...overrides,
    },
  );
}

/** A DSPT status as a statement: Manchester University NHS Foundation Trust, 2022-23, conformant. */
export function dsptStatement(overrides: Partial<ConformanceStatement> = {}): ConformanceStatement {
  return {
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id: 'dspt-2022-23-R0A',
    subject: { type: 'organisation', name: 'Manchester University NHS Foundation Trust', odsCode: 'R0A' },
    standard: { id: 'dspt', version: '2022-23', name: 'DSPT' },
    status: 'conformant',
    issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'Data Security and Protection Toolkit' },
    issued: '2023-06-30',
    expires: '2099-06-30',
    ...overrides,
  };
}

/** A product's DTAC statement (demo data), conformant until 2099. */
export function productStatement(overrides: Partial<ConformanceStatement> = {}): ConformanceStatement {
  return {
    kind: 'ConformanceStatement',
    schemaVersion: '1.0',
    id: 'demo-dtac',
    subject: { type: 'product', name: 'Example Health Software Ltd (demo)', product: { name: 'Example EPR (demo)' } },
    standard: { id: 'dtac', name: 'DTAC', version: '1.0' },
    status: 'conformant',
    issuer: { id: 'https://issuer.test.openmaturity.org/', name: 'Test Assurance Body' },
    issued: '2025-01-10',
    expires: '2099-01-10',
    ...overrides,
  };
}
