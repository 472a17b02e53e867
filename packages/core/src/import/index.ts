/**
 * The importers of real NHS data: the DSPT published status list into ConformanceStatement
 * documents, the ODS trust file into Organisation documents, and the CSV reader under them.
 * They take text, never files, so that they run in browsers too.
 */
export { parseCsv, type CsvRecord } from './csv.js';
export { CsvError, ImportError, isCsvError, isImportError } from './errors.js';
export type { ImportProblem, ImportResult } from './import-result.js';
export { importDspt, DSPT_ISSUER, type DsptImportOptions } from './dspt.js';
export { parseDsptStatus, type DsptOutcome, type DsptStatus } from './dspt-status.js';
export { importOdsTrusts } from './ods.js';
export { inferTrustType } from './trust-type.js';
export { titleCase } from './title-case.js';
export { NATIONAL_GROUPINGS } from './regions.js';
