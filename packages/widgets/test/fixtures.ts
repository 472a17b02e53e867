/**
 * Documents for the element tests: the bundled WGLL framework (served by the test runner from
 * the repository) and a fictional trust's assessments of it, built here so each test can say
 * what it changes.
 */
import { assert } from '@open-wc/testing';
import type { Assessment, Benchmark, Framework } from '@openmaturity/core';
import { assessmentOf } from '../../core/test/helpers.js';

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
  return assessmentOf(
    framework,
    framework.indicators.map((indicator, i) => ({
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
    { period, ...changes },
  );
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

/**
 * An element in one line, for failure messages. chai's own inspection of a DOM element (as in a
 * failing `expect(element).to.equal(null)`) walks the whole object graph and can hang the tab
 * until the runner gives up, with no message; this never does.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('');
  const words = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `<${node.localName}${attributes}>${words ? ` "${words}"` : ''}`;
}

/** Fails at once, naming what was found, when `root` holds an element matching `selector`. */
export function expectNone(root: ParentNode, selector: string, why = `expected no ${selector}`): void {
  const found = root.querySelector(selector);
  if (found) assert.fail(`${why}, but found ${describeNode(found)}`);
}

/** Fails at once, naming both, unless `actual` is the element `expected`. */
export function expectSameNode(actual: Element | null | undefined, expected: Element | null | undefined, why: string) {
  if (actual !== expected) assert.fail(`${why}: expected ${describeNode(expected)}, found ${describeNode(actual)}`);
}
