/** Small documents for tests, built by hand so each test says what it changes. */
import type { Assessment, Framework } from '@openmaturity/core';

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

export function smallAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: 'rgt-2024-25',
    organisation: { odsCode: 'RGT', name: 'Cambridge University Hospitals NHS Foundation Trust' },
    framework: { id: 'test-fw', version: '1' },
    period: { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
    status: 'published',
    responses: [
      { indicator: 'wifi', value: 4 },
      { indicator: 'epr', value: true },
      { indicator: 'skills', value: 62.5 },
      { indicator: 'ai', value: null },
    ],
    ...overrides,
  };
}
