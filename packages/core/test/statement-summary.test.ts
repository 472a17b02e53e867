/** Cohort summaries of conformance statements and change between snapshots: by hand, then on real DSPT data. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  compareSnapshots,
  isInvalidDocumentError,
  parseDocument,
  summariseStatements,
  type ConformanceStatement,
  type ConformanceStatus,
  type Organisation,
} from '@openmaturity/core';
import { publishedWording, snapshotDate } from '@openmaturity/core/engine';
import { importDspt } from '@openmaturity/core/import';

function statement(
  odsCode: string,
  status: ConformanceStatus,
  statusDetail: string,
  extras: {
    region?: string;
    icb?: string;
    issued?: string;
    expires?: string;
    standard?: string;
    successor?: string;
  } = {},
): ConformanceStatement {
  const { region, icb, issued = '2023-06-30', expires = '2024-06-30', standard = 'dspt', successor } = extras;
  return parseDocument(
    {
      kind: 'ConformanceStatement',
      schemaVersion: '1.0',
      id: `${standard}-${odsCode}-${issued}`,
      subject: {
        type: 'organisation',
        name: `Trust ${odsCode}`,
        odsCode,
        ...(region ? { region: { code: region, name: `Region ${region}` } } : {}),
        ...(icb ? { icb: { code: icb } } : {}),
        ...(successor ? { successor } : {}),
      },
      standard: { id: standard, version: '2022-23', name: 'DSPT' },
      status,
      statusDetail,
      issuer: { id: 'https://www.dsptoolkit.nhs.uk/', name: 'DSPT' },
      issued,
      expires,
    },
    { kind: 'ConformanceStatement' },
  );
}

const met = (code: string, extras = {}) => statement(code, 'conformant', '22/23 Standards Met', extras);
const exceeded = (code: string, extras = {}) => statement(code, 'conformant', '22/23 Standards Exceeded', extras);
const approaching = (code: string, extras = {}) =>
  statement(code, 'partially-conformant', '22/23 Approaching Standards', extras);
const notMet = (code: string, extras = {}) => statement(code, 'not-conformant', '22/23 Standards Not Met', extras);

describe('summariseStatements, by hand', () => {
  // Region A: 3 Met, 1 Exceeded, 1 Approaching. Region B: 1 Not Met.
  const cohort = [
    met('RA1', { region: 'Y56' }),
    met('RA2', { region: 'Y56' }),
    met('RA3', { region: 'Y56' }),
    exceeded('RA4', { region: 'Y56' }),
    approaching('RA5', { region: 'Y56' }),
    notMet('RB1', { region: 'Y58' }),
  ];

  test('counts and shares per status and per published wording, per region; a cohort under 5 is suppressed', () => {
    const summary = summariseStatements(cohort, { by: 'region' });
    assert.equal(summary.by, 'region');
    assert.deepEqual(summary.standard, { id: 'dspt', name: 'DSPT' });
    const [a, b] = summary.cohorts;
    assert.deepEqual(a!.cohort, { id: 'Y56', label: 'Region Y56' });
    assert.equal(a!.organisations, 5);
    assert.deepEqual(
      a!.statuses!.map((s) => [s.status, s.count, s.share]),
      [
        ['conformant', 4, 0.8],
        ['partially-conformant', 1, 0.2],
        ['not-conformant', 0, 0],
        ['in-progress', 0, 0],
        ['withdrawn', 0, 0],
      ],
    );
    // "Exceeded" and "Met" are both conformant; the wording tells them apart.
    assert.deepEqual(
      a!.wordings!.map((w) => [w.wording, w.count, w.share]),
      [
        ['Standards Met', 3, 0.6],
        ['Standards Exceeded', 1, 0.2],
        ['Approaching Standards', 1, 0.2],
      ],
    );
    assert.deepEqual(b, { cohort: { id: 'Y58', label: 'Region Y58' }, organisations: 1, suppressed: true });
    assert.equal(summary.overall.organisations, 6);
    assert.equal(summary.overall.statuses![0]!.share, 0.6667);
    assert.equal(summary.overall.statuses![2]!.count, 1);
  });

  test('a member with no region is counted in "Not known", last; where filters and says how many', () => {
    const summary = summariseStatements([...cohort, met('RX1')], {
      by: 'region',
      minCohortSize: 1,
      where: (m) => m.statement.subject.odsCode !== 'RA1',
    });
    assert.deepEqual(
      summary.cohorts.map((c) => [c.cohort.id, c.organisations]),
      [
        ['Y56', 4],
        ['Y58', 1],
        ['not-known', 1],
      ],
    );
    assert.equal(summary.notCounted.filteredOut, 1);
  });

  test('organisations from Organisation documents win over what the statement says', () => {
    const organisations: Organisation[] = ['RA1', 'RA2'].map((odsCode) => ({
      kind: 'Organisation',
      schemaVersion: '1.0',
      odsCode,
      name: odsCode,
      type: 'acute-trust',
      icb: { code: 'QOP', name: 'Greater Manchester' },
    }));
    const summary = summariseStatements(cohort, { by: 'icb', organisations, minCohortSize: 1 });
    assert.deepEqual(
      summary.cohorts.map((c) => [c.cohort.label, c.organisations]),
      [
        ['Greater Manchester', 2],
        ['Not known', 4],
      ],
    );
    const types = summariseStatements(cohort, { by: 'type', organisations, minCohortSize: 1 });
    assert.deepEqual(types.cohorts[0]!.cohort, { id: 'acute-trust', label: 'acute-trust' });
  });

  test('read as of its own date: a 2022-23 snapshot has not expired; as of July 2024 it has', () => {
    assert.equal(snapshotDate(cohort), '2023-06-30');
    assert.equal(summariseStatements(cohort).overall.expired, 0);
    assert.equal(summariseStatements(cohort, { asOf: '2024-06-30' }).overall.expired, 0);
    assert.equal(summariseStatements(cohort, { asOf: '2024-07-01' }).overall.expired, 6);
  });

  test('one statement per organisation: the latest issued by the as-of date; later ones are left out and counted', () => {
    const history = [
      approaching('RA1', { issued: '2022-06-30', expires: '2023-06-30' }),
      met('RA1', { issued: '2023-06-30' }),
      exceeded('RA1', { issued: '2024-06-30', expires: '2025-06-30' }),
      ...['RA2', 'RA3', 'RA4', 'RA5'].map((c) => met(c)),
    ];
    const summary = summariseStatements(history, { asOf: '2023-12-31' });
    assert.equal(summary.overall.organisations, 5);
    assert.deepEqual(summary.notCounted, { issuedLater: 1, superseded: 1, filteredOut: 0 });
    assert.equal(summary.overall.wordings![0]!.count, 5);
    // As of the later statement's own day, it counts.
    assert.equal(
      summariseStatements(history, { asOf: '2024-06-30' }).overall.wordings![1]!.wording,
      'Standards Exceeded',
    );
  });

  test('statements of several standards need the standard option; a bad as-of date is an issue', () => {
    const mixed = [...cohort, met('RA1', { standard: 'cyber-essentials' })];
    assert.throws(
      () => summariseStatements(mixed),
      (e: unknown) => isInvalidDocumentError(e) && /2 standards: dspt, cyber-essentials/.test(e.message),
    );
    assert.equal(summariseStatements(mixed, { standard: 'dspt' }).overall.organisations, 6);
    assert.throws(
      () => summariseStatements(cohort, { asOf: '30/06/2024' }),
      (e: unknown) => isInvalidDocumentError(e) && /asOf: expected a date YYYY-MM-DD/.test(e.message),
    );
  });

  test('publishedWording drops a year prefix only', () => {
    assert.equal(publishedWording({ status: 'conformant', statusDetail: '2022/23 Standards Met' }), 'Standards Met');
    assert.equal(
      publishedWording({ status: 'conformant', statusDetail: 'Standards Met (19-20)' }),
      'Standards Met (19-20)',
    );
    assert.equal(publishedWording({ status: 'in-progress' }), 'in-progress');
  });
});

describe('compareSnapshots, by hand', () => {
  const earlier = [
    met('R01', { issued: '2021-06-30' }),
    met('R02', { issued: '2021-06-30' }),
    approaching('R03', { issued: '2021-06-30' }),
    notMet('R04', { issued: '2021-06-30' }),
    met('RX1', { issued: '2021-06-30', successor: 'RY1' }),
    met('RZ1', { issued: '2021-06-30' }),
  ];
  const later = [met('R01'), approaching('R02'), met('R03'), notMet('R04'), exceeded('RY1'), met('RN1')];

  test('moves between statuses and wordings, following successors; the unmatched are named', () => {
    const change = compareSnapshots(earlier, later, { minCohortSize: 1 });
    assert.deepEqual(change.from, { asOf: '2021-06-30', organisations: 6 });
    assert.deepEqual(change.to, { asOf: '2023-06-30', organisations: 6 });
    const o = change.overall;
    assert.equal(o.organisations, 5);
    assert.deepEqual(o.moves, [
      { from: 'conformant', to: 'conformant', count: 2 },
      { from: 'conformant', to: 'partially-conformant', count: 1 },
      { from: 'not-conformant', to: 'not-conformant', count: 1 },
      { from: 'partially-conformant', to: 'conformant', count: 1 },
    ]);
    assert.deepEqual(
      o.wordingMoves!.map((m) => `${m.from} -> ${m.to}: ${m.count}`),
      [
        'Approaching Standards -> Standards Met: 1',
        'Standards Met -> Approaching Standards: 1',
        'Standards Met -> Standards Exceeded: 1',
        'Standards Met -> Standards Met: 1',
        'Standards Not Met -> Standards Not Met: 1',
      ],
    );
    assert.deepEqual([o.improved, o.worsened, o.unchanged, o.other], [1, 1, 3, 0]);
    assert.deepEqual(change.followed, [{ from: 'RX1', to: 'RY1' }]);
    assert.deepEqual(
      change.unmatched.map((u) => [u.id, u.reason]),
      [
        ['RZ1', 'not-in-later'],
        ['RN1', 'not-in-earlier'],
      ],
    );
  });

  test('successors from the option, followed along a chain; a successor missing from the later snapshot is said', () => {
    const before = [met('RA1', { issued: '2021-06-30' }), met('RB1', { issued: '2021-06-30' })];
    const after = [approaching('RC1')];
    const change = compareSnapshots(before, after, {
      successors: new Map([
        ['RA1', 'RB1'],
        ['RB1', 'RC1'],
      ]),
      minCohortSize: 1,
    });
    // Both merged, in the end, into RC1: it counts once per predecessor.
    assert.equal(change.overall.organisations, 2);
    assert.deepEqual(change.followed, [
      { from: 'RA1', to: 'RC1' },
      { from: 'RB1', to: 'RC1' },
    ]);
    const lost = compareSnapshots(before, after, { successors: { RA1: 'RQ9' }, minCohortSize: 1 });
    assert.deepEqual(
      lost.unmatched.filter((u) => u.reason === 'not-in-later'),
      [
        { id: 'RA1', name: 'Trust RA1', status: 'conformant', reason: 'not-in-later', successors: ['RQ9'] },
        { id: 'RB1', name: 'Trust RB1', status: 'conformant', reason: 'not-in-later' },
      ],
    );
  });

  test('per cohort of the later snapshot, suppressed under the minimum', () => {
    const change = compareSnapshots(
      earlier,
      later.map((s, i) => ({ ...s, subject: { ...s.subject, region: { code: i < 4 ? 'Y56' : 'Y58' } } })),
      { by: 'region' },
    );
    assert.deepEqual(
      change.cohorts.map((c) => [c.cohort.id, c.organisations, c.suppressed]),
      [
        ['Y56', 4, true],
        ['Y58', 1, true],
      ],
    );
    assert.equal(change.overall.suppressed, false);
  });
});

describe('real DSPT data: trusts, 2022/23 snapshot of 16 November 2023', () => {
  const text = readFileSync(
    new URL('../../../data/real/dspt-trusts-2022-23-snapshot-2023-11-16.csv', import.meta.url),
    'utf8',
  );
  const { documents, problems } = importDspt(text, { snapshotDate: '2023-11-16' });

  test('counts by region match the file counted by hand (211 trusts in 7 regions)', () => {
    assert.deepEqual(problems, []);
    const summary = summariseStatements(documents, { by: 'region' });
    assert.equal(summary.asOf, '2023-11-16');
    assert.equal(summary.overall.organisations, 211);
    assert.deepEqual(
      summary.overall.wordings!.map((w) => [w.wording, w.count]),
      [
        ['Standards Met', 138],
        ['Approaching Standards', 57],
        ['Standards Exceeded', 15],
        ['Not Published', 1],
      ],
    );
    assert.deepEqual(
      summary.cohorts.map((c) => [c.cohort.id, c.organisations]),
      [
        ['Y60', 41],
        ['Y56', 34],
        ['Y63', 33],
        ['Y62', 31],
        ['Y59', 30],
        ['Y61', 22],
        ['Y58', 20],
      ],
    );
    const southWest = summary.cohorts.find((c) => c.cohort.id === 'Y58')!;
    assert.deepEqual(
      southWest.statuses!.filter((s) => s.count > 0).map((s) => [s.status, s.count]),
      [
        ['conformant', 14],
        ['partially-conformant', 5],
        ['in-progress', 1],
      ],
    );
    // Read as of its own day, no 2022/23 statement has expired; read today, all have.
    assert.equal(summary.overall.expired, 0);
    assert.equal(summariseStatements(documents, { asOf: '2024-07-01' }).overall.expired, 211);
  });

  test('by ICB: 42 ICBs, the 20 with fewer than 5 trusts suppressed', () => {
    const summary = summariseStatements(documents, { by: 'icb' });
    assert.equal(summary.cohorts.length, 42);
    assert.equal(summary.cohorts.filter((c) => c.suppressed).length, 20);
    assert.deepEqual(
      [summary.cohorts[0]!.cohort.id, summary.cohorts[0]!.organisations, summary.cohorts[0]!.suppressed],
      ['QYG', 16, false],
    );
  });
});
