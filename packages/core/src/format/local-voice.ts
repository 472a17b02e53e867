/**
 * The trust's side of the story: why an indicator or a standard is behind, and when it is
 * planned. National policy rarely hears this; the format carries it so the national view can.
 */
import * as z from 'zod/mini';
import { describe, Identifier, IsoDate, Prose } from './shared.js';

/**
 * What holds something back, from a short documented list so that a cohort's answers can be
 * counted: funding; workforce and skills; supplier readiness; the standard is not ready;
 * infrastructure; competing priorities; the timeline.
 */
export const BarrierCode = z.enum([
  'funding',
  'workforce-and-skills',
  'supplier-readiness',
  'standard-not-ready',
  'infrastructure',
  'competing-priorities',
  'timeline',
]);
export type BarrierCode = z.infer<typeof BarrierCode>;
/** The barrier codes, in their documented order. */
export const barrierCodes = BarrierCode.options;

export const Barrier = describe(
  z.looseObject({ code: BarrierCode, note: z.optional(Prose) }),
  'A barrier: one of the documented codes, and the trust’s own words.',
);
export type Barrier = z.infer<typeof Barrier>;

/** How far a standard is adopted: not started, planning, implementing, live. */
export const AdoptionStage = z.enum(['not-started', 'planning', 'implementing', 'live']);
export type AdoptionStage = z.infer<typeof AdoptionStage>;
/** The adoption stages, in order. */
export const adoptionStages = AdoptionStage.options;

/** One standard's adoption by the assessed organisation. */
export const StandardAdoption = z.looseObject({
  standard: describe(Identifier, 'The id of a standard in the catalogue.'),
  stage: AdoptionStage,
  plannedDate: z.optional(describe(IsoDate, 'When the organisation plans to be live.')),
  barriers: z.optional(z.array(Barrier)),
  note: z.optional(Prose),
});
export type StandardAdoption = z.infer<typeof StandardAdoption>;
