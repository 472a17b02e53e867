/**
 * What verifying a statement needs (canonical JSON, JWS, key sets), in a module of its own: the
 * badge imports it only when the page names issuers it trusts, so a badge that does not verify
 * never loads it.
 */
export { verifyStatement } from '@openmaturity/core';
export { bindToIssuers, revocationListUrl } from '@openmaturity/core/conformance';
export { fetchJwks, fetchRevocationList } from '../internal/jwks.js';
