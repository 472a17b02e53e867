/**
 * Checks that go beyond the shape of one field, and so beyond JSON Schema: a framework whose
 * ids clash, whose references dangle or whose prerequisites loop cannot be scored or
 * prioritised; a period that ends before it starts, quartiles out of order, or figures left in
 * a suppressed summary are contradictions a reader must not be shown.
 */
import { findCycle } from '../graph/prerequisite-graph.js';
import type { Benchmark, Summary } from './kinds/benchmark.js';
import type { AnyDocument } from './documents.js';
import type { Framework } from './kinds/framework.js';
import { describeValue, issue, type DocumentIssue } from './issues.js';
import type { Period } from './shared.js';

/** Every problem of integrity in a document whose shape is already valid. */
export function checkIntegrity(document: AnyDocument): DocumentIssue[] {
  switch (document.kind) {
    case 'Framework':
      return checkFrameworkIntegrity(document);
    case 'Assessment':
      return [
        ...checkPeriod(document.period),
        ...dateOrder(['signedOff', 'date'], document.period.start, document.signedOff?.date, 'the start of the period'),
        ...uniqueValues(document.standardsAdoption ?? [], (a) => a.standard, 'standardsAdoption', 'standard'),
      ];
    case 'Benchmark':
      return [...checkPeriod(document.period), ...checkBenchmark(document)];
    case 'Organisation':
      return [
        ...(document.odsCode === undefined && document.registerCode === undefined
          ? [
              issue(
                'missing',
                ['odsCode'],
                'an ODS code, or a registerCode for an organisation that has none',
                'nothing',
              ),
            ]
          : []),
        ...dateOrder(['closed'], document.opened, document.closed, 'the opening date'),
      ];
    case 'ConformanceStatement':
      return dateOrder(['expires'], document.issued, document.expires, 'the issue date');
    case 'Standard':
      return [];
  }
}

function dateOrder(
  path: (string | number)[],
  earlier: string | undefined,
  later: string | undefined,
  what: string,
): DocumentIssue[] {
  if (earlier === undefined || later === undefined || later >= earlier) return [];
  return [issue('inconsistent', path, `a date on or after ${what} (${earlier})`, describeValue(later))];
}

const checkPeriod = (period: Period) => dateOrder(['period', 'end'], period.start, period.end, 'period.start');

const FIGURES = ['min', 'lowerQuartile', 'median', 'upperQuartile', 'max'] as const;

function checkSummary(summary: Summary, path: (string | number)[]): DocumentIssue[] {
  const present = FIGURES.filter((figure) => summary[figure] !== undefined);
  if (summary.suppressed) {
    // A suppressed summary exists so that no figure singles out one organisation.
    return present.map((figure) =>
      issue('inconsistent', [...path, figure], 'no figure in a suppressed summary', describeValue(summary[figure])),
    );
  }
  const issues: DocumentIssue[] = [];
  let previous: { figure: string; value: number } | undefined;
  for (const figure of present) {
    const value = summary[figure]!;
    if (previous && value < previous.value)
      issues.push(
        issue(
          'inconsistent',
          [...path, figure],
          `a value of at least ${previous.figure} (${previous.value})`,
          describeValue(value),
        ),
      );
    previous = { figure, value };
  }
  if (summary.count === 0 && present.length > 0)
    issues.push(
      issue('inconsistent', [...path, present[0]!], 'no figures for a count of 0', describeValue(summary[present[0]!])),
    );
  return issues;
}

function checkBenchmark(benchmark: Benchmark): DocumentIssue[] {
  return [
    checkSummary(benchmark.overall, ['overall']),
    ...benchmark.domains.map((domain, i) => checkSummary(domain, ['domains', i])),
  ].flat();
}

/** Every problem of integrity in a framework whose shape is already valid. */
export function checkFrameworkIntegrity(framework: Framework): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const domainIds = uniqueIds(framework.domains, 'domains', issues);
  const indicatorIds = uniqueIds(framework.indicators, 'indicators', issues);
  const { scale } = framework;

  const scaleUsable = scale.min < scale.max;
  if (!scaleUsable) {
    issues.push(
      issue('invalid_scale', ['scale', 'max'], `a number above scale.min (${scale.min})`, describeValue(scale.max)),
    );
  }
  // Levels are checked against the scale only when the scale itself makes sense.
  if (scaleUsable)
    scale.levels.forEach((level, i) => {
      const previous = scale.levels[i - 1];
      if (level.value < scale.min || level.value > scale.max) {
        issues.push(
          issue(
            'invalid_scale',
            ['scale', 'levels', i, 'value'],
            `a value within the scale (${scale.min} to ${scale.max})`,
            describeValue(level.value),
          ),
        );
      } else if (previous && !(level.value > previous.value)) {
        issues.push(
          issue(
            'invalid_scale',
            ['scale', 'levels', i, 'value'],
            `a value above the previous level's (${previous.value})`,
            describeValue(level.value),
          ),
        );
      }
    });

  const stages = framework.scoring.method === 'cumulative-stages' ? framework.scoring.stages : undefined;
  const stageValues = new Set<number>();
  stages?.forEach((stage, i) => {
    if (stageValues.has(stage.value)) {
      issues.push(
        issue('duplicate_id', ['scoring', 'stages', i, 'value'], 'a stage value used once', describeValue(stage.value)),
      );
    }
    stageValues.add(stage.value);
  });

  framework.indicators.forEach((indicator, i) => {
    const at = ['indicators', i] as const;
    if (!domainIds.has(indicator.domain)) {
      issues.push(
        issue(
          'unknown_reference',
          [...at, 'domain'],
          'the id of a domain of this framework',
          describeValue(indicator.domain),
        ),
      );
    }
    indicator.prerequisites?.forEach((id, j) => {
      if (!indicatorIds.has(id)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'prerequisites', j],
            'the id of an indicator of this framework',
            describeValue(id),
          ),
        );
      }
    });
    const { measure } = indicator;
    if (
      measure.type === 'level' &&
      measure.target !== undefined &&
      (measure.target < scale.min || measure.target > scale.max)
    ) {
      issues.push(
        issue(
          'invalid_scale',
          [...at, 'measure', 'target'],
          `a level within the scale (${scale.min} to ${scale.max})`,
          describeValue(measure.target),
        ),
      );
    }
    if (measure.type === 'choice') {
      const values = new Set<string>();
      measure.options.forEach((option, j) => {
        if (values.has(option.value)) {
          issues.push(
            issue(
              'duplicate_id',
              [...at, 'measure', 'options', j, 'value'],
              'an option value used once',
              describeValue(option.value),
            ),
          );
        }
        values.add(option.value);
      });
      if (measure.target !== undefined && !values.has(measure.target)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'measure', 'target'],
            'the value of one of the options',
            describeValue(measure.target),
          ),
        );
      }
    }
    if (stages) {
      if (indicator.stage === undefined) {
        issues.push(
          issue(
            'missing',
            [...at, 'stage'],
            'the stage this criterion belongs to (the framework scores by cumulative stages)',
            'nothing',
          ),
        );
      } else if (!stageValues.has(indicator.stage)) {
        issues.push(
          issue(
            'unknown_reference',
            [...at, 'stage'],
            'one of the stages in scoring.stages',
            describeValue(indicator.stage),
          ),
        );
      }
    }
  });

  // The first indicator of an id stands for it, as in uniqueIds: a duplicate is reported there.
  const graph = new Map<string, readonly string[]>();
  for (const indicator of framework.indicators)
    if (!graph.has(indicator.id)) graph.set(indicator.id, indicator.prerequisites ?? []);
  const cycle = findCycle(graph);
  if (cycle) {
    const index = framework.indicators.findIndex((indicator) => indicator.id === cycle[0]);
    issues.push({
      ...issue(
        'prerequisite_cycle',
        ['indicators', index, 'prerequisites'],
        'prerequisites without a cycle',
        `the cycle ${cycle.join(' -> ')}`,
      ),
    });
  }
  return issues;
}

/** Reports every item whose key repeats an earlier one's: `list[i].field`. */
function uniqueValues<T>(items: readonly T[], key: (item: T) => string, list: string, field: string): DocumentIssue[] {
  const first = new Map<string, number>();
  const issues: DocumentIssue[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(key(item));
    if (earlier === undefined) first.set(key(item), i);
    else
      issues.push(
        issue(
          'duplicate_id',
          [list, i, field],
          `one entry per ${field}`,
          `${describeValue(key(item))}, already at ${list}[${earlier}]`,
        ),
      );
  });
  return issues;
}

function uniqueIds(items: readonly { id: string }[], list: string, issues: DocumentIssue[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else
      issues.push(
        issue(
          'duplicate_id',
          [list, i, 'id'],
          `an id used once in ${list}`,
          `${describeValue(item.id)}, already used at ${list}[${earlier}]`,
        ),
      );
  });
  return new Set(first.keys());
}
