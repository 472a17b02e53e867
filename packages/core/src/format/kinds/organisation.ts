/** The Organisation document: any body the NHS registers, from a trust to a pharmacy or a supplier. */
import * as z from 'zod/mini';
import { dateOrder } from '../checks.js';
import { issue } from '../issues.js';
import { defineKind } from '../kind.js';
import { INDEX_FILE, segment } from '../paths.js';
import {
  describe,
  envelope,
  HttpUrl,
  IsoDate,
  Label,
  OdsCode,
  OrganisationRef,
  OrganisationType,
  RegisterCode,
} from '../shared.js';

export { OrganisationType } from '../shared.js';

/** A coded area: an NHS England region (`Y56`), an ICB (`QOP`), a country (`W00`). */
export const Area = z.looseObject({ code: z.optional(OdsCode), name: z.optional(Label) });
export type Area = z.infer<typeof Area>;

export { OrganisationRef } from '../shared.js';

export const Organisation = describe(
  z.looseObject({
    ...envelope('Organisation'),
    odsCode: z.optional(
      describe(OdsCode, 'The ODS code. Since 1.1 optional when `registerCode` names the organisation instead.'),
    ),
    registerCode: z.optional(
      describe(
        RegisterCode,
        'Since 1.1: the code of another register, for an organisation that has no ODS code (at least one of odsCode and registerCode is given).',
      ),
    ),
    name: Label,
    displayName: z.optional(
      describe(Label, "Since 1.1: the name as people write it, when `name` is the register's upper case."),
    ),
    type: OrganisationType,
    typeInferred: z.optional(
      describe(z.boolean(), 'Since 1.1: true when `type` was guessed (from the name) rather than published.'),
    ),
    sector: z.optional(
      describe(Label, 'Since 1.1: the sector as the source published it, word for word ("Dentist (NHS)").'),
    ),
    region: z.optional(Area),
    icb: z.optional(Area),
    address: z.optional(z.array(Label)),
    postcode: z.optional(Label),
    opened: z.optional(IsoDate),
    closed: z.optional(IsoDate),
    successor: z.optional(
      describe(OrganisationRef, 'Since 1.1: the organisation this one merged into, for a closed organisation.'),
    ),
    website: z.optional(HttpUrl),
  }),
  'An organisation that is assessed or issues statements: a trust, an ICB, a GP practice, a pharmacy, a supplier.',
);
export type Organisation = z.infer<typeof Organisation>;

/**
 * The code that names an organisation: its ODS code, or else its other register's code. The
 * format requires one of the two (an integrity check), so this is never empty for a valid document.
 */
export const organisationKey = (organisation: Pick<Organisation, 'odsCode' | 'registerCode'>): string =>
  organisation.odsCode ?? organisation.registerCode?.code ?? '';

/** Organisations are published by ODS code (or other register's code), all in one index, in code order (no latest). */
export const organisationKind = defineKind({
  kind: 'Organisation',
  schema: Organisation,
  integrity: (organisation) => [
    ...(organisation.odsCode === undefined && organisation.registerCode === undefined
      ? [issue('missing', ['odsCode'], 'an ODS code, or a registerCode for an organisation that has none', 'nothing')]
      : []),
    ...dateOrder(['closed'], organisation.opened, organisation.closed, 'the opening date'),
  ],
  publishing: {
    index: { name: 'organisations', path: () => `organisations/${INDEX_FILE}` },
    document: {
      name: 'organisation',
      path: (odsCode: string) => `organisations/${segment(odsCode, 'odsCode')}/organisation.json`,
    },
    ids: (organisation) => [organisationKey(organisation)],
    folder: () => ({ id: 'organisations' }),
    item: (organisation) => ({ title: organisation.name }),
    catalogueRank: 20,
  },
});
