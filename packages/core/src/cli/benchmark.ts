/** `openmaturity benchmark <file|dir|url>...`: Benchmark documents, one per cohort, framework version and period. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Benchmark, Cohort } from '../format/kinds/benchmark.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { benchmarkBuilder, type BenchmarkBuilder } from '../engine/benchmark.js';
import type { CohortField } from '../engine/cohorts.js';
import type { Cell } from '../export/csv.js';
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
  type Condition,
} from './analysis.js';
import { UsageError, type ExitCode, type Io } from './io.js';
import { readScored } from './scoring.js';

export const benchmarkHelp = `Usage: openmaturity benchmark <file|dir|url>... [options]

Computes Benchmark documents from the assessments of the inputs: per domain and overall, the
count, quartiles and median of each cohort, for each framework version and period. Cohorts
smaller than the minimum are suppressed. Each assessment is read, scored and dropped, so
tens of thousands fit in little memory. Frameworks and Organisation documents must be among
the inputs (organisations for --by and --where).

Options:
${analysisHelp.replace('region|icb|type|sector', 'region|icb|type       ')}
  --out DIR                     also write each Benchmark document to DIR/<id>.json (for publish)
  --computed ISO-DATETIME       the documents' "computed" time (default now), for reproducible output

Exit status: 0 done, 1 some inputs could not be read or scored, 2 wrong usage.`;

export const benchmarkCsvColumns = [
  'benchmark_id',
  'framework_id',
  'framework_version',
  'period',
  'cohort_id',
  'cohort_label',
  'scope',
  'domain',
  'count',
  'suppressed',
  'min',
  'lower_quartile',
  'median',
  'upper_quartile',
  'max',
] as const;

const FIELDS: readonly CohortField[] = ['all', 'region', 'icb', 'type'];

export async function benchmarkCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...analysisOptions, out: { type: 'string' }, computed: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('benchmark needs at least one file, directory or URL');
  const output = outputOption(values);
  const by = byOption(values.by, FIELDS);
  const conditions = whereOption(values.where);
  if (conditions.some((c) => c.field === 'sector'))
    throw new UsageError('--where sector=: a Benchmark cohort is by type, region or ICB');
  const minCohortSize = minCohortOption(values['min-cohort']);

  const organisations: Organisation[] = [];
  const builders = new Map<string, BenchmarkBuilder>();
  let outside = 0;
  const read = await readScored(
    positionals,
    io,
    ({ assessment, framework, result, organisation }) => {
      const cohort = cohortFor(by, conditions, organisation);
      if (!cohort) {
        outside++;
        return;
      }
      const key = `${frameworkKey(framework)}\u0000${assessment.period.id}\u0000${cohort.id}`;
      let builder = builders.get(key);
      if (!builder)
        builders.set(
          key,
          (builder = benchmarkBuilder(framework, {
            cohort,
            organisations,
            period: assessment.period,
            minCohortSize,
            computed: values.computed,
          })),
        );
      builder.add(assessment, result);
    },
    {
      where: meets(conditions),
      other: (document) => {
        if (document.kind === 'Organisation') organisations.push(document);
      },
    },
  );
  const documents = [...builders.values()].map((b) => b.result()).sort((a, b) => a.id.localeCompare(b.id));

  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (const d of documents) writeFileSync(join(values.out, `${d.id}.json`), `${JSON.stringify(d, null, 2)}\n`);
  }
  if (output === 'json') io.stdout(`${JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2)}\n`);
  else if (output === 'csv') printCsv(io, benchmarkCsvColumns, documents.flatMap(benchmarkRows));
  else {
    printTable(
      io,
      ['cohort', 'framework', 'period', 'count', 'min', 'lower quartile', 'median', 'upper quartile', 'max'],
      documents.map((d) => [
        d.cohort.label,
        `${d.framework.id} ${d.framework.version}`,
        d.period.id,
        d.overall.count,
        ...(d.overall.suppressed
          ? ['suppressed', '', '', '', '']
          : [d.overall.min, d.overall.lowerQuartile, d.overall.median, d.overall.upperQuartile, d.overall.max]),
      ]),
    );
    if (values.out) io.stdout(`wrote ${documents.length} Benchmark documents to ${values.out}\n`);
  }
  if (outside > 0)
    io.stderr(`${outside} assessment${outside === 1 ? '' : 's'} left out: no Organisation document says its ${by}\n`);
  io.stderr(problemsLine(read.problems));
  return read.problems === 0 ? 0 : 1;
}

/**
 * The cohort of an organisation: the `--by` field and the `--where` conditions, in the
 * Benchmark's own terms (organisation type, region and ICB codes). Undefined when the
 * organisation is not known and a field is asked for.
 */
function cohortFor(by: CohortField, conditions: readonly Condition[], organisation?: Organisation): Cohort | undefined {
  const fields = [...new Set([...(by === 'all' ? [] : [by]), ...conditions.map((c) => c.field)])];
  if (fields.length === 0) return { id: 'all', label: 'All organisations' };
  if (!organisation) return undefined;
  const cohort: Cohort = { id: '', label: '' };
  const ids: string[] = [];
  const labels: string[] = [];
  for (const field of fields) {
    if (field === 'type') {
      cohort.organisationType = organisation.type;
      ids.push(organisation.type);
      labels.push(organisation.type);
    } else if (field === 'region' || field === 'icb') {
      const area = organisation[field];
      if (!area?.code) return undefined;
      cohort[field] = area.code;
      ids.push(area.code);
      labels.push(area.name ?? area.code);
    }
  }
  return { ...cohort, id: ids.join('-'), label: labels.join(', ') };
}

/** The tidy rows of a Benchmark: overall, then each domain. */
export function benchmarkRows(d: Benchmark): Cell[][] {
  const row = (scope: string, domain: string | undefined, s: Benchmark['overall']): Cell[] => [
    d.id,
    d.framework.id,
    d.framework.version,
    d.period.id,
    d.cohort.id,
    d.cohort.label,
    scope,
    domain,
    s.count,
    s.suppressed === true,
    s.min,
    s.lowerQuartile,
    s.median,
    s.upperQuartile,
    s.max,
  ];
  return [row('overall', undefined, d.overall), ...d.domains.map((x) => row('domain', x.domain, x))];
}
