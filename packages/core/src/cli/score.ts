/** `openmaturity score <file|dir|url>...`: each assessment's scores, against its framework. */
import { parseArgs } from 'node:util';
import { round } from '../engine/statistics.js';
import { csvLine } from '../export/csv.js';
import { scoreRows, tableColumns } from '../export/tables.js';
import {
  analysisHelp,
  analysisOptions,
  meets,
  outputOption,
  percent,
  printTable,
  problemsLine,
  whereOption,
} from './analysis.js';
import { UsageError, type ExitCode, type Io } from './io.js';
import { readScored } from './scoring.js';

export const scoreHelp = `Usage: openmaturity score <file|dir|url>... [options]

Scores every assessment of the inputs against its framework, which must be among them:
overall and per domain, from 0 to 100, with the level and how much was answered.

Options:
${analysisHelp
  .split('\n')
  .filter((line) => !/--by|--min-cohort|one cohort per/.test(line))
  .join('\n')}

Exit status: 0 done, 1 some inputs could not be read or scored, 2 wrong usage.`;

export async function scoreCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, options: analysisOptions, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('score needs at least one file, directory or URL');
  const output = outputOption(values);
  const where = meets(whereOption(values.where));

  const table: (string | number | undefined)[][] = [];
  let count = 0;
  if (output === 'csv') io.stdout(csvLine(tableColumns.scores));
  if (output === 'json') io.stdout('[');
  const read = await readScored(
    positionals,
    io,
    ({ assessment, result, organisation }) => {
      if (output === 'csv') {
        io.stdout(scoreRows(assessment, result, organisation).map(csvLine).join(''));
      } else if (output === 'json') {
        const slim = (s: typeof result.overall) => ({
          score: s.score === undefined ? null : round(s.score),
          level: s.level?.label ?? null,
          coverage: s.coverage,
        });
        const document = {
          organisation: result.organisation,
          period: result.period,
          framework: result.framework,
          overall: slim(result.overall),
          domains: result.domains.map((d) => ({ domain: d.domain, name: d.name, ...slim(d) })),
          ...(result.stages ? { stages: result.stages } : {}),
        };
        io.stdout(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(document)}`);
      } else {
        const s = result.overall;
        table.push([
          result.organisation,
          result.period,
          `${result.framework.id} ${result.framework.version}`,
          s.score === undefined ? undefined : round(s.score, 1),
          s.level?.label,
          percent(s.coverage.ratio),
        ]);
      }
      count++;
    },
    { where },
  );
  if (output === 'json') io.stdout('\n]\n');
  if (output === 'table') {
    table.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    printTable(io, ['organisation', 'period', 'framework', 'score', 'level', 'answered'], table);
    io.stdout(`${count} assessment${count === 1 ? '' : 's'} scored\n`);
  }
  io.stderr(problemsLine(read.problems));
  return read.problems === 0 ? 0 : 1;
}
