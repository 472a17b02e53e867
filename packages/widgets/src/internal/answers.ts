/** Shows an answer to an indicator in words: "level 3", "Yes", "62%", a choice's label. */
import type { Framework, Indicator, ResponseValue } from '@openmaturity/core';
import type { DisplayLanguage } from '@openmaturity/core/conformance';
import { measureRule } from '@openmaturity/core/format';
import { formatNumber } from './i18n.js';
import type { responseWords } from './i18n-responses.js';

export function formatAnswer(
  framework: Framework,
  indicator: Indicator,
  value: ResponseValue | undefined,
  t: Pick<typeof responseWords, 'notAnswered' | 'yes' | 'no' | 'levelValue'>,
  lang: DisplayLanguage,
): string {
  if (value === undefined || value === null) return t.notAnswered;
  // The words of each type of measure are the format's (format/measure-types.ts); the language is ours.
  return measureRule(indicator.measure).show(value, indicator.measure, framework.scale, {
    yes: t.yes,
    no: t.no,
    number: (n) => formatNumber(n, lang),
    level: (number, label) => `${t.levelValue(number)}${label ? ` (${label})` : ''}`,
  });
}
