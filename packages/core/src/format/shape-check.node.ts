/**
 * Node's fast shape check: ajv's standalone code compiled at build time from the JSON Schemas,
 * which are generated from the zod schemas (one source of the rules). It says only valid or
 * not; for an invalid document zod runs after it and words every issue, so messages and paths
 * are zod's. The test in corpus.test.ts that compares both on every kind and on random
 * mutations of the corpus is what keeps them in step.
 */
import * as generated from './node/shape-validators.generated.js';
import type { ShapeValidators } from './shape-check.js';

export type { ShapeValidators } from './shape-check.js';

export const shapeValidators: ShapeValidators | undefined = generated;
