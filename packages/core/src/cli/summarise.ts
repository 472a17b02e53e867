/** `openmaturity summarise <file|dir|url>...`: a cohort summary of conformance statements. */
import { parseArgs } from 'node:util';
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { summariseStatements, type StatementSummary } from '../engine/statement-summary.js';
import type { Cell } from '../export/csv.js';
import {
  analysisHelp,
  analysisOptions,
  byOption,
  meets,
  minCohortOption,
  outputOption,
  percent,
  printCsv,
  printTable,
  cohortName,
  problemsLine,
  whereOption,
} from './analysis.js';
import { readDocuments } from './documents.js';
import { UsageError, type ExitCode, type Io } from './io.js';

export const summariseHelp = `Usage: openmaturity summarise <file|dir|url>... [options]

Counts conformance statements by status, and by the words the scheme published (DSPT's
"Standards Met" and "Standards Exceeded" are both "conformant"), per cohort. Organisation
documents among the inputs say what each organisation is; otherwise the statements do.
The snapshot is read as of its own date (the day it was retrieved), not today.

Options:
${analysisHelp}
  --standard ID                 the standard to summarise, when the statements are of several
  --as-of YYYY-MM-DD            read the snapshot as of this day (expired statements are counted)

Exit status: 0 done, 1 some inputs could not be read (the others are counted), 2 wrong usage.`;

/** The columns of `summarise --csv`: one row per cohort and status or wording. */
export const summaryCsvColumns = [
  'standard_id',
  'as_of',
  'by',
  'cohort_id',
  'cohort_label',
  'organisations',
  'suppressed',
  'measure',
  'value',
  'status',
  'count',
  'share',
] as const;

export async function summariseCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...analysisOptions, standard: { type: 'string' }, 'as-of': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('summarise needs at least one file, directory or URL');
  const output = outputOption(values);
  const by = byOption(values.by);
  const where = meets(whereOption(values.where));
  const minCohortSize = minCohortOption(values['min-cohort']);

  const statements: ConformanceStatement[] = [];
  const organisations: Organisation[] = [];
  const read = await readDocuments(positionals, io, (document) => {
    if (document.kind === 'ConformanceStatement') statements.push(document);
    else if (document.kind === 'Organisation') organisations.push(document);
  });
  if (statements.length === 0) {
    io.stderr(`no conformance statements in ${positionals.join(', ')}\n${problemsLine(read.problems)}`);
    return 1;
  }
  const summary = summariseStatements(statements, {
    by,
    where,
    organisations,
    standard: values.standard,
    asOf: values['as-of'],
    minCohortSize,
  });

  if (output === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else if (output === 'csv') printCsv(io, summaryCsvColumns, summaryRows(summary));
  else printSummary(io, summary);
  io.stderr(problemsLine(read.problems));
  return read.problems === 0 ? 0 : 1;
}

/** The tidy rows of a summary: overall first, then each cohort; statuses, then wordings. */
export function* summaryRows(summary: StatementSummary): Generator<Cell[]> {
  for (const c of [summary.overall, ...summary.cohorts]) {
    const head: Cell[] = [
      summary.standard.id,
      summary.asOf,
      summary.by,
      c.cohort.id,
      c.cohort.label,
      c.organisations,
      c.suppressed,
    ];
    if (c.suppressed) {
      yield [...head, 'suppressed', '', '', '', ''];
      continue;
    }
    for (const s of c.statuses!) yield [...head, 'status', s.status, s.status, s.count, s.share];
    for (const w of c.wordings!) yield [...head, 'wording', w.wording, w.status, w.count, w.share];
    yield [...head, 'expired', 'expired', '', c.expired, c.organisations ? c.expired! / c.organisations : 0];
  }
}

function printSummary(io: Io, summary: StatementSummary): void {
  const cohorts = [summary.overall, ...(summary.by === 'all' ? [] : summary.cohorts)];
  const wordings = [...new Set(summary.overall.wordings?.map((w) => w.wording) ?? [])];
  io.stdout(
    `${summary.standard.name ?? summary.standard.id}, as of ${summary.asOf}${summary.by === 'all' ? '' : `, by ${summary.by}`}\n\n`,
  );
  printTable(
    io,
    ['cohort', 'organisations', ...wordings, 'expired'],
    cohorts.map((c) => [
      c === summary.overall ? 'All' : cohortName(c.cohort),
      c.organisations,
      ...wordings.map((wording) => {
        if (c.suppressed) return 'suppressed';
        const w = c.wordings!.find((x) => x.wording === wording);
        return w ? `${w.count} (${percent(w.count / c.organisations)})` : '0';
      }),
      c.suppressed ? '' : c.expired,
    ]),
  );
  const suppressed = summary.cohorts.filter((c) => c.suppressed).length;
  if (suppressed > 0)
    io.stdout(`\n${suppressed} cohort${suppressed === 1 ? '' : 's'} under the minimum size: figures suppressed\n`);
  const { issuedLater, superseded, filteredOut } = summary.notCounted;
  if (issuedLater + superseded + filteredOut > 0)
    io.stdout(
      `not counted: ${issuedLater} issued after ${summary.asOf}, ${superseded} older statements of an organisation, ${filteredOut} left out by --where\n`,
    );
}
