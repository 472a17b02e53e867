/**
 * The supplier of the examples: a fictional product's conformance statements, signed by a
 * fictional assurance body whose key is made afresh on each run (only its public JWKS is kept),
 * one of them changed after signing so that the page shows what a forgery looks like, and the
 * same statements as static SVG badges, "verified" only where verification just succeeded.
 */
import {
  verifyStatement,
  type ConformanceStatement,
  type ConformanceStatus,
  type Standard,
  type VerificationResult,
} from '../../packages/core/src/index.js';
import {
  generateIssuerKeys,
  renderBadgeSvg,
  signStatement,
  type IssuerJwk,
} from '../../packages/core/src/conformance/index.js';

export const DEMO_ISSUER = {
  id: 'https://issuer.demo.openmaturity.org/',
  name: 'Demo Assurance Body (demo)',
  jwks: 'https://issuer.demo.openmaturity.org/jwks.json',
} as const;

const SUBJECT = {
  type: 'product',
  name: 'Example Health Software Ltd (demo)',
  product: { name: 'Example EPR (demo)', version: '4.2' },
} as const;

interface Claim {
  standard: string;
  status: ConformanceStatus;
  issued: string;
  expires?: string;
  scope: string;
  /** Applied after signing: the signature no longer matches. */
  tamper?: (statement: ConformanceStatement) => ConformanceStatement;
  /** Why this statement is on the page, for people reading the example. */
  note?: string;
}

// Dates are fixed: the one meant to be expired is well in the past, the others years ahead.
const CLAIMS: Claim[] = [
  {
    standard: 'gp-connect',
    status: 'conformant',
    issued: '2025-02-14',
    expires: '2028-02-13',
    scope: 'Access Record HTML and Appointment Management, consumer role (demo data).',
  },
  {
    standard: 'dcb0129',
    status: 'conformant',
    issued: '2023-01-10',
    expires: '2025-01-09',
    scope: 'Clinical safety case report for release 4.0 (demo data).',
    note: 'Expired: the safety case was not renewed for the current release.',
  },
  {
    standard: 'dtac',
    status: 'partially-conformant',
    issued: '2025-06-01',
    expires: '2027-05-31',
    scope:
      'Clinical safety, data protection and technical security met; usability and accessibility evidence outstanding (demo data).',
  },
  {
    standard: 'fhir-uk-core',
    status: 'in-progress',
    issued: '2025-09-15',
    expires: '2027-09-14',
    scope: 'Patient, Encounter and Observation resources; the standard itself is still a draft (demo data).',
  },
  {
    standard: 'dm-d',
    status: 'not-conformant',
    issued: '2025-03-03',
    expires: '2027-12-31',
    scope: 'Medical devices are not yet coded with dm+d (demo data).',
  },
  {
    standard: 'nhs-login',
    status: 'conformant',
    issued: '2025-04-01',
    expires: '2026-03-31',
    scope: 'Patient portal sign-in (demo data).',
    tamper: (s) => ({ ...s, expires: '2029-03-31' }),
    note: 'Changed after signing, on purpose: its expiry date was moved on, so the signature no longer matches.',
  },
];

export interface DemoStatement {
  statement: ConformanceStatement;
  verification: VerificationResult;
  svg: string;
  note?: string;
}

/** Makes, signs and checks the statements; returns them with the issuer's public keys. */
export async function demoSupplier(
  standards: ReadonlyMap<string, Standard>,
): Promise<{ statements: DemoStatement[]; jwks: { keys: IssuerJwk[] } }> {
  const { privateJwk, publicJwk } = await generateIssuerKeys({ alg: 'ES256' });
  const jwks = { keys: [publicJwk] };
  const statements: DemoStatement[] = [];
  for (const claim of CLAIMS) {
    const standard = standards.get(claim.standard);
    if (!standard) throw new Error(`the bundled standards have no ${claim.standard}`);
    const unsigned: ConformanceStatement = {
      kind: 'ConformanceStatement',
      schemaVersion: '1.0',
      id: `example-epr-demo-${claim.standard}-${claim.issued.slice(0, 4)}`,
      subject: SUBJECT,
      standard: { id: standard.id, version: standard.version, name: standard.name },
      status: claim.status,
      scope: claim.scope,
      issuer: DEMO_ISSUER,
      issued: claim.issued,
      ...(claim.expires ? { expires: claim.expires } : {}),
      evidence: [
        {
          url: `https://www.example-health.example/assurance/${claim.standard}`,
          title: `${standard.name}: assurance evidence (demo)`,
        },
      ],
    };
    const signed = await signStatement(unsigned, privateJwk);
    const statement = claim.tamper ? claim.tamper(signed) : signed;
    const verification = await verifyStatement(statement, { trustedIssuers: [DEMO_ISSUER.id], jwks });
    // An image proves nothing by itself: it says "verified" only after a verification that passed.
    const svg = renderBadgeSvg(statement, { verified: verification.verified ? { issuer: DEMO_ISSUER.name } : false });
    statements.push({ statement, verification, svg, ...(claim.note ? { note: claim.note } : {}) });
  }
  const tampered = CLAIMS.filter((c) => c.tamper).map((c) => c.standard);
  for (const { statement, verification } of statements) {
    const expected = tampered.includes(statement.standard.id) ? 'bad-signature' : undefined;
    if (expected && verification.status !== expected)
      throw new Error(
        `the tampered ${statement.standard.id} statement should fail with ${expected}, got ${verification.status}`,
      );
    if (!expected && verification.status === 'bad-signature')
      throw new Error(`${statement.standard.id}: ${verification.reason}`);
  }
  return { statements, jwks };
}

/** The text of an SVG badge's `<title>`: its full sentence, which is also the `alt` of an `<img>` of it. */
export function badgeTitle(svg: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1];
  if (title === undefined) throw new Error('the badge has no <title>');
  const entities: Record<string, string> = {
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&apos;': "'",
    '&#39;': "'",
    '&amp;': '&',
  };
  return title.replace(/&(?:lt|gt|quot|apos|#39|amp);/g, (entity) => entities[entity]!);
}
