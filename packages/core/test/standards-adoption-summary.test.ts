/**
 * The StandardsAdoptionSummary kind beyond the corpus: what the engine makes from a cohort's
 * assessments over the bundled (real) standards catalogue says what summariseAdoption,
 * adoptionOverTime and timelineSignals say, survives JSON unchanged, and is what publish writes;
 * a broken one is refused with the JSON path of each problem; hostile content stays data.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  isInvalidDocumentError,
  parseDocument,
  parseDocumentText,
  safeParseDocument,
  type Assessment,
  type Framework,
  type Standard,
  type StandardsAdoptionSummary,
} from '@openmaturity/core';
import { createClient, layout } from '@openmaturity/core/client';
import {
  adoptionOverTime,
  adoptionSummaryDocument,
  cohortsByPeriod,
  summariseAdoption,
  timelineSignals,
} from '@openmaturity/core/engine';
import { demoCohort, PERIODS } from '../../../scripts/examples/demo-trusts.js';
import { lastYearOf, withLocalVoice } from '../../../scripts/examples/demo-local-voice.js';
import { publishTree } from './support/fixture-tree.js';
import { startTestServer, type TestServer } from './support/server.js';

const DATA = new URL('../data/', import.meta.url);
const json = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as unknown;
const framework = parseDocument(json(new URL('frameworks/wgll-2024.json', DATA)), { kind: 'Framework' }) as Framework;
/** The bundled catalogue: the real Standards Directory's standards. */
const catalogue = readdirSync(new URL('standards/', DATA)).map(
  (name) => parseDocument(json(new URL(`standards/${name}`, DATA)), { kind: 'Standard' }) as Standard,
);
/** The examples' demo cohort, this year and last, with what each trust says of its standards. */
const current = demoCohort(framework).assessments.map((a) => withLocalVoice(framework, a));
const assessments: Assessment[] = [...current, ...current.map((a) => lastYearOf(framework, a, PERIODS.previous))];
const COMPUTED = '2025-06-01T09:00:00Z';
const document = () => adoptionSummaryDocument(assessments, catalogue, { computed: COMPUTED, title: 'Demo cohort' });

/** The issues of a document, as `code path` lines. */
function issuesOf(value: unknown): string[] {
  const result = safeParseDocument(value);
  assert.equal(result.success, false, 'refused');
  return result.error!.issues.map((i) => `${i.code} ${i.path.join('.')}`);
}
const copy = (): StandardsAdoptionSummary => JSON.parse(JSON.stringify(document())) as StandardsAdoptionSummary;

describe('StandardsAdoptionSummary: what the engine computes', () => {
  test('the figures are summariseAdoption’s, adoptionOverTime’s and timelineSignals’ for the same assessments', () => {
    const made = document();
    const latest = cohortsByPeriod(assessments).at(-1)!;
    assert.equal(latest.period.id, PERIODS.current.id);
    const summary = summariseAdoption(latest.assessments, catalogue);
    const trend = adoptionOverTime(cohortsByPeriod(assessments), catalogue);
    const signals = timelineSignals(catalogue, summary, { now: new Date(`${PERIODS.current.end}T00:00:00Z`) });
    assert.equal(made.asOf, PERIODS.current.end, 'judged as of its own period, not today');
    assert.deepEqual(
      made.periods.map((p) => p.id),
      [PERIODS.previous.id, PERIODS.current.id],
    );
    assert.equal(made.organisations, summary.cohortSize);
    assert.equal(made.organisations, current.length);
    assert.equal(
      made.standards.length,
      new Set(catalogue.map((s) => s.id)).size,
      'every standard of the catalogue once',
    );
    for (const [i, s] of made.standards.entries()) {
      const engine = summary.standards[i]!;
      assert.equal(s.standard.id, engine.standard);
      assert.deepEqual(
        [s.responding, s.suppressed, s.stages, s.shares, s.barriers],
        [engine.responding, engine.suppressed, engine.stages, engine.shares, engine.barriers],
        s.standard.id,
      );
      const over = trend[i]!;
      assert.deepEqual(
        s.periods.map((p) => [p.period, p.responding, p.suppressed, p.shares]),
        over.periods.map((p) => [p.period, p.responding, p.suppressed, p.shares]),
      );
      assert.deepEqual(s.liveChange, over.liveChange);
    }
    assert.deepEqual(
      made.signals.map((s) => JSON.stringify(s)),
      signals.map((s) => JSON.stringify(s)),
    );
    // The demo cohort adopts some standards widely enough to show: not a summary of nothing.
    assert.ok(
      made.standards.some((s) => !s.suppressed && s.liveChange),
      'some standard shows its figures and change',
    );
  });

  test('it is valid, and unchanged by JSON', () => {
    const made = document();
    const text = JSON.stringify(made);
    assert.deepEqual(parseDocument(JSON.parse(text), { kind: 'StandardsAdoptionSummary' }), JSON.parse(text));
    assert.deepEqual(JSON.parse(text), made);
    assert.equal(layout.adoptionSummary(made.id), 'adoption/2024-25.json');
    assert.equal(layout.adoptionSummaries(), 'adoption/index.json');
  });

  test('an as-of date judges the timelines then; no assessments or a date that is not one is refused', () => {
    const later = adoptionSummaryDocument(assessments, catalogue, { asOf: '2030-01-01' });
    assert.equal(later.asOf, '2030-01-01');
    assert.deepEqual(
      later.signals,
      timelineSignals(catalogue, summariseAdoption(current, catalogue), { now: new Date('2030-01-01') }).map((s) =>
        JSON.parse(JSON.stringify(s)),
      ),
    );
    assert.throws(() => adoptionSummaryDocument([], catalogue), RangeError);
    assert.throws(() => adoptionSummaryDocument(assessments, catalogue, { asOf: '31/03/2025' }), /not a date/);
  });
});

describe('StandardsAdoptionSummary: invalid, each problem at its JSON path', () => {
  const shown = (d: StandardsAdoptionSummary) => d.standards.findIndex((s) => !s.suppressed && s.liveChange);
  const hidden = (d: StandardsAdoptionSummary) => d.standards.findIndex((s) => s.suppressed);

  test('shapes: a stage the format has not, a share over 1, a negative count, a date that is no date', () => {
    const d = copy();
    const i = shown(d);
    (d.standards[i]!.stages as Record<string, number>)['not-started'] = -1;
    d.standards[i]!.shares!.live = 1.5;
    (d.standards[i]!.barriers![0] as { code: string }).code = 'money';
    d.asOf = '31/03/2025';
    assert.deepEqual(issuesOf(d).sort(), [
      'invalid_format asOf',
      `invalid_value standards.${i}.barriers.0.code`,
      `too_big standards.${i}.shares.live`,
      `too_small standards.${i}.stages.not-started`,
    ]);
  });

  test('counts that do not add up, shares that are not count / responding, a suppressed standard with figures', () => {
    const d = copy();
    const i = shown(d);
    const j = hidden(d);
    d.standards[i]!.stages!.live += 1;
    d.standards[j]!.shares = { 'not-started': 1, planning: 0, implementing: 0, live: 0 };
    assert.deepEqual(
      issuesOf(d).sort(),
      [
        `inconsistent standards.${i}.responding`,
        `inconsistent standards.${i}.shares.live`,
        `inconsistent standards.${j}.shares`,
      ].sort(),
    );
    const error = (() => {
      try {
        parseDocument(d, { source: 'adoption.json' });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(isInvalidDocumentError(error));
    assert.match(error.message, /adoption\.json/);
    assert.match(error.message, new RegExp(`standards\\[${i}\\]\\.responding: expected the sum of the stages`));
  });

  test('a change, a period and a signal that contradict the figures, named where they are', () => {
    const d = copy();
    const i = shown(d);
    d.standards[i]!.liveChange!.points += 10;
    const signal = d.signals[0]!;
    signal.daysToMandate += 1;
    assert.deepEqual(issuesOf(d), [
      `inconsistent standards.${i}.liveChange.points`,
      'inconsistent signals.0.daysToMandate',
    ]);
    const e = copy();
    e.standards[i]!.periods[0]!.period = 'elsewhen';
    e.signals[0]!.standard = 'not-in-the-catalogue';
    assert.deepEqual(issuesOf(e), [
      `inconsistent standards.${i}.periods.0.period`,
      `unknown_reference standards.${i}.liveChange.from`,
      'unknown_reference signals.0.standard',
    ]);
    const f = copy();
    f.period = { ...f.period, id: 'other' };
    assert.equal(issuesOf(f)[0], 'inconsistent period.id');
  });

  test('a suppressed cohort with a standard that shows figures', () => {
    const d = copy();
    d.suppressed = true;
    const i = shown(d);
    assert.ok(issuesOf(d).includes(`inconsistent standards.${i}.suppressed`));
  });
});

describe('StandardsAdoptionSummary: hostile', () => {
  test('markup, the longest labels and prototype names are data; one character more is refused', () => {
    const d = copy();
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><script>alert(1)</script>';
    d.title = hostile;
    d.standards[0]!.standard.name = 'Ł'.repeat(500);
    d.period.label = hostile;
    const text = JSON.stringify(d).replace('"standard":{"id"', '"standard":{"__proto__":{"polluted":true},"id"');
    const parsed = parseDocumentText(text) as StandardsAdoptionSummary;
    assert.equal(parsed.title, hostile);
    assert.equal(parsed.standards[0]!.standard.name.length, 500);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined, 'no prototype polluted');
    assert.equal((globalThis as { __pwned?: number }).__pwned, undefined);
    d.standards[0]!.standard.name = 'Ł'.repeat(501);
    (d.standards[1]!.standard as { id: string }).id = '__proto__';
    assert.deepEqual(issuesOf(d).sort(), [
      'invalid_format standards.1.standard.id',
      'too_big standards.0.standard.name',
    ]);
  });

  test('counts beyond a safe integer, fractions and text in place of numbers are refused', () => {
    const d = copy();
    (d as { organisations: unknown }).organisations = 2 ** 53;
    (d.standards[0] as { responding: unknown }).responding = 0.5;
    (d.signals[0] as { daysToMandate: unknown }).daysToMandate = '12';
    const issues = issuesOf(d);
    assert.ok(issues.includes('too_big organisations') || issues.includes('invalid_type organisations'), issues.join());
    assert.ok(issues.includes('invalid_type standards.0.responding'), issues.join());
    assert.ok(issues.includes('invalid_type signals.0.daysToMandate'), issues.join());
  });
});

describe('openmaturity publish writes the cohort’s standards adoption', () => {
  let tree: Awaited<ReturnType<typeof publishTree>>;
  let server: TestServer;
  before(async () => {
    const documents: Record<string, unknown> = {};
    for (const s of catalogue) documents[`standard-${s.id}-${s.version}.json`] = s;
    for (const a of assessments) documents[`assessment-${a.id}.json`] = a;
    tree = await publishTree(documents);
    server = await startTestServer({ tree: tree.out });
  });
  after(async () => {
    await server.close();
    tree.remove();
  });

  test('one document, the engine’s figures, found from the catalogue by the client', async () => {
    const client = createClient({ baseUrl: `${server.url}/adoption/tree/` });
    const catalogueIndex = (await client.catalogue()).document;
    assert.ok(
      catalogueIndex.items.some(
        (item) => item.of === 'StandardsAdoptionSummary' && item.href === 'adoption/index.json',
      ),
    );
    const { document: published } = await client.adoptionSummary();
    const computed = published.computed;
    // Of the catalogue, the standards the cohort reports on and those with a mandate: not a
    // hundred rows of no responses.
    const reported = new Set(assessments.flatMap((a) => (a.standardsAdoption ?? []).map((s) => s.standard)));
    const counted = catalogue.filter((s) => reported.has(s.id) || s.mandatedFrom !== undefined);
    assert.ok(counted.length > 0 && counted.length < catalogue.length / 10, `${counted.length} standards`);
    const { title: _, ...expected } = adoptionSummaryDocument(assessments, counted, { computed: COMPUTED });
    assert.match(computed, /^\d{4}-\d{2}-\d{2}T/);
    // In the order publish reads the standards (by file name), which is its catalogue's order.
    assert.deepEqual(inIdOrder({ ...published, computed: COMPUTED }), inIdOrder(expected));
    assert.ok(
      tree.stdout.includes(
        `wrote   adoption/2024-25.json (from the standards adoption of ${current.length} organisations, 2024-25)`,
      ),
      tree.stdout,
    );
  });
});

const inIdOrder = (d: StandardsAdoptionSummary) => ({
  ...d,
  standards: [...d.standards].sort((a, b) => a.standard.id.localeCompare(b.standard.id)),
  signals: [...d.signals].sort((a, b) => a.standard.localeCompare(b.standard) || a.kind.localeCompare(b.kind)),
});
