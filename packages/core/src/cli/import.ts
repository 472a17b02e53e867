/** `openmaturity import dspt|ods <csv> --out <dir>`: real NHS exports into documents. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDspt, importOdsTrusts } from '../import/index.js';
import { readText, UsageError, type ExitCode, type Io } from './io.js';

export const importHelp = `Usage: openmaturity import dspt <csv> --out <dir> [--snapshot-date YYYY-MM-DD]
       openmaturity import ods <csv> --out <dir>

dspt: a Data Security and Protection Toolkit status export (trusts or ICBs) into
      ConformanceStatement documents. Columns are found by their header names.
ods:  an ODS "etr" trust file into Organisation documents.
Each document is written to <dir>/<id>.json. Rows that cannot be read are reported
with their line numbers; the others are still written. Exit status 1 when any row failed.`;

export function importCommand(args: string[], io: Io): ExitCode {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'snapshot-date': { type: 'string' } },
    allowPositionals: true,
  });
  const [source, file] = positionals;
  if ((source !== 'dspt' && source !== 'ods') || !file)
    throw new UsageError('import needs a source (dspt or ods) and a CSV file');
  if (!values.out) throw new UsageError('import needs --out <dir>');

  const text = readText(file);
  const result =
    source === 'dspt'
      ? importDspt(text, { source: file, snapshotDate: values['snapshot-date'] })
      : importOdsTrusts(text);
  mkdirSync(values.out, { recursive: true });
  for (const document of result.documents) {
    const name = document.kind === 'Organisation' ? document.odsCode : document.id;
    writeFileSync(join(values.out, `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
  }
  for (const problem of result.problems) io.stderr(`${file}:${problem.line}: ${problem.message}\n`);
  io.stdout(
    `${file}: wrote ${result.documents.length} documents to ${values.out}; ${result.problems.length} rows could not be read\n`,
  );
  return result.problems.length === 0 ? 0 : 1;
}
