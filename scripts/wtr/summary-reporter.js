// Prints "wtr: N passed, N failed, N skipped" on a line of its own, so any log reader can find
// the result, then how many test files were loaded and how many of them broke. A file that
// could not be imported, threw while registering its tests, or hung until the runner gave up
// counts as one failure: its tests that never reported cannot be counted, so the summary names
// the file and says why instead of letting them vanish from the total.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const broken = [];
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      const files = new Set();
      for (const session of sessions) {
        files.add(session.testFile);
        if (session.testResults) walk(session.testResults);
        const errors = session.errors ?? [];
        if (!session.passed && (errors.length > 0 || !session.testResults)) {
          failed += 1;
          const file = session.testFile.replace(`${process.cwd()}/`, '');
          const why = errors.find((e) => e?.message)?.message ?? `it ended ${String(session.status).toLowerCase()}`;
          broken.push(`wtr: broken ${file}${session.testResults ? '' : ' (its tests are not counted)'}: ${why}`);
        }
      }
      let line = `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped (${files.size} test file${files.size === 1 ? '' : 's'}`;
      if (broken.length > 0) line += `; ${broken.length} did not run to the end, each counted as one failure`;
      line += ')';
      // After the default reporter's progress bar has been drawn.
      setTimeout(() => process.stdout.write(`\n${[...broken, line].join('\n')}\n`), 0);
    },
  };
}
