// Browser tests run in Debian's Chromium (npm cannot download a browser here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { clientTestServerPlugin } from './scripts/wtr/client-test-server.js';
import { summaryReporter } from './scripts/wtr/summary-reporter.js';
import { versionDefine } from './scripts/widgets-version.js';

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['openmaturity-source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json', define: versionDefine }),
    clientTestServerPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          ...chromiumArgs,
          // Two test pages run at once; a page in the background must not have its frames throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: a page that is not in front gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
