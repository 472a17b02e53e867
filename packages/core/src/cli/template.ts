/** `openmaturity template`: the assessment workbook a trust fills in. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { assessmentWorkbook } from '../export/assessment-workbook.js';
import { periodFromId } from '../format/new-assessment.js';
import { OdsCode } from '../format/shared.js';
import { readFramework } from './framework-input.js';
import { UsageError, type ExitCode, type Io } from './io.js';

export const templateHelp = `Usage: openmaturity template --framework <file|url> --organisation <ods> --period <id> --out <file.xlsx>

Writes an assessment workbook: an Instructions sheet, and an Answers sheet with one row per
indicator grouped by domain, drop-down answers, and columns for evidence, comment,
confidence, barriers and planned date. Fill it in, then run
"openmaturity import assessment <file.xlsx> --out <dir>".

  --framework      the framework to answer (a file or an http(s) URL)
  --organisation   the ODS code of the organisation that answers, such as RX9
  --period         the period: 2024-25 (a financial year, April to March) or 2024 (a calendar year)
  --out            where to write the .xlsx file`;

export async function templateCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      framework: { type: 'string' },
      organisation: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
    },
  });
  for (const name of ['framework', 'organisation', 'period', 'out'] as const)
    if (!values[name]) throw new UsageError(`template needs --${name}`);
  const odsCode = values.organisation!;
  if (!OdsCode.safeParse(odsCode).success)
    throw new UsageError(
      `--organisation: expected an ODS code (3 to 5 uppercase letters or digits), found "${odsCode}"`,
    );
  const period = periodFromId(values.period!);
  if (!period)
    throw new UsageError(
      `--period: expected 2024-25 (a financial year) or 2024 (a calendar year), found "${values.period}"`,
    );
  const framework = await readFramework(values.framework!);
  const bytes = await assessmentWorkbook(framework, { odsCode, period });
  mkdirSync(dirname(values.out!), { recursive: true });
  writeFileSync(values.out!, bytes);
  io.stdout(
    `${values.out}: an assessment workbook for ${odsCode}, ${period.id}: ${framework.name} ${framework.version}, ${framework.indicators.length} indicators\n`,
  );
  return 0;
}
