import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  newAssessment,
  validateAssessment,
  type Assessment,
  type DocumentIssue,
  type Framework,
  type Indicator,
  type Response,
  type Standard,
} from '@openmaturity/core';
import { type DisplayLanguage } from '@openmaturity/core/conformance';
import { barrierCodes, periodFromId } from '@openmaturity/core/format';
import type { Loaded } from '../internal/data-source.js';
import { editorMessagesFor, editorWordsReady, type EditorMessages } from '../internal/i18n-editor.js';
import { OpenMaturityElement } from '../internal/element.js';
import { elementWords } from '../internal/i18n.js';
import { responseWords } from '../internal/i18n-responses.js';
import { describeError } from '../internal/states.js';
import { cardStyles } from '../internal/card.styles.js';
import { draftKey, readDraft, removeDraft, writeDraft } from './draft-store.js';
import { styles } from './assessment-editor.styles.js';
import '../scorecard/define.js';
import { assessmentKind, documentIssuesAs, frameworkKind, parseAs } from '@openmaturity/core/format';
import { sharedReader } from '@openmaturity/core/client';

/** Detail of the `om-assessment-change` event. */
export interface AssessmentChangeDetail {
  /** The assessment as it stands (unanswered indicators as `null`). */
  assessment: Assessment;
  /** What `validateAssessment` (and the format's own checks) say about it; empty when it is valid. */
  issues: DocumentIssue[];
}

interface View {
  framework: Framework;
  /** The assessment to continue, when one was given. */
  given?: Assessment;
}

/** Where a problem is shown: the field's id, and the domain (by index) whose page holds it. */
interface Place {
  field: string;
  domain?: number;
  label: string;
}

/** The shared words and the editor's own. */
type Messages = Words & { editor: EditorMessages };

const absolute = (url: string) => new URL(url, document.baseURI).href;
const HTTP_URL = /^https?:\/\//i;
const lines = (text: string) =>
  text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

const words = elementWords({ ...responseWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-assessment-editor
 * @summary Any framework as an accessible form: one domain at a time, validated live with the
 * format's own checks, kept as a draft in this browser, downloaded as a valid Assessment file.
 * A preview of the scores is drawn by `<om-scorecard>` itself.
 *
 * @event om-assessment-change - After each change. `detail: { assessment, issues }`.
 *
 * @csspart base - The editor.
 * @csspart error-summary - The list of problems at the top.
 * @csspart task-list - The domains, with their status.
 * @csspart indicator - Each indicator's fieldset.
 * @csspart preview - The score preview.
 * @csspart actions - The download and open buttons.
 *
 * @cssproperty --om-color-brand - Buttons and the top border. Default: NHS blue #005EB8.
 * @cssproperty --om-color-error - Problems. Default: NHS red #D5281B.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 * @cssproperty --om-color-text - Text and input borders. Default: #212B32.
 * @cssproperty --om-color-text-secondary - Hints. Default: #4C6272.
 * @cssproperty --om-color-link - Links and link-like buttons. Default: #005EB8.
 * @cssproperty --om-color-surface - The background. Default: white.
 * @cssproperty --om-color-border - Borders. Default: #D8DDE0.
 * @cssproperty --om-font-family - The font stack. Default: Frutiger W01, Arial, sans-serif.
 */
export class OmAssessmentEditor extends OpenMaturityElement<View, Words> {
  protected readonly words = words;
  static override styles = [OpenMaturityElement.styles, cardStyles, styles];
  static override properties = {
    frameworkSrc: { type: String, attribute: 'framework-src' },
    framework: { attribute: false },
    src: { type: String },
    assessment: { attribute: false, noAccessor: true },
    standards: { attribute: false },
    organisation: { type: String },
    period: { type: String },
    domainIndex: { state: true },
    notice: { state: true },
    restored: { state: true },
    openError: { state: true },
  };
  protected static override readonly sources = [
    'frameworkSrc',
    'framework',
    'src',
    'assessment',
    'organisation',
    'period',
  ];

  /** URL of the framework to answer. */
  declare frameworkSrc: string | undefined;
  /** The framework to answer, as a document (instead of `framework-src`). */
  declare framework: unknown;
  /** URL of an assessment to continue. */
  declare src: string | undefined;
  /** The standards catalogue, to show each related standard's name and status. */
  declare standards: readonly Standard[] | undefined;
  /** The ODS code of the organisation, for a new assessment. */
  declare organisation: string | undefined;
  /** The period's id, such as `2024-25`, for a new assessment. */
  declare period: string | undefined;
  /** The domain shown (its index), or undefined for the overview. */
  declare private domainIndex: number | undefined;
  declare private notice: string | undefined;
  declare private restored: boolean;
  declare private openError: string | undefined;

  private given: unknown;
  private current: Assessment | undefined;
  private base: Assessment | undefined;
  private initialisedFrom: View | undefined;
  private issues: DocumentIssue[] = [];
  /** Where each response is in `current.responses`, by indicator id. */
  private responseAt = new Map<string, number>();
  /** A field to focus after the next render. */
  private focusAfterRender: string | undefined;

  constructor() {
    super();
    this.restored = false;
  }

  /**
   * The assessment as it stands: every indicator of the framework, unanswered ones as `null`.
   * Set it to continue an existing assessment.
   */
  get assessment(): Assessment | undefined {
    return this.current;
  }
  set assessment(value: unknown) {
    const old = this.given;
    this.given = value;
    this.requestUpdate('assessment', old);
  }

  protected override wordsReady(lang: DisplayLanguage): Promise<unknown> | undefined {
    const pending = [super.wordsReady(lang), editorWordsReady(lang)].filter((p) => p !== undefined);
    return pending.length > 0 ? Promise.all(pending) : undefined;
  }

  private editorWords(): { lang: DisplayLanguage; t: Messages } {
    const { lang, t } = this.messages();
    return { lang, t: { ...t, editor: editorMessagesFor(lang) } };
  }

  /** The problems the format's checks find in the assessment as it stands. */
  get validationIssues(): readonly DocumentIssue[] {
    return this.issues;
  }

  protected override load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined> {
    if (this.framework !== undefined) {
      const framework = parseAs(this.framework, frameworkKind, { source: 'framework' });
      if (this.given !== undefined)
        return {
          value: { framework, given: parseAs(this.given, assessmentKind, { source: 'assessment' }) },
          stale: false,
        };
      if (!this.src) return { value: { framework }, stale: false };
    }
    if (this.framework === undefined && !this.frameworkSrc) return undefined;
    const client = sharedReader([frameworkKind, assessmentKind]);
    return Promise.all([
      this.framework !== undefined
        ? { document: parseAs(this.framework, frameworkKind, { source: 'framework' }), stale: false }
        : client.get(absolute(this.frameworkSrc!), { kind: 'Framework', signal }),
      this.given !== undefined
        ? { document: parseAs(this.given, assessmentKind, { source: 'assessment' }), stale: false }
        : this.src
          ? client.get(absolute(this.src), { kind: 'Assessment', signal })
          : undefined,
    ]).then(([framework, given]) => ({
      value: { framework: framework.document as Framework, given: given?.document as Assessment | undefined },
      stale: framework.stale || given?.stale === true,
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.data.state;
    if (state.status === 'ready' && state.value !== this.initialisedFrom) this.start(state.value);
  }

  /** Starts from what was given (or a new assessment), then from this browser's draft if there is one. */
  private start(view: View) {
    this.initialisedFrom = view;
    const { framework } = view;
    const period = this.period ? (periodFromId(this.period) ?? { id: this.period, start: '', end: '' }) : undefined;
    const fresh = newAssessment(framework, {
      odsCode: this.organisation ?? '',
      period: period ?? { id: '', start: '', end: '' },
    });
    this.base = view.given ? complete(view.given, framework) : fresh;
    const draft = readDraft(draftKey(this.base));
    this.restored = draft !== undefined && JSON.stringify(draft) !== JSON.stringify(this.base);
    this.notice = undefined;
    this.domainIndex = undefined;
    this.set(draft && this.restored ? complete(draft, framework) : structuredClone(this.base), false);
  }

  /** Takes a new state of the assessment: validates it, keeps the draft, tells the page. */
  private set(assessment: Assessment, changed = true) {
    this.current = assessment;
    this.responseAt = new Map(assessment.responses.map((r, i) => [r.indicator, i]));
    const framework = this.frameworkDoc;
    const shape = documentIssuesAs(assessment, assessmentKind);
    this.issues = shape.length > 0 || !framework ? shape : validateAssessment(assessment, framework);
    if (changed) writeDraft(draftKey(assessment), assessment);
    this.dispatchEvent(
      new CustomEvent<AssessmentChangeDetail>('om-assessment-change', {
        detail: { assessment, issues: this.issues },
        bubbles: true,
        composed: true,
      }),
    );
    this.requestUpdate();
  }

  /** Changes a copy of the assessment (a new object, so that the preview sees a new document). */
  private edit(change: (draft: Assessment) => void) {
    if (!this.current) return;
    const next = { ...this.current, responses: [...this.current.responses] };
    change(next);
    this.set(next);
  }

  private editResponse(indicator: string, change: (response: Response) => void) {
    this.edit((draft) => {
      const at = this.responseAt.get(indicator);
      if (at === undefined) return;
      const response = { ...draft.responses[at]! };
      change(response);
      draft.responses[at] = response;
    });
  }

  private get frameworkDoc(): Framework | undefined {
    const state = this.data.state;
    return state.status === 'ready' ? state.value.framework : undefined;
  }

  /** Goes back to the assessment as given (or new), forgetting this browser's draft. */
  private discardDraft() {
    if (!this.current || !this.base) return;
    removeDraft(draftKey(this.current));
    removeDraft(draftKey(this.base));
    this.restored = false;
    this.notice = this.editorWords().t.editor.draftDiscarded;
    this.set(structuredClone(this.base), false);
    this.focusAfterRender = 'notice';
  }

  /** Opens an assessment file (the "Open" button's file, or any Blob). */
  async openFile(file: Blob & { name?: string }): Promise<void> {
    const { t } = this.editorWords();
    const framework = this.frameworkDoc;
    if (!framework) return;
    try {
      const assessment = parseAs(JSON.parse(await file.text()), assessmentKind, { source: file.name });
      const fit = validateAssessment(assessment, framework).filter((i) => i.code === 'framework_mismatch');
      if (fit.length > 0) throw Object.assign(new Error(fit[0]!.message), { issues: fit });
      this.openError = undefined;
      this.notice = t.editor.opened(file.name ?? '');
      this.restored = false;
      this.domainIndex = undefined;
      this.set(complete(assessment, framework));
      this.focusAfterRender = 'notice';
    } catch (error) {
      const e = error as { code?: string; message?: string };
      this.openError = e.code ? describeError(error, t) : (e.message ?? String(error));
      this.focusAfterRender = 'open-error';
    }
  }

  /** Saves the assessment as `<ods>-<period>.json`, made in the page: nothing is sent anywhere. */
  download(): void {
    if (!this.current) return;
    const blob = new Blob([`${JSON.stringify(this.current, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** The name the download takes. */
  get fileName(): string {
    const a = this.current;
    return `${a?.organisation.odsCode || 'assessment'}-${a?.period.id || 'draft'}.json`;
  }

  private showDomain(index: number | undefined, focus: string) {
    this.domainIndex = index;
    this.notice = undefined;
    this.focusAfterRender = focus;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusAfterRender}`);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ----- where problems are shown -----

  private placeOf(issue: DocumentIssue, framework: Framework, t: Messages): Place {
    const [first, index, field] = issue.path;
    if (first === 'responses' && typeof index === 'number') {
      const response = this.current?.responses[index];
      const i = framework.indicators.findIndex((x) => x.id === response?.indicator);
      if (i >= 0) {
        const indicator = framework.indicators[i]!;
        const domain = framework.domains.findIndex((d) => d.id === indicator.domain);
        const fieldId =
          field === 'value' || field === 'indicator'
            ? this.answerFieldId(indicator, i)
            : field === 'evidence'
              ? `evidence-${i}`
              : field === 'comment'
                ? `comment-${i}`
                : field === 'confidence'
                  ? `confidence-${i}`
                  : field === 'plannedDate'
                    ? `planned-${i}`
                    : field === 'barriers'
                      ? `barriers-${i}-0`
                      : this.answerFieldId(indicator, i);
        return { field: fieldId, domain, label: indicator.name };
      }
    }
    if (first === 'organisation') return { field: 'organisation', label: t.editor.organisationLabel };
    if (first === 'period') return { field: 'period', label: t.editor.periodLabel };
    if (first === 'localPriorities' && typeof index === 'number') {
      const part = field === 'weight' ? 'weight' : field === 'reason' ? 'reason' : 'target';
      return { field: `priority-${index}-${part}`, label: t.editor.priorityHeading(index + 1) };
    }
    if (first === 'signedOff') {
      const part = field === 'role' ? 'role' : field === 'date' ? 'date' : 'name';
      const words =
        part === 'role' ? t.editor.signOffRole : part === 'date' ? t.editor.signOffDate : t.editor.signOffName;
      return { field: `signoff-${part}`, label: `${t.editor.signOff}: ${words}` };
    }
    return { field: 'organisation', label: t.editor.general };
  }

  private answerFieldId(indicator: Indicator, i: number): string {
    return indicator.measure.type === 'percentage' ? `answer-${i}` : `answer-${i}-0`;
  }

  private goToProblem(event: Event, place: Place) {
    event.preventDefault();
    if (place.domain !== undefined && place.domain !== this.domainIndex) this.domainIndex = place.domain;
    else if (place.domain === undefined && this.domainIndex !== undefined) this.domainIndex = undefined;
    this.focusAfterRender = place.field;
    this.requestUpdate();
  }

  // ----- rendering -----

  protected override render() {
    const { lang, t } = this.editorWords();
    const pending = this.renderPending(t, html`<div class="skeleton" part="skeleton"></div>`);
    const state = this.data.state;
    if (pending || state.status !== 'ready' || !this.current) return html`<div part="base">${pending}</div>`;
    const { framework } = state.value;
    const e = t.editor;
    const problems = this.issues.map((issue) => ({ issue, place: this.placeOf(issue, framework, t) }));
    const byField = new Map<string, DocumentIssue[]>();
    for (const { issue, place } of problems) byField.set(place.field, [...(byField.get(place.field) ?? []), issue]);
    const domain = this.domainIndex === undefined ? undefined : framework.domains[this.domainIndex];

    return html`<div part="base" class="editor" lang=${lang}>
      ${
        problems.length > 0
          ? html`<div part="error-summary" class="error-summary" role="alert" aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">${e.errorSummary}</h2>
              <ul>
                ${problems.map(
                  ({ issue, place }) =>
                    html`<li>
                      <a href=${`#${place.field}`} @click=${(ev: Event) => this.goToProblem(ev, place)}
                        >${e.problemAt(place.label, issue.expected, issue.found)}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        this.restored
          ? html`<div class="inset" id="notice" tabindex="-1" role="status">
              <p>${e.draftRestored}</p>
              <button type="button" class="secondary" @click=${this.discardDraft}>${e.discardDraft}</button>
            </div>`
          : this.notice
            ? html`<div class="inset" id="notice" tabindex="-1" role="status"><p>${this.notice}</p></div>`
            : nothing
      }
      <h2 class="title" id="editor-title" tabindex="-1">${e.title}: ${framework.name}</h2>
      <p class="hint">${e.privacy}</p>
      ${domain ? this.renderDomain(framework, this.domainIndex!, byField, t) : this.renderOverview(framework, byField, t)}
      <section part="preview" class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${e.preview}</h2>
        ${this.renderPreview(framework, t)}
      </section>
    </div>`;
  }

  private renderOverview(framework: Framework, byField: Map<string, DocumentIssue[]>, t: Messages): TemplateResult {
    const e = t.editor;
    const a = this.current!;
    return html`
      <fieldset class="about">
        <legend><h3>${e.about}</h3></legend>
        ${this.textInput(
          'organisation',
          e.organisationLabel,
          e.organisationHint,
          a.organisation.odsCode,
          byField,
          t,
          (value) => this.edit((d) => (d.organisation = { ...d.organisation, odsCode: value.trim().toUpperCase() })),
        )}
        ${this.textInput('period', e.periodLabel, e.periodHint, a.period.id, byField, t, (value) =>
          this.edit((d) => (d.period = periodFromId(value.trim()) ?? { id: value.trim(), start: '', end: '' })),
        )}
      </fieldset>
      <h3 id="task-list-title">${e.overview}</h3>
      <ul part="task-list" class="task-list" aria-labelledby="task-list-title">
        ${framework.domains.map((domain, d) => {
          const indicators = framework.indicators.filter((i) => i.domain === domain.id);
          const answered = indicators.filter((i) => this.answerOf(i.id) !== null).length;
          const status = answered === 0 ? 'notStarted' : answered === indicators.length ? 'completed' : 'inProgress';
          return html`<li class="task">
            <div class="task-name">
              <button
                type="button"
                class="link"
                id=${`domain-link-${d}`}
                aria-describedby=${`domain-hint-${d} domain-status-${d}`}
                @click=${() => this.showDomain(d, 'domain-title')}
              >
                ${domain.name}
              </button>
              <div class="task-hint" id=${`domain-hint-${d}`}>${e.answeredOf(answered, indicators.length)}</div>
            </div>
            <div class="task-status" id=${`domain-status-${d}`}>
              ${
                status === 'completed'
                  ? e.domainStatus.completed
                  : html`<strong class=${`tag tag-${status}`}>${e.domainStatus[status]}</strong>`
              }
            </div>
          </li>`;
        })}
      </ul>
      ${this.renderPriorities(framework, byField, t)} ${this.renderSignOff(byField, t)}
      <div part="actions" class="actions">
        <button type="button" class="primary" aria-describedby="download-hint" @click=${this.download}>
          ${e.download}
        </button>
        <span class="hint" id="download-hint">${e.downloadHint(this.fileName)}</span>
        <button type="button" class="secondary" @click=${this.chooseFile}>${e.open}</button>
        <input
          type="file"
          accept=".json,application/json"
          hidden
          tabindex="-1"
          aria-hidden="true"
          @change=${this.fileChosen}
        />
        ${
          this.openError
            ? html`<p class="error-message" id="open-error" tabindex="-1" role="alert">
                ${t.editor.openFailed} ${this.openError}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private chooseFile() {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  private fileChosen(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.openFile(file);
    input.value = '';
  }

  private answerOf(indicator: string): Response['value'] {
    const at = this.responseAt.get(indicator);
    return at === undefined ? null : (this.current!.responses[at]?.value ?? null);
  }

  private responseOf(indicator: string): Response | undefined {
    const at = this.responseAt.get(indicator);
    return at === undefined ? undefined : this.current!.responses[at];
  }

  private renderDomain(
    framework: Framework,
    d: number,
    byField: Map<string, DocumentIssue[]>,
    t: Messages,
  ): TemplateResult {
    const e = t.editor;
    const domain = framework.domains[d]!;
    const next = framework.domains[d + 1];
    return html`
      <button type="button" class="link back" @click=${() => this.showDomain(undefined, `domain-link-${d}`)}>
        <span aria-hidden="true">‹ </span>${e.backToOverview}
      </button>
      <h3 id="domain-title" tabindex="-1">${domain.name}</h3>
      ${domain.description ? html`<p class="hint">${domain.description}</p>` : nothing}
      ${framework.indicators.map((indicator, i) =>
        indicator.domain === domain.id ? this.renderIndicator(framework, indicator, i, byField, t) : nothing,
      )}
      <div class="actions">
        ${
          next
            ? html`<button type="button" class="primary" @click=${() => this.showDomain(d + 1, 'domain-title')}>
                ${e.nextDomain(next.name)}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() => this.showDomain(undefined, `domain-link-${d}`)}>
          ${e.backToOverview}
        </button>
      </div>
    `;
  }

  private errorsOf(field: string, byField: Map<string, DocumentIssue[]>, t: Messages) {
    const found = byField.get(field);
    return found
      ? html`<p class="error-message" id=${`${field}-error`}>
          ${found.map((issue) => html`<span><span class="visually-hidden">Error: </span>${t.editor.problem(issue.expected, issue.found)}</span>`)}
        </p>`
      : nothing;
  }

  private renderIndicator(
    framework: Framework,
    indicator: Indicator,
    i: number,
    byField: Map<string, DocumentIssue[]>,
    t: Messages,
  ): TemplateResult {
    const e = t.editor;
    const response = this.responseOf(indicator.id);
    const value = response?.value ?? null;
    const answerField = this.answerFieldId(indicator, i);
    const invalid = byField.has(answerField);
    const hintId = `hint-${i}`;
    const describedBy = [indicator.description ? hintId : '', invalid ? `${answerField}-error` : '']
      .filter(Boolean)
      .join(' ');
    const setValue = (next: Response['value']) => this.editResponse(indicator.id, (r) => (r.value = next));
    const radios = (options: { value: Response['value']; label: string; description?: string }[]) =>
      html`<div class="radios">
        ${options.map(
          (option, k) =>
            html`<div class="radio">
              <input
                type="radio"
                id=${`answer-${i}-${k}`}
                name=${`answer-${i}`}
                .checked=${value === option.value}
                aria-describedby=${option.description ? `answer-${i}-${k}-hint` : nothing}
                @change=${() => setValue(option.value)}
              />
              <label for=${`answer-${i}-${k}`}>${option.label}</label>
              ${
                option.description
                  ? html`<div class="radio-hint" id=${`answer-${i}-${k}-hint`}>${option.description}</div>`
                  : nothing
              }
            </div>`,
        )}
      </div>`;

    let control: TemplateResult;
    const { measure } = indicator;
    switch (measure.type) {
      case 'level':
        control = radios(
          framework.scale.levels.map((level) => ({
            value: level.value,
            label: `${level.value}: ${level.label}`,
            description: level.description,
          })),
        );
        break;
      case 'yes-no':
        control = radios([
          { value: true, label: t.yes },
          { value: false, label: t.no },
        ]);
        break;
      case 'choice':
        control = radios(measure.options.map((option) => ({ value: option.value, label: option.label })));
        break;
      case 'percentage':
        control = html`<label class="label" for=${`answer-${i}`}>${e.percentLabel}</label>
          <div class="hint" id=${`answer-${i}-hint`}>${e.percentHint(measure.better ?? 'higher')}</div>
          ${this.errorsOf(answerField, byField, t)}
          <div class="percent">
            <input
              class=${invalid ? 'input input-error' : 'input'}
              id=${`answer-${i}`}
              type="text"
              inputmode="decimal"
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${`answer-${i}-hint${invalid ? ` ${answerField}-error` : ''}`}
              .value=${value === null ? '' : String(value)}
              @input=${(ev: Event) => {
                const text = (ev.target as HTMLInputElement).value.trim();
                setValue(text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
              }}
            />
            <span aria-hidden="true">%</span>
          </div>`;
        break;
    }

    const related = indicator.standards ?? [];
    const hasMore =
      !!response &&
      (response.evidence?.length ||
        response.comment ||
        response.confidence ||
        response.barriers?.length ||
        response.plannedDate);
    const moreInvalid = [`evidence-${i}`, `comment-${i}`, `confidence-${i}`, `planned-${i}`, `barriers-${i}-0`].some(
      (f) => byField.has(f),
    );
    return html`<div part="indicator" class=${invalid ? 'group group-error' : 'group'}>
      <fieldset
        class="indicator"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid && measure.type !== 'percentage' ? 'true' : nothing}
      >
        <legend><span class="legend">${indicator.name}</span></legend>
        ${indicator.description ? html`<div class="hint" id=${hintId}>${indicator.description}</div>` : nothing}
        ${measure.type !== 'percentage' ? this.errorsOf(answerField, byField, t) : nothing} ${control}
        ${
          value !== null && measure.type !== 'percentage'
            ? html`<button type="button" class="link small" @click=${() => setValue(null)}>
                ${e.clearAnswer}<span class="visually-hidden">: ${indicator.name}</span>
              </button>`
            : nothing
        }
      </fieldset>
      ${
        indicator.guidance?.length
          ? html`<div class="links">
              <h4>${e.guidance}</h4>
              <ul>
                ${indicator.guidance.map(
                  (link) =>
                    html`<li>
                      ${
                        HTTP_URL.test(link.url)
                          ? html`<a href=${link.url} rel="noopener noreferrer" target="_blank"
                              >${link.title ?? link.url}</a
                            >`
                          : (link.title ?? link.url)
                      }
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        related.length
          ? html`<div class="links">
              <h4>${e.standards}</h4>
              <ul>
                ${related.map((id) => {
                  const standard = this.standards?.find((s) => s.id === id);
                  if (!standard) return html`<li>${id}</li>`;
                  const status =
                    standard.status === 'draft'
                      ? e.draftStandard
                      : (t.standardStatus[standard.status] ?? standard.status);
                  return html`<li class=${standard.status === 'draft' ? 'draft' : ''}>
                    ${e.standardWithStatus(standard.name, status.toLowerCase())}
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
      <details class="more" ?open=${Boolean(hasMore) || moreInvalid}>
        <summary><span>${e.moreAboutAnswer}</span><span class="visually-hidden">: ${indicator.name}</span></summary>
        ${this.renderMore(indicator, i, response, byField, t)}
      </details>
    </div>`;
  }

  private renderMore(
    indicator: Indicator,
    i: number,
    response: Response | undefined,
    byField: Map<string, DocumentIssue[]>,
    t: Messages,
  ): TemplateResult {
    const e = t.editor;
    const id = indicator.id;
    const described = (field: string, hint?: string) =>
      [hint, byField.has(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="more-body">
      <div class=${byField.has(`evidence-${i}`) ? 'group group-error' : 'group'}>
        <label class="label" for=${`evidence-${i}`}>${e.evidenceLabel}</label>
        <div class="hint" id=${`evidence-${i}-hint`}>${e.evidenceHint}</div>
        ${this.errorsOf(`evidence-${i}`, byField, t)}
        <textarea
          class="input"
          id=${`evidence-${i}`}
          rows="3"
          spellcheck="false"
          aria-describedby=${described(`evidence-${i}`, `evidence-${i}-hint`)}
          .value=${(response?.evidence ?? []).map((link) => link.url).join('\n')}
          @change=${(ev: Event) =>
            this.editResponse(id, (r) => {
              const urls = lines((ev.target as HTMLTextAreaElement).value);
              if (urls.length) r.evidence = urls.map((url) => ({ url }));
              else delete r.evidence;
            })}
        ></textarea>
      </div>
      <div class="group">
        <label class="label" for=${`comment-${i}`}>${e.commentLabel}</label>
        ${this.errorsOf(`comment-${i}`, byField, t)}
        <textarea
          class="input"
          id=${`comment-${i}`}
          rows="3"
          aria-describedby=${described(`comment-${i}`)}
          .value=${response?.comment ?? ''}
          @change=${(ev: Event) =>
            this.editResponse(id, (r) => {
              const text = (ev.target as HTMLTextAreaElement).value;
              if (text.trim()) r.comment = text;
              else delete r.comment;
            })}
        ></textarea>
      </div>
      <div class="group">
        <label class="label" for=${`confidence-${i}`}>${e.confidenceLabel}</label>
        <select
          class="input select"
          id=${`confidence-${i}`}
          @change=${(ev: Event) =>
            this.editResponse(id, (r) => {
              const value = (ev.target as HTMLSelectElement).value;
              if (value) r.confidence = value as Response['confidence'];
              else delete r.confidence;
            })}
        >
          <option value="" ?selected=${!response?.confidence}>${e.confidenceNone}</option>
          ${Object.entries(e.confidence).map(
            ([code, words]) => html`<option value=${code} ?selected=${response?.confidence === code}>${words}</option>`,
          )}
        </select>
      </div>
      <fieldset class="group checkboxes">
        <legend class="label">${t.barriersLabel}</legend>
        ${barrierCodes.map(
          (code, k) =>
            html`<div class="checkbox">
              <input
                type="checkbox"
                id=${`barriers-${i}-${k}`}
                .checked=${response?.barriers?.some((b) => b.code === code) ?? false}
                @change=${(ev: Event) =>
                  this.editResponse(id, (r) => {
                    const on = (ev.target as HTMLInputElement).checked;
                    const rest = (r.barriers ?? []).filter((b) => b.code !== code);
                    const next = on ? [...(r.barriers ?? []).filter((b) => b.code !== code), { code }] : rest;
                    // Keep the documented order, and any note a file brought with it.
                    next.sort((x, y) => barrierCodes.indexOf(x.code) - barrierCodes.indexOf(y.code));
                    if (next.length) r.barriers = next;
                    else delete r.barriers;
                  })}
              />
              <label for=${`barriers-${i}-${k}`}>${t.barrierNames[code] ?? code}</label>
            </div>`,
        )}
      </fieldset>
      <div class=${byField.has(`planned-${i}`) ? 'group group-error' : 'group'}>
        <label class="label" for=${`planned-${i}`}>${e.plannedLabel}</label>
        <div class="hint" id=${`planned-${i}-hint`}>${e.plannedHint}</div>
        ${this.errorsOf(`planned-${i}`, byField, t)}
        <input
          class="input date"
          type="date"
          id=${`planned-${i}`}
          aria-describedby=${described(`planned-${i}`, `planned-${i}-hint`)}
          .value=${response?.plannedDate ?? ''}
          @change=${(ev: Event) =>
            this.editResponse(id, (r) => {
              const value = (ev.target as HTMLInputElement).value;
              if (value) r.plannedDate = value;
              else delete r.plannedDate;
            })}
        />
      </div>
    </div>`;
  }

  private textInput(
    field: string,
    label: string,
    hint: string,
    value: string,
    byField: Map<string, DocumentIssue[]>,
    t: Messages,
    onChange: (value: string) => void,
    type = 'text',
  ): TemplateResult {
    const invalid = byField.has(field);
    return html`<div class=${invalid ? 'group group-error' : 'group'}>
      <label class="label" for=${field}>${label}</label>
      ${hint ? html`<div class="hint" id=${`${field}-hint`}>${hint}</div>` : nothing}
      ${this.errorsOf(field, byField, t)}
      <input
        class=${invalid ? 'input input-error' : 'input'}
        id=${field}
        type=${type}
        autocomplete="off"
        aria-describedby=${[hint ? `${field}-hint` : '', invalid ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing}
        .value=${value}
        @change=${(ev: Event) => onChange((ev.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private renderPriorities(framework: Framework, byField: Map<string, DocumentIssue[]>, t: Messages): TemplateResult {
    const e = t.editor;
    const priorities = this.current!.localPriorities ?? [];
    const update = (index: number, change: (p: NonNullable<Assessment['localPriorities']>[number]) => void) =>
      this.edit((d) => {
        const list = [...(d.localPriorities ?? [])];
        const next = { ...list[index]! };
        change(next);
        list[index] = next;
        d.localPriorities = list;
      });
    return html`<section class="priorities" aria-labelledby="priorities-title">
      <h3 id="priorities-title">${e.priorities}</h3>
      <p class="hint">${e.prioritiesHint}</p>
      ${priorities.map((priority, j) => {
        const target =
          priority.domain !== undefined
            ? `domain:${priority.domain}`
            : priority.indicator !== undefined
              ? `indicator:${priority.indicator}`
              : '';
        const targetField = `priority-${j}-target`;
        return html`<fieldset class="priority">
          <legend class="label">${e.priorityHeading(j + 1)}</legend>
          <div class=${byField.has(targetField) ? 'group group-error' : 'group'}>
            <label class="label" for=${targetField}>${e.priorityTarget}</label>
            ${this.errorsOf(targetField, byField, t)}
            <select
              class="input select"
              id=${targetField}
              @change=${(ev: Event) =>
                update(j, (p) => {
                  const [kind, ...rest] = (ev.target as HTMLSelectElement).value.split(':');
                  const id = rest.join(':');
                  delete p.domain;
                  delete p.indicator;
                  if (kind === 'domain') p.domain = id;
                  if (kind === 'indicator') p.indicator = id;
                })}
            >
              <option value="" ?selected=${target === ''}>${e.chooseTarget}</option>
              ${framework.domains.map(
                (d) =>
                  html`<optgroup label=${d.name}>
                    <option value=${`domain:${d.id}`} ?selected=${target === `domain:${d.id}`}>${d.name}</option>
                    ${framework.indicators
                      .filter((i) => i.domain === d.id)
                      .map(
                        (i) =>
                          html`<option value=${`indicator:${i.id}`} ?selected=${target === `indicator:${i.id}`}>
                            ${i.name}
                          </option>`,
                      )}
                  </optgroup>`,
              )}
            </select>
          </div>
          ${this.textInput(
            `priority-${j}-weight`,
            e.weightLabel,
            e.weightHint,
            String(priority.weight),
            byField,
            t,
            (value) =>
              update(
                j,
                (p) =>
                  (p.weight =
                    value.trim() === '' || Number.isNaN(Number(value)) ? (value as unknown as number) : Number(value)),
              ),
          )}
          ${this.textInput(`priority-${j}-reason`, e.reasonLabel, '', priority.reason, byField, t, (value) =>
            update(j, (p) => (p.reason = value)),
          )}
          <button
            type="button"
            class="secondary"
            @click=${() =>
              this.edit((d) => {
                const list = (d.localPriorities ?? []).filter((_, k) => k !== j);
                if (list.length) d.localPriorities = list;
                else delete d.localPriorities;
              })}
          >
            ${e.removePriority(j + 1)}
          </button>
        </fieldset>`;
      })}
      <button
        type="button"
        class="secondary"
        @click=${() => {
          this.edit((d) => (d.localPriorities = [...(d.localPriorities ?? []), { weight: 1, reason: '' }]));
          this.focusAfterRender = `priority-${priorities.length}-target`;
        }}
      >
        ${e.addPriority}
      </button>
    </section>`;
  }

  private renderSignOff(byField: Map<string, DocumentIssue[]>, t: Messages): TemplateResult {
    const e = t.editor;
    const signed = this.current!.signedOff;
    const update = (change: (s: { name: string; role?: string; date: string }) => void) =>
      this.edit((d) => {
        const next = { name: '', date: '', ...d.signedOff };
        change(next);
        if (!next.role) delete next.role;
        if (!next.name && !next.date && !next.role) delete d.signedOff;
        else d.signedOff = next;
      });
    return html`<fieldset class="signoff">
      <legend><h3>${e.signOff}</h3></legend>
      ${this.textInput('signoff-name', e.signOffName, '', signed?.name ?? '', byField, t, (v) => update((s) => (s.name = v.trim())))}
      ${this.textInput('signoff-role', e.signOffRole, '', signed?.role ?? '', byField, t, (v) => update((s) => (s.role = v.trim())))}
      ${this.textInput('signoff-date', e.signOffDate, '', signed?.date ?? '', byField, t, (v) => update((s) => (s.date = v)), 'date')}
    </fieldset>`;
  }

  /** The scorecard, given the answers that fit (the others count as unanswered until fixed). */
  private renderPreview(framework: Framework, t: Messages): TemplateResult {
    const current = this.current!;
    const misfits = new Set<number>();
    let blocking = false;
    for (const issue of this.issues) {
      const [first, index] = issue.path;
      if (first === 'responses' && typeof index === 'number') misfits.add(index);
      else if (first !== 'localPriorities' && first !== 'signedOff') blocking = true;
    }
    if (blocking) return html`<p class="hint">${t.editor.previewUnavailable}</p>`;
    const known = new Set(framework.indicators.map((i) => i.id));
    const seen = new Set<string>();
    const responses: Response[] = [];
    current.responses.forEach((r, i) => {
      if (!known.has(r.indicator) || seen.has(r.indicator)) return;
      seen.add(r.indicator);
      responses.push(misfits.has(i) ? { indicator: r.indicator, value: null } : r);
    });
    // Local priorities and sign-off do not change the scores; left out, their problems cannot hide the preview.
    const preview: Assessment = { ...current, responses, localPriorities: undefined, signedOff: undefined };
    delete preview.localPriorities;
    delete preview.signedOff;
    return html`<om-scorecard .framework=${framework} .assessment=${preview}></om-scorecard>`;
  }
}

/** The assessment with a response for every indicator of the framework, in its order; others kept after. */
function complete(assessment: Assessment, framework: Framework): Assessment {
  const byId = new Map(assessment.responses.map((r) => [r.indicator, r]));
  const known = new Set(framework.indicators.map((i) => i.id));
  return {
    ...assessment,
    responses: [
      ...framework.indicators.map((i) => byId.get(i.id) ?? { indicator: i.id, value: null }),
      ...assessment.responses.filter((r) => !known.has(r.indicator)),
    ],
  };
}
