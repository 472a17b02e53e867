import { css } from 'lit';

export const styles = css`
  .meta,
  .note {
    color: var(--_secondary-text);
    margin: 0;
    overflow-wrap: anywhere;
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
`;
