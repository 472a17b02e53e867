import { html, nothing } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { type ConformanceStatement, type ConformanceStatus, type Organisation } from '@openmaturity/core';
import { statusDisplays } from '@openmaturity/core/conformance';
import {
  cohortOf,
  conformanceStatuses,
  publishedWording,
  UNKNOWN_COHORT,
  type CohortField,
} from '@openmaturity/core/engine';
import { loadFromSources } from '../internal/data-source.js';
import { elementWords, formatNumber } from '../internal/i18n.js';
import { OpenMaturityElement } from '../internal/element.js';
import { chartWords } from '../internal/i18n-charts.js';
import { staleNote } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { styles } from './statement-list.styles.js';
import { conformanceStatementKind, organisationKind, parseAs } from '@openmaturity/core/format';

/** One organisation's row: what the filters look at, computed once. */
interface Row {
  name: string;
  code: string;
  status: ConformanceStatus;
  wording: string;
  cohort: { id: string; label: string };
  /** Lower-case name and code, for the search. */
  haystack: string;
}

interface View {
  rows: Row[];
  /** The cohorts met, in order of their labels, for the cohort filter. */
  cohorts: { id: string; label: string }[];
}

const GROUPINGS: readonly CohortField[] = ['all', 'region', 'icb', 'type', 'sector'];

const words = elementWords({ ...chartWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-statement-list
 * @summary A searchable, filterable list of organisations and their conformance status, that
 * stays fast with tens of thousands of rows: only the rows in view are in the page.
 *
 * Filter by name or ODS code, by status, and by cohort (region, ICB, type or sector). Set
 * `cohort` from `<om-conformance-summary>`'s `om-cohort-select` event to show the organisations
 * of the cohort a reader chose.
 *
 * @slot - `<script type="application/json">` elements holding conformance statements and
 *   organisations (documents or arrays of them), for pages that cannot set properties.
 *
 * @csspart base - The card.
 * @csspart filters - The search and the filters.
 * @csspart list - The scrolling list.
 * @csspart row - Each organisation's row.
 *
 * @cssproperty --om-list-height - The height of the scrolling list. Default: 28rem.
 * @cssproperty --om-color-brand - The top border. Default: NHS blue #005EB8.
 * @cssproperty --om-font-family - The font stack.
 */
export class OmStatementList extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    by: { type: String, reflect: true },
    cohort: { type: String, reflect: true },
    statements: { attribute: false },
    organisations: { attribute: false },
    query: { state: true },
    status: { state: true },
  };
  protected static override readonly sources = ['by', 'statements', 'organisations'];

  /** The cohorts of the cohort filter: `region` (default), `icb`, `type`, `sector` or `all`. */
  declare by: CohortField;
  /** The id of the cohort shown (`Y56`); all when empty. */
  declare cohort: string | undefined;
  /** Conformance statements (documents): one row per organisation, its latest statement. */
  declare statements: unknown[] | undefined;
  /** Organisation documents: their names, types, regions and ICBs. */
  declare organisations: unknown[] | undefined;
  declare private query: string;
  declare private status: string;

  constructor() {
    super();
    this.by = 'region';
    this.query = '';
    this.status = '';
  }

  protected override load() {
    const given = this.statements !== undefined || this.organisations !== undefined;
    return loadFromSources<unknown[], View>(this, {
      properties: given ? [...(this.statements ?? []), ...(this.organisations ?? [])] : undefined,
      inline: (documents) => documents,
      read: (documents) => (documents.length === 0 ? undefined : this.view(documents)),
    });
  }

  private view(documents: unknown[]): View {
    const parsed = documents.map((d, i) =>
      parseAs(d, [conformanceStatementKind, organisationKind], { source: `document ${i + 1}` }),
    );
    const organisations = new Map<string, Organisation>();
    for (const d of parsed) if (d.kind === 'Organisation' && d.odsCode) organisations.set(d.odsCode, d);
    const by = GROUPINGS.includes(this.by) ? this.by : 'region';
    // One row per organisation: its latest statement.
    const latest = new Map<string, ConformanceStatement>();
    for (const d of parsed) {
      if (d.kind !== 'ConformanceStatement') continue;
      const key = d.subject.odsCode ?? d.subject.name;
      const held = latest.get(key);
      if (!held || d.issued > held.issued) latest.set(key, d);
    }
    const cohorts = new Map<string, { id: string; label: string }>();
    const rows: Row[] = [];
    for (const statement of latest.values()) {
      const code = statement.subject.odsCode ?? '';
      const organisation = organisations.get(code);
      const cohort = cohortOf(organisation ? { statement, organisation } : { statement }, by) ?? UNKNOWN_COHORT;
      cohorts.set(cohort.id, cohort);
      const name = organisation?.displayName ?? organisation?.name ?? statement.subject.name;
      rows.push({
        name,
        code,
        status: statement.status,
        wording: publishedWording(statement),
        cohort,
        haystack: `${name} ${code}`.toLocaleLowerCase(),
      });
    }
    rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    return { rows, cohorts: [...cohorts.values()].sort((a, b) => a.label.localeCompare(b.label, 'en-GB')) };
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const l = t.list;
    const { rows, cohorts } = state.value;
    const query = this.query.trim().toLocaleLowerCase();
    const shown = rows.filter(
      (r) =>
        (!this.cohort || r.cohort.id === this.cohort) &&
        (!this.status || r.status === this.status) &&
        (!query || r.haystack.includes(query)),
    );
    const n = (v: number) => formatNumber(v, lang);
    return html`<section part="base" aria-labelledby="title">
      ${staleNote(state, t)}
      <h2 id="title">${l.title}</h2>
      <div part="filters" class="filters">
        <div class="field">
          <label for="search">${l.search}</label>
          <input id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
        </div>
        <div class="field">
          <label for="status">${t.status}</label>
          <select id="status" @change=${this.onStatus}>
            <option value="" ?selected=${!this.status}>${l.allStatuses}</option>
            ${conformanceStatuses.map(
              (s) => html`<option value=${s} ?selected=${this.status === s}>${statusDisplays[s].label[lang]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="cohort">${capitalised(t.charts.groupings[this.by] ?? t.charts.cohort)}</label>
          <select id="cohort" @change=${this.onCohort}>
            <option value="" ?selected=${!this.cohort}>${l.allCohorts}</option>
            ${cohorts.map((c) => html`<option value=${c.id} ?selected=${this.cohort === c.id}>${c.label}</option>`)}
          </select>
        </div>
      </div>
      <p class="shown" role="status" aria-live="polite">${l.showing(n(shown.length), n(rows.length))}</p>
      ${
        shown.length === 0
          ? html`<p class="none">${l.none}</p>`
          : html`<div part="list" class="list" role="list" aria-label=${l.title} tabindex="0">
              ${virtualize({
                items: shown,
                scroller: true,
                keyFunction: (r: Row | undefined) => (r ? `${r.code}|${r.name}` : ''),
                // The virtualizer may ask for an index past a list that a filter just shortened.
                renderItem: (r: Row | undefined, i: number) =>
                  r === undefined
                    ? html``
                    : html`<div
                        part="row"
                        class="row"
                        role="listitem"
                        aria-setsize=${shown.length}
                        aria-posinset=${i + 1}
                      >
                        <span class="name"
                          >${r.name}${r.code ? html` <span class="code">(${r.code})</span>` : nothing}</span
                        >
                        <span class="cohort">${r.cohort.label}</span>
                        <span class="status ${statusDisplays[r.status].tone}"
                          ><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                            <path d=${statusDisplays[r.status].icon.path}></path></svg
                          >${statusDisplays[r.status].label[lang]}${
                            r.wording !== r.status ? html` <span class="wording">· ${r.wording}</span>` : nothing
                          }</span
                        >
                      </div>`,
              })}
            </div>`
      }
    </section>`;
  }

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private readonly onStatus = (event: Event) => {
    this.status = (event.target as HTMLSelectElement).value;
  };

  private readonly onCohort = (event: Event) => {
    this.cohort = (event.target as HTMLSelectElement).value || undefined;
  };
}

/** A grouping's name as a label: "sector" as "Sector". */
const capitalised = (words: string) => words.charAt(0).toLocaleUpperCase() + words.slice(1);

const skeleton = html`<span class="bone title"></span><span class="bone list"></span>`;
