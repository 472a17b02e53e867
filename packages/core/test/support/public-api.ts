/**
 * Every public name of the package in one namespace: the subpaths together, each name from its
 * one home (the root entry only repeats some of them). For the tests that need the package as a
 * whole, such as a second copy of it in another realm.
 */
export * from '../../src/format/index.js';
export * from '../../src/engine/index.js';
export * from '../../src/client/index.js';
export * from '../../src/conformance/index.js';
export * from '../../src/import/index.js';
