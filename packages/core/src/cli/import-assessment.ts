/** `openmaturity import assessment`: a filled-in workbook (or its Answers sheet as CSV) into an Assessment. */
import { basename, extname } from 'node:path';
import type { MadeOutcome } from '../import/importers.js';
import { assessmentWorkbookMeta, importAssessmentWorkbook } from '../import/assessment-workbook.js';
import { csvSheet, readXlsxSheets } from '../import/sheets.js';
import { bundledFramework, readFramework } from './framework-input.js';
import { readBytes, readText, UsageError } from './io.js';

export async function importAssessment(
  file: string,
  options: { framework?: string; organisation?: string; period?: string },
): Promise<MadeOutcome> {
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
  const notes: string[] = [];
  if (result.missingRows.length > 0)
    notes.push(
      `no row for ${result.missingRows.length} indicator(s), left unanswered: ${result.missingRows.join(', ')}`,
    );
  const [document] = result.documents;
  const answered = document ? document.responses.filter((r) => r.value !== null).length : 0;
  return {
    documents: result.documents,
    problems: result.problems,
    notes,
    ...(document
      ? {
          summary: `${answered} of ${document.responses.length} indicators answered; ${result.problems.length} cell(s) could not be read`,
        }
      : {}),
  };
}
