/**
 * Writes docs/format-reference.md from the JSON Schemas that the zod schemas generate
 * (`allJsonSchemas()`): each kind, every property with its JSON path, type, whether it is
 * required, its limits and its description. The schemas are the one definition; this page only
 * reads them, so it cannot drift from them. With `--check`, writes nothing and exits 1 when the
 * committed page differs from what the schemas generate.
 *
 *   node --import tsx scripts/format-reference.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { documentKinds } from '../packages/core/src/index.js';
import { allJsonSchemas, SCHEMA_BASE_URL } from '../packages/core/src/format/index.js';

interface Schema {
  type?: string | string[];
  description?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  limits: string;
  description: string;
}

const FORMATS: Record<string, string> = { date: 'date, `YYYY-MM-DD`', 'date-time': 'date and time with offset' };
const number = (value: number) => value.toLocaleString('en-GB');
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
// Pipes would end a table cell; newlines would end the row.
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function typeOf(schema: Schema): string {
  if (schema.const !== undefined) return `${code(JSON.stringify(schema.const))} (always)`;
  if (schema.enum) return `one of ${schema.enum.map((v) => code(v)).join(', ')}`;
  const union = discriminated(schema);
  if (union) return `object, one of ${union.alternatives.length} kinds told apart by \`${union.key}\``;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeOf).join(' or ');
  if (schema.format && FORMATS[schema.format]) return FORMATS[schema.format]!;
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'anything'}`;
  if (schema.type === 'object' || schema.properties) return 'object';
  return [schema.type ?? 'anything'].flat().join(' or ');
}

function limitsOf(schema: Schema): string {
  const limits: string[] = [];
  // A format, or a description (identifiers, ODS codes, URLs), says in words what the pattern says:
  // the exact pattern is in the JSON Schema.
  if (schema.pattern && !schema.format && !schema.description) limits.push(`matches ${code(schema.pattern)}`);
  if (schema.minLength === 1) limits.push('not empty');
  else if (schema.minLength !== undefined && schema.minLength > 1)
    limits.push(`at least ${number(schema.minLength)} characters`);
  if (schema.maxLength !== undefined) limits.push(`at most ${number(schema.maxLength)} characters`);
  if (schema.minimum !== undefined) limits.push(`≥ ${number(schema.minimum)}`);
  if (schema.exclusiveMinimum !== undefined) limits.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    limits.push(`≤ ${number(schema.maximum)}`);
  if (schema.exclusiveMaximum !== undefined) limits.push(`< ${schema.exclusiveMaximum}`);
  if (schema.minItems !== undefined && schema.minItems > 0)
    limits.push(`at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
  if (schema.maxItems !== undefined) limits.push(`at most ${number(schema.maxItems)} items`);
  return limits.join('; ');
}

/** A union of objects told apart by one property with a constant in each (`type`, `method`). */
function discriminated(
  schema: Schema,
): { key: string; alternatives: { value: unknown; schema: Schema }[] } | undefined {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (!alternatives?.every((a) => a.properties)) return undefined;
  const key = Object.keys(alternatives[0]!.properties!).find((k) =>
    alternatives.every((a) => a.properties![k]?.const !== undefined),
  );
  return key === undefined
    ? undefined
    : { key, alternatives: alternatives.map((a) => ({ value: a.properties![key]!.const, schema: a })) };
}

/** The rows of an object's properties, and of everything below them. */
function rowsOf(schema: Schema, prefix: string, condition = ''): Row[] {
  const rows: Row[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({
      path,
      type: typeOf(property),
      required: schema.required?.includes(name) ?? false,
      limits: limitsOf(property),
      description: `${condition}${property.description ?? ''}`.trim(),
    });
    rows.push(...childRows(property, path));
  }
  return rows;
}

function childRows(schema: Schema, path: string): Row[] {
  if (schema.type === 'array' && schema.items) {
    const items = schema.items;
    const limits = limitsOf(items);
    // An array of plain values: its items' limits go on a row of their own.
    const own =
      !items.properties && !items.oneOf && limits
        ? [{ path: `${path}[]`, type: typeOf(items), required: false, limits, description: items.description ?? '' }]
        : [];
    return [...own, ...childRows(items, `${path}[]`)];
  }
  if (schema.properties) return rowsOf(schema, `${path}.`);
  // A union of objects: the property that tells them apart, then each one's own rows, with its case.
  const union = discriminated(schema);
  if (!union) return [];
  const { key, alternatives } = union;
  return [
    {
      path: `${path}.${key}`,
      type: `one of ${alternatives.map((a) => code(a.value)).join(', ')}`,
      required: alternatives.every((a) => a.schema.required?.includes(key)),
      limits: '',
      description: 'Which kind it is; the rows below say which properties each kind has.',
    },
    ...alternatives.flatMap(({ value, schema: alternative }) =>
      rowsOf(
        {
          ...alternative,
          properties: Object.fromEntries(Object.entries(alternative.properties!).filter(([k]) => k !== key)),
        },
        `${path}.`,
        `When \`${key}\` is ${code(JSON.stringify(value))}. `,
      ),
    ),
  ];
}

export function formatReference(): string {
  const schemas = allJsonSchemas() as Record<string, Schema & { title?: string }>;
  const lines = [
    '# Format reference',
    '',
    '<!-- Generated by scripts/format-reference.ts from the JSON Schemas. Do not edit: run it again. -->',
    '',
    'Every property of every document kind of the open maturity-data format, version 1, as the JSON',
    `Schemas in [\`packages/core/schema/\`](../packages/core/schema) define them (\`$id\`s under \`${SCHEMA_BASE_URL}\`).`,
    'The meaning of the format, and the checks that a schema cannot express (unique ids, references,',
    'prerequisite cycles, an assessment against its framework), are in [format.md](format.md).',
    '',
    '- A path such as `responses[].value` is the `value` of each item of the `responses` array.',
    '- Every object also accepts properties not listed here, and keeps them: a reader of version 1.0',
    '  can read a document of a later 1.x version.',
    '- "Required" is within the object that holds the property: `period.start` is required when there is a `period`.',
    '',
    '| kind | what it is |',
    '| --- | --- |',
    ...documentKinds.map(
      (kind) => `| [\`${kind}\`](#${kind.toLowerCase()}) | ${cell(schemas[kind]!.description ?? '')} |`,
    ),
  ];
  for (const kind of documentKinds) {
    const schema = schemas[kind]!;
    lines.push(
      '',
      `## ${kind}`,
      '',
      ...(schema.description ? [schema.description, ''] : []),
      `JSON Schema: [\`${kind}.schema.json\`](../packages/core/schema/${kind}.schema.json); \`npx openmaturity schema ${kind}\` prints it.`,
      '',
      '| property | type | required | limits | description |',
      '| --- | --- | --- | --- | --- |',
      ...rowsOf(schema, '').map(
        (r) =>
          `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : ''} | ${cell(r.limits)} | ${cell(r.description)} |`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

const target = new URL('../docs/format-reference.md', import.meta.url);
const generated = formatReference();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as different.
  }
  if (committed !== generated) {
    console.error(
      'docs/format-reference.md is not what the schemas generate: run "node --import tsx scripts/format-reference.ts" and commit it.',
    );
    process.exitCode = 1;
  } else console.log('docs/format-reference.md matches the schemas');
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target.pathname}`);
}
