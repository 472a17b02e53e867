// A node:test reporter that prints "node: N passed, N failed, N skipped" on a line of its
// own, counting tests (not suites), then how many test files ran and how many of them broke
// before their tests could run. A suite or file fails on its own account (its body threw, a
// hook failed, it could not be imported) counts as one failure, since the tests it would have
// registered never ran and cannot be counted; a suite that fails only because its tests failed
// counts nothing more.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const files = new Set();
  /** Files and suites that failed before or around their tests, each with why. */
  const broken = [];
  for await (const event of source) {
    if (event.data?.file) files.add(event.data.file);
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, name, file, nesting } = event.data;
    const container = details?.type === 'suite' || (nesting === 0 && name === file);
    if (event.data.skip || event.data.todo) {
      if (!container) skipped++;
    } else if (event.type === 'test:pass') {
      if (!container) passed++;
    } else if (!container) {
      failed++;
    } else if (details?.error?.failureType !== 'subtestsFailed') {
      failed++;
      const where = name === file ? `file ${file}` : `suite "${name}"${file ? ` in ${file}` : ''}`;
      const cause = details?.error?.cause;
      const why =
        name === file
          ? 'it could not be loaded or exited with an error (its stderr is above)'
          : (cause?.message ?? String(cause ?? details?.error?.failureType));
      broken.push(`${where}: ${why}`);
    }
  }
  let line = `node: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  line += ` (${files.size} test file${files.size === 1 ? '' : 's'}`;
  if (broken.length > 0)
    line += `; ${broken.length} file${broken.length === 1 ? '' : 's'} or suite${broken.length === 1 ? '' : 's'} failed before their tests could all run, each counted as one failure`;
  line += ')';
  yield `${broken.map((b) => `node: broken ${b.split('\n')[0]}\n`).join('')}${line}\n`;
}
