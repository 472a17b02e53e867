import { html, nothing, type PropertyValues } from 'lit';
import { prioritise, type PriorityItem, type Response, type Tier } from '@openmaturity/core';
import { type DisplayLanguage } from '@openmaturity/core/conformance';
import { formatAnswer } from '../internal/answers.js';
import type { Loaded } from '../internal/data-source.js';
import { elementWords, formatDate, formatNumber } from '../internal/i18n.js';
import type { MaturityData } from '../internal/maturity-data.js';
import { loadMaturity } from '../internal/remote.js';
import { OpenMaturityElement } from '../internal/element.js';
import { figureWords } from '../internal/i18n-figures.js';
import { checklistWords } from '../internal/i18n-checklist.js';
import { responseWords } from '../internal/i18n-responses.js';
import type { Assessment, Framework } from '@openmaturity/core';
import { staleNote } from '../internal/states.js';
import { loadTicks, saveTicks } from '../internal/ticks.js';
import { cardStyles } from '../internal/card.styles.js';
import { styles } from './priority-checklist.styles.js';

/** Detail of the `om-tick-change` event. */
export interface TickChangeDetail {
  indicator: string;
  done: boolean;
  /** Every indicator ticked for this organisation and framework version. */
  ticked: string[];
}

interface View extends MaturityData {
  items: PriorityItem[];
  storageKey: string;
}

const TIERS: Tier[] = ['foundation', 'core', 'advanced'];

const words = elementWords({ ...figureWords, ...checklistWords, ...responseWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-priority-checklist
 * @summary The next steps for an organisation, in the order to take them: never a step before
 * what it depends on, foundations first, then the largest expected gain. Each step says why it
 * stands where it does and what blocks it.
 *
 * @event {TickChangeDetail} om-tick-change - A step was ticked or unticked. `detail: { indicator, done, ticked }`.
 *   Ticks are kept in this browser's localStorage only; nothing leaves the page.
 *
 * @slot - `<script type="application/json">` elements holding the assessment and its framework.
 *
 * @csspart base - The card.
 * @csspart filters - The domain and tier filters.
 * @csspart item - Each step.
 * @csspart tier - Each step's tier tag.
 * @csspart more - The "show more" button.
 *
 * @cssproperty --om-color-brand - The top border and the tick boxes. Default: NHS blue #005EB8.
 * @cssproperty --om-color-positive-bg - Background of the foundation tag.
 * @cssproperty --om-color-core-bg - Background of the core tag.
 * @cssproperty --om-color-advanced-bg - Background of the advanced tag.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 * @cssproperty --om-font-family - The font stack.
 */
export class OmPriorityChecklist extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    frameworkSrc: { type: String, attribute: 'framework-src' },
    limit: { type: Number },
    domain: { type: String },
    tier: { type: String },
    assessment: { attribute: false },
    framework: { attribute: false },
    shown: { state: true },
    ticked: { state: true },
  };
  protected static override readonly sources = ['src', 'frameworkSrc', 'assessment', 'framework'];

  /** URL of the assessment; its framework is found from its reference, or from `framework-src`. */
  declare src: string | undefined;
  declare frameworkSrc: string | undefined;
  /** How many steps to show at first, and how many more each "show more" adds. Default 10. */
  declare limit: number;
  /** Show only the steps of this domain (the filter's starting value). */
  declare domain: string;
  /** Show only the steps of this tier (the filter's starting value). */
  declare tier: string;
  /** The assessment, as a parsed document (instead of `src`). */
  declare assessment: Assessment | undefined;
  /** The framework the assessment answers. */
  declare framework: Framework | undefined;
  /** How many steps are shown; 0 until "show more" is used. */
  declare private shown: number;
  /** The steps ticked in this browser, for the organisation and framework version shown. */
  declare private ticked: ReadonlySet<string>;
  private ticksKey?: string;

  constructor() {
    super();
    this.limit = 10;
    this.domain = '';
    this.tier = '';
    this.shown = 0;
    this.ticked = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.sourcesChanged(changed)) this.shown = 0;
    super.willUpdate(changed);
    // Ticks belong to an organisation and framework version: read them when those change.
    const state = this.data.state;
    if (state.status === 'ready' && state.value.storageKey !== this.ticksKey) {
      this.ticksKey = state.value.storageKey;
      this.ticked = loadTicks(this.ticksKey, new Set(state.value.framework.indicators.map((i) => i.id)));
    }
  }

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    const given = { assessment: this.assessment, framework: this.framework };
    return loadMaturity(this, given, { src: this.src, frameworkSrc: this.frameworkSrc, signal }, view);
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, skeleton);
    if (pending || state.status !== 'ready') return html`<div part="base">${pending}</div>`;
    const { items, framework } = state.value;
    const visible = items.filter(
      (i) => (!this.domain || i.domain === this.domain) && (!this.tier || i.tier === this.tier),
    );
    const step = Math.max(1, this.limit || 10);
    const count = Math.min(visible.length, this.shown || step);
    const domains = new Map(framework.domains.map((d) => [d.id, d.name]));
    const indicators = new Map(framework.indicators.map((i) => [i.id, i]));
    const n = (v: number) => formatNumber(v, lang);
    const responses = new Map(state.value.assessment.responses.map((r) => [r.indicator, r]));

    // The filters: ?selected sets the first render, when .value comes before the options. The
    // change handler sets the filter from the select, so .value (checked against what was last
    // set) keeps the select true after the user has used it, without Lit's live(); nor do the
    // steps need the keyed repeat(): nothing reorders a step under focus. The two were 1.3 kB
    // gzip of the page. (Comments here, not in the template, which ships as written.)
    return html`<section part="base" aria-labelledby="title">
      ${staleNote(state, t)}
      <h2 id="title">${t.nextSteps}</h2>
      ${
        items.length === 0
          ? html`<p class="empty">${t.nothingToDo}</p>`
          : html`
              <fieldset part="filters" class="filters">
                <legend>${t.filters}</legend>
                <div>
                  <label for="domain">${t.domain}</label>
                  <select
                    id="domain"
                    .value=${this.domain}
                    @change=${(e: Event) => this.filter('domain', (e.target as HTMLSelectElement).value)}
                  >
                    <option value="" ?selected=${!this.domain}>${t.allDomains}</option>
                    ${framework.domains.map((d) => html`<option value=${d.id} ?selected=${this.domain === d.id}>${d.name}</option>`)}
                  </select>
                </div>
                <div>
                  <label for="tier">${t.tier}</label>
                  <select
                    id="tier"
                    .value=${this.tier}
                    @change=${(e: Event) => this.filter('tier', (e.target as HTMLSelectElement).value)}
                  >
                    <option value="" ?selected=${!this.tier}>${t.allTiers}</option>
                    ${TIERS.map((tier) => html`<option value=${tier} ?selected=${this.tier === tier}>${t.tiers[tier]}</option>`)}
                  </select>
                </div>
              </fieldset>
              <p class="summary" role="status">${t.showing(count, visible.length)}</p>
              <ol class="items">
                ${visible.slice(0, count).map((item) => {
                  const done = this.ticked.has(item.indicator);
                  const indicator = indicators.get(item.indicator)!;
                  return html`<li
                    part="item"
                    class="item ${done ? 'done' : ''}"
                    id=${`item-${item.indicator}`}
                    tabindex="-1"
                  >
                    <div class="tick">
                      <input
                        type="checkbox"
                        id=${`tick-${item.indicator}`}
                        .checked=${done}
                        aria-label=${t.markDone(item.name)}
                        @change=${(e: Event) => this.tick(item.indicator, (e.target as HTMLInputElement).checked)}
                      />
                    </div>
                    <div>
                      <h3><span class="rank">${t.step(item.rank)}.</span> ${item.name}</h3>
                      <p class="meta">
                        <strong part="tier" class="tag ${item.tier}">${t.tiers[item.tier]}</strong>
                        ·
                        ${domains.get(item.domain) ?? item.domain}${done ? html` · <strong class="tag done">${t.done}</strong>` : nothing}
                      </p>
                      ${
                        item.ready
                          ? html`<p class="ready">${t.canStart}</p>`
                          : html`<p class="blocked">
                              ${t.blockedBy}
                              ${item.blockedBy.map(
                                (b, i) =>
                                  html`${i > 0 ? ', ' : ''}<a
                                      href=${`#item-${b.indicator}`}
                                      @click=${(e: Event) => this.goTo(e, b.indicator)}
                                      >${b.name}</a
                                    >`,
                              )}
                            </p>`
                      }
                      <p class="values">
                        ${t.current}: ${formatAnswer(framework, indicator, item.current, t, lang)} · ${t.target}:
                        ${formatAnswer(framework, indicator, item.target, t, lang)}
                      </p>
                      ${renderLocalVoice(responses.get(item.indicator), t, lang)}
                      <p class="reason">${this.reasonWords(item, t, n)}</p>
                    </div>
                  </li>`;
                })}
              </ol>
              ${
                count < visible.length
                  ? html`<button part="more" class="more" type="button" @click=${() => this.showUpTo(count + step)}>
                      ${t.showMore(Math.min(step, visible.length - count))}
                    </button>`
                  : nothing
              }
              <p class="note">${t.ticksNote}</p>
            `
      }
    </section>`;
  }

  private showUpTo(count: number): void {
    this.shown = count;
  }

  private filter(name: 'domain' | 'tier', value: string): void {
    this[name] = value;
    this.showUpTo(0);
  }

  private tick(indicator: string, done: boolean): void {
    const state = this.data.state;
    if (state.status !== 'ready') return;
    const ticked = new Set(this.ticked);
    if (done) ticked.add(indicator);
    else ticked.delete(indicator);
    this.ticked = ticked;
    saveTicks(state.value.storageKey, ticked);
    this.dispatchEvent(
      new CustomEvent<TickChangeDetail>('om-tick-change', {
        detail: { indicator, done, ticked: [...ticked] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /**
   * The engine's own reasons in words, every factor of the gain included: the sentence is built
   * from `item.reasons`, so it cannot say less than the engine weighed. Readiness and the tier
   * are shown above the reason, so they are not repeated here.
   */
  private reasonWords(item: PriorityItem, t: Words, n: (value: number) => string): string {
    return item.reasons
      .map((reason) => {
        switch (reason.code) {
          case 'unblocks':
            return t.comesEarly(t.tiers[reason.tier]);
          case 'gain':
            return t.expectedGain(
              n(reason.gain),
              n(reason.gap),
              n(reason.weight),
              item.localFactor !== 1 ? n(item.localFactor) : undefined,
            );
          case 'local-priority':
            return t.localPriority(reason.reasons.join('; '));
          default:
            return '';
        }
      })
      .filter(Boolean)
      .join('. ');
  }

  /** Follows a "blocked by" link: shows the step it names (clearing filters if they hide it) and focuses it. */
  private async goTo(event: Event, indicator: string): Promise<void> {
    event.preventDefault();
    const state = this.data.state;
    if (state.status !== 'ready') return;
    const matches = (i: PriorityItem) =>
      (!this.domain || i.domain === this.domain) && (!this.tier || i.tier === this.tier);
    let visible = state.value.items.filter(matches);
    if (!visible.some((i) => i.indicator === indicator)) {
      this.domain = '';
      this.tier = '';
      visible = state.value.items;
    }
    const index = visible.findIndex((i) => i.indicator === indicator);
    if (index < 0) return;
    this.showUpTo(Math.max(this.shown || this.limit || 10, index + 1));
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="item-${CSS.escape(indicator)}"]`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }
}

/** The trust's own barriers and planned date for a step, in its own words. */
function renderLocalVoice(response: Response | undefined, t: Words, lang: DisplayLanguage) {
  if (!response?.barriers?.length && !response?.plannedDate) return nothing;
  return html`<p class="local-voice">
    ${
      response.barriers?.length
        ? html`<strong>${t.barriersLabel}:</strong>
            ${response.barriers.map((b, i) => html`${i > 0 ? '; ' : ''}${t.barrierNames[b.code] ?? b.code}${b.note ? html` (${b.note})` : nothing}`)}`
        : nothing
    }
    ${response.barriers?.length && response.plannedDate ? ' · ' : nothing}${response.plannedDate ? t.planned(formatDate(response.plannedDate, lang)) : nothing}
  </p>`;
}

function view(data: MaturityData): View {
  const { assessment, framework } = data;
  return {
    ...data,
    items: prioritise(framework, assessment),
    storageKey: `openmaturity:ticks:${assessment.organisation.odsCode}:${framework.id}@${framework.version}`,
  };
}

const skeleton = html`<span class="bone title"></span
  >${Array.from({ length: 5 }, () => html`<span class="bone row"></span>`)}`;

declare global {
  interface HTMLElementTagNameMap {
    'om-priority-checklist': OmPriorityChecklist;
  }
  interface HTMLElementEventMap {
    'om-tick-change': CustomEvent<TickChangeDetail>;
  }
}
