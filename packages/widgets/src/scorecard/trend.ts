/**
 * The change since a previous assessment, which <om-scorecard> shows only when it is given one:
 * the engine's trend, in a module of its own that the scorecard imports only then.
 */
export { trend } from '@openmaturity/core';
