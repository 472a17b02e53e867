/** `openmaturity schema <kind>`: prints the JSON Schema of a document kind. */
import { documentKinds, isDocumentKind } from '../format/documents.js';
import { toJsonSchema } from '../format/json-schema.js';
import { UsageError, type ExitCode, type Io } from './io.js';

export const schemaHelp = `Usage: openmaturity schema <kind>

Prints the JSON Schema (draft 2020-12) of a document kind: ${documentKinds.join(', ')}.`;

export function schemaCommand(args: string[], io: Io): ExitCode {
  const [kind] = args;
  if (!isDocumentKind(kind))
    throw new UsageError(`schema needs a kind, one of ${documentKinds.join(', ')}${kind ? `; got "${kind}"` : ''}`);
  io.stdout(`${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  return 0;
}
