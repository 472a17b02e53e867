/** Registers `<om-conformance-summary>`: import this entry to use it alone. */
import { defineElement } from '../internal/define.js';
import { OmConformanceSummary } from './conformance-summary.js';

defineElement('om-conformance-summary', OmConformanceSummary);

export { OmConformanceSummary };
