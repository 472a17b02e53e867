import { html, nothing } from 'lit';
import { score, type DomainScore, type ScoreResult, type Summary, type Trend } from '@openmaturity/core';
import { cssProperties } from '../internal/css-properties.js';
import type { Loaded } from '../internal/data-source.js';
import { elementWords, formatDate, formatNumber, formatPercent } from '../internal/i18n.js';
import type { MaturityData } from '../internal/maturity-data.js';
import { loadMaturity } from '../internal/remote.js';
import { OpenMaturityElement } from '../internal/element.js';
import { figureWords } from '../internal/i18n-figures.js';
import { scorecardWords } from '../internal/i18n-scorecard.js';
import type { Assessment, Benchmark, Framework } from '@openmaturity/core';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { styles } from './scorecard.styles.js';
import type * as TrendModule from './trend.js';

/** Detail of the `om-domain-select` event. */
export interface DomainSelectDetail {
  domain: string;
  name: string;
}

interface View extends MaturityData {
  result: ScoreResult;
  change?: Trend;
}

const words = elementWords({ ...figureWords, ...scorecardWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-scorecard
 * @summary An organisation's digital maturity at a glance: the overall score and level,
 * coverage, a bar per domain with its level, the cohort's median and middle half, the change
 * since last period, and the same figures as a table.
 *
 * @event {DomainSelectDetail} om-domain-select - A domain was chosen (click, Enter or Space). `detail: { domain, name }`.
 *
 * @slot - `<script type="application/json">` elements holding the documents (assessment,
 *   framework, optionally last period's assessment and a benchmark), for pages that cannot set properties.
 *
 * @csspart base - The card.
 * @csspart headline - The overall score, level and coverage.
 * @csspart domain - Each domain's button.
 * @csspart bar - Each domain's bar track.
 * @csspart table - The table of figures.
 *
 * @cssproperty --om-color-brand - The top border and the bars. Default: NHS blue #005EB8.
 * @cssproperty --om-color-text - Text. Default: #212B32.
 * @cssproperty --om-color-text-secondary - Secondary text. Default: #4C6272.
 * @cssproperty --om-color-surface - The card's background. Default: white.
 * @cssproperty --om-color-border - Borders. Default: #D8DDE0.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 * @cssproperty --om-font-family - The font stack. Default: Frutiger W01, Arial, sans-serif.
 */
export class OmScorecard extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    frameworkSrc: { type: String, attribute: 'framework-src' },
    benchmarkSrc: { type: String, attribute: 'benchmark-src' },
    previousSrc: { type: String, attribute: 'previous-src' },
    compact: { type: Boolean, reflect: true },
    assessment: { attribute: false },
    framework: { attribute: false },
    benchmark: { attribute: false },
    previous: { attribute: false },
    previousFramework: { attribute: false },
    showTable: { state: true },
  };
  protected static override readonly sources = [
    'src',
    'frameworkSrc',
    'benchmarkSrc',
    'previousSrc',
    'assessment',
    'framework',
    'benchmark',
    'previous',
    'previousFramework',
  ];

  /** URL of the assessment; its framework is found from its reference, or from `framework-src`. */
  declare src: string | undefined;
  /** URL of the framework, when it is not where the publishing layout puts it. */
  declare frameworkSrc: string | undefined;
  /** URL of a cohort benchmark, to show the median and middle half. */
  declare benchmarkSrc: string | undefined;
  /** URL of last period's assessment, to show the change. */
  declare previousSrc: string | undefined;
  /** A smaller card for sidebars. */
  declare compact: boolean;
  /** The assessment, as a parsed document (instead of `src`). */
  declare assessment: Assessment | undefined;
  /** The framework the assessment answers. */
  declare framework: Framework | undefined;
  /** A benchmark of a cohort, for comparison. */
  declare benchmark: Benchmark | undefined;
  /** Last period's assessment, for the change. */
  declare previous: Assessment | undefined;
  /** Last period's framework, when it was another version. */
  declare previousFramework: Framework | undefined;
  /** Whether the table of figures is shown on screen (it is always there for screen readers). */
  declare private showTable: boolean;

  constructor() {
    super();
    this.compact = false;
    this.showTable = false;
  }

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    const given = {
      assessment: this.assessment,
      framework: this.framework,
      benchmark: this.benchmark,
      previous: this.previous,
      previousFramework: this.previousFramework,
    };
    return loadMaturity(
      this,
      given,
      {
        src: this.src,
        frameworkSrc: this.frameworkSrc,
        benchmarkSrc: this.benchmarkSrc,
        previousSrc: this.previousSrc,
        signal,
      },
      view,
    );
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { result, assessment, benchmark, change, previous } = state.value;
    const n = (value: number | undefined, digits = 0) =>
      value === undefined ? '–' : formatNumber(value, lang, { maximumFractionDigits: digits });
    const answered = (d: Pick<DomainScore, 'coverage'>) =>
      t.answered(d.coverage.answered, d.coverage.total, formatPercent(d.coverage.ratio, lang));
    const levelText = (d: Pick<DomainScore, 'level'>) =>
      d.level ? t.level(d.level.label, n(d.level.value)) : t.noScore;
    const cohort = (domain?: string) =>
      domain === undefined ? benchmark?.overall : benchmark?.domains.find((d) => d.domain === domain);
    const domainOf = new Map(state.value.framework.indicators.map((i) => [i.id, i.domain]));
    // The trust's own voice per domain, in one pass: indicators with barriers, and the latest planned date.
    const voice = new Map<string, { barriers: number; plannedBy?: string }>();
    for (const r of assessment.responses) {
      const domain = domainOf.get(r.indicator);
      if (!domain || (!r.barriers?.length && !r.plannedDate)) continue;
      const entry = voice.get(domain) ?? { barriers: 0 };
      if (r.barriers?.length) entry.barriers++;
      if (r.plannedDate && (!entry.plannedBy || r.plannedDate > entry.plannedBy)) entry.plannedBy = r.plannedDate;
      voice.set(domain, entry);
    }
    const since = previous ? t.since(previous.assessment.period.label ?? previous.assessment.period.id) : '';
    const changeText = (c: Trend['overall'] | undefined) =>
      c && c.direction !== 'unknown'
        ? `${t.direction[c.direction]} ${t.points(n(Math.abs(c.delta ?? 0), 1))} ${since}`
        : '';
    const arrow = (c: Trend['overall'] | undefined) =>
      c?.direction === 'up' ? '▲' : c?.direction === 'down' ? '▼' : c?.direction === 'same' ? '▶' : '';

    return html`<section part="base" aria-labelledby="title">
      ${staleNote(state, t)}
      <h2 id="title">${assessment.organisation.name ?? assessment.organisation.odsCode}</h2>
      <p class="organisation">
        ${result.framework.id === state.value.framework.id ? state.value.framework.name : ''} ·
        ${assessment.period.label ?? assessment.period.id}
      </p>
      <div part="headline" class="headline">
        <span class="figure">${n(result.overall.score)}</span>
        <span class="out-of">${t.outOf100}</span>
        <span class="level">${levelText(result.overall)}</span>
        <span class="coverage">${answered(result.overall)}</span>
        ${
          change && change.overall.direction !== 'unknown'
            ? html`<span class="trend"
                ><span aria-hidden="true">${arrow(change.overall)} </span>${changeText(change.overall)}</span
              >`
            : nothing
        }
      </div>
      <h3 class=${this.compact ? 'visually-hidden' : ''}>${t.domains}</h3>
      <ul class="domains">
        ${result.domains.map((d) => {
          const c = cohort(d.domain);
          const domainChange = change?.domains.find((x) => x.domain === d.domain);
          return html`<li>
            <button part="domain" class="domain" type="button" @click=${() => this.select(d)}>
              <span class="name">${d.name}</span>
              <span part="bar" class="track" aria-hidden="true" ${cssProperties(barStyle(d.score, c))}>
                <span class="fill"></span>
                ${c && !c.suppressed && c.lowerQuartile !== undefined ? html`<span class="band"></span><span class="median"></span>` : nothing}
              </span>
              <span class="figure-small">${n(d.score)}</span>
              <span class="detail"
                >${levelText(d)} ·
                ${answered(d)}${domainChange && domainChange.direction !== 'unknown' ? html` · <span aria-hidden="true">${arrow(domainChange)}</span> ${changeText(domainChange)}` : nothing}${
                  c
                    ? html` ·
                      ${c.suppressed || c.median === undefined ? t.cohortSuppressed : `${t.cohortMedian} ${n(c.median)}`}`
                    : nothing
                }${voice.get(d.domain)?.barriers ? ` · ${t.barriersOn(voice.get(d.domain)!.barriers)}` : ''}${voice.get(d.domain)?.plannedBy ? ` · ${t.plannedBy(formatDate(voice.get(d.domain)!.plannedBy!, lang))}` : ''}</span
              >
            </button>
          </li>`;
        })}
      </ul>
      ${
        benchmark
          ? html`<p class="legend" aria-hidden="true">
              <span><span class="swatch median-key"></span>${t.cohortMedian}</span>
              <span><span class="swatch band-key"></span>${t.cohortQuartiles}</span>
            </p>`
          : nothing
      }
      ${
        this.compact
          ? nothing
          : html`<button
              class="toggle"
              type="button"
              aria-expanded=${String(this.showTable)}
              aria-controls="figures"
              @click=${this.toggleTable}
            >
              ${this.showTable ? t.hideTable : t.showTable}
            </button>`
      }
      <div
        id="figures"
        class="table-wrapper ${this.showTable ? '' : 'visually-hidden'}"
        role=${this.showTable ? 'region' : nothing}
        aria-label=${this.showTable ? t.score : nothing}
        tabindex=${this.showTable ? '0' : nothing}
      >
        ${renderTable(result, t, n, levelText, answered, cohort, change, since)}
      </div>
    </section>`;
  }

  private readonly toggleTable = () => {
    this.showTable = !this.showTable;
  };

  private select(domain: DomainScore): void {
    this.dispatchEvent(
      new CustomEvent<DomainSelectDetail>('om-domain-select', {
        detail: { domain: domain.domain, name: domain.name },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

let trendOf: typeof TrendModule.trend | undefined;

/**
 * The scores, and the change since the previous assessment when one is given: the engine's trend
 * is a module the scorecard imports only then (the first time, later), so that a scorecard
 * without one does not load it.
 */
function view(data: MaturityData): View | Promise<View> {
  const shown = { ...data, result: score(data.framework, data.assessment) };
  const { previous } = data;
  if (!previous) return shown;
  if (trendOf) return { ...shown, change: trendOf(previous, data) };
  return import('./trend.js').then(({ trend }) => {
    trendOf = trend;
    return { ...shown, change: trend(previous, data) };
  });
}

function barStyle(points: number | undefined, cohort: Summary | undefined): Record<`--${string}`, string> {
  const style: Record<`--${string}`, string> = { '--om-value': String(points ?? 0) };
  if (
    cohort &&
    !cohort.suppressed &&
    cohort.lowerQuartile !== undefined &&
    cohort.upperQuartile !== undefined &&
    cohort.median !== undefined
  ) {
    style['--om-from'] = String(cohort.lowerQuartile);
    style['--om-to'] = String(cohort.upperQuartile);
    style['--om-median'] = String(cohort.median);
  }
  return style;
}

function renderTable(
  result: ScoreResult,
  t: Words,
  n: (v: number | undefined, digits?: number) => string,
  levelText: (d: Pick<DomainScore, 'level'>) => string,
  answered: (d: Pick<DomainScore, 'coverage'>) => string,
  cohort: (domain?: string) => Summary | undefined,
  change: Trend | undefined,
  since: string,
) {
  const hasCohort = cohort() !== undefined;
  const row = (
    name: string,
    s: Pick<DomainScore, 'score' | 'level' | 'coverage'>,
    c: Summary | undefined,
    delta: Trend['overall'] | undefined,
    header = false,
  ) =>
    html`<tr>
      <th scope="row">${header ? html`<strong>${name}</strong>` : name}</th>
      <td class="number">${n(s.score, 1)}</td>
      <td>${levelText(s)}</td>
      <td>${answered(s)}</td>
      ${
        hasCohort
          ? html`<td class="number">
                ${c?.suppressed || c?.median === undefined ? t.cohortSuppressed : n(c.median, 1)}
              </td>
              <td class="number">
                ${c?.suppressed || c?.lowerQuartile === undefined ? '–' : `${n(c.lowerQuartile, 1)}–${n(c.upperQuartile, 1)}`}
              </td>`
          : nothing
      }
      ${change ? html`<td>${delta && delta.direction !== 'unknown' ? `${t.direction[delta.direction]} ${n(Math.abs(delta.delta ?? 0), 1)}` : t.direction.unknown}</td>` : nothing}
    </tr>`;
  return html`<table part="table">
    <caption>
      ${t.score} (${t.outOf100})
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.domain}</th>
        <th scope="col">${t.score}</th>
        <th scope="col">${t.levelHeading}</th>
        <th scope="col">${t.answeredHeading}</th>
        ${
          hasCohort
            ? html`<th scope="col">${t.cohortMedian}</th>
                <th scope="col">${t.cohortQuartiles}</th>`
            : nothing
        }
        ${change ? html`<th scope="col">${t.change} ${since}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${result.domains.map((d) =>
        row(
          d.name,
          d,
          cohort(d.domain),
          change?.domains.find((x) => x.domain === d.domain),
        ),
      )}
    </tbody>
    <tfoot>
      ${row(t.score, result.overall, cohort(), change?.overall, true)}
    </tfoot>
  </table>`;
}

const skeleton = html`<span class="bone title"></span
  ><span class="bone figure"></span>${Array.from({ length: 7 }, () => html`<span class="bone row"></span>`)}`;

declare global {
  interface HTMLElementTagNameMap {
    'om-scorecard': OmScorecard;
  }
  interface HTMLElementEventMap {
    'om-domain-select': CustomEvent<DomainSelectDetail>;
  }
}
