/**
 * Where an element's data comes from, and the states on the way: empty, loading, error, ready
 * (maybe stale). Every element renders from this controller's `state` and none fetches or
 * parses on its own. A loader may answer at once (properties, inline JSON) or later (a URL).
 */
import { isInvalidDocumentError, parseJsonText } from '@openmaturity/core/format';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Loaded<T> = { value: T; stale: boolean };

export type SourceState<T> =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; value: T; stale: boolean };

/** Returns the data (or undefined when the element was given none), at once or as a promise. */
export type Loader<T> = (signal: AbortSignal) => Loaded<T> | undefined | Promise<Loaded<T> | undefined>;

export class DataSourceController<T> implements ReactiveController {
  state: SourceState<T> = { status: 'empty' };
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: Loader<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** An element moved in the page was cut off while loading: load again once it is back. */
  hostConnected(): void {
    if (this.state.status === 'loading' && this.controller?.signal.aborted) this.reload();
  }

  /** Loads again: call it when a source changes, or from a retry button. */
  reload(): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    let result: ReturnType<Loader<T>>;
    try {
      result = this.load(controller.signal);
    } catch (error) {
      this.set({ status: 'error', error });
      return;
    }
    if (!(result instanceof Promise)) {
      this.set(result ? { status: 'ready', ...result } : { status: 'empty' });
      return;
    }
    this.set({ status: 'loading' });
    result.then(
      (loaded) =>
        controller === this.controller && this.set(loaded ? { status: 'ready', ...loaded } : { status: 'empty' }),
      (error) => controller === this.controller && !controller.signal.aborted && this.set({ status: 'error', error }),
    );
  }

  private set(state: SourceState<T>): void {
    this.state = state;
    this.host.toggleAttribute('aria-busy', state.status === 'loading');
    this.host.requestUpdate();
  }
}

/** Where an element's data may come from, in the order {@link loadFromSources} looks. */
export interface Sources<Given, T> {
  /** What the element's properties hold, or undefined when none of them is set. */
  properties: Given | undefined;
  /** Its URL (`src`): read when no property is set. */
  src?: string;
  /** Reads the data from `src`. */
  fetch?: (src: string) => Promise<Loaded<T> | undefined>;
  /** The documents of the child `<script type="application/json">`s, as the properties would hold them. */
  inline: (documents: unknown[]) => Given | undefined;
  /**
   * Validates what was set or inline and makes the element's data from it; undefined for none. A
   * promise when making it needs code the element loads only then.
   */
  read: (given: Given) => T | undefined | Promise<T | undefined>;
}

/**
 * An element's data, from the first source it was given: its properties (when any is set), else
 * its URL, else the documents inline in it (for CMSs that can paste markup but cannot set
 * properties). What is set or inline is read at once (validated at once, and made later only when
 * `read` needs a module of its own); a URL later. Every element loads this way.
 */
export function loadFromSources<Given, T>(
  host: HTMLElement,
  sources: Sources<Given, T>,
): Loaded<T> | undefined | Promise<Loaded<T> | undefined> {
  const { properties, src, fetch } = sources;
  if (properties === undefined && src && fetch) return fetch(src);
  const given = properties ?? sources.inline(inlineDocuments(host));
  const value = given === undefined ? undefined : sources.read(given);
  return value instanceof Promise ? computing(host, value.then(fresh)) : fresh(value);
}

const pending = new WeakMap<HTMLElement, Promise<unknown>>();

/**
 * Data `host` makes on the page later, because making it needs a module loaded on first use:
 * `host`'s `updateComplete` waits for it, as it would if that code
 * had come with the element. Data fetched is not waited for: it has its own loading state.
 */
export function computing<T>(host: HTMLElement, made: Promise<T>): Promise<T> {
  pending.set(host, made);
  return made;
}

/** Data `host` makes on the page that is still pending, if any: see {@link computing}. */
export const computingOf = (host: HTMLElement): Promise<unknown> | undefined => pending.get(host);

const fresh = <T>(value: T | undefined): Loaded<T> | undefined =>
  value === undefined ? undefined : { value, stale: false };

/**
 * Reads the documents of child `<script type="application/json">` elements: for CMSs that can
 * paste markup but cannot set properties. Each script holds a document or an array of them.
 * Text that is not JSON is returned as it is, so that validation reports it. The text is read
 * as every reader of the library reads JSON (core's `parseJsonText`): a member name used twice
 * (two statuses in one signed statement) or nesting too deep is refused with its path.
 *
 * @throws `InvalidDocumentError` for a repeated member name or nesting too deep.
 */
export function inlineDocuments(host: HTMLElement): unknown[] {
  return [...host.querySelectorAll(':scope > script[type="application/json"]')].flatMap((script, index) => {
    const text = script.textContent ?? '';
    let value: unknown;
    try {
      value = parseJsonText(text, { source: `inline script ${index + 1}` });
    } catch (error) {
      if (isInvalidDocumentError(error) && error.issues[0]?.code === 'not_json') return [text];
      throw error;
    }
    return Array.isArray(value) ? value : [value];
  });
}
