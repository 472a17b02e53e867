/**
 * The bundled data under packages/core/data: every file is a valid document, and the
 * frameworks have the shape they promise (WGLL's "basics first" chain, the 2016 DMA's
 * published answer mappings, the staged model's stages).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { parseDocument, type Framework, type Indicator, type Standard } from '@openmaturity/core';
import { catalogueFile, standardsCatalogue } from '../scripts/standards-catalogue.js';

const dataDir = new URL('../data/', import.meta.url);

/** Every JSON file under `dir`, as paths relative to the data folder. */
function jsonFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return jsonFiles(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`);
      return entry.name.endsWith('.json') ? [`${prefix}${entry.name}`] : [];
    })
    .sort();
}

const files = jsonFiles(dataDir);
/** Each file parsed with parseDocument, or the error it threw (its message lists the problems). */
const parsed = files.map((file) => {
  try {
    const json: unknown = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));
    return { file, document: parseDocument(json, { source: fileURLToPath(new URL(file, dataDir)) }) };
  } catch (error) {
    return { file, error };
  }
});
const frameworks = new Map<string, Framework>();
const standards = new Map<string, { file: string; standard: Standard }>();
for (const { file, document } of parsed) {
  if (document?.kind === 'Framework') frameworks.set(document.id, document);
  if (document?.kind === 'Standard') standards.set(document.id, { file, standard: document });
}

function framework(id: string): Framework {
  const found = frameworks.get(id);
  assert.ok(found, `a bundled framework with id ${id}`);
  return found;
}

function byId(fw: Framework): Map<string, Indicator> {
  return new Map(fw.indicators.map((indicator) => [indicator.id, indicator]));
}

describe('bundled data', () => {
  test('contains the three frameworks and the standards catalogue', () => {
    assert.ok(files.length >= 13, `found only ${files.length} JSON files`);
    assert.deepEqual([...frameworks.keys()].sort(), ['dma', 'staged-emr', 'wgll']);
    for (const id of [
      'dcb0129',
      'dcb0160',
      'dm-d',
      'dspt',
      'dtac',
      'fhir-uk-core',
      'gp-connect',
      'nhs-login',
      'nhs-number',
      'snomed-ct',
    ])
      assert.ok(standards.has(id), `the catalogue keeps ${id}, which the frameworks name`);
  });

  test('every file is a valid document: frameworks in schema version 1.0, standards in 1.1', () => {
    for (const { file, document, error } of parsed) {
      if (error !== undefined) assert.fail(error instanceof Error ? error.message : `${file}: ${String(error)}`);
      assert.equal(document?.schemaVersion, document?.kind === 'Standard' ? '1.1' : '1.0', file);
    }
  });

  test('each standard lives in standards/<id>.json and at least one is a draft', () => {
    for (const [id, { file, standard }] of standards) {
      assert.equal(file, `standards/${id}.json`);
      assert.match(standard.url, /^https:\/\//, `${id} links to an https page`);
      if (standard.source?.title !== 'NHS Standards Directory export')
        assert.ok(standard.description && standard.description.length > 20, `${id} has a description`);
    }
    const statuses = [...standards.values()].map(({ standard }) => standard.status);
    assert.ok(statuses.includes('draft'), 'at least one draft standard');
    assert.ok(statuses.filter((s) => s === 'active').length > statuses.length / 2, 'most standards are active');
  });

  test('every standards reference in every framework names a bundled standard', () => {
    for (const fw of frameworks.values()) {
      for (const indicator of fw.indicators) {
        for (const ref of indicator.standards ?? []) {
          assert.ok(
            standards.has(ref),
            `${fw.id}/${indicator.id} refers to standard ${ref}, which has no file in data/standards`,
          );
        }
      }
    }
  });
});

describe('WGLL framework', () => {
  const wgll = framework('wgll');
  const indicators = byId(wgll);

  test('has the seven success measures, a 1-5 scale and weighted-mean scoring', () => {
    assert.deepEqual(
      wgll.domains.map((d) => d.id),
      [
        'well-led',
        'smart-foundations',
        'safe-practice',
        'support-people',
        'empower-citizens',
        'improve-care',
        'healthy-populations',
      ],
    );
    assert.equal(wgll.version, '2024.1');
    assert.deepEqual([wgll.scale.min, wgll.scale.max], [1, 5]);
    assert.deepEqual(
      wgll.scale.levels.map((l) => l.value),
      [1, 2, 3, 4, 5],
    );
    assert.equal(wgll.scoring.method, 'weighted-mean');
    assert.match(wgll.source?.note ?? '', /not an official NHS England framework/);
  });

  test('has at least 35 indicators, each tier, weights 1-3 and every domain used', () => {
    assert.ok(wgll.indicators.length >= 35, `only ${wgll.indicators.length} indicators`);
    const tiers = new Set(wgll.indicators.map((i) => i.tier));
    assert.deepEqual([...tiers].sort(), ['advanced', 'core', 'foundation']);
    for (const indicator of wgll.indicators) {
      assert.ok(
        indicator.weight !== undefined && indicator.weight >= 1 && indicator.weight <= 3,
        `${indicator.id} weight`,
      );
      assert.ok(indicator.description, `${indicator.id} has a description`);
      assert.ok(indicator.topics && indicator.topics.length > 0, `${indicator.id} has topics`);
    }
    for (const domain of wgll.domains) {
      assert.ok(
        wgll.indicators.some((i) => i.domain === domain.id),
        `domain ${domain.id} has indicators`,
      );
    }
    const types = new Set(wgll.indicators.map((i) => i.measure.type));
    for (const type of ['level', 'yes-no', 'percentage']) assert.ok(types.has(type as never), `uses ${type} measures`);
  });

  test('puts the basics first: network-coverage -> ... -> ai-assisted-tools', () => {
    const chain = [
      'network-coverage',
      'electronic-patient-record',
      'e-prescribing',
      'closed-loop-medicines',
      'clinical-decision-support',
      'ai-assisted-tools',
    ];
    for (const [i, id] of chain.entries()) {
      const indicator = indicators.get(id);
      assert.ok(indicator, `indicator ${id}`);
      const previous = chain[i - 1];
      if (previous) assert.ok(indicator.prerequisites?.includes(previous), `${id} requires ${previous}`);
    }
    assert.equal(indicators.get('network-coverage')?.tier, 'foundation');
    assert.equal(indicators.get('network-coverage')?.prerequisites?.length ?? 0, 0);
    const ai = indicators.get('ai-assisted-tools');
    assert.equal(ai?.tier, 'advanced');
    assert.ok(
      ai?.prerequisites?.some((id) => id.includes('data-platform')),
      'AI needs a data platform',
    );
  });

  test('advanced indicators need something, and nothing needs a higher tier', () => {
    const rank = { foundation: 0, core: 1, advanced: 2 } as const;
    for (const indicator of wgll.indicators) {
      if (indicator.tier === 'advanced')
        assert.ok(indicator.prerequisites?.length, `${indicator.id} (advanced) has prerequisites`);
      if (indicator.tier === 'foundation')
        assert.ok((indicator.prerequisites?.length ?? 0) <= 1, `${indicator.id} (foundation) has few prerequisites`);
      for (const id of indicator.prerequisites ?? []) {
        const prerequisite = indicators.get(id);
        assert.ok(prerequisite, `${indicator.id} requires unknown ${id}`);
        assert.ok(
          rank[prerequisite.tier] <= rank[indicator.tier],
          `${indicator.id} (${indicator.tier}) requires ${id} (${prerequisite.tier})`,
        );
      }
    }
  });

  test('covers the workforce', () => {
    for (const id of [
      'clinical-digital-skills',
      'non-clinical-digital-skills',
      'board-digital-leadership',
      'digital-staff-vacancies',
      'digital-career-paths',
    ]) {
      assert.ok(indicators.get(id)?.topics?.includes('workforce'), `${id} is tagged workforce`);
    }
    const vacancies = indicators.get('digital-staff-vacancies')?.measure;
    assert.ok(
      vacancies?.type === 'percentage' && vacancies.better === 'lower' && vacancies.target === 5,
      'vacancy rate: lower is better, target 5%',
    );
  });

  test('asks for the national standards where they apply', () => {
    const expected: Record<string, string[]> = {
      'fhir-api-access': ['fhir-uk-core'],
      'gp-record-access': ['gp-connect'],
      'nhs-number-verified': ['nhs-number'],
      'coded-clinical-terms': ['snomed-ct'],
      'coded-medicines': ['dm-d'],
      'patient-login': ['nhs-login'],
      'clinical-safety-officer': ['dcb0129', 'dcb0160'],
      'cyber-toolkit': ['dspt'],
      'supplier-assurance': ['dtac'],
    };
    for (const [id, refs] of Object.entries(expected)) assert.deepEqual(indicators.get(id)?.standards, refs, id);
    for (const id of ['fhir-api-access', 'gp-record-access', 'coded-clinical-terms']) {
      assert.ok(indicators.get(id)?.topics?.includes('interoperability'), `${id} is tagged interoperability`);
    }
  });
});

describe('DMA 2016 framework', () => {
  const dma = framework('dma');
  const mappings: Record<string, Record<string, number>> = {
    agreement: { 'strongly-disagree': 0, disagree: 25, neutral: 50, agree: 75, 'strongly-agree': 100 },
    bands: { none: 0, '1-20': 20, '21-40': 40, '41-60': 60, '61-80': 80, '81-100': 100 },
    structure: { unstructured: 0, 'semi-structured': 50, 'fully-structured': 100 },
  };

  test('has the 2016 shape: three groups, 0-100, weighted mean', () => {
    assert.equal(dma.version, '2016');
    assert.deepEqual(
      dma.domains.map((d) => d.id),
      ['readiness', 'capabilities', 'infrastructure'],
    );
    assert.deepEqual([dma.scale.min, dma.scale.max], [0, 100]);
    assert.equal(dma.scoring.method, 'weighted-mean');
    assert.ok(dma.indicators.length >= 12);
    for (const domain of dma.domains) {
      assert.ok(dma.indicators.filter((i) => i.domain === domain.id).length >= 4, `${domain.id} has 4+ indicators`);
    }
    for (const indicator of dma.indicators)
      assert.ok(indicator.tier === 'core' || indicator.tier === 'foundation', indicator.id);
  });

  test('answers each indicator with one of the published mappings, exactly', () => {
    const uses: Record<string, number> = { agreement: 0, bands: 0, structure: 0 };
    for (const indicator of dma.indicators) {
      const { measure } = indicator;
      assert.equal(measure.type, 'choice', `${indicator.id} is a choice`);
      if (measure.type !== 'choice') continue;
      const scores = Object.fromEntries(measure.options.map((o) => [o.value, o.score]));
      const name = Object.keys(mappings).find((key) => Object.keys(mappings[key]!).includes(measure.options[0]!.value));
      assert.ok(name, `${indicator.id} uses a known mapping`);
      assert.deepEqual(scores, mappings[name], `${indicator.id} uses the ${name} mapping with the published scores`);
      assert.deepEqual(
        measure.options.map((o) => o.value),
        Object.keys(mappings[name]!),
        `${indicator.id} lists options in order`,
      );
      uses[name]! += 1;
    }
    for (const [name, count] of Object.entries(uses))
      assert.ok(count >= 3, `the ${name} mapping is used ${count} times, expected 3+`);
    const band = dma.indicators.find(
      (i) => i.measure.type === 'choice' && i.measure.options.some((o) => o.value === 'none'),
    );
    assert.ok(band?.measure.type === 'choice');
    assert.equal(band.measure.options[0]?.label, '0%');
    assert.equal(band.measure.options.at(-1)?.label, '81-100%');
  });
});

describe('staged framework', () => {
  const staged = framework('staged-emr');
  const indicators = byId(staged);

  test('scores by cumulative stages 0 to 7', () => {
    assert.deepEqual([staged.scale.min, staged.scale.max], [0, 7]);
    assert.deepEqual(
      staged.scale.levels.map((l) => [l.value, l.label]),
      [0, 1, 2, 3, 4, 5, 6, 7].map((v) => [v, `Stage ${v}`]),
    );
    assert.equal(staged.scoring.method, 'cumulative-stages');
    if (staged.scoring.method !== 'cumulative-stages') return;
    assert.deepEqual(
      staged.scoring.stages.map((s) => s.value),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
  });

  test('has 2-3 yes/no criteria per stage 1-7, tiered by stage, needing only lower stages', () => {
    assert.ok(staged.indicators.length >= 16);
    for (const indicator of staged.indicators) {
      const { stage } = indicator;
      assert.ok(
        stage !== undefined && Number.isInteger(stage) && stage >= 1 && stage <= 7,
        `${indicator.id} stage ${stage} is in 1..7`,
      );
      assert.equal(indicator.measure.type, 'yes-no', indicator.id);
      assert.equal(
        indicator.tier,
        stage <= 2 ? 'foundation' : stage <= 5 ? 'core' : 'advanced',
        `${indicator.id} tier`,
      );
      for (const id of indicator.prerequisites ?? []) {
        const prerequisiteStage = indicators.get(id)?.stage;
        assert.ok(
          prerequisiteStage !== undefined && prerequisiteStage < stage,
          `${indicator.id} requires ${id} from a lower stage`,
        );
      }
    }
    for (let stage = 1; stage <= 7; stage++) {
      const count = staged.indicators.filter((i) => i.stage === stage).length;
      assert.ok(count >= 2 && count <= 3, `stage ${stage} has ${count} criteria`);
    }
  });
});

describe('standards catalogue', () => {
  const built = standardsCatalogue();

  test('is what the Standards Directory export builds (npm run data:standards)', () => {
    assert.deepEqual(
      [...standards.keys()].sort(),
      built.standards.map((s) => s.id),
    );
    for (const standard of built.standards)
      assert.equal(
        readFileSync(new URL(`standards/${standard.id}.json`, dataDir), 'utf8'),
        catalogueFile(standard),
        `standards/${standard.id}.json is stale: run npm run data:standards`,
      );
  });

  test("holds the directory's 140 standards (of 143 entries, three test entries with no link left out) and four of our own", () => {
    assert.equal(built.fromDirectory, 140);
    assert.equal(built.skipped.length, 3);
    const fromDirectory = [...standards.values()].filter(
      ({ standard }) => standard.source?.title === 'NHS Standards Directory export',
    );
    assert.equal(fromDirectory.length, built.fromDirectory);
    assert.equal(standards.size, 144);
    assert.deepEqual(
      [...standards.values()]
        .filter(({ standard }) => standard.source?.title === 'OpenMaturity standards catalogue')
        .map(({ standard }) => standard.id)
        .sort(),
      ['dcb0129', 'dspt', 'dtac', 'gp-connect'],
    );
  });

  test('keeps the mandate of SNOMED CT (1 April 2020) with its source, SCCI0034', () => {
    const snomed = standards.get('snomed-ct')?.standard;
    assert.ok(snomed);
    assert.equal(snomed.mandatedFrom, '2020-04-01');
    assert.match(snomed.mandateSource?.url ?? '', /^https:\/\/digital\.nhs\.uk\/.*scci0034-snomed-ct$/);
    assert.match(snomed.mandateSource?.title ?? '', /SCCI0034/);
    assert.deepEqual(snomed.referenceCodes, ['SCCI0034']);
    assert.equal(snomed.status, 'active');
  });

  test('keeps the ids frameworks use for directory entries, saying which entry each was, and links references to them', () => {
    const dmd = standards.get('dm-d')?.standard;
    assert.equal(dmd?.name, 'Dictionary of Medicines and Devices (dm+d)');
    assert.deepEqual(dmd?.referenceCodes, ['SCCI0052']);
    assert.match(dmd?.source?.note ?? '', /Directory entry "dictionary-of-medicines-and-devices-dmd"/);
    assert.ok(!standards.has('dictionary-of-medicines-and-devices-dmd'));
    assert.equal(standards.get('dcb0160')?.standard.referenceCodes?.[0], 'DCB0160');
    assert.equal(standards.get('fhir-uk-core')?.standard.status, 'draft');
    const snomed = standards.get('snomed-ct')?.standard;
    assert.equal(snomed?.related?.find((r) => r.name.includes('SCCI0052'))?.id, 'dm-d');
    // DCB0129 is no directory entry, but entries name it: they point at our own entry.
    const naming = [...standards.values()].filter(({ standard }) =>
      [...(standard.dependencies ?? []), ...(standard.related ?? [])].some((r) => r.id === 'dcb0129'),
    );
    assert.ok(naming.length >= 3, `${naming.length} entries refer to dcb0129`);
    const ids = new Set(standards.keys());
    for (const { standard } of standards.values())
      for (const ref of [...(standard.dependencies ?? []), ...(standard.related ?? [])])
        if (ref.id !== undefined)
          assert.ok(ids.has(ref.id), `${standard.id} refers to ${ref.id}, which is in the catalogue`);
  });
});
