/**
 * What verifying a statement needs (canonical JSON, JWS, key sets), in a module of its own: the
 * badge imports it only when the page names issuers it trusts, so a badge that does not verify
 * never loads it.
 */
export { bindToIssuers, revocationListUrl, verifyStatement } from '@openmaturity/core';
export { fetchJwks, fetchRevocationList } from '../internal/jwks.js';
