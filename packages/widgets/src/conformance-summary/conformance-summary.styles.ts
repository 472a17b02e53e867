import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0.75rem 0;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
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
  button.select,
  button.toggle {
    margin-top: 0.5rem;
    background: none;
    border: none;
    color: var(--_link);
    text-decoration: underline;
    box-shadow: none;
    font-weight: 400;
    padding: 0;
    font: inherit;
    cursor: pointer;
    text-align: left;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  button.select[aria-pressed='true'] {
    font-weight: 700;
  }
  button:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  .unmatched {
    margin-top: 0.75rem;
  }
  .unmatched li {
    overflow-wrap: anywhere;
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 60%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.bar {
    height: 1.25rem;
    margin: 1.25rem 0;
  }
  @media print {
    .toggle,
    .select {
      display: none;
    }
    #figures.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      clip: auto !important;
      clip-path: none !important;
      white-space: normal !important;
    }
  }
`;
