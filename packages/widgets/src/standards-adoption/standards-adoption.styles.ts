import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.0625rem;
  }
  .cohort {
    margin: 0;
    color: var(--_secondary-text);
  }
  ul.signals {
    margin: 0;
    padding-left: 1.25rem;
  }
  ul.signals li {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .signal-tag {
    font-weight: 700;
    color: var(--_negative-text);
  }
  /* A region that scrolls sideways is focusable, so keyboard users can scroll it. */
  .table-wrapper {
    overflow-x: auto;
  }
  .table-wrapper:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  th,
  td {
    overflow-wrap: anywhere;
    text-align: left;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .stack {
    display: flex;
    height: 0.75rem;
    min-width: 6rem;
    margin-top: 0.25rem;
    background: var(--_track, #e8edee);
  }
  .stack span {
    display: block;
    height: 100%;
    width: calc(var(--om-share, 0) * 100%);
  }
  .stack .live {
    background: var(--_positive-text);
  }
  .stack .implementing {
    background: var(--_brand);
  }
  .stack .planning {
    background: var(--om-color-planning, #768692);
  }
  .stack .not-started {
    background: transparent;
  }
  .suppressed {
    color: var(--_secondary-text);
    font-style: italic;
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 50%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.row {
    height: 2rem;
    margin: 0.5rem 0;
  }
  @media (forced-colors: active) {
    .stack {
      border: 1px solid CanvasText;
    }
    .stack span {
      forced-color-adjust: none;
    }
  }
`;
