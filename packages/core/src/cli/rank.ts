/** `openmaturity rank <file|dir|url>... --ods CODE`: an organisation's rank and percentile in its cohort. */
import { parseArgs } from 'node:util';
import { rank, type Rank, type Ranked } from '../engine/benchmark.js';
import { cohortOf, type CohortField, type CohortRef } from '../engine/cohorts.js';
import { frameworkKey } from '../export/tables.js';
import {
  analysisHelp,
  analysisOptions,
  byOption,
  meets,
  minCohortOption,
  outputOption,
  printCsv,
  printTable,
  problemsLine,
  whereOption,
} from './analysis.js';
import { UsageError, type ExitCode, type Io } from './io.js';
import { readScored } from './scoring.js';

export const rankHelp = `Usage: openmaturity rank <file|dir|url>... --ods CODE [--ods CODE]... [options]

Ranks organisations among the assessments of the same framework version and period (and the
same cohort, with --by): 1 for the highest score, ties sharing the best rank, and the
percentile. A cohort smaller than the minimum gives no rank. Only a few figures of each
assessment are kept, so large inputs fit in little memory.

Options:
  --ods CODE                    the organisation to rank (repeat for several)
  --domain ID                   rank by one domain's score instead of the overall score
${analysisHelp.replace('region|icb|type|sector', 'region|icb|type       ')}

Exit status: 0 done, 1 some inputs could not be read, or an organisation has no assessment, 2 wrong usage.`;

export const rankCsvColumns = [
  'ods_code',
  'framework_id',
  'framework_version',
  'period',
  'cohort_id',
  'cohort_label',
  'domain',
  'score',
  'count',
  'suppressed',
  'rank',
  'tied_with',
  'percentile',
] as const;

interface Group {
  framework: { id: string; version: string };
  period: string;
  cohort: CohortRef;
  results: Ranked[];
}

export async function rankCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...analysisOptions, ods: { type: 'string', multiple: true }, domain: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('rank needs at least one file, directory or URL');
  const wanted = (values.ods ?? []).map((c) => c.trim().toUpperCase());
  if (wanted.length === 0) throw new UsageError('rank needs --ods CODE: the organisation to rank');
  const output = outputOption(values);
  const by: CohortField = byOption(values.by, ['all', 'region', 'icb', 'type']);
  const minCohortSize = minCohortOption(values['min-cohort']);

  const groups = new Map<string, Group>();
  const read = await readScored(
    positionals,
    io,
    ({ assessment, framework, result, organisation }) => {
      const cohort = by === 'all' ? { id: 'all', label: 'All organisations' } : cohortOf({ organisation }, by);
      if (!cohort) return;
      const key = `${frameworkKey(framework)}\u0000${assessment.period.id}\u0000${cohort.id}`;
      let group = groups.get(key);
      if (!group)
        groups.set(
          key,
          (group = {
            framework: { id: framework.id, version: framework.version },
            period: assessment.period.id,
            cohort,
            results: [],
          }),
        );
      // The few figures rank reads, not the whole result.
      group.results.push({
        organisation: result.organisation,
        overall: { score: result.overall.score },
        domains: result.domains.map((d) => ({ domain: d.domain, score: d.score })),
      });
    },
    { where: meets(whereOption(values.where)) },
  );

  const ranks: (Rank & { framework: Group['framework']; period: string; cohort: CohortRef; domain?: string })[] = [];
  const notFound: string[] = [];
  for (const code of wanted) {
    const mine = [...groups.values()].filter((g) => g.results.some((r) => r.organisation === code));
    if (mine.length === 0) notFound.push(code);
    for (const g of mine)
      ranks.push({
        framework: g.framework,
        period: g.period,
        cohort: g.cohort,
        ...(values.domain ? { domain: values.domain } : {}),
        ...rank(g.results, code, { domain: values.domain, minCohortSize }),
      });
  }

  if (output === 'json') io.stdout(`${JSON.stringify(ranks, null, 2)}\n`);
  else if (output === 'csv')
    printCsv(
      io,
      rankCsvColumns,
      ranks.map((r) => [
        r.odsCode,
        r.framework.id,
        r.framework.version,
        r.period,
        r.cohort.id,
        r.cohort.label,
        r.domain,
        r.score,
        r.count,
        r.suppressed,
        r.rank,
        r.tiedWith,
        r.percentile,
      ]),
    );
  else
    printTable(
      io,
      ['organisation', 'framework', 'period', 'cohort', 'score', 'rank', 'of', 'percentile'],
      ranks.map((r) => [
        r.odsCode,
        `${r.framework.id} ${r.framework.version}`,
        r.period,
        r.cohort.label,
        r.score === undefined ? undefined : Math.round(r.score * 10) / 10,
        r.suppressed ? 'suppressed' : r.rank,
        r.count,
        r.percentile,
      ]),
    );
  for (const code of notFound)
    io.stderr(`${code}: no assessment among the inputs${values.where ? ' that --where keeps' : ''}\n`);
  io.stderr(problemsLine(read.problems));
  return read.problems === 0 && notFound.length === 0 ? 0 : 1;
}
