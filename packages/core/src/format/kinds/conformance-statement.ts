/** The ConformanceStatement document: a product or organisation meets (or not) a standard. */
import * as z from 'zod/mini';
import { dateOrder } from '../checks.js';
import { defineKind } from '../kind.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import { slug } from '../slug.js';
import {
  describe,
  envelope,
  HttpUrl,
  Identifier,
  IsoDate,
  Label,
  Link,
  OdsCode,
  Prose,
  RegisterCode,
  Source,
} from '../shared.js';

export const ConformanceStatus = z.enum([
  'conformant',
  'partially-conformant',
  'not-conformant',
  'in-progress',
  'withdrawn',
]);
export type ConformanceStatus = z.infer<typeof ConformanceStatus>;

/** What the statement is about: a supplier's product or an organisation itself. */
export const Subject = z.looseObject({
  type: z.enum(['product', 'organisation']),
  name: Label,
  odsCode: z.optional(OdsCode),
  registerCode: z.optional(
    describe(RegisterCode, 'Since 1.1: the code of another register, for an organisation that has no ODS code.'),
  ),
  product: z.optional(z.looseObject({ name: Label, version: z.optional(Label) })),
});
export type Subject = z.infer<typeof Subject>;

export const Issuer = z.looseObject({
  id: describe(HttpUrl, "The issuer's identifier: a URL it controls."),
  name: Label,
  jwks: z.optional(describe(HttpUrl, 'Where the issuer publishes its public keys (a JWKS).')),
});
export type Issuer = z.infer<typeof Issuer>;

/** A detached signature over the canonical JSON of the statement without its proof. */
export const Proof = z.looseObject({
  type: z.literal('JsonWebSignature'),
  kid: Label,
  jws: z.string().check(z.maxLength(8192)),
});
export type Proof = z.infer<typeof Proof>;

// The fields in an object of their own, spread after the envelope's: rollup drops the text of
// \`describe\` from the CDN bundles, which never read it, only where the fields are not written in an
// object literal beside a spread (there it kept them all: 0.3 kB gzip a page for one kind).
const statementFields = {
  id: Identifier,
  subject: Subject,
  standard: z.looseObject({ id: Identifier, version: z.optional(Identifier), name: z.optional(Label) }),
  status: ConformanceStatus,
  statusDetail: z.optional(describe(Label, 'The status in the words of the scheme it comes from, kept as it was.')),
  exceeds: z.optional(
    describe(
      z.boolean(),
      'Since 1.1: true when the subject does more than conformance asks, in the scheme\'s own terms (the DSPT\'s "Standards Exceeded": standards met and Cyber Essentials Plus held). The status stays "conformant"; a reader shows this beside it.',
    ),
  ),
  scope: z.optional(Prose),
  issuer: Issuer,
  issued: IsoDate,
  expires: z.optional(IsoDate),
  evidence: z.optional(z.array(Link)),
  source: z.optional(Source),
  proof: z.optional(Proof),
};

export const ConformanceStatement = describe(
  z.looseObject({ ...envelope('ConformanceStatement'), ...statementFields }),
  'A statement that a product or organisation meets a standard: status, scope, issuer, dates, evidence.',
);
export type ConformanceStatement = z.infer<typeof ConformanceStatement>;

/**
 * The `{subject}` segment of a conformance statement: the ODS code of an organisation, or a
 * slug of the product's name (`Example EPR` becomes `example-epr`).
 *
 * @example
 * ```ts
 * conformanceSubject({ type: 'product', name: 'Example Ltd', product: { name: 'Example EPR' } }); // 'example-epr'
 * ```
 */
export function conformanceSubject(subject: Subject): string {
  if (subject.type === 'organisation' && subject.odsCode) return subject.odsCode;
  if (subject.type === 'organisation' && subject.registerCode) return subject.registerCode.code;
  const name = subject.type === 'product' ? (subject.product?.name ?? subject.name) : subject.name;
  return slug(name);
}

/** Statements are published by subject and standard, in standard order (no latest). */
export const conformanceStatementKind = defineKind({
  kind: 'ConformanceStatement',
  schema: ConformanceStatement,
  integrity: (statement) => dateOrder(['expires'], statement.issued, statement.expires, 'the issue date'),
  publishing: {
    index: {
      name: 'conformanceStatements',
      path: (subject: string) => `conformance/${segment(subject, 'subject')}/${INDEX_FILE}`,
    },
    document: {
      name: 'conformance',
      path: (subject: string, standardId: string) =>
        `conformance/${segment(subject, 'subject')}/${leaf(standardId, 'standardId')}`,
    },
    ids: (statement) => [conformanceSubject(statement.subject), statement.standard.id],
    folder: (statement) => ({
      id: conformanceSubject(statement.subject),
      title: statement.subject.product?.name ?? statement.subject.name,
    }),
    item: (statement) => ({
      ...(statement.standard.name ? { title: statement.standard.name } : {}),
      status: statement.status,
    }),
    catalogueRank: 31,
  },
});
