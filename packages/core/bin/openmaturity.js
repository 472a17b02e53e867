#!/usr/bin/env node
// Runs the built CLI; inside the workspace before a build, runs the TypeScript source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  const cli = await import(built.href);
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  // The source resolves its Node-only modules (`#shape-check`) through the package's
  // `openmaturity-source` condition, which only a new process can be given.
  const main = new URL('../src/cli/main.ts', import.meta.url).href;
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=openmaturity-source',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(process.argv.slice(1));`,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exitCode = run.status ?? 1;
}
