/**
 * A conformance statement as an Open Badges 3.0 `OpenBadgeCredential` (W3C Verifiable
 * Credentials Data Model 2.0), for wallets and badge platforms. The export is unsigned: the
 * statement's own proof signs the statement's canonical JSON, not this credential, so a
 * credential made here proves nothing until its issuer signs it as a VC (Data Integrity or
 * VC-JOSE).
 */
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import { statusDisplays } from './status-display.js';

/**
 * The `@context` of an Open Badges 3.0 credential on the VC 2.0 data model.
 *
 * @example
 * ```ts
 * credential['@context'] === OPEN_BADGE_CONTEXT;
 * ```
 */
export const OPEN_BADGE_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

/**
 * The part of an `OpenBadgeCredential` that {@link toOpenBadgeCredential} writes.
 *
 * @example
 * ```ts
 * const credential: OpenBadgeCredential = toOpenBadgeCredential(statement);
 * ```
 */
export interface OpenBadgeCredential {
  '@context': typeof OPEN_BADGE_CONTEXT;
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description?: string;
  issuer: { id: string; type: ['Profile']; name: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    name: string;
    identifier?: { type: 'IdentityObject'; identityType: 'ext:OdsCode'; identityHash: string; hashed: false }[];
    achievement: {
      id: string;
      type: ['Achievement'];
      name: string;
      description: string;
      criteria: { narrative: string };
    };
  };
  evidence?: { id: string; type: ['Evidence']; name?: string }[];
}

/**
 * Exports a statement as an unsigned Open Badges 3.0 `OpenBadgeCredential`. The achievement
 * is "<standard> <version>: <status>"; the statement's dates become `validFrom` (start of the
 * issue day, UTC) and `validUntil` (end of the expiry day, UTC); an ODS code becomes an
 * identifier of the subject.
 *
 * @example
 * ```ts
 * const credential = toOpenBadgeCredential(statement);
 * credential.credentialSubject.achievement.name; // 'DSPT 2022-23: Conformant'
 * ```
 */
export function toOpenBadgeCredential(statement: ConformanceStatement): OpenBadgeCredential {
  const { standard, subject, issuer } = statement;
  const status = statusDisplays[statement.status].label.en;
  const standardName = [standard.name ?? standard.id, standard.version].filter(Boolean).join(' ');
  const name = `${standardName}: ${status}`;
  const credential: OpenBadgeCredential = {
    '@context': OPEN_BADGE_CONTEXT,
    // Statement ids are unique per issuer only, so the issuer is part of the credential id.
    id: `urn:openmaturity:statement:${encodeURIComponent(issuer.id)}:${encodeURIComponent(statement.id)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    ...(statement.scope ? { description: statement.scope } : {}),
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    validFrom: `${statement.issued}T00:00:00Z`,
    ...(statement.expires ? { validUntil: `${statement.expires}T23:59:59Z` } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: subject.product
        ? `${subject.name}: ${subject.product.name}${subject.product.version ? ` ${subject.product.version}` : ''}`
        : subject.name,
      ...(subject.odsCode
        ? {
            identifier: [
              { type: 'IdentityObject', identityType: 'ext:OdsCode', identityHash: subject.odsCode, hashed: false },
            ],
          }
        : {}),
      achievement: {
        id: `urn:openmaturity:standard:${encodeURIComponent(standard.id)}${standard.version ? `:${encodeURIComponent(standard.version)}` : ''}:${statement.status}`,
        type: ['Achievement'],
        name,
        description: `${status} to ${standardName}${statement.statusDetail ? ` (${statement.statusDetail})` : ''}.`,
        criteria: { narrative: statement.scope || `Conformance to ${standardName}, as stated by ${issuer.name}.` },
      },
    },
  };
  if (statement.evidence?.length) {
    credential.evidence = statement.evidence.map((link) => ({
      id: link.url,
      type: ['Evidence'],
      ...(link.title ? { name: link.title } : {}),
    }));
  }
  return credential;
}
