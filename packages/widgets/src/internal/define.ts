/**
 * Registers custom elements without ever throwing: a page may load the widgets twice (two
 * scripts, two bundles, a CMS that repeats a snippet). The first definition wins; a second of
 * another version is reported, because its elements would behave as the first one's.
 */
import { VERSION } from './version.js';

export { VERSION };

/** A custom element class that says which version of the widgets it belongs to. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Defines `tag` unless it is defined already; warns when the existing definition is of another version.
 *
 * @example
 * ```ts
 * defineElement('om-scorecard', OmScorecard); // safe to call twice
 * ```
 */
export function defineElement(tag: string, element: VersionedElement, version: string = VERSION): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== version) {
    console.warn(
      `<${tag}> is already defined by OpenMaturity widgets ${existing.version ?? '(unknown version)'}; version ${version} was not registered.`,
    );
  }
}
