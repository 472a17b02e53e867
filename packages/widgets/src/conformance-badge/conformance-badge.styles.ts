import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    font-size: 1rem;
    line-height: 1.5;
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
  .positive { background: var(--_positive-bg); color: var(--_positive-text); }
  .warning { background: var(--_warning-bg); color: var(--_warning-text); }
  .negative { background: var(--_negative-bg); color: var(--_negative-text); }
  .neutral, .expired { background: var(--_neutral-bg); color: var(--_neutral-text); }
  .standard { font-weight: 600; }
  .status { display: inline-flex; align-items: center; gap: 0.25rem; }
  svg { width: 1em; height: 1em; flex: none; fill: currentColor; }
  .expiry { font-size: 0.875em; }
  .expired .expiry { font-weight: 600; }
  .error {
    display: block;
    border-left: 4px solid var(--_error);
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    svg { fill: CanvasText; }
  }
  @media print {
    .badge { background: none; color: #000; }
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
