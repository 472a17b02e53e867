/**
 * The chart drawing the analysts' elements share: stacked bars of statuses and a distribution
 * (range, middle half, median) with one organisation's mark. Drawn in SVG by Lit, with
 * percentages for positions so a bar follows its container's width (320 px to a wide screen)
 * without a viewBox that would stretch its patterns, and without inline styles (strict CSP).
 *
 * Each status has a pattern as well as a colour, so a share is never told by colour alone; the
 * figures are always given in words beside the picture, and in a table.
 */
import { css, svg, nothing, type SVGTemplateResult } from 'lit';
import type { ConformanceStatus } from '@openmaturity/core';

/** The pattern of each status: solid, stripes, cross-hatch, dots, horizontal lines. */
const PATTERNS: Record<ConformanceStatus, SVGTemplateResult> = {
  conformant: svg`<rect class="bg conformant" width="8" height="8"></rect>`,
  'partially-conformant': svg`<rect class="bg partially-conformant" width="8" height="8"></rect>
    <path class="fg" d="M-2 2l4-4M0 8l8-8M6 10l4-4"></path>`,
  'not-conformant': svg`<rect class="bg not-conformant" width="8" height="8"></rect>
    <path class="fg" d="M0 0l8 8M8 0l-8 8"></path>`,
  'in-progress': svg`<rect class="bg in-progress" width="8" height="8"></rect>
    <circle class="dot" cx="4" cy="4" r="1.5"></circle>`,
  withdrawn: svg`<rect class="bg withdrawn" width="8" height="8"></rect>
    <path class="fg" d="M0 2h8M0 6h8"></path>`,
};

/** The id of a status's pattern inside the element's shadow root. */
export const patternId = (status: ConformanceStatus): string => `om-pattern-${status}`;

/**
 * One hidden SVG holding every status's pattern, rendered once at the top of an element's
 * shadow root: ids are scoped to that root, so bars reference them without clashing.
 */
export function statusPatterns(): SVGTemplateResult {
  return svg`<svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
    <defs>${(Object.keys(PATTERNS) as ConformanceStatus[]).map(
      (status) =>
        svg`<pattern id=${patternId(status)} width="8" height="8" patternUnits="userSpaceOnUse">${PATTERNS[status]}</pattern>`,
    )}</defs>
  </svg>`;
}

/** A swatch for a legend: the same pattern as the bars, 16 px square. */
export function swatch(status: ConformanceStatus): SVGTemplateResult {
  return svg`<svg class="swatch" width="16" height="16" aria-hidden="true" focusable="false">
    <rect width="16" height="16" fill=${`url(#${patternId(status)})`} class="outline"></rect>
  </svg>`;
}

/** One part of a stacked bar. */
export interface BarSegment {
  status: ConformanceStatus;
  /** From 0 to 1. */
  share: number;
}

/**
 * A bar of shares, left to right in the given order, each segment in its status's pattern.
 * Decorative: the caller gives the same figures in words.
 */
export function stackedBar(segments: readonly BarSegment[]): SVGTemplateResult {
  let start = 0;
  const parts = segments
    .filter((s) => Number.isFinite(s.share) && s.share > 0)
    .map((s) => {
      const x = start;
      // Never past 100%, whatever rounding left.
      const width = Math.min(s.share * 100, 100 - x);
      start += width;
      return svg`<rect class="segment" x=${`${x}%`} width=${`${width}%`} height="100%"
        fill=${`url(#${patternId(s.status)})`}></rect>`;
    });
  return svg`<svg class="bar" width="100%" height="20" aria-hidden="true" focusable="false" part="bar">
    <rect class="track" width="100%" height="100%"></rect>${parts}
  </svg>`;
}

/** A cohort's distribution on 0-100: the range, the middle half, the median. */
export interface Distribution {
  min?: number;
  lowerQuartile?: number;
  median?: number;
  upperQuartile?: number;
  max?: number;
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0);
const pct = (n: number) => `${clamp(n)}%`;

/**
 * A box plot on a 0-100 scale, with an organisation's score as a diamond. Decorative: the
 * caller gives the same figures in words and in a table.
 */
export function distributionPlot(distribution: Distribution | undefined, value: number | undefined): SVGTemplateResult {
  const d = distribution;
  const hasBox = d?.lowerQuartile !== undefined && d.upperQuartile !== undefined;
  return svg`<svg class="plot" width="100%" height="28" aria-hidden="true" focusable="false" part="plot">
    <rect class="scale" width="100%" height="2" y="13"></rect>
    ${
      d?.min !== undefined && d.max !== undefined
        ? svg`<rect class="range" x=${pct(d.min)} width=${pct(clamp(d.max) - clamp(d.min))} y="12" height="4"></rect>`
        : nothing
    }
    ${
      hasBox
        ? svg`<rect class="box" x=${pct(d!.lowerQuartile!)} width=${pct(clamp(d!.upperQuartile!) - clamp(d!.lowerQuartile!))} y="6" height="16"></rect>`
        : nothing
    }
    ${d?.median !== undefined ? svg`<rect class="median" x=${pct(d.median)} width="3" y="3" height="22"></rect>` : nothing}
    ${
      value !== undefined && Number.isFinite(value)
        ? svg`<svg x=${pct(value)} y="0" width="28" height="28" overflow="visible"><path class="mark" d="M0 2l-9 12 9 12 9-12z"></path></svg>`
        : nothing
    }
  </svg>`;
}

/** The colours of the charts: NHS palette, themeable, and system colours in forced-colours mode. */
export const chartStyles = css`
  /* What both chart cards share: a heading, a legend, link-like buttons, the skeleton's title,
     and the figures printed in full. */
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    line-height: 1.3;
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
  button.link {
    margin-top: 0.5rem;
    background: none;
    border: none;
    color: var(--_link);
    text-decoration: underline;
    box-shadow: none;
    padding: 0;
    font: inherit;
    cursor: pointer;
    text-align: left;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  .skeleton .bone.title {
    height: 1.5rem;
    width: 60%;
    margin-bottom: 1rem;
  }
  @media print {
    button.link {
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
  .pattern-defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  svg.bar,
  svg.plot {
    display: block;
    overflow: visible;
  }
  .track,
  .scale {
    fill: var(--om-color-track, #e8edee);
  }
  .bg.conformant {
    fill: var(--om-color-conformant, #007f3b);
  }
  .bg.partially-conformant {
    fill: var(--om-color-partially-conformant, #ffb81c);
  }
  .bg.not-conformant {
    fill: var(--om-color-not-conformant, #d5281b);
  }
  .bg.in-progress {
    fill: var(--om-color-in-progress, #005eb8);
  }
  .bg.withdrawn {
    fill: var(--om-color-withdrawn, #aeb7bd);
  }
  .fg {
    stroke: #fff;
    stroke-width: 1.5;
  }
  .partially-conformant + .fg {
    stroke: #212b32;
  }
  .dot {
    fill: #fff;
  }
  .segment {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .outline {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .range {
    fill: var(--_secondary-text);
  }
  .box {
    fill: var(--om-color-band, #aecfef);
    stroke: var(--_brand);
  }
  .median {
    fill: var(--_text);
  }
  .mark {
    fill: var(--_brand);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  /* The NHS.UK responsive table: at narrow widths each row becomes a stacked card and each cell
     shows its heading, so nothing is squeezed one letter per line. */
  table.responsive {
    border-collapse: collapse;
    width: 100%;
    margin-top: 1rem;
    font-size: 0.9375rem;
  }
  table.responsive caption {
    text-align: left;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  table.responsive th,
  table.responsive td {
    text-align: left;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: break-word;
  }
  table.responsive th[scope='row'] {
    overflow-wrap: anywhere;
  }
  table.responsive td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .cell-heading {
    display: none;
  }
  @container (max-width: 40rem) {
    table.responsive thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.responsive,
    table.responsive tbody,
    table.responsive tr,
    table.responsive th,
    table.responsive td {
      display: block;
    }
    table.responsive tr {
      border-bottom: 2px solid var(--_border);
      padding: 0.5rem 0;
    }
    table.responsive th,
    table.responsive td,
    table.responsive td.number {
      border: none;
      text-align: left;
      padding: 0.125rem 0;
    }
    table.responsive th[scope='row'] {
      font-weight: 700;
    }
    table.responsive caption {
      display: block;
    }
    .cell-heading {
      display: inline;
      font-weight: 600;
      margin-right: 0.25em;
    }
    .cell-heading::after {
      content: ':';
    }
  }
  @media (forced-colors: active) {
    .track,
    .scale,
    .range,
    .median {
      fill: CanvasText;
    }
    .bg {
      fill: Canvas;
    }
    .bg.conformant,
    .mark {
      fill: CanvasText;
    }
    .fg {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment,
    .outline {
      stroke: CanvasText;
    }
  }
`;
