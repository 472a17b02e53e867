import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
    font-size: 1rem;
    line-height: 1.5;
    /* Every name a badge shows (standard, product, issuer, scope) may be one long word. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .positive {
    background: var(--_positive-bg);
    color: var(--_positive-text);
  }
  .warning {
    background: var(--_warning-bg);
    color: var(--_warning-text);
  }
  .negative {
    background: var(--_negative-bg);
    color: var(--_negative-text);
  }
  .neutral,
  .expired {
    background: var(--_neutral-bg);
    color: var(--_neutral-text);
  }
  /* A signature that failed: a warning, whatever the statement claims. */
  .unverified {
    background: var(--_warning-bg);
    color: var(--_warning-text);
  }
  .failure-line {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.5rem;
    background: var(--_warning-bg);
    color: var(--_warning-text);
    border-left: 4px solid var(--_warning-text);
  }
  .standard {
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  svg {
    width: 1em;
    height: 1em;
    flex: none;
    fill: currentColor;
  }
  .expiry {
    font-size: 0.875em;
  }
  .expired .expiry {
    font-weight: 600;
  }
  .verification {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .card {
    display: block;
    border: 1px solid var(--_border);
    border-left: 8px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    max-width: 32rem;
  }
  .card.positive,
  .card.warning,
  .card.negative,
  .card.neutral,
  .card.expired {
    background: var(--_surface);
  }
  .card.positive {
    border-left-color: var(--_positive-text);
  }
  .card.warning {
    border-left-color: var(--_warning-text);
  }
  .card.negative {
    border-left-color: var(--_negative-text);
  }
  .card.neutral,
  .card.expired {
    border-left-color: var(--_secondary-text);
  }
  .card.unverified {
    background: var(--_surface);
    border-left-color: var(--_warning-text);
  }
  .card .standard {
    margin: 0 0 0.25rem;
    font-size: 1.125rem;
    color: var(--_text);
  }
  .card .status-line {
    margin: 0 0 0.5rem;
    color: var(--_text);
    font-weight: 600;
  }
  .card dl {
    margin: 0 0 0.5rem;
    color: var(--_text);
  }
  .card dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .card dt {
    font-weight: 600;
  }
  .card dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card .expiry {
    font-size: inherit;
  }
  .skeleton .bone {
    width: 12rem;
    height: 1.5rem;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    svg {
      fill: CanvasText;
    }
  }
  @media print {
    .badge {
      background: none;
      color: #000;
    }
  }
`;
