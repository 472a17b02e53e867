import { html, nothing } from 'lit';
import type { Assessment, Standard, StandardsAdoptionSummary } from '@openmaturity/core';
import { isWrongKindError, sharedReader } from '@openmaturity/core/client';
import type { TimelineSignal } from '@openmaturity/core/engine';
import {
  adoptionStages,
  assessmentKind,
  parseAs,
  standardKind,
  standardsAdoptionSummaryKind,
} from '@openmaturity/core/format';
import { cssProperties } from '../internal/css-properties.js';
import { computing, loadFromSources, type Loaded } from '../internal/data-source.js';
import { elementWords, formatDate, formatNumber, formatPercent } from '../internal/i18n.js';
import { adoptionWords } from '../internal/i18n-adoption.js';
import { figureWords } from '../internal/i18n-figures.js';
import { responseWords } from '../internal/i18n-responses.js';
import { OpenMaturityElement } from '../internal/element.js';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { styles } from './standards-adoption.styles.js';
import type * as FiguresModule from './figures.js';

interface View {
  summary: StandardsAdoptionSummary;
  /** The timelines at risk: the summary's own, or judged again at the element's `as-of`. */
  signals: readonly Pick<TimelineSignal, 'standard' | 'kind' | 'mandatedFrom' | 'liveShare' | 'responding'>[];
}

type Figures = typeof FiguresModule;
let figures: Figures | undefined;
let loadingFigures: Promise<Figures> | undefined;

/**
 * `use` of the engine's figures (./figures.js): at once when their module is loaded, else once it
 * is, the first time an element of the page computes figures.
 */
const withFigures = <T>(use: (loaded: Figures) => T): T | Promise<T> =>
  figures ? use(figures) : (loadingFigures ??= import('./figures.js').then((m) => (figures = m))).then(use);

const words = elementWords({ ...figureWords, ...responseWords, ...adoptionWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-standards-adoption
 * @summary A cohort's adoption of national standards: per standard the share of organisations
 * at each stage, the barriers they report most, the change since the first period, and the
 * mandates whose timelines look at risk. Small cohorts are suppressed.
 *
 * Figures come from the engine (`summariseAdoption`, `adoptionOverTime`, `timelineSignals`):
 * give it the URL of a published `StandardsAdoptionSummary` (`openmaturity publish` writes one
 * beside the assessments, at `adoption/<period>.json`), or the assessments and the standards.
 *
 * @slot - `<script type="application/json">` elements holding the assessments and the standards (documents or arrays of them).
 *
 * @csspart base - The card.
 * @csspart signals - The list of timelines at risk.
 * @csspart table - The table of standards.
 *
 * @cssproperty --om-color-brand - The top border, and the "implementing" share. Default: NHS blue #005EB8.
 * @cssproperty --om-color-positive-text - The "live" share.
 * @cssproperty --om-color-planning - The "planning" share. Default: #768692.
 * @cssproperty --om-color-text - Text. Default: #212B32.
 * @cssproperty --om-font-family - The font stack.
 */
export class OmStandardsAdoption extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    assessments: { attribute: false },
    standards: { attribute: false },
    summary: { attribute: false },
  };
  protected static override readonly sources = ['src', 'asOf', 'assessments', 'standards', 'summary'];

  /**
   * URL of a published `StandardsAdoptionSummary`: read in one request, and shown as it is.
   * For pages written before there was one, also the URL of a published tree (its folder or
   * its catalogue `index.json`): its latest adoption summary when it lists one, else every
   * organisation's assessments and the standards, through the full client (loaded only then).
   */
  declare src: string | undefined;
  /**
   * The date the timelines are judged at, `YYYY-MM-DD`: by default a published summary's own,
   * and today for assessments given as properties.
   */
  declare asOf: string | undefined;
  /** The cohort's assessments, as parsed documents (instead of `src`); several periods show the change. */
  declare assessments: Assessment[] | undefined;
  /** The standards catalogue, as parsed documents. */
  declare standards: Standard[] | undefined;
  /** A `StandardsAdoptionSummary` document, as `adoptionSummaryDocument` makes it (instead of `src`). */
  declare summary: StandardsAdoptionSummary | undefined;

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    if (this.summary !== undefined) {
      const summary = parseAs(this.summary, [standardsAdoptionSummaryKind], { source: 'summary' });
      const view = this.view(summary);
      if (!(view instanceof Promise)) return { value: view, stale: false };
      return computing(
        this,
        view.then((value) => ({ value, stale: false })),
      );
    }
    const given = this.assessments !== undefined || this.standards !== undefined;
    return loadFromSources<unknown[], View>(this, {
      properties: given ? [...(this.assessments ?? []), ...(this.standards ?? [])] : undefined,
      src: this.src,
      fetch: (src) =>
        this.fetchSummary(src, signal).then(async ({ summary, stale }) => ({ value: await this.view(summary), stale })),
      inline: (documents) => documents,
      read: (documents) => {
        const parsed = documents.map((d, i) =>
          parseAs(d, [assessmentKind, standardKind], { source: this.messages().t.documentNumber(i + 1) }),
        );
        const assessments = parsed.filter((d): d is Assessment => d.kind === 'Assessment');
        if (assessments.length === 0) return undefined;
        const standards = parsed.filter((d): d is Standard => d.kind === 'Standard');
        // Figures made here are judged at the element's as-of, else today, as a page of today's data expects.
        const asOf = this.judgedAt() ?? new Date().toISOString().slice(0, 10);
        return withFigures(({ adoptionSummaryDocument }) => {
          const summary = adoptionSummaryDocument(assessments, standards, { asOf });
          return { summary, signals: summary.signals };
        });
      },
    });
  }

  /** A valid `as-of` date, or undefined: an `as-of` that is not a date is ignored. */
  private judgedAt(): string | undefined {
    const asOf = this.asOf;
    return asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))
      ? asOf
      : undefined;
  }

  /**
   * The summary's figures, with its timelines judged at the element's `as-of` when that differs
   * from its own (later, the first time: the engine's module loads then).
   */
  private view(summary: StandardsAdoptionSummary): View | Promise<View> {
    const asOf = this.judgedAt();
    if (asOf === undefined || asOf === summary.asOf) return { summary, signals: summary.signals };
    const standards = summary.standards.map((s) => ({ ...s.standard }));
    const adoption = {
      cohortSize: summary.organisations,
      suppressed: summary.suppressed,
      standards: summary.standards.map((s) => ({ ...s, standard: s.standard.id })),
    };
    const now = new Date(`${asOf}T00:00:00Z`);
    return withFigures(({ timelineSignals }) => ({ summary, signals: timelineSignals(standards, adoption, { now }) }));
  }

  /**
   * Reads a published summary by its URL through the page's shared reader, which carries this
   * kind's schema and no other. A tree's folder or index is read by the full client, whose
   * module loads only then.
   */
  private async fetchSummary(
    src: string,
    signal: AbortSignal,
  ): Promise<{ summary: StandardsAdoptionSummary; stale: boolean }> {
    const url = new URL(src, document.baseURI);
    if (!url.pathname.endsWith('/')) {
      try {
        const { document: summary, stale } = await sharedReader([standardsAdoptionSummaryKind]).get(url.href, {
          kind: 'StandardsAdoptionSummary',
          signal,
        });
        return { summary, stale };
      } catch (error) {
        if (!(isWrongKindError(error) && error.found.startsWith('Index'))) throw error;
      }
    }
    const { loadTree } = await import('./from-tree.js');
    return loadTree(url.href, signal, this.judgedAt());
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { summary, signals } = state.value;
    const period = summary.period;
    const name = (id: string) => summary.standards.find((s) => s.standard.id === id)?.standard.name ?? id;
    const pct = (ratio: number | undefined) => (ratio === undefined ? '–' : formatPercent(ratio, lang));
    const hasTrend = summary.periods.length > 1;
    const label = (id: string) => summary.periods.find((p) => p.id === id)?.label ?? id;

    // The table is the NHS.UK responsive table: at narrow widths each row becomes a card whose
    // cells carry their column's name; the roles keep the table's semantics when it is not
    // displayed as one. (Said here: an HTML comment in the template would ship to every page.)
    const headings = [
      t.standard,
      t.mandatedFrom,
      ...adoptionStages.map((stage) => t.stages[stage]),
      t.responding,
      ...(hasTrend ? [t.liveChange] : []),
      t.mostReported,
    ];
    return html`<section part="base" aria-labelledby="title">
      ${staleNote(state, t)}
      <h2 id="title">${t.adoptionTitle}</h2>
      <p class="cohort">${period.label ?? period.id} · ${t.organisations(summary.organisations)}</p>
      <h3>${t.signalsTitle}</h3>
      ${
        signals.length === 0
          ? html`<p>${t.noSignals}</p>`
          : html`<ul part="signals" class="signals">
              ${signals.map((s) => {
                const date = formatDate(s.mandatedFrom, lang);
                const text =
                  s.kind === 'mandated-while-draft'
                    ? t.signals[s.kind](name(s.standard), date)
                    : t.signals[s.kind](name(s.standard), date, pct(s.liveShare), t.organisations(s.responding));
                return html`<li><span class="signal-tag">${t.signalsTitle}:</span> ${text}</li>`;
              })}
            </ul>`
      }
      <div class="table-wrapper" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table" role="table">
          <caption id="caption">
            ${t.adoptionTitle}, ${period.label ?? period.id}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${headings.map((h) => html`<th scope="col" role="columnheader">${h}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${summary.standards.map((s) => {
              const standard = s.standard;
              const change = s.liveChange;
              const cell = (heading: string, content: unknown, classes = '') =>
                html`<td role="cell" class=${classes}>
                  <span class="label" aria-hidden="true">${heading}</span><span class="value">${content}</span>
                </td>`;
              return html`<tr role="row">
                <th scope="row" role="rowheader" class="name">
                  ${standard.name}
                  <br /><small
                    >${t.standardStatus[standard.status] ?? standard.status}${
                      standard.version
                        ? html` · <span class="version">${t.standardVersion(standard.version)}</span>`
                        : nothing
                    }</small
                  >
                  ${
                    s.shares
                      ? html`<span class="stack" aria-hidden="true"
                          >${adoptionStages
                            .slice()
                            .reverse()
                            .map(
                              (stage) =>
                                html`<span
                                  class=${stage}
                                  ${cssProperties({ '--om-share': String(s.shares![stage]) })}
                                ></span>`,
                            )}</span
                        >`
                      : nothing
                  }
                </th>
                ${cell(t.mandatedFrom, standard.mandatedFrom ? formatDate(standard.mandatedFrom, lang) : '–')}
                ${
                  s.suppressed
                    ? html`<td role="cell" colspan="4" class="suppressed">
                        ${s.responding === 0 ? t.noResponses : t.tooFew(s.responding)}
                      </td>`
                    : adoptionStages.map((stage) => cell(t.stages[stage]!, pct(s.shares?.[stage]), 'number'))
                }
                ${cell(t.responding, formatNumber(s.responding, lang), 'number')}
                ${
                  hasTrend
                    ? cell(
                        t.liveChange,
                        change === undefined
                          ? '–'
                          : `${t.pointsChange(formatNumber(change.points, lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }))} ${t.since(label(change.from))}`,
                        'change',
                      )
                    : nothing
                }
                ${cell(
                  t.mostReported,
                  s.barriers?.length
                    ? s.barriers
                        .slice(0, 3)
                        .map(
                          (b, i) => html`${i > 0 ? ', ' : ''}${t.barrierNames[b.code] ?? b.code} (${b.organisations})`,
                        )
                    : '–',
                  'barriers',
                )}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

const skeleton = html`<span class="bone title"></span
  >${Array.from({ length: 6 }, () => html`<span class="bone row"></span>`)}`;

declare global {
  interface HTMLElementTagNameMap {
    'om-standards-adoption': OmStandardsAdoption;
  }
}
