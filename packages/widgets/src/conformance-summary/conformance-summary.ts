import { html, nothing, type TemplateResult } from 'lit';
import {
  compareSnapshots,
  summariseStatements,
  type ConformanceStatement,
  type ConformanceSummary,
  type ConformanceStatus,
  type Organisation,
  type SnapshotChange,
  type StatementSummary,
} from '@openmaturity/core';
import { statusDisplays, type DisplayLanguage } from '@openmaturity/core/conformance';
import {
  conformanceStatuses,
  type CohortChange,
  type CohortConformance,
  type CohortField,
} from '@openmaturity/core/engine';
import { loadFromSources } from '../internal/data-source.js';
import { elementWords, formatDate, formatNumber, formatPercent } from '../internal/i18n.js';
import { OpenMaturityElement } from '../internal/element.js';
import { figureWords } from '../internal/i18n-figures.js';
import { chartWords } from '../internal/i18n-charts.js';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { chartStyles, stackedBar, statusPatterns, swatch, type BarSegment } from '../internal/charts.js';
import { styles } from './conformance-summary.styles.js';
import { conformanceStatementKind, conformanceSummaryKind, organisationKind, parseAs } from '@openmaturity/core/format';
import { sharedReader } from '@openmaturity/core/client';

/** Detail of the `om-cohort-select` event. */
export interface CohortSelectDetail {
  /** The grouping (`region`, `icb`, `type`, `sector`, `all`). */
  by: string;
  /** The cohort chosen; `undefined` when the choice was cleared. */
  cohort: { id: string; label: string } | undefined;
}

interface View {
  summary: StatementSummary;
  change?: SnapshotChange;
}

/** The documents set as properties, or those inline (in which statements and organisations mix). */
interface Given {
  statements?: readonly unknown[];
  previous?: readonly unknown[];
  organisations?: readonly unknown[];
  documents?: readonly unknown[];
}

const GROUPINGS: readonly CohortField[] = ['all', 'region', 'icb', 'type', 'sector'];

const words = elementWords({ ...figureWords, ...chartWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-conformance-summary
 * @summary A cohort's conformance to one standard: a stacked bar of statuses per region, ICB,
 * type or sector, with counts and shares in words, the change since an earlier snapshot, and
 * the same figures as a table. Choosing a cohort tells the page, so that it can filter a list.
 *
 * Figures come from the engine (`summariseStatements`, `compareSnapshots`): give it the URL of
 * a published `ConformanceSummary` document (`openmaturity publish` writes them beside the
 * statements, at `summaries/<standard>/<grouping>/<date>.json`), the statements (and optionally
 * an earlier snapshot's and the organisations), or a summary the engine or
 * `openmaturity summarise --json` made. Small cohorts are suppressed, as benchmarks are.
 *
 * @event {CohortSelectDetail} om-cohort-select - A cohort was chosen, or the choice cleared. `detail: { by, cohort }`.
 *
 * @slot - `<script type="application/json">` elements holding conformance statements and
 *   organisations (documents or arrays of them), for pages that cannot set properties.
 *
 * @csspart base - The card.
 * @csspart cohort - Each cohort's block.
 * @csspart bar - Each stacked bar.
 * @csspart select - Each cohort's button that selects it.
 * @csspart table - The table of figures.
 *
 * @cssproperty --om-color-conformant - The conformant share (solid). Default: NHS green #007F3B.
 * @cssproperty --om-color-partially-conformant - The partially conformant share (striped). Default: NHS warm yellow #FFB81C.
 * @cssproperty --om-color-not-conformant - The not conformant share (cross-hatched). Default: NHS red #D5281B.
 * @cssproperty --om-color-in-progress - The in-progress share (dotted). Default: NHS blue #005EB8.
 * @cssproperty --om-color-withdrawn - The withdrawn share (lined). Default: #AEB7BD.
 * @cssproperty --om-color-track - The empty part of a bar. Default: #E8EDEE.
 * @cssproperty --om-color-brand - The top border. Default: NHS blue #005EB8.
 * @cssproperty --om-font-family - The font stack.
 */
export class OmConformanceSummary extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, chartStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    by: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    standard: { type: String },
    selected: { type: String, reflect: true },
    statements: { attribute: false },
    previous: { attribute: false },
    organisations: { attribute: false },
    summary: { attribute: false },
    change: { attribute: false },
    showTable: { state: true },
  };
  protected static override readonly sources = [
    'src',
    'by',
    'asOf',
    'standard',
    'statements',
    'previous',
    'organisations',
    'summary',
    'change',
  ];

  /**
   * URL of a published `ConformanceSummary` document: its grouping, figures and change are
   * shown as they are, in one request. Properties, when given, come first.
   */
  declare src: string | undefined;
  /** How to group: `region` (default), `icb`, `type`, `sector` or `all`. */
  declare by: CohortField;
  /** The day the statements are read as of, `YYYY-MM-DD`: by default the snapshot's own day, never today. */
  declare asOf: string | undefined;
  /** The standard summarised (its id), when the statements are of several. */
  declare standard: string | undefined;
  /** The id of the cohort chosen, if any. */
  declare selected: string | undefined;
  /** The latest snapshot's conformance statements (documents). */
  declare statements: ConformanceStatement[] | undefined;
  /** An earlier snapshot's statements, to show the change. */
  declare previous: ConformanceStatement[] | undefined;
  /** Organisation documents: what each organisation is (type, region, ICB, successor). */
  declare organisations: Organisation[] | undefined;
  /** A summary made by `summariseStatements`, or a `ConformanceSummary` document (instead of statements). */
  declare summary: StatementSummary | ConformanceSummary | undefined;
  /** A change made by `compareSnapshots`, shown with `summary`. */
  declare change: SnapshotChange | undefined;
  declare private showTable: boolean;

  constructor() {
    super();
    this.by = 'region';
    this.showTable = false;
  }

  protected override load(signal: AbortSignal) {
    const { summary, statements, previous, organisations } = this;
    const set = [summary, statements, previous, organisations].some((v) => v !== undefined);
    return loadFromSources<Given, View>(this, {
      properties: set ? { statements, previous, organisations } : undefined,
      src: this.src,
      fetch: (src) =>
        sharedReader([conformanceSummaryKind])
          .get(new URL(src, document.baseURI).href, { kind: 'ConformanceSummary', signal })
          .then(({ document, stale }) => ({ value: { summary: document, change: document.change }, stale })),
      inline: (documents) => (documents.length === 0 ? undefined : { documents }),
      read: (given) => this.view(given),
    });
  }

  private view(given: Given): View {
    // A ConformanceSummary document given as the summary carries its own change.
    if (this.summary !== undefined)
      return { summary: this.summary, change: this.change ?? (this.summary as ConformanceSummary).change };
    const parse = (list: readonly unknown[] | undefined, what: string) =>
      (list ?? []).map((d, i) =>
        parseAs(d, [conformanceStatementKind, organisationKind], { source: `${what} ${i + 1}` }),
      );
    const inline = given.documents !== undefined;
    const latest = inline ? parse(given.documents, 'document') : parse(given.statements, 'statement');
    const earlier = inline ? [] : parse(given.previous, 'earlier statement');
    const organisations = [
      ...(inline ? latest : parse(given.organisations, 'organisation')).filter(
        (d): d is Organisation => d.kind === 'Organisation',
      ),
    ];
    const statementsOf = (list: typeof latest) =>
      list.filter((d): d is ConformanceStatement => d.kind === 'ConformanceStatement');
    const by = GROUPINGS.includes(this.by) ? this.by : 'region';
    const options = { by, organisations, standard: this.standard };
    const summary = summariseStatements(statementsOf(latest), { ...options, asOf: this.asOf });
    const change =
      earlier.length > 0
        ? compareSnapshots(statementsOf(earlier), statementsOf(latest), {
            ...options,
            asOf: { to: this.asOf },
          })
        : undefined;
    return { summary, change };
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { summary, change } = state.value;
    const c = t.charts;
    const by = c.groupings[summary.by] ?? summary.by;
    const changes = new Map(change?.cohorts.map((x) => [x.cohort.id, x]));
    const blocks = [summary.overall, ...(summary.cohorts.length > 1 || summary.by !== 'all' ? summary.cohorts : [])];

    return html`<section part="base" aria-labelledby="title">
      ${statusPatterns()} ${staleNote(state, t)}
      <h2 id="title">${c.conformanceBy(summary.standard.name ?? summary.standard.id)}</h2>
      <p class="meta">${c.asOf(formatDate(summary.asOf, lang), by)}</p>
      <ul class="legend" aria-hidden="true">
        ${conformanceStatuses.map((s) => html`<li>${swatch(s)} ${statusDisplays[s].label[lang]}</li>`)}
      </ul>
      <ol class="cohorts">
        ${blocks.map((cohort, i) =>
          this.renderCohort(cohort, i === 0 ? c.overall : cohort.cohort.label, i === 0, lang, t, {
            change: i === 0 ? change?.overall : changes.get(cohort.cohort.id),
            since: change ? formatDate(change.from.asOf, lang) : undefined,
          }),
        )}
      </ol>
      ${change && change.unmatched.length > 0 ? renderUnmatched(change, lang, t) : nothing}
      <button
        class="link toggle"
        type="button"
        aria-expanded=${String(this.showTable)}
        aria-controls="figures"
        @click=${this.toggleTable}
      >
        ${this.showTable ? t.hideTable : t.showTable}
      </button>
      <div id="figures" class=${this.showTable ? '' : 'visually-hidden'}>
        ${renderTable(summary, blocks, lang, t)} ${change ? renderChangeTable(change, lang, t) : nothing}
      </div>
    </section>`;
  }

  private renderCohort(
    cohort: CohortConformance,
    label: string,
    overall: boolean,
    lang: DisplayLanguage,
    t: Words,
    moves: { change?: CohortChange; since?: string },
  ): TemplateResult {
    const c = t.charts;
    const id = `cohort-${cohortKey(cohort, overall)}`;
    const organisations = t.organisations(cohort.organisations);
    if (cohort.suppressed || !cohort.statuses)
      return html`<li part="cohort" class="cohort suppressed">
        <h3>${label}</h3>
        <p>${c.suppressed(cohort.organisations)}</p>
      </li>`;
    const words = statusWords(cohort.statuses, lang, t);
    const published = (cohort.wordings ?? []).filter((w) => w.wording !== w.status);
    const selected = !overall && this.selected === cohort.cohort.id;
    const change = moves.change;
    return html`<li part="cohort" class="cohort ${selected ? 'selected' : ''}">
      <h3>${label} <span class="count">(${organisations})</span></h3>
      <div class="picture" role="img" aria-labelledby="${id}-words">${stackedBar(segments(cohort.statuses))}</div>
      <p id="${id}-words" class="words">${c.cohortWords(label, organisations, words)}</p>
      ${
        published.length
          ? html`<p class="published">
              ${c.publishedAs}:
              ${published
                .map((w) => c.statusWords(w.wording, formatNumber(w.count, lang), formatPercent(w.share, lang)))
                .join(' · ')}
            </p>`
          : nothing
      }
      ${cohort.expired ? html`<p class="published">${c.expired(formatNumber(cohort.expired, lang))}</p>` : nothing}
      ${change && !change.suppressed && change.moves ? renderMoves(change, moves.since!, id, lang, t) : nothing}
      ${
        overall
          ? nothing
          : html`<button
              part="select"
              class="link select"
              type="button"
              aria-pressed=${String(selected)}
              @click=${() => this.choose(selected ? undefined : cohort.cohort)}
            >
              ${c.showOrganisations(label)}
            </button>`
      }
    </li>`;
  }

  private readonly toggleTable = () => {
    this.showTable = !this.showTable;
  };

  private choose(cohort: { id: string; label: string } | undefined): void {
    this.selected = cohort?.id;
    const by = this.data.state.status === 'ready' ? this.data.state.value.summary.by : this.by;
    this.dispatchEvent(
      new CustomEvent<CohortSelectDetail>('om-cohort-select', {
        detail: { by, cohort: cohort && { id: cohort.id, label: cohort.label } },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

/** A stable, id-safe key of a cohort within the element. */
const cohortKey = (cohort: CohortConformance, overall: boolean) =>
  overall ? 'overall' : cohort.cohort.id.replace(/[^A-Za-z0-9_-]/g, '_');

const segments = (statuses: readonly { status: ConformanceStatus; share: number }[]): BarSegment[] =>
  statuses.map(({ status, share }) => ({ status, share }));

/** "Conformant 138 (65%), Partially conformant 57 (27%)", zeros left out. */
function statusWords(
  statuses: readonly { status: ConformanceStatus; count: number; share: number }[],
  lang: DisplayLanguage,
  t: Words,
): string {
  return statuses
    .filter((s) => s.count > 0)
    .map((s) =>
      t.charts.statusWords(
        statusDisplays[s.status].label[lang],
        formatNumber(s.count, lang),
        formatPercent(s.share, lang),
      ),
    )
    .join(', ');
}

/** The statuses of the matched organisations then and now, as two bars, and the moves in words. */
function renderMoves(change: CohortChange, since: string, id: string, lang: DisplayLanguage, t: Words) {
  const c = t.charts;
  const total = change.organisations;
  const tally = (side: 'from' | 'to') =>
    conformanceStatuses.map((status) => {
      const count = (change.moves ?? []).filter((m) => m[side] === status).reduce((sum, m) => sum + m.count, 0);
      return { status, count, share: total > 0 ? count / total : 0 };
    });
  const then = tally('from');
  const now = tally('to');
  const n = (v: number | undefined) => formatNumber(v ?? 0, lang);
  return html`<div class="change">
    <h4>${c.changeSince(since)}</h4>
    <p class="words">${c.changeWords(n(change.improved), n(change.worsened), n(change.unchanged), n(change.other))}</p>
    <div class="pair">
      <span class="side" aria-hidden="true">${c.then}</span>
      <div class="picture" role="img" aria-labelledby="${id}-then">${stackedBar(segments(then))}</div>
      <span class="side" aria-hidden="true">${c.now}</span>
      <div class="picture" role="img" aria-labelledby="${id}-now">${stackedBar(segments(now))}</div>
    </div>
    <p id="${id}-then" class="visually-hidden">${c.then}: ${statusWords(then, lang, t)}</p>
    <p id="${id}-now" class="visually-hidden">${c.now}: ${statusWords(now, lang, t)}</p>
  </div>`;
}

function renderUnmatched(change: SnapshotChange, lang: DisplayLanguage, t: Words) {
  const c = t.charts;
  return html`<details class="unmatched">
    <summary>${c.unmatched(change.unmatched.length)}</summary>
    <ul>
      ${change.unmatched.map(
        (u) =>
          html`<li>
            ${u.name} (${u.id}): ${u.reason === 'not-in-later' ? c.notInLater : c.notInEarlier}
            ${u.successors?.length ? html` → ${u.successors.join(' → ')}` : nothing} ·
            ${statusDisplays[u.status].label[lang]}
          </li>`,
      )}
    </ul>
  </details>`;
}

/** The NHS.UK responsive table: each cell carries its heading, shown when rows stack at narrow widths. */
const cell = (heading: string, value: unknown, number = false) =>
  html`<td class=${number ? 'number' : ''}>
    <span class="cell-heading" aria-hidden="true">${heading}</span>${value}
  </td>`;

function renderTable(summary: StatementSummary, blocks: readonly CohortConformance[], lang: DisplayLanguage, t: Words) {
  const c = t.charts;
  const labels = conformanceStatuses.map((s) => statusDisplays[s].label[lang]);
  return html`<table part="table" class="responsive">
    <caption>
      ${c.conformanceBy(summary.standard.name ?? summary.standard.id)} · ${formatDate(summary.asOf, lang)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${c.cohort}</th>
        <th scope="col">${c.organisationsHeading}</th>
        ${labels.map((l) => html`<th scope="col">${l}</th>`)}
        <th scope="col">${c.expiredHeading}</th>
      </tr>
    </thead>
    <tbody>
      ${blocks.map(
        (cohort, i) =>
          html`<tr>
            <th scope="row">${i === 0 ? c.overall : cohort.cohort.label}</th>
            ${cell(c.organisationsHeading, formatNumber(cohort.organisations, lang), true)}
            ${
              cohort.suppressed || !cohort.statuses
                ? html`<td colspan=${labels.length + 1}>${c.suppressed(cohort.organisations)}</td>`
                : html`${cohort.statuses.map((s, j) =>
                    cell(labels[j]!, `${formatNumber(s.count, lang)} (${formatPercent(s.share, lang)})`, true),
                  )}
                  ${cell(c.expiredHeading, formatNumber(cohort.expired ?? 0, lang), true)}`
            }
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderChangeTable(change: SnapshotChange, lang: DisplayLanguage, t: Words) {
  const c = t.charts;
  const rows = [change.overall, ...change.cohorts];
  const n = (v: number | undefined) => formatNumber(v ?? 0, lang);
  return html`<table part="table" class="responsive">
    <caption>
      ${c.changeSince(formatDate(change.from.asOf, lang))}
    </caption>
    <thead>
      <tr>
        <th scope="col">${c.cohort}</th>
        <th scope="col">${c.organisationsHeading}</th>
        <th scope="col">${c.improved}</th>
        <th scope="col">${c.worsened}</th>
        <th scope="col">${c.unchanged}</th>
        <th scope="col">${c.other}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row, i) =>
          html`<tr>
            <th scope="row">${i === 0 ? c.overall : row.cohort.label}</th>
            ${cell(c.organisationsHeading, n(row.organisations), true)}
            ${
              row.suppressed
                ? html`<td colspan="4">${c.suppressed(row.organisations)}</td>`
                : html`${cell(c.improved, n(row.improved), true)} ${cell(c.worsened, n(row.worsened), true)}
                  ${cell(c.unchanged, n(row.unchanged), true)} ${cell(c.other, n(row.other), true)}`
            }
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const skeleton = html`<span class="bone title"></span><span class="bone bar"></span><span class="bone bar"></span
  ><span class="bone bar"></span>`;
