import { html, nothing } from 'lit';
import { score, type ScoreResult, type Summary } from '@openmaturity/core';
import { type DisplayLanguage } from '@openmaturity/core/conformance';
import { quarterOf } from '@openmaturity/core/engine';
import type { Loaded } from '../internal/data-source.js';
import { elementWords, formatNumber } from '../internal/i18n.js';
import type { MaturityData } from '../internal/maturity-data.js';
import { loadMaturity } from '../internal/remote.js';
import { OpenMaturityElement } from '../internal/element.js';
import { figureWords } from '../internal/i18n-figures.js';
import { chartWords } from '../internal/i18n-charts.js';
import type { Assessment, Benchmark, Framework } from '@openmaturity/core';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { chartStyles, distributionPlot } from '../internal/charts.js';
import { styles } from './benchmark-chart.styles.js';

interface View extends MaturityData {
  result: ScoreResult;
}

/** One row of the chart: the overall score or a domain's, and the cohort's figures for it. */
interface Row {
  key: string;
  name: string;
  score: number | undefined;
  cohort: Summary | undefined;
}

const words = elementWords({ ...figureWords, ...chartWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-benchmark-chart
 * @summary One organisation's scores, overall and per domain, against its cohort's
 * distribution: the range, the middle half and the median, with the organisation's place in
 * words ("in the highest quarter of the cohort") and the same figures as a table.
 *
 * Scores come from the engine's `score()`, the cohort from a Benchmark document (as
 * `openmaturity benchmark --json` or `publish` write it). A suppressed cohort shows no figures.
 *
 * @slot - `<script type="application/json">` elements holding the assessment, its framework
 *   and the benchmark, for pages that cannot set properties.
 *
 * @csspart base - The card.
 * @csspart row - Each domain's row.
 * @csspart plot - Each distribution plot.
 * @csspart table - The table of figures.
 *
 * @cssproperty --om-color-brand - The top border, the box's edge and the organisation's mark. Default: NHS blue #005EB8.
 * @cssproperty --om-color-band - The middle half. Default: #AECFEF.
 * @cssproperty --om-color-track - The scale. Default: #E8EDEE.
 * @cssproperty --om-font-family - The font stack.
 */
export class OmBenchmarkChart extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, chartStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    frameworkSrc: { type: String, attribute: 'framework-src' },
    benchmarkSrc: { type: String, attribute: 'benchmark-src' },
    assessment: { attribute: false },
    framework: { attribute: false },
    benchmark: { attribute: false },
    showTable: { state: true },
  };
  protected static override readonly sources = [
    'src',
    'frameworkSrc',
    'benchmarkSrc',
    'assessment',
    'framework',
    'benchmark',
  ];

  /** URL of the assessment; its framework is found from its reference, or from `framework-src`. */
  declare src: string | undefined;
  /** URL of the framework, when it is not where the publishing layout puts it. */
  declare frameworkSrc: string | undefined;
  /** URL of the cohort's Benchmark document. */
  declare benchmarkSrc: string | undefined;
  /** The assessment, as a parsed document (instead of `src`). */
  declare assessment: Assessment | undefined;
  /** The framework the assessment answers. */
  declare framework: Framework | undefined;
  /** The cohort's Benchmark document. */
  declare benchmark: Benchmark | undefined;
  declare private showTable: boolean;

  constructor() {
    super();
    this.showTable = false;
  }

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    const given = { assessment: this.assessment, framework: this.framework, benchmark: this.benchmark };
    return loadMaturity(
      this,
      given,
      { src: this.src, frameworkSrc: this.frameworkSrc, benchmarkSrc: this.benchmarkSrc, signal },
      view,
    );
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { result, assessment, framework, benchmark } = state.value;
    const c = t.charts;
    const rows: Row[] = [
      { key: 'overall', name: c.overallScore, score: result.overall.score, cohort: benchmark?.overall },
      ...result.domains.map((d) => ({
        key: d.domain,
        name: d.name,
        score: d.score,
        cohort: benchmark?.domains.find((x) => x.domain === d.domain),
      })),
    ];
    return html`<section part="base" aria-labelledby="title">
      ${staleNote(state, t)}
      <h2 id="title">${assessment.organisation.name ?? assessment.organisation.odsCode}</h2>
      <p class="meta">
        ${framework.name} · ${assessment.period.label ?? assessment.period.id}
        ${benchmark ? html` · ${c.against(benchmark.cohort.label)}` : nothing}
      </p>
      ${
        benchmark
          ? html`<ul class="legend" aria-hidden="true">
              <li><span class="key mark-key"></span>${c.thisOrganisation}</li>
              <li><span class="key box-key"></span>${t.cohortQuartiles}</li>
              <li><span class="key median-key"></span>${t.cohortMedian}</li>
              <li><span class="key range-key"></span>${c.range}</li>
            </ul>`
          : html`<p class="note">${c.noBenchmark}</p>`
      }
      <ul class="rows">
        ${rows.map(
          (row) =>
            html`<li part="row" class="row ${row.key === 'overall' ? 'overall' : ''}">
              <span class="name">${row.name}</span>
              <div class="picture" role="img" aria-labelledby="words-${safe(row.key)}">
                ${distributionPlot(usable(row.cohort), row.score)}
              </div>
              <p id="words-${safe(row.key)}" class="words">${rowWords(row, lang, t)}</p>
            </li>`,
        )}
      </ul>
      <button
        class="link toggle"
        type="button"
        aria-expanded=${String(this.showTable)}
        aria-controls="figures"
        @click=${this.toggleTable}
      >
        ${this.showTable ? t.hideTable : t.showTable}
      </button>
      <div id="figures" class=${this.showTable ? '' : 'visually-hidden'}>${renderTable(rows, lang, t)}</div>
    </section>`;
  }

  private readonly toggleTable = () => {
    this.showTable = !this.showTable;
  };
}

function view(data: MaturityData): View {
  return { ...data, result: score(data.framework, data.assessment) };
}

/** A cohort summary with figures to draw; none when suppressed. */
const usable = (cohort: Summary | undefined) => (cohort && !cohort.suppressed ? cohort : undefined);

const safe = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '_');

/** "Overall: Score 62, in the highest quarter of the cohort. Cohort median 55, middle half 40 to 70, ..." */
function rowWords(row: Row, lang: DisplayLanguage, t: Words): string {
  const c = t.charts;
  const n = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, lang, { maximumFractionDigits: 1 }));
  const parts = [row.score === undefined ? t.noScore : c.scoreWords(n(row.score))];
  const cohort = row.cohort;
  if (cohort) {
    const quarter = row.score === undefined ? undefined : quarterOf(row.score, cohort);
    if (quarter !== undefined) parts[0] += `, ${c.quarters[quarter]}`;
    parts.push(
      cohort.suppressed || cohort.median === undefined
        ? t.cohortSuppressed
        : c.distributionWords(
            n(cohort.median),
            n(cohort.lowerQuartile),
            n(cohort.upperQuartile),
            n(cohort.min),
            n(cohort.max),
            t.organisations(cohort.count),
          ),
    );
  }
  return `${row.name}: ${parts.join('. ')}.`;
}

const cell = (heading: string, value: string) =>
  html`<td class="number"><span class="cell-heading" aria-hidden="true">${heading}</span>${value}</td>`;

function renderTable(rows: readonly Row[], lang: DisplayLanguage, t: Words) {
  const c = t.charts;
  const n = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, lang, { maximumFractionDigits: 1 }));
  const headings = [t.score, t.cohortMedian, c.lowerQuartile, c.upperQuartile, c.lowest, c.highest, c.count];
  return html`<table part="table" class="responsive">
    <caption>
      ${t.score}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.domain}</th>
        ${headings.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const k = usable(row.cohort);
        const values = [
          n(row.score),
          n(k?.median),
          n(k?.lowerQuartile),
          n(k?.upperQuartile),
          n(k?.min),
          n(k?.max),
          row.cohort ? formatNumber(row.cohort.count, lang) : '–',
        ];
        return html`<tr>
          <th scope="row">${row.name}</th>
          ${values.map((v, i) => cell(headings[i]!, v))}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

const skeleton = html`<span class="bone title"></span><span class="bone bar"></span><span class="bone bar"></span
  ><span class="bone bar"></span>`;
