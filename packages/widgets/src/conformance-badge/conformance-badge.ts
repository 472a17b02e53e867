import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { safeParseDocument, statusDisplays, type ConformanceStatement, type InvalidDocumentError } from '@openmaturity/core';
import { formatDate, languageOf, messagesFor } from '../internal/i18n.js';
import { tokens } from '../internal/tokens.styles.js';
import { VERSION } from '../internal/define.js';
import { styles, visuallyHidden } from './conformance-badge.styles.js';

type State = { kind: 'empty' } | { kind: 'error'; error: InvalidDocumentError } | { kind: 'ready'; statement: ConformanceStatement };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * @summary Shows that a product or organisation conforms to a standard: the standard, the
 * status in words and an icon (never colour alone), the expiry, and a link to the evidence.
 *
 * @csspart base - The badge itself.
 * @csspart standard - The standard's name and version.
 * @csspart status - The status words and icon.
 * @csspart expiry - "valid until ..." or "expired on ...".
 * @csspart evidence - The link to the evidence.
 * @csspart error - The message shown when the data is not valid.
 *
 * @cssproperty --om-font-family - The font stack. Default: Frutiger W01, Arial, sans-serif.
 * @cssproperty --om-color-positive-bg - Background of a conformant badge.
 * @cssproperty --om-color-positive-text - Text of a conformant badge.
 * @cssproperty --om-color-warning-bg - Background of a partially conformant badge.
 * @cssproperty --om-color-negative-bg - Background of a not conformant badge.
 * @cssproperty --om-color-neutral-bg - Background of in progress, withdrawn and expired badges.
 * @cssproperty --om-color-link - Link colour. Default: NHS blue #005EB8.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 *
 * @slot - A `<script type="application/json">` holding the statement, for pages that cannot set properties.
 */
export class OmConformanceBadge extends LitElement {
  static readonly version: string = VERSION;
  static override styles = [tokens, visuallyHidden, styles];
  static override properties = {
    statement: { attribute: false },
  };

  /** The conformance statement to show; it is validated before it is shown. */
  declare statement: unknown;

  private inline: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && this.statement === undefined) {
      try {
        this.inline = JSON.parse(script.textContent ?? '');
      } catch {
        this.inline = script.textContent;
      }
    }
  }

  private get state(): State {
    const value = this.statement ?? this.inline;
    if (value === undefined || value === null) return { kind: 'empty' };
    const result = safeParseDocument(value, { kind: 'ConformanceStatement' });
    return result.success ? { kind: 'ready', statement: result.data } : { kind: 'error', error: result.error };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('statement')) this.inline = undefined;
  }

  protected override render() {
    const lang = languageOf(this);
    const t = messagesFor(lang);
    const state = this.state;
    if (state.kind === 'empty') return html`<span part="error" class="error">${t.noData}</span>`;
    if (state.kind === 'error') {
      return html`<span part="error" class="error" role="alert">${t.invalidData} ${state.error.issues[0]?.message}</span>`;
    }
    const { statement } = state;
    const display = statusDisplays[statement.status];
    const expired = statement.expires !== undefined && statement.expires < today();
    const evidence = statement.evidence?.find((link) => /^https?:\/\//i.test(link.url));
    const standard = [statement.standard.name ?? statement.standard.id, statement.standard.version].filter(Boolean).join(' ');
    return html`<span part="base" class="badge ${expired ? 'expired' : display.tone}">
      <span part="standard" class="standard">${standard}</span>
      <span part="status" class="status"
        ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${display.icon.path}></path></svg
        >${display.label[lang]}</span
      >
      ${statement.expires
        ? html`<span part="expiry" class="expiry">${expired ? t.expired(formatDate(statement.expires, lang)) : t.validUntil(formatDate(statement.expires, lang))}</span>`
        : nothing}
      ${evidence ? html`<a part="evidence" href=${evidence.url} rel="noopener noreferrer">${t.evidence}<span class="visually-hidden">: ${standard}, ${statement.subject.name}</span></a>` : nothing}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'om-conformance-badge': OmConformanceBadge;
  }
}
