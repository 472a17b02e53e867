/**
 * Writes schema/<Kind>.schema.json from the zod schemas. Run by `npm run build`; a test
 * fails when the committed files differ from what the schemas generate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { allJsonSchemas } from '../src/format/json-schema.js';

const out = new URL('../schema/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [kind, schema] of Object.entries(allJsonSchemas())) {
  writeFileSync(new URL(`${kind}.schema.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(allJsonSchemas()).length} JSON Schemas to ${out.pathname}`);
