/**
 * The assessment workbook's layout and the words of its cells: what the template writes and
 * the importer reads, in one place so that the two cannot drift apart.
 *
 * The answers sheet opens with four labelled rows (framework, version, organisation, period)
 * above the header row, so that a CSV saved from that sheet alone still says what it answers.
 */
import type { Confidence, ResponseValue } from '../format/kinds/assessment.js';
import type { Framework, Indicator, ScaleLevel } from '../format/kinds/framework.js';
import { barrierCodes, type BarrierCode } from '../format/local-voice.js';

/** The sheets' names. */
export const SHEETS = { instructions: 'Instructions', answers: 'Answers', lists: 'Lists' } as const;

/** The labels of the rows above the header that say what the workbook answers. */
export const META_LABELS = {
  framework: 'Framework',
  frameworkVersion: 'Framework version',
  organisation: 'Organisation (ODS code)',
  period: 'Period',
} as const;
export type MetaKey = keyof typeof META_LABELS;

/** The answers sheet's columns, in order. The importer finds them by header, not by place. */
export const COLUMNS = [
  { key: 'indicator', header: 'Indicator id (do not change)', width: 26 },
  { key: 'domain', header: 'Domain', width: 22 },
  { key: 'name', header: 'Indicator', width: 40 },
  { key: 'how', header: 'How to answer', width: 30 },
  { key: 'answer', header: 'Answer', width: 24 },
  { key: 'evidence', header: 'Evidence links', width: 32 },
  { key: 'comment', header: 'Comment', width: 32 },
  { key: 'confidence', header: 'Confidence', width: 20 },
  { key: 'barriers', header: 'Barriers', width: 28 },
  { key: 'plannedDate', header: 'Planned date', width: 16 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The row of the header on the answers sheet the template writes (the importer searches for it). */
export const HEADER_ROW = 6;

export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  'self-assessed': 'Self-assessed',
  'peer-reviewed': 'Peer reviewed',
  'externally-validated': 'Externally validated',
};

export const BARRIER_WORDS: Record<BarrierCode, string> = {
  funding: 'Funding',
  'workforce-and-skills': 'Workforce and skills',
  'supplier-readiness': 'Supplier readiness',
  'standard-not-ready': 'The standard is not ready',
  infrastructure: 'Infrastructure',
  'competing-priorities': 'Competing priorities',
  timeline: 'The timeline',
};

export const YES = 'Yes';
export const NO = 'No';

/** `3 - Established`: a level as the drop-down offers it. */
export const levelText = (level: ScaleLevel): string => `${level.value} - ${level.label}`;

/** The drop-down of an indicator's answer cell; undefined for a percentage (a number). */
export function answerChoices(indicator: Indicator, framework: Framework): string[] | undefined {
  const { measure } = indicator;
  switch (measure.type) {
    case 'level':
      return framework.scale.levels.map(levelText);
    case 'yes-no':
      return [YES, NO];
    case 'choice':
      return measure.options.map((option) => option.label);
    case 'percentage':
      return undefined;
  }
}

/** What the "How to answer" column says for an indicator. */
export function howToAnswer(indicator: Indicator, framework: Framework): string {
  const { measure } = indicator;
  switch (measure.type) {
    case 'level':
      return `A level from ${framework.scale.min} to ${framework.scale.max}: choose from the list`;
    case 'yes-no':
      return 'Yes or No';
    case 'choice':
      return 'Choose from the list';
    case 'percentage':
      return measure.better === 'lower'
        ? 'A percentage from 0 to 100 (lower is better)'
        : 'A percentage from 0 to 100 (higher is better)';
  }
}

/** What the template writes in an answer cell for an existing answer. */
export function answerCell(value: ResponseValue, indicator: Indicator, framework: Framework): string | number | null {
  if (value === null) return null;
  const { measure } = indicator;
  switch (measure.type) {
    case 'level': {
      const level = framework.scale.levels.find((l) => l.value === value);
      return level ? levelText(level) : (value as number);
    }
    case 'yes-no':
      return value ? YES : NO;
    case 'choice':
      return measure.options.find((option) => option.value === value)?.label ?? String(value);
    case 'percentage':
      return value as number;
  }
}

/** A cell's value as the readers give it: text, a number, a boolean, a date, or empty. */
export type SheetValue = string | number | boolean | Date | null;

/** An answer read from a cell, or the words of what was expected there. */
export type ReadAnswer = { value: ResponseValue } | { expected: string };

const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads a number typed as a number or as text (`"3"`, `" 45 "`), else undefined. */
function asNumber(cell: SheetValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'string' && NUMBER.test(cell.trim())) return Number(cell.trim());
  return undefined;
}

/**
 * Reads an answer cell: what the drop-down offers, and what people and other programs type
 * instead (`3`, `Established`, `yes`, `TRUE`, `45%`, a choice's id). An empty cell is `null`.
 */
export function readAnswer(cell: SheetValue, indicator: Indicator, framework: Framework): ReadAnswer {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  const { measure } = indicator;
  const text = typeof cell === 'string' ? fold(cell) : undefined;
  switch (measure.type) {
    case 'level': {
      const { min, max, levels } = framework.scale;
      const expected = `a level from ${min} to ${max}`;
      const level =
        text === undefined ? undefined : levels.find((l) => fold(levelText(l)) === text || fold(l.label) === text);
      if (level) return { value: level.value };
      // `3 - Established` with another label (a renamed level), or a plain number.
      const number = asNumber(cell) ?? (text === undefined ? undefined : asNumber(text.split(' - ')[0] ?? ''));
      return number !== undefined && number >= min && number <= max ? { value: number } : { expected };
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return { value: cell };
      if (text === 'yes' || text === 'y' || text === 'true' || cell === 1) return { value: true };
      if (text === 'no' || text === 'n' || text === 'false' || cell === 0) return { value: false };
      return { expected: 'Yes or No' };
    }
    case 'percentage': {
      const expected = 'a percentage from 0 to 100';
      const number = asNumber(cell) ?? (text?.endsWith('%') ? asNumber(text.slice(0, -1)) : undefined);
      return number !== undefined && number >= 0 && number <= 100 ? { value: number } : { expected };
    }
    case 'choice': {
      const option = measure.options.find(
        (o) => (text !== undefined && fold(o.label) === text) || o.value === String(cell).trim(),
      );
      return option
        ? { value: option.value }
        : { expected: `one of ${measure.options.map((o) => JSON.stringify(o.label)).join(', ')}` };
    }
  }
}

/** Reads a confidence cell: its words or its code. */
export function readConfidence(text: string): Confidence | undefined {
  const folded = fold(text);
  return (Object.entries(CONFIDENCE_WORDS) as [Confidence, string][]).find(
    ([code, words]) => code === folded || fold(words) === folded,
  )?.[0];
}

/** Reads one barrier: its code or its words (`Workforce and skills`). */
export function readBarrier(text: string): BarrierCode | undefined {
  const folded = fold(text);
  return barrierCodes.find((code) => code === folded.replace(/ /g, '-') || fold(BARRIER_WORDS[code]) === folded);
}

/** Splits a cell that holds a list (barriers, links): by line, comma or semicolon. */
export const splitList = (text: string, separators = /[\n;,]+/): string[] =>
  text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
