/** `openmaturity export <dir|url>... --table T`: tidy tables for Excel, Power BI, R, DuckDB and Spark. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Organisation } from '../format/kinds/organisation.js';
import { csvLine, jsonLine, UTF8_BOM, type Cell } from '../export/csv.js';
import {
  exportTables,
  organisationRow,
  responseRows,
  scoreRows,
  statementRow,
  tableColumns,
  type ExportTable,
} from '../export/tables.js';
import { problemsLine } from './analysis.js';
import { readDocuments } from './documents.js';
import { UsageError, type ExitCode, type Io } from './io.js';
import { readScored } from './scoring.js';

export const exportHelp = `Usage: openmaturity export <file|dir|url>... --table TABLE [--format csv|jsonl] [--out FILE]

Writes one tidy table of the documents: one row per
  responses       response of an assessment (with its domain and score from 0 to 100)
  scores          score of an assessment: overall, then each domain
  statements      conformance statement
  organisations   Organisation document
with the identifiers an analyst joins on: ods_code, period, framework_id and
framework_version, region_code, icb_code. Responses and scores need the assessments'
frameworks among the inputs; region and ICB come from the Organisation documents among them.

CSV follows RFC 4180 in UTF-8 (CRLF line ends; with --out, a byte order mark first, so Excel
reads it as UTF-8). A text cell starting with =, +, - or @ is neutralised with a leading ' as
OWASP's CSV-injection guidance says; numbers are written as numbers. JSON Lines: one object
per line, the same columns.

Options:
  --table TABLE       responses, scores, statements or organisations
  --format FORMAT     csv (default) or jsonl
  --out FILE          write to FILE instead of standard output

Exit status: 0 done, 1 some inputs could not be read (their rows are missing), 2 wrong usage.`;

/** Written in chunks of about this many characters: few writes, little held. */
const CHUNK = 1 << 16;

export async function exportCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { table: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('export needs at least one file, directory or URL');
  const table = values.table as ExportTable;
  if (!exportTables.includes(table))
    throw new UsageError(`--table: expected ${exportTables.join(', ')}; found ${JSON.stringify(values.table ?? '')}`);
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl')
    throw new UsageError(`--format: expected csv or jsonl; found ${JSON.stringify(format)}`);

  const fd = values.out === undefined ? undefined : openSync(values.out, 'w');
  let buffer = '';
  let rows = 0;
  const flush = () => {
    if (buffer === '') return;
    if (fd === undefined) io.stdout(buffer);
    else writeSync(fd, buffer);
    buffer = '';
  };
  const columns = tableColumns[table];
  const emit = (row: readonly Cell[]) => {
    buffer += format === 'csv' ? csvLine(row) : jsonLine(columns, row);
    rows++;
    if (buffer.length >= CHUNK) flush();
  };
  if (format === 'csv') buffer += `${fd === undefined ? '' : UTF8_BOM}${csvLine(columns)}`;

  let problems: number;
  try {
    if (table === 'responses' || table === 'scores') {
      const make = table === 'responses' ? responseRows : scoreRows;
      problems = (
        await readScored(positionals, io, ({ assessment, result, organisation }) => {
          for (const row of make(assessment, result, organisation)) emit(row);
        })
      ).problems;
    } else {
      const organisations = new Map<string, Organisation>();
      problems = (
        await readDocuments(positionals, io, (document) => {
          if (document.kind === 'Organisation') {
            if (document.odsCode) organisations.set(document.odsCode, document);
            if (table === 'organisations') emit(organisationRow(document));
          } else if (document.kind === 'ConformanceStatement' && table === 'statements') {
            const code = document.subject.odsCode;
            emit(statementRow(document, code === undefined ? undefined : organisations.get(code)));
          }
        })
      ).problems;
    }
    flush();
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  io.stderr(`${rows} ${table} row${rows === 1 ? '' : 's'}${values.out ? ` written to ${values.out}` : ''}\n`);
  io.stderr(problemsLine(problems));
  return problems === 0 ? 0 : 1;
}
