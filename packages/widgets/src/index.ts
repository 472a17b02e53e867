/**
 * `@openmaturity/widgets`: web components for open NHS digital-maturity data. Importing this
 * module registers every element (guarded: loading it twice never throws).
 *
 * @packageDocumentation
 */
import './conformance-badge/define.js';

export { OmConformanceBadge } from './conformance-badge/conformance-badge.js';
export { defineElement, VERSION } from './internal/define.js';
