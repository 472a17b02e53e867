/**
 * What `score`, `benchmark`, `rank` and `export` share: each assessment of the inputs read,
 * scored against its framework (found among the inputs) and handed over with its
 * organisation, then dropped. The frameworks and organisations are read first, wherever they
 * are, so no assessment has to wait for them in memory.
 */
import type { Assessment } from '../format/kinds/assessment.js';
import type { Framework } from '../format/kinds/framework.js';
import type { Organisation } from '../format/kinds/organisation.js';
import type { AnyDocument } from '../format/documents.js';
import { score, type ScoreResult } from '../engine/score.js';
import type { CohortMember } from '../engine/cohorts.js';
import { frameworkKey } from '../export/tables.js';
import { readDocuments, type ReadSummary } from './documents.js';
import type { Io } from './io.js';

/** One assessment, scored. */
export interface ScoredAssessment {
  assessment: Assessment;
  framework: Framework;
  result: ScoreResult;
  organisation?: Organisation;
  source: string;
}

/**
 * Reads the inputs and hands over each assessment that `where` keeps, scored. An assessment
 * whose framework is not among the inputs is reported on stderr and counted as a problem.
 * Other documents go to `other`, when given.
 */
export async function readScored(
  inputs: readonly string[],
  io: Io,
  visit: (scored: ScoredAssessment) => void,
  options: { where?: (member: CohortMember) => boolean; other?: (document: AnyDocument) => void } = {},
): Promise<ReadSummary> {
  const frameworks = new Map<string, Framework>();
  const organisations = new Map<string, Organisation>();
  let missing = 0;
  const summary = await readDocuments(inputs, io, (document, source) => {
    options.other?.(document);
    if (document.kind === 'Framework') frameworks.set(frameworkKey(document), document);
    else if (document.kind === 'Organisation' && document.odsCode) organisations.set(document.odsCode, document);
    if (document.kind !== 'Assessment') return;
    const framework = frameworks.get(frameworkKey(document.framework));
    if (!framework) {
      missing++;
      io.stderr(
        `${source}: framework ${document.framework.id} ${document.framework.version} is not among the inputs: add its file, folder or URL\n`,
      );
      return;
    }
    const organisation = organisations.get(document.organisation.odsCode);
    if (options.where && !options.where(organisation ? { organisation } : {})) return;
    visit({ assessment: document, framework, result: score(framework, document), organisation, source });
  });
  return { documents: summary.documents, problems: summary.problems + missing };
}
