/**
 * Verifiable conformance: signing and verifying statements (WebCrypto, ES256 or EdDSA, a
 * detached JWS over RFC 8785 canonical JSON), the static SVG badge, and the Open Badges
 * 3.0 export. Runs in Node and browsers.
 */
export { statusDisplays, type StatusDisplay, type StatusIcon, type DisplayLanguage } from './status-display.js';
export { signatureAlgorithms, isSignatureAlgorithm, algorithmOfKey, type SignatureAlgorithm } from './algorithms.js';
export { encodeBase64Url, decodeBase64Url } from './base64url.js';
export { canonicalJson } from './canonical-json.js';
export { InvalidKeyError } from './errors.js';
export { generateIssuerKeys, jwkThumbprint, describeKey, toPublicJwk, JsonWebKeySet, type IssuerJwk, type IssuerKeyPair } from './jwk.js';
export { parseDetachedJws, STATEMENT_JWS_TYPE, type JwsHeader, type ParsedJws, type JwsParseResult } from './jws.js';
export { statementPayload } from './statement-payload.js';
export { isIssuerJwksUrl } from './jwks-location.js';
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
export { standardColours, toneColours, type BadgeColours } from './badge-palette.js';
export { contrastRatio } from './contrast.js';
export { textWidth, fitText } from './text-width.js';
