/** `openmaturity import <importer> <file> --out <dir>`: real NHS exports into documents, from the importer table. */
import { parseArgs } from 'node:util';
import type { AnyDocument } from '../format/documents.js';
import { organisationKey } from '../format/kinds/organisation.js';
import { importers } from '../import/importers.js';
import type { ImportProblem } from '../import/import-result.js';
import { UsageError, writeAllInside, type ExitCode, type Io } from './io.js';

const optionLines = Object.entries(importers).flatMap(([name, importer]) =>
  Object.entries(importer.options ?? {}).map(([option, { help }]) => `  --${option.padEnd(16)} (${name}) ${help}`),
);

export const importHelp = `Usage: openmaturity import <importer> <file> --out <dir> [options]

Importers:
${Object.entries(importers)
  .map(([name, importer]) => `  ${name.padEnd(20)} ${importer.summary} (${importer.reads})`)
  .join('\n')}

Options:
${optionLines.join('\n')}

Each document is written to <dir>/<id>.json. Rows that cannot be read are reported with their
line (CSV) or Sheet!Cell (spreadsheet); the others are still written. Exit status 1 when any row
failed or the file yields no document.`;

export async function importCommand(args: string[], io: Io): Promise<ExitCode> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { out: { type: 'string' } };
  for (const importer of Object.values(importers))
    for (const [name, { type }] of Object.entries(importer.options ?? {})) options[name] = { type };
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  const [source, file] = positionals;
  const importer = source === undefined ? undefined : Object.hasOwn(importers, source) ? importers[source] : undefined;
  if (!importer || !file)
    throw new UsageError(`import needs an importer (${Object.keys(importers).join(', ')}) and a file`);
  const out = values.out;
  if (typeof out !== 'string') throw new UsageError('import needs --out <dir>');
  for (const name of Object.keys(values))
    if (name !== 'out' && !importer.options?.[name])
      throw new UsageError(`--${name} is not an option of import ${source}`);

  const outcome = await importer.run(file, values);
  for (const problem of outcome.problems) io.stderr(`${file}${where(problem)}${problem.message}\n`);
  for (const note of outcome.notes ?? []) io.stderr(`${file}: ${note}\n`);
  if (outcome.documents.length === 0) {
    io.stdout(`${file}: no document could be made (${outcome.problems.length} could not be read); nothing written\n`);
    return 1;
  }
  // One document's text at a time: 64,000 of them at once would double the peak memory.
  writeAllInside(out, files(outcome.documents));
  const summary = outcome.summary ?? `${outcome.problems.length} rows could not be read`;
  io.stdout(`${file}: wrote ${outcome.documents.length} documents to ${out}; ${summary}\n`);
  return outcome.problems.length === 0 ? 0 : 1;
}

function* files(documents: readonly AnyDocument[]): Generator<readonly [readonly string[], string]> {
  for (const document of documents) {
    const name = document.kind === 'Organisation' ? organisationKey(document) : 'id' in document ? document.id : '';
    yield [[`${name}.json`], `${JSON.stringify(document, null, 2)}\n`];
  }
}

/** `:12: ` after the file for a CSV line, `: Sheet!B7: ` for a cell (unless the message starts with it). */
function where(problem: ImportProblem): string {
  if (problem.cell !== undefined) return problem.message.startsWith(problem.cell) ? ': ' : `: ${problem.cell}: `;
  return `:${problem.line}: `;
}
