/**
 * Where no fast shape check exists: browsers (and any bundle that is not for Node) check with
 * zod/mini alone, which needs no `eval` under a strict Content-Security-Policy. Chosen by the
 * `#shape-check` import map of package.json; Node gets shape-check.node.ts instead.
 */
import type { DocumentKind } from './documents.js';

/** A check that says only whether a value has the shape of its kind. */
export type ShapeValidators = Readonly<Record<DocumentKind, (value: unknown) => boolean>>;

export const shapeValidators: ShapeValidators | undefined = undefined;
