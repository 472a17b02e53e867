/** The templates of the states every element shares: loading, error, empty and stale. */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonWords } from './i18n.js';
import type { SourceState } from './data-source.js';

/** What went wrong, in words, from an error's `code` (the client's and the format's errors). */
export function describeError(error: unknown, t: CommonWords): string {
  const e = (error ?? {}) as {
    code?: string;
    status?: number;
    url?: string;
    detail?: string;
    message?: string;
    issues?: { message: string }[];
    expected?: string;
    found?: string;
    source?: string;
  };
  switch (e.code) {
    case 'ERR_NETWORK':
      return t.errors.network;
    case 'ERR_TIMEOUT':
      return t.errors.timeout;
    case 'ERR_NOT_FOUND':
      return e.url ? t.errors.notFound(e.url) : (e.message ?? t.errors.other);
    case 'ERR_FRAMEWORK_NOT_FOUND':
      return `${t.errors.frameworkNotFound(String(e.url))}${e.detail ? ` (${e.detail})` : ''}`;
    case 'ERR_HTTP_STATUS':
      return t.errors.http(e.status ?? 0);
    case 'ERR_INVALID_DOCUMENT': {
      // The first few problems, and how many more: one fix at a time is slow for whoever
      // publishes. The source names which document (or URL) it is when an element reads several.
      const issues = e.issues ?? [];
      const shown = issues.slice(0, SHOWN_ISSUES).map((i) => i.message);
      if (issues.length > SHOWN_ISSUES) shown.push(t.errors.more(issues.length - SHOWN_ISSUES));
      return `${t.errors.invalid} ${e.source ? `${e.source}: ` : ''}${shown.join('; ')}`.trim();
    }
    case 'ERR_WRONG_KIND':
      return t.errors.wrongKind(String(e.expected), String(e.found));
    case 'ERR_RESPONSE_TOO_LARGE':
      return t.errors.tooLarge;
    default:
      // An error we have no words for keeps its own message, which says what failed and where.
      return e.message ? `${t.errors.other} ${e.message}` : t.errors.other;
  }
}

/** How many of an invalid document's problems an element lists before "and N more". */
const SHOWN_ISSUES = 3;

/**
 * The template of a state that is not ready: a skeleton that reserves the final space, an
 * alert with a retry button, or the empty note. `undefined` when the state is ready.
 */
export function renderPending(
  state: SourceState<unknown>,
  t: CommonWords,
  skeleton: TemplateResult,
  retry: () => void,
): TemplateResult | undefined {
  switch (state.status) {
    case 'loading':
      return html`<div part="skeleton" class="skeleton">
        <span class="visually-hidden">${t.loading}</span>${skeleton}
      </div>`;
    case 'error':
      return html`<div part="error" class="error" role="alert">
        <p>${describeError(state.error, t)}</p>
        <button part="retry" type="button" @click=${retry}>${t.retry}</button>
      </div>`;
    case 'empty':
      return html`<p part="empty" class="empty">${t.noData}</p>`;
    case 'ready':
      return undefined;
  }
}

export const staleNote = (state: SourceState<unknown>, t: CommonWords) =>
  state.status === 'ready' && state.stale ? html`<p part="stale" class="stale" role="status">${t.stale}</p>` : nothing;

export const stateStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .skeleton .bone {
    display: block;
    background: var(--_skeleton, #e8edee);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bone {
      animation: om-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes om-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .error {
    border-left: 4px solid var(--_error);
    padding: 0.5rem 1rem;
    background: var(--_surface);
  }
  .error p,
  .empty,
  .stale {
    margin: 0 0 0.5rem;
  }
  .stale {
    font-size: 0.875em;
    color: var(--_secondary-text);
    border-left: 4px solid var(--_warning-text);
    padding-left: 0.5rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--_button, #007f3b);
    border: 0;
    border-radius: var(--_radius);
    box-shadow: 0 4px 0 var(--_button-shadow, #00401e);
    padding: 0.5rem 1rem;
    margin-bottom: 4px;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
`;
