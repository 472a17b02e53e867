/** `openmaturity import dspt|ods <csv> --out <dir>`: real NHS exports into documents. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { organisationKey } from '../format/kinds/organisation.js';
import { importDspt, importOdsTrusts } from '../import/index.js';
import { assessmentWorkbookMeta, importAssessmentWorkbook } from '../import/assessment-workbook.js';
import { csvSheet, readXlsxSheets } from '../import/sheets.js';
import { bundledFramework, readFramework } from './framework-input.js';
import { readBytes, readText, UsageError, type ExitCode, type Io } from './io.js';

export const importHelp = `Usage: openmaturity import dspt <csv> --out <dir> [--snapshot-date YYYY-MM-DD]
       openmaturity import ods <csv> --out <dir>
       openmaturity import assessment <xlsx|csv> --out <dir> [--framework <file|url>]
                   [--organisation <ods>] [--period <id>]

dspt: a Data Security and Protection Toolkit status export (trusts or ICBs) into
      ConformanceStatement documents. Columns are found by their header names.
ods:  an ODS "etr" trust file into Organisation documents.
assessment: a filled-in workbook from "openmaturity template" (or its Answers sheet saved
      as CSV) into an Assessment document. The framework is the bundled one the workbook
      names, or --framework; --organisation and --period override what the sheet says.
      Each cell that cannot be read is reported as Sheet!Cell and left out.
Each document is written to <dir>/<id>.json. Rows that cannot be read are reported
with their line numbers; the others are still written. Exit status 1 when any row failed.`;

export async function importCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      'snapshot-date': { type: 'string' },
      framework: { type: 'string' },
      organisation: { type: 'string' },
      period: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [source, file] = positionals;
  if ((source !== 'dspt' && source !== 'ods' && source !== 'assessment') || !file)
    throw new UsageError('import needs a source (dspt, ods or assessment) and a file');
  if (!values.out) throw new UsageError('import needs --out <dir>');
  if (source === 'assessment') return importAssessment(file, values.out, values, io);

  const text = readText(file);
  const result =
    source === 'dspt'
      ? importDspt(text, { source: file, snapshotDate: values['snapshot-date'] })
      : importOdsTrusts(text);
  mkdirSync(values.out, { recursive: true });
  for (const document of result.documents) {
    const name = document.kind === 'Organisation' ? organisationKey(document) : document.id;
    writeFileSync(join(values.out, `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
  }
  for (const problem of result.problems) io.stderr(`${file}:${problem.line}: ${problem.message}\n`);
  io.stdout(
    `${file}: wrote ${result.documents.length} documents to ${values.out}; ${result.problems.length} rows could not be read\n`,
  );
  return result.problems.length === 0 ? 0 : 1;
}

async function importAssessment(
  file: string,
  out: string,
  options: { framework?: string; organisation?: string; period?: string },
  io: Io,
): Promise<ExitCode> {
  const sheets =
    extname(file).toLowerCase() === '.csv'
      ? [csvSheet(readText(file), basename(file))]
      : await readXlsxSheets(readBytes(file), file);
  const meta = assessmentWorkbookMeta(sheets, file);
  let framework;
  if (options.framework) framework = await readFramework(options.framework);
  else {
    const id = meta.framework?.value;
    const version = meta.frameworkVersion?.value;
    framework = id && version ? bundledFramework(id, version) : undefined;
    if (!framework)
      throw new UsageError(
        id && version
          ? `${file} answers framework ${id} version ${version}, which is not bundled: give it with --framework <file|url>`
          : `${file} does not say which framework it answers: give it with --framework <file|url>`,
      );
  }
  const result = importAssessmentWorkbook(sheets, {
    framework,
    source: file,
    odsCode: options.organisation,
    period: options.period,
  });
  for (const problem of result.problems) io.stderr(`${file}: ${problem.message}\n`);
  if (result.missingRows.length > 0)
    io.stderr(
      `${file}: no row for ${result.missingRows.length} indicator(s), left unanswered: ${result.missingRows.join(', ')}\n`,
    );
  const [document] = result.documents;
  if (!document) {
    io.stdout(`${file}: no assessment written: ${result.problems.length} problem(s)\n`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const target = join(out, `${document.id}.json`);
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  const answered = document.responses.filter((r) => r.value !== null).length;
  io.stdout(
    `${file}: wrote ${target}: ${answered} of ${document.responses.length} indicators answered; ${result.problems.length} cell(s) could not be read\n`,
  );
  return result.problems.length === 0 ? 0 : 1;
}
