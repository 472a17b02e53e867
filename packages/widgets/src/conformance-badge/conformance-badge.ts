import { html, nothing, type PropertyValues } from 'lit';
import {
  isExpired,
  isOpenMaturityError,
  type ConformanceStatement,
  type Issuer,
  type VerificationResult,
} from '@openmaturity/core';
import { statusDisplays, type JsonWebKeySet, type RevocationList } from '@openmaturity/core/conformance';
import { loadFromSources, type Loaded } from '../internal/data-source.js';
import { elementWords, formatDate } from '../internal/i18n.js';
import { OpenMaturityElement } from '../internal/element.js';
import { badgeWords } from '../internal/i18n-badge.js';
import { staleNote } from '../internal/states.js';
import type * as Verifier from './verify.js';
import { styles } from './conformance-badge.styles.js';
import { conformanceStatementKind, parseAs } from '@openmaturity/core/format';
import { sharedReader } from '@openmaturity/core/client';

/** The outcome shown: core's verdict, or trust settings of the page that cannot be used (`options`). */
type Verification = VerificationResult | { status: 'options'; verified: false; reason: string };

const words = elementWords({ ...badgeWords });
type Words = ReturnType<typeof words.of>;

/**
 * @tagname om-conformance-badge
 * @summary Shows that a product or organisation conforms to a standard: the standard, the
 * status in words and an icon (never colour alone), the expiry, a link to the evidence and,
 * when the page names the issuers it trusts, whether the signature verifies.
 *
 * "Verified" appears only when the statement's signature checks out against an issuer in
 * `trusted-issuers`, which the page sets; it is never taken from the statement itself.
 * A key verifies only for its own issuer: with several trusted issuers, each `jwks-src` entry
 * names its issuer (`issuer-id=url`). The issuer's revocation list is read too (from
 * `revoked-src`, or `openmaturity-revoked.json` beside its JWKS), and a statement whose list
 * cannot be read is not verified.
 *
 * @slot - A `<script type="application/json">` holding the statement, for pages that cannot set properties.
 *
 * @csspart base - The badge itself.
 * @csspart standard - The standard's name and version.
 * @csspart status - The status words and icon.
 * @csspart expiry - "valid until ..." or "expired on ...".
 * @csspart evidence - The link to the evidence.
 * @csspart verification - "Verified" or "Not verified", with the reason in the card.
 *
 * @cssproperty --om-font-family - The font stack. Default: Frutiger W01, Arial, sans-serif.
 * @cssproperty --om-color-positive-bg - Background of a conformant badge.
 * @cssproperty --om-color-positive-text - Text of a conformant badge.
 * @cssproperty --om-color-warning-bg - Background of a partially conformant badge.
 * @cssproperty --om-color-negative-bg - Background of a not conformant badge.
 * @cssproperty --om-color-neutral-bg - Background of in progress, withdrawn and expired badges.
 * @cssproperty --om-color-link - Link colour. Default: NHS blue #005EB8.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 */
export class OmConformanceBadge extends OpenMaturityElement<ConformanceStatement, Words> {
  protected readonly words = words;
  /** The element’s styles: the shared tokens and states, then its own. */
  static override styles = [OpenMaturityElement.styles, styles];
  /** The element’s reactive properties and the attributes they reflect. */
  static override properties = {
    src: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    trustedIssuers: {
      attribute: 'trusted-issuers',
      converter: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
    },
    jwksSrc: { type: String, attribute: 'jwks-src' },
    jwks: { attribute: false },
    revokedSrc: { type: String, attribute: 'revoked-src' },
    revoked: { attribute: false },
    statement: { attribute: false },
    verification: { state: true },
  };
  protected static override readonly sources = ['src', 'statement'];

  /** URL of the conformance statement. */
  declare src: string | undefined;
  /** `pill` (default): one line. `card`: the details, with the reason a statement is not verified. */
  declare variant: 'pill' | 'card';
  /** The issuers (their ids, space-separated in the attribute) whose signatures this page trusts. */
  declare trustedIssuers: string[] | undefined;
  /**
   * URL of the trusted issuer's JWKS; otherwise the one the statement's issuer names (on the
   * issuer's own site). With several trusted issuers, space-separated `issuer-id=url` entries,
   * one per issuer: a bare URL for several issuers is refused, so one issuer's key cannot
   * verify a statement naming another.
   */
  declare jwksSrc: string | undefined;
  /**
   * The trusted issuers' public keys, which the page vouches for (instead of `jwks-src`): a
   * JWKS when it trusts one issuer, or a record from issuer id to JWKS.
   */
  declare jwks: JsonWebKeySet | Readonly<Record<string, JsonWebKeySet>> | undefined;
  /**
   * URL of the issuer's revocation list (`issuer-id=url` entries for several); otherwise
   * `openmaturity-revoked.json` beside the issuer's JWKS. A list that cannot be read means
   * "not verified".
   */
  declare revokedSrc: string | undefined;
  /** The revocation list, or a record from issuer id to list, given by the page (instead of `revoked-src`). */
  declare revoked: RevocationList | Readonly<Record<string, RevocationList>> | undefined;
  /** The conformance statement to show (instead of `src`); it is validated before it is shown. */
  declare statement: ConformanceStatement | undefined;
  /** The outcome of verifying the statement shown: undefined when the page trusts no issuer. */
  declare private verification: Verification | 'checking' | undefined;
  /** The statement last verified, so that a new one is verified once. */
  private verified: ConformanceStatement | undefined;
  /** Counts verifications, so that only the latest one's result is shown. */
  private verifying = 0;

  constructor() {
    super();
    this.variant = 'pill';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const state = this.data.state;
    const statement = state.status === 'ready' ? state.value : undefined;
    const trust = ['trustedIssuers', 'jwksSrc', 'jwks', 'revokedSrc', 'revoked'] as const;
    if (statement !== this.verified || trust.some((name) => changed.has(name))) void this.verify(statement);
  }

  private async verify(statement: ConformanceStatement | undefined): Promise<void> {
    this.verified = statement;
    const run = ++this.verifying;
    if (!statement || this.trustedIssuers === undefined) {
      this.verification = undefined;
      return;
    }
    this.verification = 'checking';
    let verifier: typeof Verifier;
    try {
      verifier = await import('./verify.js');
    } catch {
      // Never "Verified" without the code that checks it; never stuck on "Checking".
      if (run === this.verifying)
        this.verification = {
          verified: false,
          status: 'keys-unavailable',
          reason: 'The verification code could not be loaded.',
        };
      return;
    }
    const result = await this.check(statement, verifier).catch((error: unknown): Verification => {
      // Only the page's own settings can throw (ERR_VERIFY_OPTIONS): never "verified", and
      // the page's developer is told what to change.
      const reason = isOpenMaturityError(error) ? error.message : String(error);
      console.warn(`<om-conformance-badge>: ${reason}`);
      return { status: 'options', verified: false, reason };
    });
    if (run === this.verifying) this.verification = result;
  }

  private async check(statement: ConformanceStatement, verifier: typeof Verifier): Promise<VerificationResult> {
    const { bindToIssuers, fetchJwks, fetchRevocationList, revocationListUrl, verifyStatement } = verifier;
    const trusted = this.trustedIssuers ?? [];
    const entries = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
    const absolute = (url: string) => new URL(url, document.baseURI).href;
    const jwksSources = bindToIssuers(entries(this.jwksSrc), trusted, 'jwks-src');
    const revokedSources = bindToIssuers(entries(this.revokedSrc), trusted, 'revoked-src');
    const own = <T>(record: Map<string, T>, id: string) =>
      [...record].find(([issuer]) => absolute(issuer) === absolute(id))?.[1];
    const jwks =
      this.jwks ??
      (jwksSources.size > 0
        ? Object.fromEntries(
            await Promise.all(
              [...jwksSources].map(async ([issuer, url]) => [
                issuer,
                await fetchJwks(absolute(url)).catch(() => undefined),
              ]),
            ),
          )
        : undefined);
    return verifyStatement(statement, {
      trustedIssuers: trusted,
      jwks,
      fetchJwks: jwksSources.size > 0 ? undefined : fetchJwks,
      revoked: this.revoked,
      fetchRevoked: (issuer: Issuer) => {
        const keys = own(jwksSources, issuer.id) ?? issuer.jwks;
        const url = own(revokedSources, issuer.id) ?? (keys && revocationListUrl(absolute(keys)));
        if (!url) throw new Error('no address for the issuer’s revocation list: set revoked-src');
        return fetchRevocationList(absolute(url));
      },
    });
  }

  protected override load(
    signal: AbortSignal,
  ): Loaded<ConformanceStatement> | undefined | Promise<Loaded<ConformanceStatement> | undefined> {
    return loadFromSources<unknown, ConformanceStatement>(this, {
      properties: this.statement ?? undefined,
      src: this.src,
      fetch: (src) =>
        sharedReader([conformanceStatementKind])
          .get(new URL(src, document.baseURI).href, { kind: 'ConformanceStatement', signal })
          .then(({ document, stale }) => ({ value: document, stale })),
      inline: (documents) => documents[0] ?? undefined,
      read: (given) => parseAs(given, conformanceStatementKind, { source: 'statement' }),
    });
  }

  protected override render() {
    const { lang, t } = this.messages();
    const state = this.data.state;
    const pending = this.renderPending(t, html`<span class="bone"></span>`);
    if (pending || state.status !== 'ready') return pending;
    const statement = state.value;
    const display = statusDisplays[statement.status];
    const expired = isExpired(statement);
    const evidence = webEvidence(statement.evidence);
    const standard = [statement.standard.name ?? statement.standard.id, statement.standard.version]
      .filter(Boolean)
      .join(' ');
    const expiry = statement.expires
      ? expired
        ? t.expired(formatDate(statement.expires, lang))
        : t.validUntil(formatDate(statement.expires, lang))
      : undefined;
    const verification = this.verification;
    // A statement whose signature was checked and failed must not look conformant: the failure
    // leads, the tone is a warning whatever the status, and the status is shown as a claim.
    const failed = verification !== undefined && verification !== 'checking' && !verification.verified;
    const tone = failed ? 'unverified' : expired ? 'expired' : display.tone;
    const verifiedText =
      verification === undefined
        ? undefined
        : verification === 'checking'
          ? t.checking
          : verification.verified
            ? this.variant === 'card'
              ? t.verifiedBy(verification.issuer.name)
              : t.verifiedShort
            : this.variant === 'card'
              ? `${t.notVerified}: ${t.failures[verification.status] ?? verification.status}`
              : t.notVerified;
    const verificationPart = verifiedText
      ? html`<span
          part="verification"
          class="verification ${verification === 'checking' ? 'checking' : verification?.verified ? 'verified' : 'unverified'}"
          aria-live="polite"
          ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              d=${verification !== 'checking' && verification?.verified ? statusDisplays.conformant.icon.path : statusDisplays['not-conformant'].icon.path}
            ></path></svg
          >${verifiedText}</span
        >`
      : nothing;
    // A claim that did not verify gets no status icon: a tick beside it would still look conformant.
    // "Standards Exceeded" is conformant, and more: said as such, never folded into "Conformant".
    const label = statement.exceeds === true && statement.status === 'conformant' ? t.exceeded : display.label[lang];
    const status = failed
      ? html`<span part="status" class="status claimed">${t.claimed(label)}</span>`
      : html`<span part="status" class="status"
          ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${display.icon.path}></path></svg
          >${label}</span
        >`;
    const evidenceLink = evidence
      ? html`<a part="evidence" href=${evidence.url} rel="noopener noreferrer"
          >${t.evidence}<span class="visually-hidden">: ${standard}, ${statement.subject.name}</span></a
        >`
      : nothing;

    if (this.variant === 'card') {
      return html`<section part="base" class="card ${tone}" aria-label=${standard}>
        ${staleNote(state, t)}
        <h3 part="standard" class="standard">${standard}</h3>
        ${failed ? html`<p class="failure-line">${verificationPart}</p>` : nothing}
        <p class="status-line">${status}</p>
        <dl>
          <div>
            <dt>${t.subject}</dt>
            <dd>${statement.subject.product?.name ?? statement.subject.name}</dd>
          </div>
          ${
            statement.scope
              ? html`<div>
                  <dt>${t.scope}</dt>
                  <dd>${statement.scope}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${t.issuer}</dt>
            <dd>${statement.issuer.name}</dd>
          </div>
          <div>
            <dt>${t.issued}</dt>
            <dd>${formatDate(statement.issued, lang)}</dd>
          </div>
          ${
            statement.expires
              ? html`<div>
                  <dt>${expired ? t.expiredHeading : t.validity}</dt>
                  <dd part="expiry" class="expiry">${formatDate(statement.expires, lang)}</dd>
                </div>`
              : nothing
          }
          ${
            verifiedText && !failed
              ? html`<div>
                  <dt>${t.verification}</dt>
                  <dd>${verificationPart}</dd>
                </div>`
              : nothing
          }
        </dl>
        ${evidenceLink}
      </section>`;
    }
    return html`${staleNote(state, t)}<span part="base" class="badge ${tone}">
        <span part="standard" class="standard">${standard}</span>
        ${failed ? verificationPart : nothing} ${status}
        ${expiry ? html`<span part="expiry" class="expiry">${expiry}</span>` : nothing}
        ${failed ? nothing : verificationPart} ${evidenceLink}
      </span>`;
  }
}

/**
 * The first evidence link a page may follow: http or https only. The schema refuses other
 * schemes today; this holds if it ever lets one through (a `javascript:` link would run).
 */
export function webEvidence<T extends { url: string }>(links: readonly T[] | undefined): T | undefined {
  return links?.find((link) => /^https?:\/\//i.test(link.url));
}

declare global {
  interface HTMLElementTagNameMap {
    'om-conformance-badge': OmConformanceBadge;
  }
}
