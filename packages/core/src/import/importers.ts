/**
 * The importers, in one table: the CLI's `import` command dispatches from it, lists it in its
 * help and reads its options from it. Adding an importer is one entry here (and its module).
 * Each entry loads its module only when it runs, so that reading a CSV file never loads exceljs.
 * Node only: entries read files.
 */
import type { AnyDocument } from '../format/documents.js';
import type { ImportProblem } from './import-result.js';

/** What an importer made of a file (its documents went to `write` as they were made). */
export interface ImportOutcome {
  /** How many documents were handed to `write`. */
  count: number;
  problems: ImportProblem[];
  /** Lines for people beside the counts (what was left out, and why). */
  notes?: string[];
  /** What to say after "wrote N documents", instead of the count of rows that could not be read. */
  summary?: string;
}

/** The option values an importer receives, by the names of its `options`. */
export type ImporterValues = Record<string, string | boolean | undefined>;

/** One importer of the table. */
export interface Importer {
  /** One line for `openmaturity import --help`. */
  summary: string;
  /** The file types it reads. */
  reads: string;
  /** Its own options, as `node:util` parseArgs takes them, with their help. */
  options?: Record<string, { type: 'string' | 'boolean'; help: string }>;
  /**
   * Reads the file and hands each document to `write`; a streamed file (a workbook) as each row
   * is made, so that neither the documents nor their text are all held at once. Throws for a
   * file it cannot read at all (possibly after some documents were written); reports rows it
   * cannot read.
   */
  run(file: string, values: ImporterValues, write: (document: AnyDocument) => void): Promise<ImportOutcome>;
}

/** What an importer that makes its documents all at once (from a CSV file's text) made. */
export type MadeOutcome = Omit<ImportOutcome, 'count'> & { documents: readonly AnyDocument[] };

/** Hands documents made all at once to `write`. */
function handOver(result: MadeOutcome, write: (document: AnyDocument) => void): ImportOutcome {
  const { documents, ...rest } = result;
  for (const document of documents) write(document);
  return { count: documents.length, ...rest };
}

const isWorkbook = (file: string) => /\.xlsx$/i.test(file);

const readText = async (file: string) => (await import('../cli/io.js')).readText(file);

/** Every importer, by the name the CLI gives it: `openmaturity import <name> <file>`. */
export const importers: Readonly<Record<string, Importer>> = {
  dspt: {
    summary:
      'a DSPT status list of any year and sector into ConformanceStatements (and, with --organisations, Organisations)',
    reads: '.csv or .xlsx',
    options: {
      'snapshot-date': {
        type: 'string',
        help: 'the day the list was taken, YYYY-MM-DD (default: the date in the file name)',
      },
      year: { type: 'string', help: 'the DSPT year of rows whose status names none, such as 2018-19' },
      organisations: { type: 'boolean', help: 'also write an Organisation document per row' },
    },
    async run(file, values, write) {
      const { importDspt, importDsptWorkbook } = await import('./dspt.js');
      const options = {
        source: file,
        snapshotDate: values['snapshot-date'] as string | undefined,
        year: values.year as string | undefined,
      };
      if (isWorkbook(file)) {
        let count = 0;
        const { problems } = await importDsptWorkbook(file, options, ({ statement, organisation }) => {
          write(statement);
          if (values.organisations) write(organisation);
          count += values.organisations ? 2 : 1;
        });
        return { count, problems };
      }
      const result = importDspt(await readText(file), options);
      return handOver(
        {
          documents: [...result.documents, ...(values.organisations ? result.organisations : [])],
          problems: result.problems,
        },
        write,
      );
    },
  },
  ods: {
    summary: 'an ODS "etr" trust file into Organisations',
    reads: '.csv',
    async run(file, _values, write) {
      const { importOdsTrusts } = await import('./ods.js');
      return handOver(importOdsTrusts(await readText(file), file), write);
    },
  },
  assessment: {
    summary:
      'a filled-in workbook from "openmaturity template" (or its Answers sheet as CSV) into an Assessment; the framework is the bundled one it names, or --framework',
    reads: '.xlsx or .csv',
    options: {
      framework: { type: 'string', help: 'the framework the workbook answers (file or URL)' },
      organisation: { type: 'string', help: 'the ODS code, over what the sheet says' },
      period: { type: 'string', help: 'the period id, over what the sheet says' },
    },
    async run(file, values, write) {
      // The workbook needs the CLI's framework lookup (bundled or --framework).
      const { importAssessment } = await import('../cli/import-assessment.js');
      return handOver(
        await importAssessment(file, values as { framework?: string; organisation?: string; period?: string }),
        write,
      );
    },
  },
  'standards-directory': {
    summary: 'an NHS Standards Directory export into Standards',
    reads: '.csv',
    async run(file, _values, write) {
      const { importStandardsDirectory } = await import('./standards-directory.js');
      return handOver(importStandardsDirectory(await readText(file), { source: file }), write);
    },
  },
};
