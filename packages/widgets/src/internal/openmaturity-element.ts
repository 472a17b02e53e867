/**
 * The base of an element whose words are not set by the element itself yet (standards-adoption):
 * the base of every element (element.ts) with the words of standards adoption (its own, those of
 * responses and the shared figures and charts). An element that sets its own words extends
 * element.ts's base directly.
 */
import { OpenMaturityElement } from './element.js';
import { elementWords } from './i18n.js';
import { adoptionWords } from './i18n-adoption.js';
import { chartWords } from './i18n-charts.js';
import { figureWords } from './i18n-figures.js';
import { responseWords } from './i18n-responses.js';

const words = elementWords({ ...figureWords, ...responseWords, ...chartWords, ...adoptionWords });

abstract class ElementWithAdoptionWords<View> extends OpenMaturityElement<View, ReturnType<typeof words.of>> {
  protected readonly words = words;
}

// Under the base's name, which the element imports.
export { ElementWithAdoptionWords as OpenMaturityElement };
