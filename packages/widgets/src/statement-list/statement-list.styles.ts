import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 12rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  input,
  select {
    font: inherit;
    max-width: 100%;
    min-width: 0;
    box-sizing: border-box;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  input:focus,
  select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .shown {
    margin: 0.75rem 0 0.5rem;
    color: var(--_secondary-text);
  }
  .list {
    height: var(--om-list-height, 28rem);
    border-top: 1px solid var(--_border);
  }
  /* A region that scrolls is focusable, so keyboard users can scroll it. */
  .list:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .list > * {
    width: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.5fr);
    gap: 0.25rem 1rem;
    width: 100%;
    box-sizing: border-box;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .name,
  .cohort,
  .status {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .code,
  .cohort,
  .wording {
    color: var(--_secondary-text);
    font-weight: 400;
  }
  .status svg {
    vertical-align: -2px;
    margin-right: 0.25rem;
    fill: currentColor;
  }
  .status.positive {
    color: var(--_positive-text);
  }
  .status.negative {
    color: var(--_negative-text);
  }
  .status.warning {
    color: var(--_warning-text);
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 40%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.list {
    height: var(--om-list-height, 28rem);
  }
`;
