import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2,
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .organisation {
    margin: 0;
    color: var(--_secondary-text);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 1rem;
  }
  .figure {
    font-size: 3rem;
    font-weight: 700;
    line-height: 1;
  }
  .out-of {
    color: var(--_secondary-text);
  }
  .level {
    font-weight: 600;
  }
  .coverage,
  .trend,
  .note {
    color: var(--_secondary-text);
    font-size: 0.9375rem;
  }
  ul.domains {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.domains li + li {
    margin-top: 0.25rem;
  }
  button.domain {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr 3rem;
    grid-template-areas: 'name bar figure' 'detail detail detail';
    align-items: center;
    gap: 0 0.75rem;
    width: 100%;
    text-align: left;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    padding: 0.375rem 0.25rem;
    cursor: pointer;
    box-shadow: none;
    margin: 0;
    font-weight: 400;
  }
  button.domain:hover {
    background: var(--_hover, #f0f4f5);
  }
  button.domain:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .name {
    grid-area: name;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .domain .figure-small {
    grid-area: figure;
    text-align: right;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    grid-area: detail;
    font-size: 0.875rem;
    color: var(--_secondary-text);
  }
  .track {
    grid-area: bar;
    position: relative;
    height: 1rem;
    background: var(--_track, #e8edee);
    border-radius: 2px;
  }
  .fill {
    position: absolute;
    inset: 0 auto 0 0;
    width: calc(var(--om-value, 0) * 1%);
    background: var(--_bar, var(--_brand));
    border-radius: 2px;
  }
  .band {
    position: absolute;
    top: -3px;
    bottom: -3px;
    left: calc(var(--om-from, 0) * 1%);
    width: calc((var(--om-to, 0) - var(--om-from, 0)) * 1%);
    border: 2px solid var(--_cohort, #212b32);
    border-radius: 2px;
    box-sizing: border-box;
  }
  .median {
    position: absolute;
    top: -6px;
    bottom: -6px;
    left: calc(var(--om-median, 0) * 1% - 2px);
    width: 4px;
    background: var(--_cohort, #212b32);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
    margin: 0.5rem 0 0;
    color: var(--_secondary-text);
  }
  .swatch {
    display: inline-block;
    width: 1.5rem;
    height: 0.75rem;
    margin-right: 0.25rem;
    vertical-align: middle;
    box-sizing: border-box;
  }
  .swatch.band-key {
    border: 2px solid var(--_cohort, #212b32);
  }
  .swatch.median-key {
    width: 4px;
    height: 1rem;
    background: var(--_cohort, #212b32);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 1rem;
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
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .table-wrapper {
    overflow-x: auto;
  }
  .toggle {
    margin-top: 1rem;
    background: none;
    color: var(--_link);
    box-shadow: none;
    text-decoration: underline;
    padding: 0;
    font-weight: 400;
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 60%;
    margin-bottom: 1rem;
  }
  .skeleton .bone.figure {
    height: 3rem;
    width: 8rem;
    margin-bottom: 1rem;
  }
  .skeleton .bone.row {
    height: 1.5rem;
    margin: 0.5rem 0;
  }
  :host([compact]) .figure {
    font-size: 2rem;
  }
  :host([compact]) button.domain {
    grid-template-columns: 1fr 2.5rem;
    grid-template-areas: 'name figure' 'bar bar';
  }
  :host([compact]) .detail,
  :host([compact]) .legend {
    display: none;
  }
  @container (max-width: 30rem) {
    button.domain {
      grid-template-columns: 1fr 3rem;
      grid-template-areas: 'name figure' 'bar bar' 'detail detail';
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .track {
      border: 1px solid CanvasText;
    }
    .median,
    .swatch.median-key {
      background: Highlight;
      forced-color-adjust: none;
    }
    .band,
    .swatch.band-key {
      border-color: Highlight;
    }
  }
  @media print {
    :host {
      border-color: #000;
    }
    .toggle {
      display: none;
    }
    .table-wrapper.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      clip: auto !important;
      clip-path: none !important;
      white-space: normal !important;
    }
  }
`;
