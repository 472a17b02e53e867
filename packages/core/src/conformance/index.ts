/**
 * `@openmaturity/core/conformance`: verifiable conformance: signing and verifying statements
 * (WebCrypto, ES256 or EdDSA, a detached JWS over RFC 8785 canonical JSON), the static SVG
 * badge, the Open Badges 3.0 export, and the words and icons of each status. Runs in Node and
 * browsers.
 *
 * @packageDocumentation
 */
export { statusDisplays, type StatusDisplay, type StatusIcon, type DisplayLanguage } from './status-display.js';
export { signatureAlgorithms, type SignatureAlgorithm } from './algorithms.js';
export { canonicalJson } from './canonical-json.js';
export {
  InvalidKeyError,
  isInvalidKeyError,
  NotJsonError,
  isNotJsonError,
  VerifyOptionsError,
  isVerifyOptionsError,
} from './errors.js';
export {
  generateIssuerKeys,
  jwkThumbprint,
  describeKey,
  toPublicJwk,
  JsonWebKeySet,
  MAX_KEY_SET_BYTES,
  type IssuerJwk,
  type IssuerKeyPair,
} from './jwk.js';
export { STATEMENT_JWS_TYPE } from './jws.js';
export { statementPayload } from './statement-payload.js';
export { isIssuerJwksUrl, revocationListUrl, REVOCATION_LIST_FILE } from './jwks-location.js';
export { bindToIssuers } from './issuer-binding.js';
export { signStatement } from './sign.js';
export {
  verifyStatement,
  verificationFailures,
  type VerifyOptions,
  type VerificationResult,
  type VerificationFailure,
  type StatementVerified,
  type StatementNotVerified,
  type RevocationList,
} from './verify.js';
export { validityWindow, isExpired, type ValidityWindow } from './validity.js';
export { toOpenBadgeCredential, OPEN_BADGE_CONTEXT, type OpenBadgeCredential } from './open-badge.js';
export { renderBadgeSvg, MAX_BADGE_BYTES, type BadgeSvgOptions } from './svg-badge.js';
