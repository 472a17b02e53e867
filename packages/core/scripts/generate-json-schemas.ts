/**
 * Writes schema/<Kind>.schema.json from the zod schemas, and the validators Node compiles from
 * them (src/format/node/shape-validators.generated.js). Run by `npm run build`; a test fails
 * when the committed files differ from what the schemas generate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { allJsonSchemas } from '../src/format/json-schema.js';
import { shapeValidatorCode } from './shape-validator-code.js';

const out = new URL('../schema/', import.meta.url);
mkdirSync(out, { recursive: true });
const schemas = allJsonSchemas();
for (const [kind, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`${kind}.schema.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${out.pathname}`);
const validators = new URL('../src/format/node/shape-validators.generated.js', import.meta.url);
const { code, types } = shapeValidatorCode(schemas);
writeFileSync(validators, code);
writeFileSync(new URL('shape-validators.generated.d.ts', validators), types);
console.log(`wrote their validators to ${validators.pathname}`);
