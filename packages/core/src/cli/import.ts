/** `openmaturity import <importer> <file> --out <dir>`: real NHS exports into documents, from the importer table. */
import { parseArgs } from 'node:util';
import type { AnyDocument } from '../format/documents.js';
import { organisationKey } from '../format/kinds/organisation.js';
import { importers } from '../import/importers.js';
import type { ImportProblem } from '../import/import-result.js';
import { AtomicFileWriter, InsideWriter, isJsonLines, UsageError, type ExitCode, type Io } from './io.js';

const optionLines = Object.entries(importers).flatMap(([name, importer]) =>
  Object.entries(importer.options ?? {}).map(([option, { help }]) => `  --${option.padEnd(16)} (${name}) ${help}`),
);

export const importHelp = `Usage: openmaturity import <importer> <file> --out <dir|file.jsonl> [options]

Importers:
${Object.entries(importers)
  .map(([name, importer]) => `  ${name.padEnd(20)} ${importer.summary} (${importer.reads})`)
  .join('\n')}

Options:
${optionLines.join('\n')}

Each document is written to <dir>/<id>.json, or, when --out names a .jsonl file, as one line of
that JSON Lines file (which validate, publish and the analysis commands read as they read a
folder; much faster to write than tens of thousands of files). Rows that cannot be read are reported with their
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
  if (typeof out !== 'string') throw new UsageError('import needs --out <dir> or --out <file.jsonl>');
  for (const name of Object.keys(values))
    if (name !== 'out' && !importer.options?.[name])
      throw new UsageError(`--${name} is not an option of import ${source}`);

  const output = isJsonLines(out) ? jsonLinesOutput(out) : folderOutput(out);
  let outcome;
  try {
    outcome = await importer.run(file, values, output.write);
  } catch (error) {
    // A workbook is streamed: the documents of its rows before a broken part may be written.
    const kept = output.abort();
    if (kept > 0) io.stderr(`${file}: stopped after ${kept} documents, already written to ${out}\n`);
    throw error;
  }
  for (const problem of outcome.problems) io.stderr(`${file}${where(problem)}${problem.message}\n`);
  for (const note of outcome.notes ?? []) io.stderr(`${file}: ${note}\n`);
  output.finish();
  if (outcome.count === 0) {
    io.stdout(`${file}: no document could be made (${outcome.problems.length} could not be read); nothing written\n`);
    return 1;
  }
  const summary = outcome.summary ?? `${outcome.problems.length} rows could not be read`;
  io.stdout(`${file}: wrote ${outcome.count} documents to ${out}; ${summary}\n`);
  return outcome.problems.length === 0 ? 0 : 1;
}

/** Where the documents go as they are made. */
interface Output {
  write: (document: AnyDocument) => void;
  /** The import is over. */
  finish: () => void;
  /** The import failed: undoes what can be undone; returns how many documents stay written. */
  abort: () => number;
}

/** One file per document, `<dir>/<id>.json`, indented for people and diffs. */
function folderOutput(out: string): Output {
  const writer = new InsideWriter(out);
  let count = 0;
  return {
    write(document) {
      const name = document.kind === 'Organisation' ? organisationKey(document) : 'id' in document ? document.id : '';
      writer.write([`${name}.json`], `${JSON.stringify(document, null, 2)}\n`);
      count++;
    },
    finish: () => {},
    abort: () => count,
  };
}

/**
 * One JSON Lines file, a document per line: one file to move, load or stream instead of tens of
 * thousands (`validate`, `publish` and the analysis commands read it as they read a folder). The
 * file appears whole at the end, or not at all.
 */
function jsonLinesOutput(out: string): Output {
  const writer = new AtomicFileWriter(out);
  return {
    write: (document) => writer.write(`${JSON.stringify(document)}\n`),
    finish: () => writer.commit(),
    abort: () => {
      writer.abort();
      return 0;
    },
  };
}

/** `:12: ` after the file for a CSV line, `: Sheet!B7: ` for a cell (unless the message starts with it). */
function where(problem: ImportProblem): string {
  if (problem.cell !== undefined) return problem.message.startsWith(problem.cell) ? ': ' : `: ${problem.cell}: `;
  return `:${problem.line}: `;
}
