/**
 * Runs one CLI command in this process and reports its peak memory (maxRSS, kB) and time on
 * stderr. With `--dist` first, the built CLI (what the `openmaturity` bin runs after a build),
 * else the TypeScript source through tsx, which compiles each module as it loads.
 */
import type * as Cli from '../packages/core/src/cli/main.js';

const dist = process.argv[2] === '--dist';
const { main } = (await import(
  dist ? '../packages/core/dist/cli.js' : '../packages/core/src/cli/main.js'
)) as typeof Cli;

const started = performance.now();
const code = await main(process.argv.slice(dist ? 3 : 2));
process.stderr.write(
  `maxRSS ${process.resourceUsage().maxRSS} seconds ${((performance.now() - started) / 1000).toFixed(2)}\n`,
);
process.exitCode = code;
