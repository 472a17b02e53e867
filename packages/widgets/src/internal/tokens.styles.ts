/**
 * The design tokens, as CSS custom properties with NHS.UK design system defaults. A page
 * themes every element by setting `--om-*` on any ancestor.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--om-font-family, 'Frutiger W01', Arial, sans-serif);
    --_text: var(--om-color-text, #212b32);
    --_secondary-text: var(--om-color-text-secondary, #4c6272);
    --_link: var(--om-color-link, #005eb8);
    --_brand: var(--om-color-brand, #005eb8);
    --_focus: var(--om-color-focus, #ffeb3b);
    --_focus-text: var(--om-color-focus-text, #212b32);
    --_surface: var(--om-color-surface, #ffffff);
    --_border: var(--om-color-border, #d8dde0);
    --_radius: var(--om-radius, 4px);
    --_positive-bg: var(--om-color-positive-bg, #cce2d8);
    --_positive-text: var(--om-color-positive-text, #005a30);
    --_warning-bg: var(--om-color-warning-bg, #fff7bf);
    --_warning-text: var(--om-color-warning-text, #594d00);
    --_negative-bg: var(--om-color-negative-bg, #f6d7d2);
    --_negative-text: var(--om-color-negative-text, #942514);
    --_neutral-bg: var(--om-color-neutral-bg, #e8edee);
    --_neutral-text: var(--om-color-neutral-text, #212b32);
    --_error: var(--om-color-error, #d5281b);
    font-family: var(--_font);
    color: var(--_text);
  }
  a {
    color: var(--_link);
  }
  /* NHS.UK's focus style, for links and for buttons drawn as links (the chart cards'). */
  a:focus-visible,
  button.link:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
`;
