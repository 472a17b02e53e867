/**
 * Documents for the element tests: the bundled WGLL framework (served by the test runner from
 * the repository) and a fictional trust's assessments of it, built here so each test can say
 * what it changes.
 */
import type { Assessment, Benchmark, Framework } from '@openmaturity/core';

let cached: Framework | undefined;

export async function wgll(): Promise<Framework> {
  cached ??= (await (await fetch('/packages/core/data/frameworks/wgll-2024.json')).json()) as Framework;
  return structuredClone(cached);
}

/** A fictional trust's answers: a level of 1 + (index mod 5), so some are met and some not. */
export function demoAssessment(
  framework: Framework,
  changes: Partial<Assessment> = {},
  period = { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
): Assessment {
  return {
    kind: 'Assessment',
    schemaVersion: '1.0',
    id: `RX0-${period.id}`,
    organisation: { odsCode: 'RX0', name: 'Demo Valley NHS Foundation Trust (demo data)' },
    framework: { id: framework.id, version: framework.version },
    period,
    status: 'published',
    responses: framework.indicators.map((indicator, i) => ({
      indicator: indicator.id,
      value:
        indicator.measure.type === 'level'
          ? 1 + (i % 5)
          : indicator.measure.type === 'yes-no'
            ? i % 3 === 0
            : indicator.measure.type === 'percentage'
              ? (i * 13) % 101
              : indicator.measure.type === 'choice'
                ? indicator.measure.options[i % indicator.measure.options.length]!.value
                : null,
    })),
    ...changes,
  };
}

export const lastYear = (framework: Framework) =>
  demoAssessment(
    framework,
    {
      responses: demoAssessment(framework).responses.map((r) => ({
        ...r,
        value: typeof r.value === 'number' && r.value > 1 && r.value <= 5 ? r.value - 1 : r.value,
      })),
    },
    { id: '2023-24', start: '2023-04-01', end: '2024-03-31' },
  );

export function demoBenchmark(framework: Framework, suppressed = false): Benchmark {
  const summary = suppressed
    ? { count: 3, suppressed: true }
    : { count: 24, min: 20, lowerQuartile: 38, median: 51, upperQuartile: 63, max: 82 };
  return {
    kind: 'Benchmark',
    schemaVersion: '1.0',
    id: 'wgll-acute-2024-25',
    framework: { id: framework.id, version: framework.version },
    period: { id: '2024-25', start: '2024-04-01', end: '2025-03-31' },
    cohort: { id: 'acute', label: 'Acute trusts (demo cohort)' },
    computed: '2025-05-01T00:00:00Z',
    overall: summary,
    domains: framework.domains.map((d) => ({ domain: d.id, ...summary })),
  };
}

export const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

export const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
