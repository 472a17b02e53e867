/** The Standard document: a national standard, its version and whether it is finished. */
import * as z from 'zod/mini';
import { defineKind } from '../kind.js';
import { compareVersions } from '../ordering.js';
import { INDEX_FILE, leaf, segment } from '../paths.js';
import { describe, envelope, HttpUrl, Identifier, IsoDate, Label, Link, Prose, Source } from '../shared.js';

/** Whether a standard is still a draft, in force, or retired. */
export const StandardStatus = z.enum(['draft', 'active', 'retired']);
export type StandardStatus = z.infer<typeof StandardStatus>;

/**
 * Another standard this one names: by `id` where it is a Standard document of the same
 * catalogue, else by name and link as the source wrote them.
 */
export const StandardRef = z.looseObject({
  id: z.optional(describe(Identifier, 'The id of the Standard document named, where the catalogue has one.')),
  name: Label,
  url: z.optional(HttpUrl),
});
export type StandardRef = z.infer<typeof StandardRef>;

/** A code a standards body gives a standard: `DCB3066`, `DAPB4108`, `SCCI0034`, `ISB0149`. */
export const ReferenceCode = describe(
  z.string().check(
    z.regex(/^[A-Z]{2,6}[0-9]{2,6}[A-Z0-9-]{0,10}$/, {
      error: 'a reference code such as DCB3066 or DAPB4108 (capital letters then digits)',
    }),
  ),
  'A reference code a standards body gives the standard, such as DCB3066 or DAPB4108.',
);

// The fields in an object of their own, spread after the envelope's: rollup drops the text of
// \`describe\` from the CDN bundles, which never read it, only where the fields are not written in an
// object literal beside a spread (there it kept them all: 0.3 kB gzip a page for one kind).
const standardFields = {
  id: Identifier,
  version: Identifier,
  name: Label,
  status: StandardStatus,
  statusDetail: z.optional(
    describe(
      Label,
      'Since 1.1: the status in the words of the catalogue it comes from ("deprecated", "in development"), kept as it was.',
    ),
  ),
  url: HttpUrl,
  publisher: z.optional(describe(Label, 'The body that publishes the standard.')),
  description: z.optional(Prose),
  category: z.optional(
    describe(Label, 'Since 1.1: the kind of standard, as the catalogue names it ("Record standard").'),
  ),
  careSettings: z.optional(
    describe(z.array(Label), 'Since 1.1: the care settings the standard applies to ("Hospital", "Social care").'),
  ),
  businessUses: z.optional(
    describe(z.array(Label), 'Since 1.1: what the standard is used for ("Referrals", "Prescribing").'),
  ),
  referenceCodes: z.optional(describe(z.array(ReferenceCode), 'Since 1.1: the codes standards bodies give it.')),
  documentation: z.optional(describe(z.array(Link), 'Since 1.1: where the standard and its guidance are published.')),
  dependencies: z.optional(
    describe(z.array(StandardRef), 'Since 1.1: standards to be implemented alongside this one.'),
  ),
  related: z.optional(describe(z.array(StandardRef), 'Since 1.1: standards this one relates to.')),
  source: z.optional(Source),
  mandatedFrom: z.optional(describe(IsoDate, 'The date from which the standard is mandated, where it is.')),
  mandateSource: z.optional(
    describe(Link, 'Since 1.1: the publication that mandates the standard from `mandatedFrom`.'),
  ),
};

export const Standard = describe(
  z.looseObject({ ...envelope('Standard'), ...standardFields }),
  'A national standard that trusts and suppliers conform to.',
);
export type Standard = z.infer<typeof Standard>;

/** Standards are published by id and version; the index of a standard's versions calls the highest the latest. */
export const standardKind = defineKind({
  kind: 'Standard',
  schema: Standard,
  publishing: {
    index: {
      name: 'standardVersions',
      path: (standardId: string) => `standards/${segment(standardId, 'standardId')}/${INDEX_FILE}`,
    },
    document: {
      name: 'standard',
      path: (standardId: string, version: string) =>
        `standards/${segment(standardId, 'standardId')}/${leaf(version, 'version')}`,
    },
    ids: (standard) => [standard.id, standard.version],
    folder: (standard) => ({ id: standard.id, title: standard.name }),
    item: (standard) => ({ title: standard.name }),
    catalogueRank: 11,
    latest: {
      compare: (a, b) => compareVersions(a.version, b.version),
      what: (standardId) => `version of the standard "${standardId}"`,
    },
  },
});
