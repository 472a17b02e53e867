// Prints "wtr: N passed, N failed, N skipped" on a line of its own, so any log reader can
// find the result; a test file that fails to load counts as one failure.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      // After the default reporter's progress bar has been drawn.
      setTimeout(() => process.stdout.write(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`), 0);
    },
  };
}
