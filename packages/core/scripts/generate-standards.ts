/**
 * Writes the bundled standards catalogue, data/standards/<id>.json, from the NHS Standards
 * Directory export (see standards-catalogue.ts), and removes files of standards no longer in it.
 * With `--check`, writes nothing and exits 1 when the committed files differ.
 *
 *   npm run data:standards [-- --check]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { catalogueFile, standardsCatalogue } from './standards-catalogue.js';

const out = new URL('../data/standards/', import.meta.url);
const check = process.argv.includes('--check');
const { standards, fromDirectory, skipped } = standardsCatalogue();
const wanted = new Map(standards.map((s) => [`${s.id}.json`, catalogueFile(s)]));
mkdirSync(out, { recursive: true });
const present = readdirSync(out).filter((name) => name.endsWith('.json'));
const stale = present.filter((name) => !wanted.has(name));
const differ = [...wanted].filter(([name, text]) => {
  try {
    return readFileSync(new URL(name, out), 'utf8') !== text;
  } catch {
    return true;
  }
});
if (check) {
  if (stale.length + differ.length > 0) {
    console.error(
      `data/standards/ is not what the Standards Directory export builds (${differ.length} to write, ${stale.length} to remove: ${[...differ.map(([n]) => n), ...stale].slice(0, 5).join(', ')}...). Run npm run data:standards.`,
    );
    process.exit(1);
  }
  console.log(`data/standards/ holds the ${wanted.size} standards the export builds`);
} else {
  for (const [name, text] of differ) writeFileSync(new URL(name, out), text);
  for (const name of stale) rmSync(new URL(name, out));
  console.log(
    `wrote ${wanted.size} standards to data/standards/ (${fromDirectory} from the directory export, ${wanted.size - fromDirectory} of our own; ${differ.length} changed, ${stale.length} removed)`,
  );
  for (const line of skipped) console.log(`  not in the catalogue: ${line}`);
}
