/** Registers `<om-conformance-badge>`: import this entry to use the badge alone. */
import { defineElement } from '../internal/define.js';
import { OmConformanceBadge } from './conformance-badge.js';

defineElement('om-conformance-badge', OmConformanceBadge);

export { OmConformanceBadge };
