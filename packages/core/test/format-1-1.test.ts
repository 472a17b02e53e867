/**
 * Format 1.1 is a minor version: every 1.0 document stays valid (the whole corpus, the bundled
 * data and the signed fixtures, as written and relabelled 1.1), and what 1.1 adds describes
 * the organisations of the real registers: ODS codes of 1 to 9 characters, organisations known
 * only by another register's code, every sector, successors.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentIssues, formatPath, safeParseDocument, SCHEMA_VERSION } from '@openmaturity/core';
import { allJsonSchemas, OrganisationType } from '@openmaturity/core/format';

function jsonFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return jsonFiles(new URL(`${entry.name}/`, dir));
    return entry.name.endsWith('.json') ? [new URL(entry.name, dir)] : [];
  });
}

// The documents of format 1.0 this repository holds: the corpus (with the standards catalogue as
// 1.0 shipped it, before it was built from the Standards Directory), the bundled data, the fixtures.
const existing = [
  ...jsonFiles(new URL('./corpus/valid/', import.meta.url)),
  ...jsonFiles(new URL('../data/', import.meta.url)),
  new URL('./fixtures/conformance/statement.json', import.meta.url),
  new URL('./fixtures/conformance/signed-es256.json', import.meta.url),
  new URL('./fixtures/conformance/signed-eddsa.json', import.meta.url),
]
  .map((url) => ({ name: url.pathname.split('/').slice(-2).join('/'), value: JSON.parse(readFileSync(url, 'utf8')) }))
  .filter(({ value }) => (value as { schemaVersion?: unknown }).schemaVersion === '1.0');

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = Object.fromEntries(Object.entries(allJsonSchemas()).map(([kind, s]) => [kind, ajv.compile(s)]));

const organisation = (extra: Record<string, unknown>) => ({
  kind: 'Organisation',
  schemaVersion: '1.1',
  name: 'A pharmacy',
  type: 'pharmacy',
  ...extra,
});
const problems = (value: unknown) => documentIssues(value).map((i) => `${i.code} at ${formatPath(i.path)}`);

describe('format 1.1', () => {
  test('is what this SDK writes', () => assert.equal(SCHEMA_VERSION, '1.1'));

  test('every 1.0 document of the repository stays valid, as written and relabelled 1.1, in zod and the JSON Schemas', () => {
    assert.ok(existing.length >= 25, `${existing.length} documents`);
    for (const { name, value } of existing) {
      for (const version of ['1.0', '1.1']) {
        const document = { ...value, schemaVersion: version };
        assert.deepEqual(problems(document), [], `${name} as ${version}`);
        assert.equal(validators[value.kind]!(document), true, `ajv: ${name} as ${version}`);
      }
    }
  });

  test('ODS codes are 1 to 9 uppercase letters or digits', () => {
    for (const code of ['X', 'RGT', 'FA123', 'A81001', 'K81003001', '8J031'])
      assert.deepEqual(problems(organisation({ odsCode: code })), [], code);
    for (const code of ['', 'K810030012', 'a81001', 'V10679-765139', 'RG T']) {
      assert.deepEqual(problems(organisation({ odsCode: code })), ['invalid_format at odsCode'], code);
      assert.equal(validators.Organisation!(organisation({ odsCode: code })), false, code);
    }
  });

  test("an organisation known only by another register's code keeps that code, and needs one of the two", () => {
    const dspt = organisation({ registerCode: { register: 'DSPT', code: 'V10679-765139' } });
    assert.deepEqual(problems(dspt), []);
    assert.equal(validators.Organisation!(dspt), true);
    const parsed = safeParseDocument(dspt);
    assert.ok(parsed.success);
    assert.equal((parsed.data as { odsCode?: string }).odsCode, undefined);
    assert.deepEqual(problems(organisation({})), ['missing at odsCode']);
    assert.deepEqual(problems(organisation({ registerCode: { register: 'DSPT', code: 'has space' } })), [
      'invalid_format at registerCode.code',
    ]);
  });

  test('every sector of the real registers has a type, and `other` keeps the published sector', () => {
    for (const type of [
      'pharmacy',
      'gp-practice',
      'nhs-dentist',
      'private-dentist',
      'care-home',
      'optician',
      'domiciliary-care',
      'charity-or-hospice',
      'company',
      'ccg',
      'csu',
      'local-authority',
      'university',
      'prison',
      'nhs-trust',
      'other',
    ])
      assert.ok(OrganisationType.options.includes(type as never), type);
    assert.deepEqual(problems(organisation({ odsCode: 'ABC', type: 'other', sector: 'PROFILE NOT COMPLETE' })), []);
  });

  test('a merged organisation names its successor; imported names and guessed types are part of the schema', () => {
    const merged = organisation({
      odsCode: '03A',
      type: 'ccg',
      closed: '2021-03-31',
      successor: { odsCode: 'X2C4Y', name: 'NHS Kirklees CCG' },
      displayName: 'NHS Greater Huddersfield CCG',
      typeInferred: false,
    });
    assert.deepEqual(problems(merged), []);
    assert.deepEqual(problems({ ...merged, successor: { odsCode: 'x' } }), ['invalid_format at successor.odsCode']);
    assert.deepEqual(problems({ ...merged, typeInferred: 'yes' }), ['invalid_type at typeInferred']);
    const properties = (allJsonSchemas().Organisation as { properties: Record<string, unknown> }).properties;
    for (const field of ['displayName', 'typeInferred', 'sector', 'successor', 'registerCode'])
      assert.ok(field in properties, field);
  });

  test('a Standard carries what the NHS Standards Directory holds', () => {
    const standard = {
      kind: 'Standard',
      schemaVersion: '1.1',
      id: 'maternity-record',
      version: '2022-01-06',
      name: 'Maternity Record',
      status: 'retired',
      statusDetail: 'deprecated',
      url: 'https://theprsb.org/standards/maternityrecord/',
      publisher: 'Professional Record Standards Body',
      category: 'Record standard',
      careSettings: ['Hospital', 'Maternity'],
      businessUses: ['Referrals'],
      referenceCodes: ['DCB3066', 'DAPB4108', 'SCCI0034'],
      documentation: [{ url: 'https://theprsb.org/standards/maternityrecord/' }],
      dependencies: [{ id: 'snomed-ct', name: 'SNOMED', url: 'https://digital.nhs.uk/x' }, { name: 'FHIR' }],
      related: [
        { name: 'Core Information Standard (CIS)', url: 'https://theprsb.org/core-information-standard-v2-0/' },
      ],
      mandatedFrom: '2020-04-01',
      mandateSource: { url: 'https://digital.nhs.uk/scci0034', title: 'SCCI0034' },
    };
    assert.deepEqual(problems(standard), []);
    assert.equal(validators.Standard!(standard), true);
    assert.deepEqual(problems({ ...standard, referenceCodes: ['Going through ISN process'] }), [
      'invalid_format at referenceCodes[0]',
    ]);
    assert.deepEqual(problems({ ...standard, dependencies: [{ id: 'x y', name: 'X' }] }), [
      'invalid_format at dependencies[0].id',
    ]);
  });

  test('a statement keeps "Standards Exceeded" apart from "Standards Met" in `exceeds`', () => {
    const statement = JSON.parse(
      readFileSync(new URL('./fixtures/conformance/statement.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    assert.deepEqual(problems({ ...statement, exceeds: true }), []);
    assert.deepEqual(problems({ ...statement, exceeds: 'yes' }), ['invalid_type at exceeds']);
  });
});
