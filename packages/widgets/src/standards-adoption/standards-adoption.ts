import { html, nothing } from 'lit';
import { parseDocument, sharedClient, type Assessment, type Period, type Standard } from '@openmaturity/core';
import {
  adoptionOverTime,
  summariseAdoption,
  timelineSignals,
  type AdoptionOverTime,
  type AdoptionSummary,
  type TimelineSignal,
} from '@openmaturity/core/engine';
import { adoptionStages } from '@openmaturity/core/format';
import { cssProperties } from '../internal/css-properties.js';
import { loadFromSources, type Loaded } from '../internal/data-source.js';
import { formatDate, formatNumber, formatPercent } from '../internal/i18n.js';
import { OpenMaturityElement } from '../internal/openmaturity-element.js';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { styles } from './standards-adoption.styles.js';

interface View {
  standards: Standard[];
  period: Period;
  /** Period labels by id, for people. */
  periods: Map<string, string>;
  summary: AdoptionSummary;
  trend: AdoptionOverTime[];
  signals: TimelineSignal[];
}

/**
 * @tagname om-standards-adoption
 * @summary A cohort's adoption of national standards: per standard the share of organisations
 * at each stage, the barriers they report most, the change since the first period, and the
 * mandates whose timelines look at risk. Small cohorts are suppressed.
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
export class OmStandardsAdoption extends OpenMaturityElement<View> {
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    assessments: { attribute: false },
    standards: { attribute: false },
  };
  protected static override readonly sources = ['src', 'asOf', 'assessments', 'standards'];

  /** URL of a published tree (its folder or its catalogue `index.json`): every organisation's assessments and the standards are read from it. */
  declare src: string | undefined;
  /** The date the timelines are judged at, `YYYY-MM-DD`; today by default. */
  declare asOf: string | undefined;
  /** The cohort's assessments, as parsed documents (instead of `src`); several periods show the change. */
  declare assessments: Assessment[] | undefined;
  /** The standards catalogue, as parsed documents. */
  declare standards: Standard[] | undefined;

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    const given = this.assessments !== undefined || this.standards !== undefined;
    return loadFromSources<unknown[], View>(this, {
      properties: given ? [...(this.assessments ?? []), ...(this.standards ?? [])] : undefined,
      src: this.src,
      fetch: (src) => loadTree(src, signal).then(({ documents, stale }) => ({ value: this.view(documents), stale })),
      inline: (documents) => documents,
      read: (documents) =>
        documents.length === 0
          ? undefined
          : this.view(
              documents.map((d, i) =>
                parseDocument(d, { kind: ['Assessment', 'Standard'], source: this.messages().t.documentNumber(i + 1) }),
              ),
            ),
    });
  }

  private view(documents: (Assessment | Standard)[]): View {
    const standards = documents.filter((d): d is Standard => d.kind === 'Standard');
    const assessments = documents.filter((d): d is Assessment => d.kind === 'Assessment');
    const byPeriod = new Map<string, { period: Period; assessments: Assessment[] }>();
    for (const a of assessments) {
      const entry = byPeriod.get(a.period.id) ?? { period: a.period, assessments: [] };
      entry.assessments.push(a);
      byPeriod.set(a.period.id, entry);
    }
    const cohorts = [...byPeriod.values()].sort((a, b) => a.period.start.localeCompare(b.period.start));
    const latest = cohorts.at(-1) ?? { period: { id: '-', start: '1970-01-01', end: '1970-01-01' }, assessments: [] };
    const summary = summariseAdoption(latest.assessments, standards);
    // An `as-of` that is not a date is ignored: the timelines are judged today.
    const asOf = this.asOf ? new Date(`${this.asOf}T00:00:00Z`) : undefined;
    const now = asOf && !Number.isNaN(asOf.getTime()) ? asOf : new Date();
    const periods = new Map(cohorts.map((c) => [c.period.id, c.period.label ?? c.period.id]));
    return {
      standards,
      period: latest.period,
      periods,
      summary,
      trend: adoptionOverTime(cohorts, standards),
      signals: timelineSignals(standards, summary, { now }),
    };
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { standards, period, summary, trend, signals } = state.value;
    const name = (id: string) => standards.find((s) => s.id === id)?.name ?? id;
    const pct = (ratio: number | undefined) => (ratio === undefined ? '–' : formatPercent(ratio, lang));
    const hasTrend = trend.some((x) => x.periods.length > 1);
    const label = (id: string) => state.value.periods.get(id) ?? id;

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
      <p class="cohort">${period.label ?? period.id} · ${t.organisations(summary.cohortSize)}</p>
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
        <!-- The NHS.UK responsive table: at narrow widths each row becomes a card whose cells
             carry their column's name; the roles keep the table's semantics when it is not
             displayed as one. -->
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
              // Of several catalogue versions of one standard, the last listed is shown.
              const standard = standards.filter((x) => x.id === s.standard).at(-1)!;
              const change = trend.find((x) => x.standard === s.standard)?.liveChange;
              const cell = (heading: string, content: unknown, classes = '') =>
                html`<td role="cell" class=${classes}>
                  <span class="label" aria-hidden="true">${heading}</span><span class="value">${content}</span>
                </td>`;
              return html`<tr role="row">
                <th scope="row" role="rowheader" class="name">
                  ${standard.name} ${standard.version}
                  <br /><small>${t.standardStatus[standard.status] ?? standard.status}</small>
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

/** Reads every organisation's assessments and every standard from a published tree, through the shared client. */
async function loadTree(
  src: string,
  signal: AbortSignal,
): Promise<{ documents: (Assessment | Standard)[]; stale: boolean }> {
  const base = new URL('.', new URL(src, document.baseURI)).href;
  const client = sharedClient({ baseUrl: base });
  const catalogue = await client.catalogue({ signal });
  let stale = catalogue.stale;
  const note = <T extends { stale: boolean }>(fetched: T) => {
    stale ||= fetched.stale;
    return fetched;
  };
  const standardIds = catalogue.document.items
    .filter((item) => item.of === 'Standard')
    .map((item) => item.href.split('/')[1]!);
  const standards = await Promise.all(
    standardIds.map(async (id) => note(await client.standard(decodeURIComponent(id), undefined, { signal })).document),
  );
  const organisations = note(await client.organisations({ signal })).document.items.map((item) => item.id);
  const assessments = (
    await Promise.all(
      organisations.map(async (ods) => {
        const index = await client
          .assessments(ods, { signal })
          .catch((error: { code?: string }) => (error.code === 'ERR_NOT_FOUND' ? undefined : Promise.reject(error)));
        if (!index) return [];
        return Promise.all(
          index.document.items.map(async (item) => note(await client.assessment(ods, item.id, { signal })).document),
        );
      }),
    )
  ).flat();
  return { documents: [...standards, ...assessments], stale };
}

const skeleton = html`<span class="bone title"></span
  >${Array.from({ length: 6 }, () => html`<span class="bone row"></span>`)}`;

declare global {
  interface HTMLElementTagNameMap {
    'om-standards-adoption': OmStandardsAdoption;
  }
}
