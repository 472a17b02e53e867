/** Shows an answer to an indicator in words: "level 3", "Yes", "62%", a choice's label. */
import type { Framework, Indicator, ResponseValue } from '@openmaturity/core';
import type { DisplayLanguage } from '@openmaturity/core/conformance';
import { formatNumber, type Messages } from './i18n.js';

export function formatAnswer(
  framework: Framework,
  indicator: Indicator,
  value: ResponseValue | undefined,
  t: Messages,
  lang: DisplayLanguage,
): string {
  if (value === undefined || value === null) return t.notAnswered;
  const { measure } = indicator;
  switch (measure.type) {
    case 'level': {
      const level = framework.scale.levels.find((l) => l.value === value);
      return `${t.levelValue(formatNumber(Number(value), lang))}${level ? ` (${level.label})` : ''}`;
    }
    case 'yes-no':
      return value === true ? t.yes : t.no;
    case 'percentage':
      return `${formatNumber(Number(value), lang)}%`;
    case 'choice':
      return measure.options.find((o) => o.value === value)?.label ?? String(value);
  }
}
