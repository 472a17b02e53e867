/**
 * What <om-standards-adoption> computes on the page rather than reads: the figures of the
 * assessments and standards it is given, and the timelines at risk judged again at its own
 * `as-of`. The engine's local-voice aggregations, in a module of their own that the element
 * imports only then, so that a page showing a published summary (the usual way) does not load
 * them (about 1.4 kB gzip).
 */
export { adoptionSummaryDocument, timelineSignals } from '@openmaturity/core/engine';
