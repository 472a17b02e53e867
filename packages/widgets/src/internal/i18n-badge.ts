/**
 * The conformance badge's words, in English; their Welsh is in i18n-cy.ts. A module of their own, so that a page carries
 * the words of the elements it shows and no others (see `elementWords` in i18n.ts).
 */

export const badgeWords = {
  validUntil: (date: string) => `valid until ${date}`,
  expired: (date: string) => `expired on ${date}`,
  evidence: 'Evidence',
  verifiedBy: (issuer: string) => `Verified: signed by ${issuer}`,
  verifiedShort: 'Verified',
  notVerified: 'Not verified',
  claimed: (status: string) => `Claimed: ${status}`,
  exceeded: 'Conformant: standards exceeded',
  checking: 'Checking the signature',
  failures: {
    invalid: 'the statement is not valid',
    unsigned: 'the statement is not signed',
    'untrusted-issuer': 'its issuer is not one this page trusts',
    'keys-unavailable': 'the issuer’s keys could not be loaded',
    'unknown-key': 'it was signed with a key the issuer does not publish',
    'bad-signature': 'the signature does not match: the statement was changed after it was signed',
    'revocation-unavailable': 'the issuer’s list of revoked statements could not be read',
    revoked: 'the issuer has revoked it',
    options: 'this page’s trust settings cannot be used (see the developer console)',
    'not-yet-valid': 'it is not valid yet',
    expired: 'it has expired',
  } as Record<string, string>,
  subject: 'For',
  scope: 'Scope',
  issuer: 'Issued by',
  issued: 'Issued',
  validity: 'Valid until',
  expiredHeading: 'Expired on',
  verification: 'Verification',
};
