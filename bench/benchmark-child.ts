/** Runs one CLI command in this process and reports its peak memory (maxRSS, kB) and time on stderr. */
import { main } from '../packages/core/src/cli/main.js';

const started = performance.now();
const code = await main(process.argv.slice(2));
process.stderr.write(
  `maxRSS ${process.resourceUsage().maxRSS} seconds ${((performance.now() - started) / 1000).toFixed(1)}\n`,
);
process.exitCode = code;
