/**
 * Generates the examples' data from its sources, with the command-line tool: the real DSPT
 * and ODS files in data/real/ are imported, then every generated document is validated.
 * Output goes to examples/data/ (not committed: it is made again by `npm start`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { main } from '../packages/core/src/cli/main.js';

const root = new URL('../', import.meta.url);
const path = (relative: string) => new URL(relative, root).pathname;
const out = path('examples/data/');

async function cli(...args: string[]) {
  const code = await main(args);
  if (code !== 0) throw new Error(`openmaturity ${args.join(' ')} exited ${code}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await cli('import', 'dspt', path('data/real/dspt-trusts-2022-23-snapshot-2023-11-16.csv'), '--out', `${out}dspt-trusts`, '--snapshot-date', '2023-11-16');
await cli('import', 'dspt', path('data/real/dspt-icbs-2022-23-snapshot-2023-11-16.csv'), '--out', `${out}dspt-icbs`, '--snapshot-date', '2023-11-16');
await cli('import', 'ods', path('data/real/ods-etr-trusts-2023.csv'), '--out', `${out}organisations`);
await cli('validate', out);

// One file per page, so the national page makes one request, not 464.
const load = (dir: string) => readdirSync(`${out}${dir}`).sort().map((name) => JSON.parse(readFileSync(`${out}${dir}/${name}`, 'utf8')));
writeFileSync(
  `${out}national.json`,
  JSON.stringify({ organisations: load('organisations'), trusts: load('dspt-trusts'), icbs: load('dspt-icbs') }),
);
console.log(`examples: wrote ${out}national.json`);
