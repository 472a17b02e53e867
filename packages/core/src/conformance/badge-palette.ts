/**
 * The colours of the static SVG badge: the NHS.UK palette, the same defaults as the
 * conformance badge element's design tokens. Colour only supports the status, which the
 * badge always gives in words and an icon too. Every pair has a contrast of at least 4.5:1.
 */
import type { StatusDisplay } from './status-display.js';

/**
 * A background and the text drawn on it.
 *
 * @example
 * ```ts
 * const { background, text }: BadgeColours = toneColours.positive;
 * ```
 */
export interface BadgeColours {
  readonly background: string;
  readonly text: string;
}

/**
 * The left part, which names the standard: white on NHS blue.
 *
 * @example
 * ```ts
 * contrastRatio(standardColours.text, standardColours.background); // 6.4
 * ```
 */
export const standardColours: BadgeColours = { background: '#005eb8', text: '#ffffff' };

/**
 * The right part, by the tone of the status; an expired statement is shown `neutral`.
 *
 * @example
 * ```ts
 * toneColours[statusDisplays.conformant.tone].background; // '#cce2d8'
 * ```
 */
export const toneColours: Readonly<Record<StatusDisplay['tone'], BadgeColours>> = {
  positive: { background: '#cce2d8', text: '#005a30' },
  warning: { background: '#fff7bf', text: '#594d00' },
  negative: { background: '#f6d7d2', text: '#942514' },
  neutral: { background: '#e8edee', text: '#212b32' },
};
