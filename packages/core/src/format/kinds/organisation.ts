/** The Organisation document: an NHS trust, an ICB, a supplier. */
import * as z from 'zod/mini';
import { describe, envelope, HttpUrl, IsoDate, Label, OdsCode } from '../shared.js';

export const OrganisationType = z.enum([
  'acute-trust',
  'mental-health-trust',
  'community-trust',
  'ambulance-trust',
  'icb',
  'supplier',
  'other',
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** A coded area: an NHS England region (`Y56`), an ICB (`QOP`), a country (`W00`). */
export const Area = z.looseObject({ code: z.optional(OdsCode), name: z.optional(Label) });
export type Area = z.infer<typeof Area>;

export const Organisation = describe(
  z.looseObject({
    ...envelope('Organisation'),
    odsCode: OdsCode,
    name: Label,
    type: OrganisationType,
    region: z.optional(Area),
    icb: z.optional(Area),
    address: z.optional(z.array(Label)),
    postcode: z.optional(Label),
    opened: z.optional(IsoDate),
    closed: z.optional(IsoDate),
    website: z.optional(HttpUrl),
  }),
  'An organisation that is assessed or issues statements: a trust, an ICB, a supplier.',
);
export type Organisation = z.infer<typeof Organisation>;

/** How another document names an organisation. */
export const OrganisationRef = z.looseObject({ odsCode: OdsCode, name: z.optional(Label) });
export type OrganisationRef = z.infer<typeof OrganisationRef>;
