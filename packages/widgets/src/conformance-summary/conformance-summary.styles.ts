import { css } from 'lit';

export const styles = css`
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }
  h4 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1rem;
  }
  .meta,
  .count,
  .published {
    color: var(--_secondary-text);
    margin: 0;
  }
  .count {
    font-weight: 400;
  }
  ol.cohorts {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .cohort {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
  }
  .cohort.selected {
    border-left: 4px solid var(--_brand);
    padding-left: 0.75rem;
  }
  .words {
    margin: 0.375rem 0 0;
    overflow-wrap: anywhere;
  }
  .pair {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .side {
    font-size: 0.875rem;
    color: var(--_secondary-text);
  }
  button.select[aria-pressed='true'] {
    font-weight: 700;
  }
  .unmatched {
    margin-top: 0.75rem;
  }
  .unmatched li {
    overflow-wrap: anywhere;
  }
  .skeleton .bone.bar {
    height: 1.25rem;
    margin: 1.25rem 0;
  }
`;
