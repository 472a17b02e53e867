import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h3 {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  /* A fieldset is as wide as its widest content by default, and a select as its longest option:
     with a long domain name both pushed the page sideways. Each may shrink to the element. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
    min-inline-size: 0;
  }
  .filters > div {
    min-width: 0;
    max-width: 100%;
  }
  .filters legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .filters label {
    display: block;
    font-size: 0.9375rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    min-width: min(10rem, 100%);
    max-width: 100%;
    padding: 0.25rem;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.item {
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr);
    gap: 0 0.5rem;
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  li.item:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  li.item.done h3 {
    text-decoration: line-through;
  }
  .tick input {
    width: 1.75rem;
    height: 1.75rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_brand);
    cursor: pointer;
  }
  .tick input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .local-voice {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    border-left: 4px solid var(--_border);
    padding-left: 0.5rem;
    overflow-wrap: anywhere;
  }
  .meta,
  .reason,
  .blocked,
  .values {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_secondary-text);
  }
  .rank {
    font-weight: 400;
    color: var(--_secondary-text);
  }
  .tag {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.375rem;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .tag.foundation {
    background: var(--_positive-bg);
    color: var(--_positive-text);
  }
  .tag.core {
    background: var(--om-color-core-bg, #d2e2f1);
    color: var(--om-color-core-text, #003087);
  }
  .tag.advanced {
    background: var(--om-color-advanced-bg, #e5dcee);
    color: var(--om-color-advanced-text, #330072);
  }
  .tag.done {
    background: var(--_neutral-bg);
    color: var(--_neutral-text);
  }
  .blocked {
    color: var(--_negative-text);
  }
  .ready {
    color: var(--_positive-text);
    font-weight: 600;
  }
  .note,
  .summary {
    font-size: 0.875rem;
    color: var(--_secondary-text);
    margin: 0.5rem 0 0;
  }
  .more {
    margin-top: 1rem;
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 50%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.row {
    height: 4rem;
    margin: 0.75rem 0;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
  @media print {
    .filters,
    .more {
      display: none;
    }
  }
`;
