// A node:test reporter that prints "node: N passed, N failed, N skipped" on a line of its
// own, counting tests (not suites); a file that fails to load counts as a failure.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield `node: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
