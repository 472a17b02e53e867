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
  .meta,
  .note {
    color: var(--_secondary-text);
    margin: 0;
    overflow-wrap: anywhere;
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
  .key {
    display: inline-block;
    box-sizing: border-box;
  }
  .mark-key {
    width: 0.75rem;
    height: 0.75rem;
    background: var(--_brand);
    transform: rotate(45deg);
  }
  .box-key {
    width: 1.5rem;
    height: 0.875rem;
    background: var(--om-color-band, #aecfef);
    border: 1px solid var(--_brand);
  }
  .median-key {
    width: 3px;
    height: 1rem;
    background: var(--_text);
  }
  .range-key {
    width: 1.5rem;
    height: 4px;
    background: var(--_secondary-text);
  }
  ul.rows {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .row {
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  .row.overall .name {
    font-weight: 700;
  }
  .name {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* The organisation's mark is 18 px wide around its score: room for it at 0 and at 100. */
  .picture {
    margin: 0.25rem 0;
    padding: 0 10px;
  }
  .words {
    margin: 0;
    font-size: 0.9375rem;
    color: var(--_secondary-text);
    overflow-wrap: anywhere;
  }
  button.toggle {
    margin-top: 1rem;
    background: none;
    border: none;
    color: var(--_link);
    text-decoration: underline;
    box-shadow: none;
    font-weight: 400;
    padding: 0;
    font: inherit;
    cursor: pointer;
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
  .skeleton .bone.title {
    height: 1.5rem;
    width: 60%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.bar {
    height: 1.75rem;
    margin: 1.25rem 0;
  }
  @media (forced-colors: active) {
    .mark-key,
    .median-key,
    .range-key {
      background: CanvasText;
    }
    .box-key {
      background: Canvas;
      border-color: CanvasText;
    }
  }
  @media print {
    .toggle {
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
