/**
 * `@openmaturity/core/import`: the importers of real NHS data. DSPT status lists of any year
 * into ConformanceStatement and Organisation documents, the ODS trust file into Organisation documents, the NHS Standards
 * Directory into Standard documents, and the CSV reader and row loop under them. These take
 * text, never files, so that they run in browsers too; workbooks (`.xlsx`) are read by the
 * CLI's importer table (`import/importers.ts`), in Node.
 *
 * The names are listed one by one, on purpose: the helpers under them (`titleCase`,
 * `inferTrustType`, `NATIONAL_GROUPINGS`) are internal.
 *
 * @packageDocumentation
 */
export { parseCsv, type CsvRecord } from './csv.js';
export { CsvError, ImportError, isCsvError, isImportError } from './errors.js';
export type { ImportProblem, ImportResult } from './import-result.js';
export { importDspt, DSPT_ISSUER, type DsptImportOptions, type DsptImportResult } from './dspt.js';
export { importStandardsDirectory, type StandardsDirectoryOptions } from './standards-directory.js';
export { parseDsptStatus, type DsptOutcome, type DsptStatus } from './dspt-status.js';
export { importOdsTrusts } from './ods.js';
