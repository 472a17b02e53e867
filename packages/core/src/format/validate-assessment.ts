/** The second step of validation: does an assessment fit the framework it answers? */
import type { Assessment } from './kinds/assessment.js';
import type { Framework, Indicator } from './kinds/framework.js';
import { describeValue, issue, type DocumentIssue } from './issues.js';
import { measureRule } from './measure-types.js';

/**
 * Every way in which a well-formed assessment (one that {@link parseDocument} accepts) does not
 * fit its framework: another framework or version, unknown indicators, values that do not fit
 * their measure,
 * local priorities that name nothing; and, given the standards catalogue, standards adoption
 * that names a standard it does not hold. An empty list means it fits.
 *
 * @example
 * ```ts
 * const problems = validateAssessment(assessment, framework);
 * if (problems.length) throw new InvalidDocumentError(problems, { source: 'rgt-2024.json' });
 * ```
 */
export function validateAssessment(
  assessment: Assessment,
  framework: Framework,
  options: { standards?: readonly { id: string }[] } = {},
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  if (assessment.framework.id !== framework.id) {
    issues.push(
      issue(
        'framework_mismatch',
        ['framework', 'id'],
        `the framework "${framework.id}"`,
        describeValue(assessment.framework.id),
      ),
    );
  } else if (assessment.framework.version !== framework.version) {
    issues.push(
      issue(
        'framework_mismatch',
        ['framework', 'version'],
        `version "${framework.version}" of ${framework.id}`,
        describeValue(assessment.framework.version),
      ),
    );
  }

  const indicators = new Map(framework.indicators.map((indicator) => [indicator.id, indicator]));
  const answered = new Set<string>();
  assessment.responses.forEach((response, i) => {
    const indicator = indicators.get(response.indicator);
    if (!indicator) {
      issues.push(
        issue(
          'unknown_indicator',
          ['responses', i, 'indicator'],
          `an indicator of ${framework.id} ${framework.version}`,
          describeValue(response.indicator),
        ),
      );
      return;
    }
    // A second answer to an indicator is the document's own contradiction, reported by
    // parseDocument (the assessment's integrity); only the first is checked against the measure.
    if (answered.has(response.indicator)) return;
    answered.add(response.indicator);
    const expected = misfit(response.value, indicator, framework);
    if (expected)
      issues.push(issue('value_mismatch', ['responses', i, 'value'], expected, describeValue(response.value)));
  });

  const domains = new Set(framework.domains.map((domain) => domain.id));
  assessment.localPriorities?.forEach((priority, i) => {
    const at = ['localPriorities', i];
    if (priority.indicator === undefined && priority.domain === undefined) {
      issues.push(issue('missing', at, 'exactly one of "indicator" or "domain"', 'neither'));
    } else if (priority.indicator !== undefined && priority.domain !== undefined) {
      issues.push(issue('inconsistent', at, 'exactly one of "indicator" or "domain"', 'both'));
    } else if (priority.indicator !== undefined && !indicators.has(priority.indicator)) {
      issues.push(
        issue(
          'unknown_indicator',
          [...at, 'indicator'],
          `an indicator of ${framework.id} ${framework.version}`,
          describeValue(priority.indicator),
        ),
      );
    } else if (priority.domain !== undefined && !domains.has(priority.domain)) {
      issues.push(
        issue(
          'unknown_reference',
          [...at, 'domain'],
          `a domain of ${framework.id} ${framework.version}`,
          describeValue(priority.domain),
        ),
      );
    }
  });
  if (options.standards) {
    const known = new Set(options.standards.map((standard) => standard.id));
    assessment.standardsAdoption?.forEach((adoption, i) => {
      if (!known.has(adoption.standard))
        issues.push(
          issue(
            'unknown_reference',
            ['standardsAdoption', i, 'standard'],
            'a standard of the catalogue',
            describeValue(adoption.standard),
          ),
        );
    });
  }
  return issues;
}

/** What the value should have been, or undefined when it fits. `null` (not answered) always fits. */
function misfit(value: unknown, indicator: Indicator, framework: Framework): string | undefined {
  if (value === null) return undefined;
  const rule = measureRule(indicator.measure);
  return rule.fits(value, indicator.measure, framework.scale)
    ? undefined
    : rule.expected(indicator.measure, framework.scale);
}
