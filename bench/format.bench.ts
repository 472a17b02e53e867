/**
 * Parse throughput of a 300-response assessment: our zod/mini schemas (shape, then fit to the
 * framework) against ajv compiled from the JSON Schema generated from those same schemas.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Assessment, parseDocument, parseDocumentText, validateAssessment } from '@openmaturity/core';
import { toJsonSchema } from '@openmaturity/core/format';
import { measure, rate, type Row } from './harness.js';
import { generatedFramework, smallAssessment } from '../packages/core/test/helpers.js';

function corpus(size: number) {
  const measures = [{ type: 'level' }, { type: 'yes-no' }, { type: 'percentage' }] as const;
  const framework = generatedFramework(size, (i) => ({
    measure: measures[i % 3]!,
    weight: 1 + (i % 3),
    tier: (['foundation', 'core', 'advanced'] as const)[i % 3]!,
    prerequisites: i > 0 ? [`i${i - 1}`] : [],
  }));
  const assessment = smallAssessment({
    framework: { id: framework.id, version: framework.version },
    responses: framework.indicators.map((indicator, i) => ({
      indicator: indicator.id,
      value:
        indicator.measure.type === 'yes-no'
          ? i % 2 === 0
          : indicator.measure.type === 'level'
            ? 1 + (i % 5)
            : (i * 7) % 101,
      evidence: [{ url: `https://intranet.example.nhs.uk/evidence/${i}`, title: `Evidence ${i}` }],
      comment: 'Reviewed at the digital board in March; action plan agreed.',
      confidence: 'self-assessed',
    })),
  });
  return { framework, assessment };
}

export function formatBenchmarks(): Row[] {
  const { framework, assessment } = corpus(300);
  const text = JSON.stringify(assessment);
  const ajv = new Ajv2020({ strict: false });
  addFormats.default(ajv);
  const ajvValidate = ajv.compile(toJsonSchema('Assessment'));
  if (!ajvValidate(assessment) || !Assessment.safeParse(assessment).success)
    throw new Error('the benchmark assessment must be valid');

  const reference = measure(() => ajvValidate(assessment)).opsPerSecond;
  const group = 'format: 300-response assessment';
  const row = (name: string, run: () => unknown): Row => {
    const ops = measure(run).opsPerSecond;
    return {
      group,
      name,
      value: `${rate(ops, 'docs/s')} (${rate(ops * 300, 'responses/s')})`,
      reference: rate(reference, 'docs/s'),
      ratio: `${(ops / reference).toFixed(2)}x`,
      budget: '',
    };
  };
  return [
    {
      group,
      name: 'ajv, compiled from the generated JSON Schema, formats checked (reference)',
      value: `${rate(reference, 'docs/s')} (${rate(reference * 300, 'responses/s')})`,
      reference: '',
      ratio: '1.00x',
      budget: '',
    },
    row('zod/mini schema, safeParse', () => Assessment.safeParse(assessment)),
    row('parseDocument (in Node: ajv standalone first, zod for the words; + integrity)', () =>
      parseDocument(assessment, { kind: 'Assessment' }),
    ),
    row('parseDocument + validateAssessment', () =>
      validateAssessment(parseDocument(assessment, { kind: 'Assessment' }), framework),
    ),
    row('parseDocumentText (JSON.parse included)', () => parseDocumentText(text, { kind: 'Assessment' })),
    row('JSON.parse + parseDocument (parseDocumentText without its text checks: repeated names, depth)', () =>
      parseDocument(JSON.parse(text), { kind: 'Assessment' }),
    ),
    row('JSON.parse + ajv', () => ajvValidate(JSON.parse(text))),
  ];
}
