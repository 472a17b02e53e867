/**
 * Scores: per indicator on 0-100, per domain and overall the weighted mean of what was
 * answered, coverage beside every score, a level from the framework's scale, and for staged
 * frameworks the stage reached and what blocks the next. Unanswered indicators are left out of
 * every mean, never counted as zero; coverage says how much was answered.
 */
import type { Assessment, ResponseValue } from '../format/kinds/assessment.js';
import type { Framework, ScaleLevel } from '../format/kinds/framework.js';
import type { FrameworkRef } from '../format/shared.js';
import { isMet, scoreAnswer } from './measures.js';

/** How much of a domain or framework was answered. */
export interface Coverage {
  answered: number;
  total: number;
  /** answered / total, from 0 to 1 (1 for an empty domain). */
  ratio: number;
}

/** One answered indicator's part in a mean: the explanation of a score. */
export interface Contribution {
  indicator: string;
  /** The index of the response in `assessment.responses`. */
  response: number;
  value: ResponseValue;
  score: number;
  weight: number;
}

export interface ScoreSummary {
  /** The weighted mean, 0-100, of what was answered; `undefined` when nothing (with weight) was. */
  score: number | undefined;
  /** The framework's level for the score (for staged frameworks, the stage reached). */
  level: ScaleLevel | undefined;
  coverage: Coverage;
  /** Which responses made the score, with which weights. */
  contributions: Contribution[];
}

export interface DomainScore extends ScoreSummary {
  domain: string;
  name: string;
}

export interface IndicatorScore {
  indicator: string;
  domain: string;
  /** The answer, `undefined` when there is no response. */
  value: ResponseValue | undefined;
  score: number | undefined;
  weight: number;
  met: boolean;
}

/** For frameworks scored by cumulative stages. */
export interface StageResult {
  /** The highest stage whose criteria, and those of every stage below it, are all met; absent when even the first stage is not. */
  reached?: number;
  label?: string;
  /** The next stage and the criteria not yet met that block it; absent at the top stage. */
  next?: { stage: number; label: string; blockedBy: string[] };
}

export interface ScoreResult {
  framework: FrameworkRef;
  organisation: string;
  period: string;
  overall: ScoreSummary;
  domains: DomainScore[];
  indicators: IndicatorScore[];
  stages?: StageResult;
}

/**
 * Scores an assessment against its framework. Pure; the order of responses changes nothing.
 * Give it documents that passed `parseDocument` and `validateAssessment`: an answer that does
 * not fit its measure is treated as unanswered, and of two responses to one indicator the
 * first counts.
 *
 * @example
 * ```ts
 * const result = score(framework, assessment);
 * result.overall.score;            // 62.5
 * result.overall.coverage.ratio;   // 0.8: a fifth of the indicators are unanswered
 * result.domains[0].contributions; // which responses made the first domain's score
 * ```
 */
export function score(framework: Framework, assessment: Assessment): ScoreResult {
  const responses = new Map<string, { value: ResponseValue; index: number }>();
  assessment.responses.forEach((response, index) => {
    if (!responses.has(response.indicator)) responses.set(response.indicator, { value: response.value, index });
  });

  const indicators: IndicatorScore[] = [];
  const byDomain = new Map<string, { total: number; answered: number; contributions: Contribution[] }>(
    framework.domains.map((domain) => [domain.id, { total: 0, answered: 0, contributions: [] }]),
  );
  for (const indicator of framework.indicators) {
    const response = responses.get(indicator.id);
    const value = response?.value;
    const points = scoreAnswer(framework, indicator, value);
    const weight = indicator.weight ?? 1;
    indicators.push({
      indicator: indicator.id,
      domain: indicator.domain,
      value,
      score: points,
      weight,
      met: isMet(framework, indicator, value),
    });
    const domain = byDomain.get(indicator.domain);
    if (!domain) continue;
    domain.total++;
    if (points === undefined) continue;
    domain.answered++;
    domain.contributions.push({
      indicator: indicator.id,
      response: response!.index,
      value: value!,
      score: points,
      weight,
    });
  }

  const domains: DomainScore[] = framework.domains.map((domain) => {
    const { total, answered, contributions } = byDomain.get(domain.id)!;
    return { domain: domain.id, name: domain.name, ...summarise(framework, contributions, answered, total) };
  });
  const all = domains.flatMap((domain) => domain.contributions);
  const overall = summarise(framework, all, all.length, framework.indicators.length);
  const stages = framework.scoring.method === 'cumulative-stages' ? stageReached(framework, indicators) : undefined;
  if (stages) overall.level = stages.reached === undefined ? undefined : levelAt(framework, stages.reached);

  return {
    framework: { id: framework.id, version: framework.version },
    organisation: assessment.organisation.odsCode,
    period: assessment.period.id,
    overall,
    domains,
    indicators,
    stages,
  };
}

function summarise(framework: Framework, contributions: Contribution[], answered: number, total: number): ScoreSummary {
  // Weights relative to the largest: the mean is the same, and no sum of weights of up to
  // 1e308 each (a document that skipped validation) overflows into NaN.
  const top = contributions.reduce((largest, c) => Math.max(largest, c.weight), 0);
  let weighted = 0;
  let weights = 0;
  for (const c of contributions) {
    const weight = c.weight / top;
    weighted += c.score * weight;
    weights += weight;
  }
  const mean = weights > 0 ? weighted / weights : undefined;
  // A mean of scores from 0 to 100 lies between them; rounding may step a hair outside.
  const points = mean === undefined || !Number.isFinite(mean) ? undefined : Math.min(100, Math.max(0, mean));
  return {
    score: points,
    level: points === undefined ? undefined : levelFor(framework, points),
    coverage: { answered, total, ratio: total === 0 ? 1 : answered / total },
    contributions,
  };
}

/** The framework's level for a score from 0 to 100: the highest level that starts at or below it. */
export function levelFor(framework: Pick<Framework, 'scale'>, points: number): ScaleLevel | undefined {
  const { min, max } = framework.scale;
  return levelAt(framework, min + (points / 100) * (max - min));
}

function levelAt(framework: Pick<Framework, 'scale'>, value: number): ScaleLevel | undefined {
  let found: ScaleLevel | undefined;
  // A hair of tolerance, so that 3 of 1-5 (50 points) maps back to level 3 despite rounding.
  for (const level of framework.scale.levels) if (level.value <= value + 1e-9) found = level;
  return found;
}

function stageReached(framework: Framework, indicators: IndicatorScore[]): StageResult {
  const stages =
    framework.scoring.method === 'cumulative-stages'
      ? [...framework.scoring.stages].sort((a, b) => a.value - b.value)
      : [];
  const unmet = new Map<number, string[]>();
  const stageOf = new Map(framework.indicators.map((indicator) => [indicator.id, indicator.stage]));
  for (const indicator of indicators) {
    const stage = stageOf.get(indicator.indicator);
    if (stage !== undefined && !indicator.met) unmet.set(stage, [...(unmet.get(stage) ?? []), indicator.indicator]);
  }
  let reached: (typeof stages)[number] | undefined;
  for (const stage of stages) {
    if (unmet.has(stage.value)) {
      return {
        reached: reached?.value,
        label: reached?.label,
        next: { stage: stage.value, label: stage.label, blockedBy: unmet.get(stage.value)! },
      };
    }
    reached = stage;
  }
  return { reached: reached!.value, label: reached!.label };
}
