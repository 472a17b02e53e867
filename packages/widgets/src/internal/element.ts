/**
 * The base of every OpenMaturity element, as Shoelace's `ShoelaceElement` and Web Awesome's
 * `WebAwesomeElement` are of theirs: what each element would otherwise copy (its version, the
 * shared styles, the language and data controllers, `reload()`, the parts of the shared states)
 * lives here once. An element adds its own properties, its words (`elementWords` of the
 * i18n-<area>.ts modules it shows), `load()` and `render()`.
 */
import { LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { computingOf, DataSourceController, type Loaded } from './data-source.js';
import type { DisplayLanguage } from '@openmaturity/core/conformance';
import { languageOf, type CommonWords, type WordSet } from './i18n.js';
import { LanguageController } from './language.js';
import { renderPending, stateStyles } from './states.js';
import { tokens } from './tokens.styles.js';
import { VERSION } from './version.js';

/**
 * Every element loads its data through one controller and shows the same states on the way:
 * while loading, a skeleton that reserves the final space (and `aria-busy` on the element); an
 * alert with a retry button when the data cannot be loaded or is not valid; a note when it was
 * given no data; a note over a saved copy when the network failed. The element re-renders when
 * a `lang` attribute changes anywhere in the page.
 *
 * @csspart skeleton - The placeholder shown while loading; it reserves the space the data will take.
 * @csspart error - The message shown when the data cannot be loaded or is not valid.
 * @csspart retry - The retry button of the error.
 * @csspart empty - The note shown when the element was given no data.
 * @csspart stale - The note shown over a saved copy, when the data could not be fetched again.
 *
 * @cssproperty --om-font-family - The font stack. Default: Frutiger W01, Arial, sans-serif.
 * @cssproperty --om-color-text - Text. Default: #212B32.
 * @cssproperty --om-color-text-secondary - Secondary text. Default: #4C6272.
 * @cssproperty --om-color-link - Links. Default: NHS blue #005EB8.
 * @cssproperty --om-color-focus - Focus highlight. Default: NHS yellow #FFEB3B.
 * @cssproperty --om-color-focus-text - Text and underline of what has focus. Default: #212B32.
 * @cssproperty --om-color-surface - Background. Default: white.
 * @cssproperty --om-color-border - Borders. Default: #D8DDE0.
 * @cssproperty --om-color-error - The edge of an error message. Default: NHS red #D5281B.
 * @cssproperty --om-radius - Corner radius. Default: 4px.
 */
export abstract class OpenMaturityElement<View, Words extends CommonWords = CommonWords> extends LitElement {
  /** The version of `@openmaturity/widgets` this element belongs to (from its package.json, at build). */
  static readonly version: string = VERSION;
  /** The shared tokens and state styles; each element appends its own. */
  static override styles: CSSResultGroup = [tokens, stateStyles];
  /** The properties whose change loads the data again. */
  protected static readonly sources: readonly string[] = [];

  /** The words this element shows, in English and in Welsh: `elementWords(...)` of its own. */
  protected abstract readonly words: WordSet<Words>;

  /** Re-renders when the page's language changes. */
  protected readonly language = new LanguageController(this);
  /** The element's data and its state (empty, loading, error, ready). */
  protected readonly data = new DataSourceController<View>(this, (signal) => this.load(signal));

  /** Loads the data again, as the retry button does. */
  reload(): void {
    this.data.reload();
  }

  /** The element's data, at once (properties, inline JSON) or later (URLs); undefined when it has none. */
  protected abstract load(signal: AbortSignal): Loaded<View> | undefined | Promise<Loaded<View> | undefined>;

  /**
   * Resolves once the element is updated and shows what it was given: data it makes on the page
   * with a module loaded on first use included, not data still being fetched.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await computingOf(this)?.catch(() => undefined);
    return super.getUpdateComplete();
  }

  /** True on the first update, and whenever one of the `sources` changed. */
  protected sourcesChanged(changed: PropertyValues<this>): boolean {
    const { sources } = this.constructor as typeof OpenMaturityElement;
    return !this.hasUpdated || sources.some((name) => (changed as Map<PropertyKey, unknown>).has(name));
  }

  /**
   * An element that shows Welsh waits for the Welsh words (a chunk of their own) before each
   * update, so it never shows English in a Welsh page; `updateComplete` waits with it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.wordsReady(languageOf(this));
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves when the words this element shows in `lang` are loaded; undefined when they are already. */
  protected wordsReady(lang: DisplayLanguage): Promise<unknown> | undefined {
    return this.words.ready(lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.sourcesChanged(changed)) this.data.reload();
  }

  /** The language the element shows (its own or its nearest ancestor's `lang`), and its messages. */
  protected messages(): { lang: DisplayLanguage; t: Words } {
    const lang = languageOf(this);
    return { lang, t: this.words.of(lang) };
  }

  /** The loading, error or empty state with this element's skeleton; undefined when the data is ready. */
  protected renderPending(t: CommonWords, skeleton: TemplateResult): TemplateResult | undefined {
    return renderPending(this.data.state, t, skeleton, () => this.reload());
  }
}
