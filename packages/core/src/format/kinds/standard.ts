/** The Standard document: a national standard, its version and whether it is finished. */
import * as z from 'zod/mini';
import { describe, envelope, HttpUrl, Identifier, IsoDate, Label, Prose, Source } from '../shared.js';

/** Whether a standard is still a draft, in force, or retired. */
export const StandardStatus = z.enum(['draft', 'active', 'retired']);
export type StandardStatus = z.infer<typeof StandardStatus>;

export const Standard = describe(
  z.looseObject({
    ...envelope('Standard'),
    id: Identifier,
    version: Identifier,
    name: Label,
    status: StandardStatus,
    url: HttpUrl,
    publisher: z.optional(Label),
    description: z.optional(Prose),
    source: z.optional(Source),
    mandatedFrom: z.optional(describe(IsoDate, 'The date from which the standard is mandated, where it is.')),
  }),
  'A national standard that trusts and suppliers conform to.',
);
export type Standard = z.infer<typeof Standard>;
