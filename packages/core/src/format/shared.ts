/**
 * The pieces every document kind shares: identifiers, ODS codes, dates, links and the
 * document envelope. Each format check carries, as its error, the words a person reads
 * after "expected": {@link fromZodIssues} relies on that. Patterns carry no flags (no /i):
 * the JSON Schemas generated from them could not.
 */
import * as z from 'zod/mini';

/** The schema version this SDK writes. */
export const SCHEMA_VERSION = '1.1';
/** The major schema version this SDK reads; documents of any 1.x minor version are accepted. */
export const SUPPORTED_MAJOR = 1;

/**
 * Defined as `false` only where no JSON Schema is ever generated: in the CDN bundles (see
 * rollup.config.js), or by a bundler's `define` in an app that never calls `toJsonSchema`.
 * There {@link describe} neither copies nor registers, and a minifier that inlines it (terser,
 * in the CDN build) drops the texts too. Undefined everywhere else.
 */
declare const __OPENMATURITY_SCHEMA_DESCRIPTIONS__: boolean | undefined;

/**
 * Attaches a description that the generated JSON Schema and format reference show. It
 * describes a copy: shared pieces such as {@link Identifier} are used in many places, each
 * with its own meaning.
 */
export const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  // Descriptions change no validation: where nothing reads them, the schema itself will do.
  if (typeof __OPENMATURITY_SCHEMA_DESCRIPTIONS__ === 'boolean' && !__OPENMATURITY_SCHEMA_DESCRIPTIONS__) return schema;
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
};

/**
 * The largest magnitude of a number in a document. JSON text such as `1e400` parses to
 * Infinity, and `1e308` is finite but overflows as soon as the engine adds two of them or
 * takes a difference ("NaN out of 100", issue #15); a billion is far beyond any scale, answer
 * or target, and keeps every sum, difference and ratio the engine makes finite.
 */
export const MAX_NUMBER = 1e9;

/** A number the engine can compute with: from -1,000,000,000 to 1,000,000,000. */
export const FiniteNumber = z
  .number()
  .check(
    z.gte(-MAX_NUMBER, { error: 'a number from -1,000,000,000 to 1,000,000,000' }),
    z.lte(MAX_NUMBER, { error: 'a number from -1,000,000,000 to 1,000,000,000' }),
  );

/**
 * The largest weight. Weights are relative (the default is 1); a thousand times the default is
 * more than any framework needs, and keeps weighted sums and products finite.
 */
export const MAX_WEIGHT = 1000;

/** The weight of an indicator, or a trust's local priority: from 0 to {@link MAX_WEIGHT}. */
export const Weight = z
  .number()
  .check(
    z.gte(0, { error: 'a weight of 0 or more' }),
    z.lte(MAX_WEIGHT, { error: `a weight of at most ${MAX_WEIGHT}` }),
  );

/** A stable identifier: letters, digits and `. _ : -`, starting with a letter or digit. */
export const Identifier = describe(
  z.string().check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
      error: 'an identifier: 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
    }),
  ),
  'A stable identifier: letters, digits and . _ : -, at most 128 characters.',
);

/** The words of {@link OdsCode}'s rule, for messages outside the schema (the importers'). */
export const ODS_CODE_EXPECTED = 'an ODS code: 1 to 9 uppercase letters or digits';

/**
 * An NHS Organisation Data Service code, as the ODS standard allows them: 1 to 9 uppercase
 * letters or digits. Trusts have 3 (`RGT`), pharmacies and care homes 5 (`FA123`), GP and
 * dental practices 6 (`A81001`), branch surgeries 9 (`K81003001`).
 */
export const ODS_CODE_PATTERN = /^[A-Z0-9]{1,9}$/;

/** An NHS Organisation Data Service code, such as `RGT`, `A81001` or `K81003001`. */
export const OdsCode = describe(
  z.string().check(z.regex(ODS_CODE_PATTERN, { error: ODS_CODE_EXPECTED })),
  'An NHS Organisation Data Service (ODS) code: 1 to 9 uppercase letters or digits, for example RGT (a trust) or A81001 (a GP practice).',
);

/** A calendar date in ISO 8601 form, `YYYY-MM-DD`. */
export const IsoDate = describe(
  z.iso.date({ error: 'an ISO 8601 date (YYYY-MM-DD)' }),
  'An ISO 8601 calendar date, YYYY-MM-DD.',
);

/** A date and time in ISO 8601 form with a UTC offset. */
export const IsoDateTime = describe(
  z.iso.datetime({ offset: true, error: 'an ISO 8601 date and time with offset (2024-03-31T12:00:00Z)' }),
  'An ISO 8601 date and time with a UTC offset.',
);

/** An absolute http or https URL: never `javascript:` or `data:`. */
export const HttpUrl = describe(
  z.string().check(
    // abort: a text over the limit is not matched at all, so no pattern ever sees a long input.
    z.maxLength(2048, { error: 'a URL of at most 2048 characters', abort: true }),
    // One way to match each character: `[^\s/?#]+[^\s]*` (the same language) backtracked
    // quadratically on a long URL ending in a space (issue #15).
    z.regex(/^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#][^\s]*$/, { error: 'an absolute http(s) URL' }),
  ),
  'An absolute http or https URL.',
);

/** A short piece of text shown to people, such as a name or a label. */
export const Label = z
  .string()
  .check(
    z.minLength(1, { error: 'a non-empty text' }),
    z.maxLength(500, { error: 'a text of at most 500 characters' }),
  );

/** A longer piece of text: descriptions, comments, reasons. */
export const Prose = z.string().check(z.maxLength(20_000, { error: 'a text of at most 20,000 characters' }));

/**
 * A code from a register other than ODS, kept as that register wrote it: the DSPT gives
 * organisations without an ODS code its own (`V10679-765139`). Never taken for an ODS code.
 */
export const RegisterCode = describe(
  z.looseObject({
    register: describe(Label, 'The register that issued the code, for example "DSPT".'),
    code: z.string().check(
      z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, {
        error: 'a register code: 1 to 128 letters, digits, ".", "_" or "-", starting with a letter or digit',
      }),
    ),
  }),
  "A code from a register other than ODS (for example the DSPT's own V10679-765139), kept as written.",
);
export type RegisterCode = z.infer<typeof RegisterCode>;

/** The `schemaVersion` of a document: `MAJOR.MINOR`, of the major version this SDK reads. */
export const SchemaVersion = describe(
  z.string().check(
    z.regex(/^1\.(0|[1-9][0-9]{0,5})$/, {
      error: `a schema version ${SUPPORTED_MAJOR}.x (for example "${SCHEMA_VERSION}")`,
    }),
  ),
  `The version of the open maturity-data format the document follows. This version of the schema reads ${SUPPORTED_MAJOR}.x.`,
);

/** A link to a web page, with an optional title: evidence, guidance, a source. */
export const Link = z.looseObject({
  url: HttpUrl,
  title: z.optional(Label),
});
export type Link = z.infer<typeof Link>;

/** Where a document's content comes from, and under what terms. */
export const Source = z.looseObject({
  title: Label,
  url: z.optional(HttpUrl),
  publisher: z.optional(Label),
  retrieved: z.optional(IsoDate),
  note: z.optional(Prose),
});
export type Source = z.infer<typeof Source>;

/** A reference to one version of a framework. */
export const FrameworkRef = z.looseObject({ id: Identifier, version: Identifier });
export type FrameworkRef = z.infer<typeof FrameworkRef>;

/**
 * How another document names an organisation. Here rather than beside the Organisation kind:
 * every assessment carries one, and a bundle that reads assessments need not carry that kind.
 */
export const OrganisationRef = z.looseObject({ odsCode: OdsCode, name: z.optional(Label) });
export type OrganisationRef = z.infer<typeof OrganisationRef>;

/**
 * What kind of body an organisation is: the sectors of the DSPT and ODS registers. `other`
 * for one that none of these fits, with the register's own word in `sector`. `nhs-trust` is
 * a trust whose kind (acute, mental health, ...) the source does not say.
 */
export const OrganisationType = z.enum([
  'acute-trust',
  'mental-health-trust',
  'community-trust',
  'ambulance-trust',
  'nhs-trust',
  'icb',
  'ccg',
  'csu',
  'gp-practice',
  'pharmacy',
  'nhs-dentist',
  'private-dentist',
  'optician',
  'care-home',
  'domiciliary-care',
  'community-services-provider',
  'aqp-clinical-services',
  'aqp-non-clinical-services',
  'charity-or-hospice',
  'company',
  'nhs-business-partner',
  'secondary-use-organisation',
  'local-authority',
  'university',
  'research',
  'arms-length-body',
  'prison',
  'supplier',
  'other',
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** A reporting period: an identifier that sorts and reads well (`2023-24`) and its dates. */
export const Period = z.looseObject({
  id: Identifier,
  start: IsoDate,
  end: IsoDate,
  label: z.optional(Label),
});
export type Period = z.infer<typeof Period>;

/** The fields every document starts with. */
export const envelope = <K extends string>(kind: K) => ({
  kind: z.literal(kind),
  schemaVersion: SchemaVersion,
});
