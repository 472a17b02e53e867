// The subpaths of @openmaturity/core (`@openmaturity/core/format`, `/engine`, ...), read from the
// `exports` of its package.json: the build's entries and the tests of the build follow that one list.
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8'));

/** Every code entry of the package: `.` and each subpath whose source is `src/<name>/index.ts`. */
export const coreEntries = Object.entries(exports)
  .filter(([, target]) => typeof target === 'object' && target['openmaturity-source'])
  .map(([path, target]) => ({
    path,
    source: target['openmaturity-source'],
    types: target.types,
    code: target.default,
  }));

/** The subpaths' names, in package.json's order: `format`, `engine`, ... */
export const coreSubpaths = coreEntries.filter(({ path }) => path !== '.').map(({ path }) => path.slice(2));
