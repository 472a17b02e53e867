/**
 * Sets CSS custom properties on an element through the CSSOM. Lit's `styleMap` writes a
 * `style` attribute on first render, which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` blocks; `style.setProperty` is allowed.
 *
 * @example
 * ```ts
 * html`<span class="fill" ${cssProperties({ '--om-value': '62.5' })}></span>`
 * ```
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssProperties extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element, not in an attribute');
  }

  render(_properties: Readonly<Record<`--${string}`, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<`--${string}`, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssProperties);
