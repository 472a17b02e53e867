/** The publishing layout, its index files, and the OpenAPI document that describes both. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {
  baseUrlOf,
  documentPath,
  IndexDocument,
  indexIssues,
  isInvalidSegmentError,
  layout,
  parseIndex,
  relativeHref,
} from '../src/client/index.js';
import { indexPath, slug } from '../src/client/layout.js';
import { comparePeriods, compareVersions, conformanceSubject } from '../src/format/index.js';
import { descriptorOf, kinds } from '../src/format/documents.js';
import type { AnyDocument } from '../src/format/documents.js';
import { isInvalidDocumentError } from '../src/format/invalid-document-error.js';
import { formerPath, segment } from '../src/format/paths.js';
import { Identifier } from '../src/format/shared.js';
import { smallAssessment, smallFramework } from './helpers.js';
import { parseYaml } from './support/yaml.js';

const openapi = parseYaml(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  openapi: string;
  paths: Record<
    string,
    { get: { operationId: string; parameters: { $ref: string }[]; responses: Record<string, unknown> } }
  >;
  components: {
    responses: Record<string, unknown>;
    schemas: Record<string, Record<string, unknown>>;
    parameters: Record<string, { name: string; in: string }>;
  };
};

describe('layout', () => {
  test('builds relative paths, a colon in an id written ~3A, the same in the URL and on disk', () => {
    assert.equal(layout.framework('wgll', '2024.1'), 'frameworks/wgll/2024.1.json');
    assert.equal(
      layout.standard('om-example:interop', '0.1.0-draft'),
      'standards/om-example~3Ainterop/0.1.0-draft.json',
    );
    assert.equal(layout.conformance('RGT', 'om-example:interop'), 'conformance/RGT/om-example~3Ainterop.json');
    assert.equal(layout.assessment('RGT', '2024-25'), 'organisations/RGT/assessments/2024-25.json');
    assert.equal(layout.benchmarkPeriods('wgll', '2024.1', 'acute'), 'benchmarks/wgll/2024.1/acute/index.json');
    assert.equal(layout.catalogue(), 'index.json');
  });

  test('Windows device names and a trailing dot get a ~, the same in the URL and on disk', () => {
    assert.equal(layout.assessment('CON', '2024-25'), 'organisations/CON~/assessments/2024-25.json');
    assert.equal(layout.organisation('NUL'), 'organisations/NUL~/organisation.json');
    assert.equal(layout.framework('aux.v2', 'com1'), 'frameworks/aux~.v2/com1~.json');
    assert.equal(layout.framework('wgll', 'v1.'), 'frameworks/wgll/v1.~.json');
    assert.equal(layout.benchmarkPeriods('lpt9', '1.', 'x'), 'benchmarks/lpt9~/1.~/x/index.json');
    // Not device names: a longer name, or one inside another.
    assert.equal(layout.organisation('CONS'), 'organisations/CONS/organisation.json');
    assert.equal(layout.organisation('RCON'), 'organisations/RCON/organisation.json');
  });

  test('refuses segments that leave the tree, and file names the layout reserves', () => {
    const refused = (value: string, what: string) => (error: unknown) =>
      isInvalidSegmentError(error) &&
      error.code === 'ERR_INVALID_SEGMENT' &&
      error.value === value &&
      error.what === what &&
      error.message.includes(JSON.stringify(value));
    for (const bad of ['', '.', '..']) assert.throws(() => layout.framework(bad, '1'), refused(bad, 'frameworkId'));
    assert.throws(() => layout.framework('wgll', '..'), refused('..', 'version'));
    assert.throws(() => layout.framework('wgll', 'index'), /reserved/);
    assert.throws(() => layout.assessment('RGT', 'Latest'), /reserved/);
    assert.throws(() => layout.assessment('RGT', 'Latest'), refused('Latest', 'periodId'));
    // A directory may be called "index": only file names collide with index.json.
    assert.equal(layout.frameworkVersions('index'), 'frameworks/index/index.json');
    // What no file name may hold is escaped like a colon; what a URL may not hold is then percent-encoded.
    assert.equal(layout.framework('a/b', '1'), 'frameworks/a~2Fb/1.json');
    assert.equal(layout.framework('a b#?', '1'), 'frameworks/a%20b%23~3F/1.json');
  });

  test('a conformance subject is an ODS code, or a slug of the product name', () => {
    assert.equal(conformanceSubject({ type: 'organisation', name: 'Cambridge', odsCode: 'RGT' }), 'RGT');
    assert.equal(
      conformanceSubject({ type: 'product', name: 'Example Ltd', product: { name: 'Example EPR' } }),
      'example-epr',
    );
    assert.equal(slug('  Système EPR+ (v2) '), 'systeme-epr-v2');
    assert.throws(() => slug('+++'), TypeError);
    assert.equal(slug('x'.repeat(100)).length, 64);
  });

  test('baseUrlOf finds the root of the tree from a document and its URL', () => {
    const assessment = smallAssessment();
    const url = `https://x.example/om/${documentPath(assessment)}?v=2#top`;
    assert.equal(baseUrlOf(url, assessment), 'https://x.example/om/');
    assert.throws(
      () => baseUrlOf('https://x.example/rgt.json', assessment),
      /not where the publishing layout puts this Assessment/,
    );
    const standard = {
      kind: 'Standard',
      schemaVersion: '1.0',
      id: 'a:b',
      version: '1',
      name: 'S',
      status: 'active',
      url: 'https://s.example',
    } as const;
    assert.equal(baseUrlOf('https://x.example/standards/a:b/1.json', standard), 'https://x.example/');
  });

  test('relativeHref makes an index entry relative to the index', () => {
    assert.equal(relativeHref('frameworks/wgll/index.json', 'frameworks/wgll/2024.1.json'), '2024.1.json');
    assert.equal(
      relativeHref('index.json', 'organisations/RGT/assessments/index.json'),
      'organisations/RGT/assessments/index.json',
    );
    assert.throws(() => relativeHref('frameworks/a/index.json', 'frameworks/b/1.json'), TypeError);
  });
});

describe('ordering of versions and periods', () => {
  test('natural order: numbers by value', () => {
    assert.deepEqual(['2024.10', '2', '2024.2', '10', '2016', '2024.1'].sort(compareVersions), [
      '2',
      '10',
      '2016',
      '2024.1',
      '2024.2',
      '2024.10',
    ]);
    assert.deepEqual(['2024-25', '2016-17', '2023-24'].sort(compareVersions), ['2016-17', '2023-24', '2024-25']);
    assert.ok(compareVersions('99999999999999999999', '100000000000000000000') < 0, 'no loss of precision');
    assert.equal(compareVersions('1.0', '1.0'), 0);
  });

  test('periods by end date, then start, then id', () => {
    const period = (id: string, start: string, end: string) => ({ id, start, end });
    const sorted = [
      period('2025', '2025-01-01', '2025-12-31'),
      period('2024-25', '2024-04-01', '2025-03-31'),
      period('q4', '2025-01-01', '2025-03-31'),
    ].sort(comparePeriods);
    assert.deepEqual(
      sorted.map((p) => p.id),
      ['2024-25', 'q4', '2025'],
    );
  });
});

describe('index files', () => {
  const valid = {
    kind: 'Index',
    schemaVersion: '1.0',
    of: 'Framework',
    latest: '2',
    items: [
      { id: '1', href: '1.json' },
      { id: '2', href: '2.json', title: 'Second' },
    ],
  };

  test('a valid index parses, unknown properties kept', () => {
    const index = parseIndex({ ...valid, generator: 'hand' });
    assert.equal(index.latest, '2');
    assert.equal((index as Record<string, unknown>).generator, 'hand');
  });

  test('every problem, with its JSON path, as an InvalidDocumentError', () => {
    const brief = (value: unknown) => indexIssues(value).map((i) => `${i.code} ${i.message}`);
    assert.deepEqual(brief({ ...valid, latest: '3' }), [
      'unknown_reference latest: expected the id of one of the items, found "3"',
    ]);
    assert.deepEqual(brief({ ...valid, schemaVersion: '2.0' }), [
      'unsupported_version schemaVersion: expected schema version 1.x, the major version this SDK reads, found "2.0"',
    ]);
    assert.deepEqual(
      brief({ ...valid, of: 'Spreadsheet' }).map((m) => m.split(' ')[0]),
      ['invalid_value'],
    );
    assert.deepEqual(
      brief({
        ...valid,
        items: [
          { id: '1', href: '1.json' },
          { id: '1', href: '1.json' },
        ],
        latest: '1',
      }).map((m) => m.split(':')[0]),
      ['duplicate_id items[1].id', 'duplicate_id items[1].href'],
    );
    assert.deepEqual(
      brief({ kind: 'Index', schemaVersion: '1.0', of: 'Index', items: [{ id: 'x', href: 'x/index.json' }] }),
      ['missing items[0].of: expected what the listed index lists, found nothing'],
    );
    try {
      parseIndex({ ...valid, latest: '3' }, { source: 'https://x.example/frameworks/a/index.json' });
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(isInvalidDocumentError(error));
      assert.equal(error.source, 'https://x.example/frameworks/a/index.json');
    }
  });

  test('hrefs stay inside the index folder', () => {
    for (const href of ['2024.1.json', 'RGT/organisation.json', 'a/b/c.json', 'v.1.json'])
      assert.deepEqual(indexIssues({ ...valid, latest: undefined, items: [{ id: '1', href }] }), [], href);
    for (const href of [
      'https://evil.example/x.json',
      '//evil.example/x.json',
      '/abs.json',
      '../up.json',
      'a/../../b.json',
      'a/./b.json',
      '%2e%2E/x.json',
      'a/%2e/b.json',
      'javascript:alert(1)',
      'a b.json',
      'x.json?y',
      'a\\b.json',
      '',
    ]) {
      assert.equal(indexIssues({ ...valid, latest: undefined, items: [{ id: '1', href }] }).length, 1, href);
    }
  });
});

describe('openapi.yaml', () => {
  test('is OpenAPI 3.1 with a GET for each path, and resolvable references', () => {
    assert.equal(openapi.openapi, '3.1.0');
    const text = JSON.stringify(openapi);
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
      if (ref!.startsWith('#/')) {
        const target = ref!
          .slice(2)
          .split('/')
          .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], openapi);
        assert.ok(target, `${ref} resolves`);
      } else {
        assert.match(ref!, /^\.\/schema\/[A-Za-z]+\.schema\.json$/);
        assert.ok(
          JSON.parse(readFileSync(new URL(`../${ref!.slice(2)}`, import.meta.url), 'utf8')).$schema,
          `${ref} exists`,
        );
      }
    }
  });

  test("info.version is the layout's own: a major above 1.x, since the paths of ids with a colon moved", () => {
    // The documents carry their own version (schemaVersion); this one says which paths a
    // reader may ask for. Ids with a colon, Windows device names and a trailing dot moved in
    // 2.0.0 (formerPath still finds where 1.x put them), so a reader of 1.x paths misses them.
    const info = (openapi as unknown as { info: { version: string } }).info;
    assert.match(info.version, /^2\.\d+\.\d+$/);
    assert.equal(
      formerPath(layout.standardVersions('om-example:interop')),
      'standards/om-example%3Ainterop/index.json',
    );
  });

  test('every path is a function of layout.ts, and every function of layout.ts is a path', () => {
    const paths = Object.entries(openapi.paths);
    assert.deepEqual(paths.map(([, item]) => item.get.operationId).sort(), Object.keys(layout).sort());
    for (const [template, item] of paths) {
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const build = layout[item.get.operationId as keyof typeof layout] as (...ids: string[]) => string;
      assert.equal(build.length, names.length, `${item.get.operationId} takes ${names.length} ids`);
      // Placeholder ids, put back as {name}: the path the function builds is the template.
      let built = `/${build(...names.map((_, i) => `P${i}X`))}`;
      names.forEach((name, i) => (built = built.replace(`P${i}X`, `{${name}}`)));
      assert.equal(built, template);
      const declared = item.get.parameters
        .map((p) => openapi.components.parameters[p.$ref.split('/').pop()!]!)
        .filter((p) => p.in === 'path')
        .map((p) => p.name);
      assert.deepEqual(declared, names, `${template} declares its path parameters in order`);
    }
  });

  test('the path parameters hold the segments the layout builds: colons as ~3A, device names with a ~', () => {
    const schemaOf = (schema: Record<string, unknown>) =>
      (typeof schema.$ref === 'string' ? openapi.components.schemas[schema.$ref.split('/').pop()!]! : schema) as {
        pattern: string;
      };
    const ids = ['wgll', 'om-example:interop', 'x:y:z', 'CON', 'aux.v2', 'v1.', 'nul', 'V10679-765139', 'example-epr'];
    ids.push('a'.repeat(128), `a${':'.repeat(126)}.`);
    for (const [template, item] of Object.entries(openapi.paths)) {
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      if (names.length === 0) continue;
      const build = layout[item.get.operationId as keyof typeof layout] as (...ids: string[]) => string;
      const shape = new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      // An ODS code, a register's code or a product's slug holds no colon.
      const valueFor = (name: string, id: string) =>
        (name === 'odsCode' || name === 'subject') && id.includes(':') ? 'RGT' : id;
      for (const id of ids) {
        const built = `/${build(...names.map((name) => valueFor(name, id)))}`;
        const values = shape.exec(built)!.slice(1);
        names.forEach((name, i) => {
          const parameter = openapi.components.parameters[name] as unknown as { schema: Record<string, unknown> };
          assert.match(values[i]!, new RegExp(schemaOf(parameter.schema).pattern), `${name} of ${built}`);
        });
      }
    }
  });

  test("each kind's index answers with an Index, and each document with its kind's JSON Schema", () => {
    const operations = new Map(Object.values(openapi.paths).map((item) => [item.get.operationId, item.get]));
    for (const { kind, publishing } of kinds) {
      const index = operations.get(publishing.index.name);
      assert.deepEqual(index?.responses['200'], { $ref: '#/components/responses/Index' }, publishing.index.name);
      const document = operations.get(publishing.document.name)?.responses['200'] as
        { content: { 'application/json': { schema: { $ref: string } } } } | undefined;
      assert.equal(
        document?.content['application/json'].schema.$ref,
        `./schema/${kind}.schema.json`,
        publishing.document.name,
      );
    }
  });

  test('the Index component is the JSON Schema of the zod schema', () => {
    const generated = z.toJSONSchema(IndexDocument, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
    }) as Record<string, unknown>;
    delete generated.$schema;
    assert.deepEqual(openapi.components.schemas.Index, generated);
  });

  test('and both agree on documents: ajv with the component, zod with the schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(openapi.components.schemas.Index!);
    const samples: unknown[] = [
      { kind: 'Index', schemaVersion: '1.0', of: 'Framework', latest: '1', items: [{ id: '1', href: '1.json' }] },
      {
        kind: 'Index',
        schemaVersion: '1.3',
        of: 'Index',
        items: [{ id: 'RGT', href: 'organisations/RGT/assessments/index.json', of: 'Assessment', extra: true }],
      },
      { kind: 'Index', schemaVersion: '1.0', of: 'Framework', items: [{ id: '1', href: '../1.json' }] },
      { kind: 'Index', schemaVersion: '1.0', of: 'Framework', items: [{ id: '', href: '1.json' }] },
      { kind: 'Index', schemaVersion: '2.0', of: 'Framework', items: [] },
      { kind: 'Index', schemaVersion: '1.0', of: 'Benchmark' },
      { kind: 'Framework', schemaVersion: '1.0', of: 'Framework', items: [] },
    ];
    for (const sample of samples)
      assert.equal(validate(sample), IndexDocument.safeParse(sample).success, JSON.stringify(sample));
  });

  test('documents published where the layout says: documentPath', () => {
    assert.equal(documentPath(smallFramework()), layout.framework('test-fw', '1'));
    assert.equal(documentPath(smallAssessment()), 'organisations/RGT/assessments/2024-25.json');
  });
});

describe('path segments: one string in the URL and on disk, portable, never shared', () => {
  const url = (value: string) => segment(value, 'id');
  /**
   * The id a segment was made from, read back the one way each `~` can be read (`~~` a `~`, `~`
   * and two hex digits a character, a lone `~` a mark): that it gives back every id proves that
   * no two ids share a segment.
   */
  const idOf = (text: string) =>
    decodeURIComponent(text).replace(/~(~|[0-9A-Fa-f]{2})?/g, (_, code?: string) =>
      code === undefined ? '' : code === '~' ? '~' : String.fromCharCode(parseInt(code, 16)),
    );
  /** What `publish` writes to disk: the URL segment, decoded (what a static host maps it back to). */
  const disk = (value: string) => decodeURIComponent(url(value));
  /** A name Windows refuses or changes: a character it forbids, a device name, a trailing dot or space. */
  const unportable = (name: string) =>
    /[\u0000-\u001f<>:"/\\|?*]/.test(name) ||
    /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:[. ]|$)/i.test(name) ||
    /[. ]$/.test(name);
  // Ids that a careless escape would merge: a colon and its escape, a tilde and its double, a
  // device name and one with a ~ already, a trailing dot and one with a ~ already.
  const tricky = [
    'a:b',
    'a~3Ab',
    'a~b',
    'a~~b',
    'a~~3Ab',
    'a%3Ab',
    'a~',
    'a~~',
    '~',
    '~~',
    '~3A',
    ':',
    'CON',
    'CON~',
    'con.json',
    'CON~.json',
    'CON:',
    'CON ',
    'COM¹',
    'lpt9.x',
    'aux.v2',
    'v1.',
    'v1.~',
    'v1..',
    'v1 ',
    'v1~ ',
    'v1',
    'x:y:z',
    'x~3Ay:z',
    '<a>',
    'a"b',
    'a\\b',
    'a/b',
    'a|b',
    'a?b',
    'a*b',
    'a\u0000b',
    'a\u001fb',
    'om-example:interop',
    'om-example~3Ainterop',
  ];

  test('the tricky ids each get a segment of their own, also compared without case, and portable', () => {
    const seen = new Map<string, string>();
    for (const id of tricky) {
      const name = disk(id);
      assert.ok(!unportable(name), `${JSON.stringify(id)} is written as ${JSON.stringify(name)}`);
      const other = seen.get(name.toLowerCase());
      assert.equal(other, undefined, `${JSON.stringify(id)} and ${JSON.stringify(other)} share ${name}`);
      seen.set(name.toLowerCase(), id);
    }
    assert.equal(url('a:b'), 'a~3Ab');
    assert.equal(url('a~3Ab'), 'a~~3Ab');
    assert.equal(url('a~b'), 'a~~b');
    assert.equal(url('CON~'), 'CON~~');
    assert.equal(url('CON:'), 'CON~3A');
    assert.equal(url('v1.~'), 'v1.~~');
  });

  test('every string up to three characters of a hostile alphabet has a segment of its own', () => {
    const alphabet = ['a', 'A', '3', '~', ':', '.', ' ', '/', '%'];
    let ids = [''];
    const all: string[] = [];
    for (let length = 1; length <= 3; length++) {
      ids = ids.flatMap((id) => alphabet.map((char) => id + char));
      all.push(...ids.filter((id) => id !== '.' && id !== '..'));
    }
    const seen = new Map<string, string>();
    for (const id of all) {
      const name = disk(id).toLowerCase();
      const other = seen.get(name);
      // Compared without case, as publish compares paths: only ids equal without case may meet.
      assert.ok(other === undefined || other === id.toLowerCase(), `${JSON.stringify(id)} and ${other} share ${name}`);
      seen.set(name, id.toLowerCase());
    }
    assert.equal(seen.size, new Set(all.map((id) => id.toLowerCase())).size);
  });

  test('any string: read back from its segment, so no two share one; portable on disk', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(...'aAcCoOnNlLuU0139¹~:.- _/\\<>"|?*%#\u0000\u001fé'.split('')),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        hostile.filter((id) => id !== '.' && id !== '..'),
        (id) => {
          assert.equal(idOf(url(id)), id);
          // A file system that ignores case reads back the same id without case.
          assert.equal(idOf(url(id).toLowerCase()), id.toLowerCase());
          assert.ok(!unportable(disk(id)), `${JSON.stringify(id)} is written as ${JSON.stringify(disk(id))}`);
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('a lone UTF-16 surrogate is refused with its value named, a pair is encoded and reads back', () => {
    // No file name can hold half a character (UTF-8 has no bytes for it) and a URL cannot
    // percent-encode it, and the format's ids never hold one: a caller's error, said as such.
    for (const id of ['\ud800', 'a\udc00', '\ude00\ud83d', 'ok\ud83d']) {
      assert.throws(
        () => layout.standardVersions(id),
        (error: unknown) =>
          isInvalidSegmentError(error) &&
          error.value === id &&
          error.what === 'standardId' &&
          error.message.includes(JSON.stringify(id)) &&
          /surrogate/.test(error.message),
      );
    }
    assert.equal(url('a\ud83d\ude00'), 'a%F0%9F%98%80');
    assert.equal(idOf(url('a\ud83d\ude00')), 'a\ud83d\ude00');
  });

  test("any string of UTF-16 units, halves of pairs included: a segment that reads back, or the layout's own error", () => {
    const units = fc.string({
      unit: fc.constantFrom(...'a~:.- /%é'.split(''), '\ud83d', '\ude00', '\ud800', '\udfff'),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        units.filter((id) => id !== '.' && id !== '..'),
        (id) => {
          const wellFormed = !/[\ud800-\udfff]/u.test(id);
          let made: string | undefined;
          try {
            made = url(id);
          } catch (error) {
            assert.ok(isInvalidSegmentError(error), `${JSON.stringify(id)}: ${String(error)}`);
            assert.equal(wellFormed, false, `${JSON.stringify(id)} is refused`);
            return;
          }
          assert.ok(wellFormed, `${JSON.stringify(id)} is encoded as ${made}`);
          assert.equal(idOf(made), id);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("the format's ids: the URL segment is the file name, and holds no colon", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/), (id) => {
        assert.ok(Identifier.safeParse(id).success);
        if (id.toLowerCase() === 'index' || id.toLowerCase() === 'latest') return;
        const leaf = layout.framework('wgll', id).split('/').at(-1)!;
        assert.equal(decodeURIComponent(leaf), leaf);
        assert.equal(url(id), disk(id));
        assert.ok(!url(id).includes(':') && !url(id).includes('%'), url(id));
        assert.ok(!unportable(disk(id)), disk(id));
      }),
      { numRuns: 3000 },
    );
  });

  test('formerPath: where a tree published before this layout holds a path, for the ids that moved', () => {
    assert.equal(
      formerPath(layout.standard('om-example:interop', '0.1.0-draft')),
      'standards/om-example%3Ainterop/0.1.0-draft.json',
    );
    assert.equal(formerPath(layout.conformance('RGT', 'a:b')), 'conformance/RGT/a%3Ab.json');
    assert.equal(formerPath(layout.organisation('CON')), 'organisations/CON/organisation.json');
    assert.equal(formerPath(layout.framework('wgll', 'v1.')), 'frameworks/wgll/v1..json');
    assert.equal(formerPath(layout.framework('wgll', '2024.1')), undefined);
    assert.equal(formerPath(layout.catalogue()), undefined);
  });
});

describe('the kind descriptors', () => {
  const corpus = new URL('./corpus/valid/', import.meta.url);
  const samples = readdirSync(corpus).map(
    (name) => JSON.parse(readFileSync(new URL(name, corpus), 'utf8')) as AnyDocument,
  );

  test('give every path of the layout a name of its own, and every kind a place in the catalogue of its own', () => {
    assert.equal(Object.keys(layout).length, 1 + 2 * kinds.length);
    const ranks = kinds.map((kind) => kind.publishing.catalogueRank);
    assert.equal(new Set(ranks).size, ranks.length);
  });

  test('put each sample document below the index that lists it, under its own id', () => {
    for (const kind of kinds)
      assert.ok(
        samples.some((sample) => sample.kind === kind.kind),
        `a sample ${kind.kind}`,
      );
    for (const document of samples) {
      const folder = indexPath(document);
      const href = relativeHref(folder, documentPath(document));
      const { publishing } = descriptorOf(document.kind);
      const ids = publishing.ids(document as never);
      assert.equal(publishing.index.path(...ids.slice(0, -1)), folder);
      assert.ok(href.includes(encodeURIComponent(ids.at(-1)!)), `${href} names ${ids.at(-1)}`);
      assert.equal(baseUrlOf(`https://x.example/om/${documentPath(document)}`, document), 'https://x.example/om/');
    }
  });
});
