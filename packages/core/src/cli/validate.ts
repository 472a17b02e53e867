/** `openmaturity validate <file|dir|url>...`: every problem, with its file and JSON path. */
import { parseArgs } from 'node:util';
import type { Framework } from '../format/kinds/framework.js';
import type { AnyDocument } from '../format/documents.js';
import { organisationKey } from '../format/kinds/organisation.js';
import { isInvalidDocumentError } from '../format/invalid-document-error.js';
import { formatPath, issue, type DocumentIssue } from '../format/issues.js';
import { parseDocumentText } from '../format/parse.js';
import { validateAssessment } from '../format/validate-assessment.js';
import { expandPaths, isUrl, readEntries, readInput, UsageError, type ExitCode, type Io } from './io.js';

export const validateHelp = `Usage: openmaturity validate [--json] <file|dir|url>...

Checks each document against the format. An assessment is also checked against its
framework when that framework is among the inputs. Directories are searched for .json and
.jsonl files; a .jsonl file (JSON Lines, as "import --out docs.jsonl" writes) is read one
document per line, each reported as file:line.
Exit status: 0 when every document is valid, 1 otherwise.`;

/** One input as `validate` judged it: the JSON `--json` prints for each file. */
export interface FileReport {
  file: string;
  valid: boolean;
  kind?: string;
  id?: string;
  issues: (DocumentIssue & { pathText: string })[];
}

/** One input checked: its report, and the text and document read when it parsed. */
export interface CheckedFile {
  report: FileReport;
  /** The text read, when it could be read. */
  text?: string;
  /** The parsed document, when it passed the format (even if the framework check then failed). */
  document?: AnyDocument;
}

/**
 * The rules of validity, in one place for `validate` and `publish`: every input read and parsed,
 * and each assessment checked against its framework when that framework is among the inputs.
 *
 * @param inputs files or URLs (folders already expanded); a `.jsonl` file gives one entry per
 *   line, named `file:line`
 * @param options `keep: false` when only the reports are wanted: the text and the document of
 *   each file are then dropped once it is checked (but frameworks and assessments, until each
 *   assessment has met its framework), so that a folder of 32,000 files is not all held at once
 * @returns one entry per input, in the order given
 */
export async function checkFiles(
  inputs: readonly string[],
  { keep = true }: { keep?: boolean } = {},
): Promise<CheckedFile[]> {
  const loaded: {
    file: string;
    text?: string;
    document?: AnyDocument;
    kind?: string;
    id?: string;
    issues: DocumentIssue[];
  }[] = [];
  const check = (file: string, text: string | undefined, error?: unknown) => {
    try {
      if (text === undefined) throw error;
      const document = parseDocumentText(text, { source: file });
      const needed = keep || document.kind === 'Framework' || document.kind === 'Assessment';
      loaded.push({
        file,
        text: keep ? text : undefined,
        document: needed ? document : undefined,
        kind: document.kind,
        id: idOf(document),
        issues: [],
      });
    } catch (error) {
      const issues = isInvalidDocumentError(error)
        ? [...error.issues]
        : [issue('not_json', [], 'a readable JSON file', error instanceof Error ? error.message : String(error))];
      loaded.push({ file, text: keep ? text : undefined, issues });
    }
  };
  for (const file of inputs) {
    if (isUrl(file)) {
      let text: string | undefined;
      let failure: unknown;
      try {
        text = await readInput(file);
      } catch (error) {
        failure = error;
      }
      check(file, text, failure);
    } else for (const entry of readEntries(file)) check(entry.source, entry.text, entry.error);
  }

  const frameworks = new Map<string, Framework>();
  for (const { document } of loaded) {
    if (document?.kind === 'Framework') frameworks.set(`${document.id}@${document.version}`, document);
  }
  for (const entry of loaded) {
    if (entry.document?.kind !== 'Assessment') continue;
    const framework = frameworks.get(`${entry.document.framework.id}@${entry.document.framework.version}`);
    if (framework) entry.issues.push(...validateAssessment(entry.document, framework));
  }

  return loaded.map(({ file, text, document, kind, id, issues }) => ({
    text,
    document: keep ? document : undefined,
    report: {
      file,
      valid: issues.length === 0,
      kind,
      id,
      issues: issues.map((i) => ({ ...i, pathText: formatPath(i.path) })),
    },
  }));
}

/** The id a report gives a document: its own, or an organisation's key. */
function idOf(document: AnyDocument): string | undefined {
  if ('id' in document) return String(document.id);
  return document.kind === 'Organisation' ? organisationKey(document) : undefined;
}

/** Each command-line input as the files it names: a folder's .json and .jsonl files, a file or URL as is. */
export function inputFiles(positionals: readonly string[]): string[] {
  return positionals.flatMap((input) => (isUrl(input) ? [input] : expandPaths(input)));
}

export async function validateCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('validate needs at least one file, directory or URL');

  const inputs = inputFiles(positionals);
  // Nothing checked is not "all valid": a wrong folder must not pass a CI step.
  if (inputs.length === 0) {
    io.stderr(`openmaturity validate: no .json or .jsonl files found under ${positionals.join(', ')}\n`);
    if (values.json) io.stdout(`${JSON.stringify({ valid: false, files: [] }, null, 2)}\n`);
    return 1;
  }
  const reports = (await checkFiles(inputs, { keep: false })).map(({ report }) => report);
  const invalid = reports.filter((r) => !r.valid).length;

  if (values.json) {
    io.stdout(`${JSON.stringify({ valid: invalid === 0, files: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      if (report.valid) io.stdout(`ok      ${report.file} (${report.kind} ${report.id ?? ''})\n`);
      else for (const i of report.issues) io.stdout(`invalid ${report.file}: ${i.message} [${i.code}]\n`);
    }
    // Documents, not files: a .jsonl file holds one per line.
    io.stdout(
      `${reports.length} document${reports.length === 1 ? '' : 's'}: ${reports.length - invalid} valid, ${invalid} invalid\n`,
    );
  }
  return invalid === 0 ? 0 : 1;
}
