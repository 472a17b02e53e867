/**
 * The local voice of the demo cohort (demo data): barriers on unmet indicators, planned dates,
 * and each trust's adoption of the standards the framework asks for, for this year and last.
 */
import { type Assessment, type Framework, type Period } from '../../packages/core/src/index.js';
import { isMet } from '../../packages/core/src/engine/index.js';
import { type AdoptionStage, type BarrierCode } from '../../packages/core/src/format/index.js';
import { seeded, seedOf } from './random.js';

const STANDARDS = ['fhir-uk-core', 'gp-connect', 'nhs-login', 'nhs-number', 'snomed-ct', 'dm-d'];
const STAGES: AdoptionStage[] = ['not-started', 'planning', 'implementing', 'live'];
const NOTES: Partial<Record<BarrierCode, string>> = {
  funding: 'Capital bid deferred to next financial year (demo data).',
  'workforce-and-skills': 'Two informatics posts vacant since spring (demo data).',
  'supplier-readiness': 'Waiting for our EPR supplier’s next release (demo data).',
  'standard-not-ready': 'The profile we need is still in draft (demo data).',
  infrastructure: 'Network refresh not finished on two sites (demo data).',
  'competing-priorities': 'Elective recovery took the team this year (demo data).',
  timeline: 'The national deadline left no time to test safely (demo data).',
};
const CODES = Object.keys(NOTES) as BarrierCode[];

/** Adds barriers, planned dates and standards adoption to an assessment, deterministically. */
export function withLocalVoice(framework: Framework, assessment: Assessment, lastYear = false): Assessment {
  const random = seeded(seedOf(`${assessment.organisation.odsCode}-voice`));
  const planned = lastYear ? '2025-03-31' : '2026-03-31';
  const indicators = new Map(framework.indicators.map((i) => [i.id, i]));
  const responses = assessment.responses.map((response) => {
    const indicator = indicators.get(response.indicator)!;
    if (isMet(framework, indicator, response.value) || !random.chance(0.3)) return response;
    const codes = [...new Set([random.pick(CODES), random.pick(CODES)])];
    return {
      ...response,
      barriers: codes.map((code) => ({ code, note: NOTES[code] })),
      plannedDate: random.chance(0.6) ? planned : undefined,
    };
  });
  const capability = random.next();
  const standardsAdoption = STANDARDS.map((standard) => {
    // Stages lean on the trust's capability; a year earlier, one step behind more often than not.
    let index = Math.min(3, Math.floor((capability * 0.6 + random.next() * 0.6) * 4));
    if (lastYear && index > 0 && random.chance(0.6)) index--;
    const stage = STAGES[index]!;
    const code = random.pick(CODES);
    return stage === 'live'
      ? { standard, stage }
      : { standard, stage, plannedDate: planned, barriers: [{ code, note: NOTES[code] }] };
  });
  return { ...assessment, responses, standardsAdoption };
}

/** Last year's assessment of a cohort member: the same answers, a year earlier. */
export function lastYearOf(framework: Framework, current: Assessment, period: Period): Assessment {
  return withLocalVoice(
    framework,
    { ...current, id: `${current.organisation.odsCode}-${period.id}`, period, status: 'published' },
    true,
  );
}
