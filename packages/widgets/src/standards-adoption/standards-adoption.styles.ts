import { css } from 'lit';

export const styles = css`
  /* The table's layout follows the element's own width, not the viewport's: the element may sit
     in a narrow column of a wide page. */
  :host {
    container: adoption / inline-size;
  }
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
  /* A region that scrolls sideways is focusable, so keyboard users can scroll it; the layout
     below means it never needs to. */
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
    text-align: left;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  /* Headings and figures break only between words, so that a column is never narrower than its
     longest word ("Imple/menti/ng"); a name, which may be one 120-character word, breaks anywhere. */
  th,
  td {
    overflow-wrap: normal;
  }
  th.name,
  td.barriers,
  td.change {
    overflow-wrap: anywhere;
  }
  td.number .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A version is often a date: "2021-12-31" broken at its hyphens reads as three numbers. Kept on
     one line with its word, it sets the name column's least width, which still fits a card
     at 320 px. */
  th.name .version {
    white-space: nowrap;
  }

  /* Narrow: the NHS.UK responsive table. Each row is a card; each cell shows its column's name
     beside its value; the column headings are kept for assistive technology only. */
  thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The caption too: left as a table caption in a block table, it shrinks to its longest word. */
  table,
  caption,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
  tr {
    margin-bottom: 1rem;
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_brand);
    background: var(--_surface);
  }
  th.name {
    border-bottom: 1px solid var(--_border);
  }
  td {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    min-width: 0;
  }
  td:last-child {
    border-bottom: 0;
  }
  td .label {
    font-weight: 600;
    flex: none;
    max-width: 50%;
  }
  td .value {
    text-align: right;
    min-width: 0;
  }

  /* Wide enough for every heading's longest word: a table. */
  @container adoption (min-width: 48rem) {
    thead {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      display: table-header-group;
    }
    table {
      display: table;
    }
    caption {
      display: table-caption;
    }
    tbody {
      display: table-row-group;
    }
    tr {
      display: table-row;
      margin: 0;
      border: 0;
      background: none;
    }
    th,
    td {
      display: table-cell;
    }
    td:last-child {
      border-bottom: 1px solid var(--_border);
    }
    td .label {
      display: none;
    }
    td.number {
      text-align: right;
    }
    td .value {
      text-align: inherit;
    }
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
