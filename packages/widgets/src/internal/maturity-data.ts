/**
 * The documents the scorecard and the checklist show: a framework, an assessment of it, and
 * optionally last period's assessment and a cohort benchmark. Sorted by their own `kind`,
 * validated, and checked to fit together, whether they came as properties, inline or by URL.
 */
import {
  InvalidDocumentError,
  validateAssessment,
  type Assessment,
  type Benchmark,
  type Framework,
} from '@openmaturity/core';
import { assessmentKind, benchmarkKind, frameworkKind, parseAs } from '@openmaturity/core/format';

export interface MaturityData {
  framework: Framework;
  assessment: Assessment;
  previous?: { framework: Framework; assessment: Assessment };
  benchmark?: Benchmark;
}

/** What an element was given, before validation: any of these may be missing or wrong. */
export interface MaturityInput {
  framework?: unknown;
  assessment?: unknown;
  previous?: unknown;
  previousFramework?: unknown;
  benchmark?: unknown;
}

/** Sorts loose documents (inline JSON) by kind: the later of two assessments is the current one. */
export function sortDocuments(documents: readonly unknown[]): MaturityInput {
  const of = (kind: string) =>
    documents.filter((d) => (d as { kind?: unknown } | null)?.kind === kind) as { period?: { start?: string } }[];
  const assessments = of('Assessment').sort((a, b) => String(a.period?.start).localeCompare(String(b.period?.start)));
  const frameworks = of('Framework');
  const unknown = documents.find(
    (d) => !['Assessment', 'Framework', 'Benchmark'].includes(String((d as { kind?: unknown } | null)?.kind)),
  );
  return {
    // A document of no known kind is handed on as the assessment, so that validation names it.
    assessment: unknown ?? assessments.at(-1),
    previous: assessments.length > 1 ? assessments.at(-2) : undefined,
    framework: frameworks[0],
    previousFramework: frameworks[1],
    benchmark: of('Benchmark')[0],
  };
}

/**
 * Validates what an element was given.
 *
 * @throws {@link InvalidDocumentError} naming the document (`assessment`, `framework`, ...) and the JSON path.
 */
export function validateMaturityData(input: MaturityInput): MaturityData | undefined {
  if (input.assessment === undefined && input.framework === undefined) return undefined;
  const assessment = parseAs(input.assessment, assessmentKind, { source: 'assessment' });
  const framework = pickFramework(assessment, [input.framework, input.previousFramework]);
  const fit = validateAssessment(assessment, framework);
  if (fit.length > 0) throw new InvalidDocumentError(fit, { source: 'assessment' });

  let previous: MaturityData['previous'];
  if (input.previous !== undefined) {
    const earlier = parseAs(input.previous, assessmentKind, { source: 'previous assessment' });
    previous = { assessment: earlier, framework: pickFramework(earlier, [input.previousFramework, input.framework]) };
  }
  const benchmark =
    input.benchmark === undefined ? undefined : parseAs(input.benchmark, benchmarkKind, { source: 'benchmark' });
  return { framework, assessment, previous, benchmark };
}

/**
 * Framework objects already found valid. A page that sets a new assessment on every keystroke
 * (the editor's preview) hands over the same framework object each time; checking a
 * 500-indicator framework again took most of the time to the redrawn preview.
 */
const validFrameworks = new WeakSet<object>();

function parseFramework(candidate: unknown): Framework {
  if (typeof candidate === 'object' && candidate !== null && validFrameworks.has(candidate))
    return candidate as Framework;
  const framework = parseAs(candidate, frameworkKind, { source: 'framework' });
  validFrameworks.add(framework);
  return framework;
}

/** The framework, among those given, that the assessment answers (another is a clear error). */
function pickFramework(assessment: Assessment, candidates: unknown[]): Framework {
  const given = candidates.filter((c) => c !== undefined);
  const frameworks = given.map(parseFramework);
  const match = frameworks.find((f) => f.id === assessment.framework.id && f.version === assessment.framework.version);
  if (match) return match;
  if (frameworks[0]) {
    // Reported by validateAssessment as a framework mismatch, with the path.
    throw new InvalidDocumentError(validateAssessment(assessment, frameworks[0]), { source: 'assessment' });
  }
  return parseAs(undefined, frameworkKind, { source: 'framework' });
}
