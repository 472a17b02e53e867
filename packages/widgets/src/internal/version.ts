/**
 * The version of the widgets, from packages/widgets/package.json: the build (rollup) and the
 * test runner put it in place of this name (see scripts/widgets-version.js), so a release never
 * ships a stale number.
 */
declare const __OPENMATURITY_WIDGETS_VERSION__: string;

export const VERSION: string = __OPENMATURITY_WIDGETS_VERSION__;
