/** `openmaturity validate <file|dir|url>...`: every problem, with its file and JSON path. */
import { parseArgs } from 'node:util';
import type { Framework } from '../format/kinds/framework.js';
import type { AnyDocument } from '../format/documents.js';
import { organisationKey } from '../format/kinds/organisation.js';
import { isInvalidDocumentError } from '../format/invalid-document-error.js';
import { formatPath, issue, type DocumentIssue } from '../format/issues.js';
import { parseDocumentText } from '../format/parse.js';
import { validateAssessment } from '../format/validate-assessment.js';
import { expandPaths, isUrl, readInput, UsageError, type ExitCode, type Io } from './io.js';

export const validateHelp = `Usage: openmaturity validate [--json] <file|dir|url>...

Checks each document against the format. An assessment is also checked against its
framework when that framework is among the inputs. Directories are searched for .json files.
Exit status: 0 when every document is valid, 1 otherwise.`;

interface FileReport {
  file: string;
  valid: boolean;
  kind?: string;
  id?: string;
  issues: (DocumentIssue & { pathText: string })[];
}

export async function validateCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('validate needs at least one file, directory or URL');

  const inputs = positionals.flatMap((input) => (isUrl(input) ? [input] : expandPaths(input)));
  // Nothing checked is not "all valid": a wrong folder must not pass a CI step.
  if (inputs.length === 0) {
    io.stderr(`openmaturity validate: no .json files found under ${positionals.join(', ')}\n`);
    if (values.json) io.stdout(`${JSON.stringify({ valid: false, files: [] }, null, 2)}\n`);
    return 1;
  }
  const loaded: { file: string; document?: AnyDocument; issues: DocumentIssue[] }[] = [];
  for (const file of inputs) {
    try {
      const text = await readInput(file);
      loaded.push({ file, document: parseDocumentText(text, { source: file }), issues: [] });
    } catch (error) {
      const issues = isInvalidDocumentError(error)
        ? [...error.issues]
        : [issue('not_json', [], 'a readable JSON file', error instanceof Error ? error.message : String(error))];
      loaded.push({ file, issues });
    }
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

  const reports: FileReport[] = loaded.map(({ file, document, issues }) => ({
    file,
    valid: issues.length === 0,
    kind: document?.kind,
    id:
      document && 'id' in document
        ? String(document.id)
        : document?.kind === 'Organisation'
          ? organisationKey(document)
          : undefined,
    issues: issues.map((i) => ({ ...i, pathText: formatPath(i.path) })),
  }));
  const invalid = reports.filter((r) => !r.valid).length;

  if (values.json) {
    io.stdout(`${JSON.stringify({ valid: invalid === 0, files: reports }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      if (report.valid) io.stdout(`ok      ${report.file} (${report.kind} ${report.id ?? ''})\n`);
      else for (const i of report.issues) io.stdout(`invalid ${report.file}: ${i.message} [${i.code}]\n`);
    }
    io.stdout(
      `${reports.length} file${reports.length === 1 ? '' : 's'}: ${reports.length - invalid} valid, ${invalid} invalid\n`,
    );
  }
  return invalid === 0 ? 0 : 1;
}
