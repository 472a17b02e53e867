/** What a statement's signature covers: the whole statement but its proof, canonicalised. */
import { canonicalJson } from './canonical-json.js';

/**
 * The payload of a statement's detached JWS: the RFC 8785 canonical JSON of the statement
 * without `proof`. Every other member is covered, including ones this version does not know.
 *
 * @example
 * ```ts
 * statementPayload({ ...statement, proof }) === statementPayload(statement); // true
 * ```
 */
export function statementPayload(statement: Readonly<Record<string, unknown>>): string {
  const { proof: _proof, ...rest } = statement;
  return canonicalJson(rest);
}
