/**
 * The public API: the package entry and its subpaths (package.json `exports`), each an explicit
 * barrel. Counts the names each entry exports (printed, for the record), and checks that no
 * internal leaks, that each name has one home among the subpaths, and that the package entry
 * only repeats names of the subpaths.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ts from 'typescript';

const core = new URL('../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', core), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};
const entries = Object.entries(exports).flatMap(([path, target]) =>
  typeof target === 'object' && target['openmaturity-source']
    ? [{ path, file: new URL(target['openmaturity-source'], core).pathname }]
    : [],
);

/** Each entry's exported names, as TypeScript sees them (values and types). */
function exportedNames(): Map<string, { values: string[]; types: string[] }> {
  const program = ts.createProgram(
    entries.map(({ file }) => file),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      customConditions: ['openmaturity-source'],
    },
  );
  const checker = program.getTypeChecker();
  return new Map(
    entries.map(({ path, file }) => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
      const values: string[] = [];
      const types: string[] = [];
      for (const symbol of checker.getExportsOfModule(module)) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        // A name exported with `export type` is a type only, even where its declaration is also a value.
        const typeOnly = symbol.declarations?.some((d) => ts.isTypeOnlyExportDeclaration(d)) ?? false;
        (target.flags & ts.SymbolFlags.Value && !typeOnly ? values : types).push(symbol.name);
      }
      return [path, { values: values.sort(), types: types.sort() }];
    }),
  );
}

describe('the public API', () => {
  const names = exportedNames();
  const all = (path: string) => {
    const entry = names.get(path)!;
    return [...entry.values, ...entry.types];
  };
  const subpaths = entries.map(({ path }) => path).filter((path) => path !== '.');

  test('the entries are ., ./format, ./engine, ./client, ./conformance and ./import', () => {
    assert.deepEqual(
      entries.map(({ path }) => path),
      ['.', './format', './engine', './client', './conformance', './import'],
    );
  });

  test('the names each entry exports (counted)', () => {
    const rows = [...names].map(([path, { values, types }]) => ({
      entry: path === '.' ? '@openmaturity/core' : `@openmaturity/core${path.slice(1)}`,
      names: values.length + types.length,
      values: values.length,
      typesOnly: types.length,
    }));
    console.log(
      rows.map((r) => `${r.entry}: ${r.names} names (${r.values} values, ${r.typesOnly} types only)`).join('\n'),
    );
    for (const row of rows) assert.ok(row.names > 0, row.entry);
  });

  test('each barrel lists its names: no export *', () => {
    for (const { path, file } of entries)
      assert.doesNotMatch(readFileSync(file, 'utf8'), /export \*/, `${path} (${file})`);
  });

  test('no internal leaks from any entry', () => {
    const internal = ['describe', 'envelope', 'titleCase', 'inferTrustType', 'quantile', 'round', 'NATIONAL_GROUPINGS'];
    for (const path of names.keys()) {
      const exported = all(path);
      for (const name of internal) assert.ok(!exported.includes(name), `${path} exports ${name}`);
      // Each kind's descriptor is reached through `kinds`, and by its own name only from
      // `./format`: parseAs and readers take the descriptors of the kinds a bundle reads, so that
      // it carries no other kind's schema (issue #14), which `kinds` would bring.
      const descriptors = ['frameworkKind', 'organisationKind', 'assessmentKind', 'standardKind'];
      descriptors.push('conformanceStatementKind', 'benchmarkKind', 'conformanceSummaryKind');
      descriptors.push('standardsAdoptionSummaryKind');
      assert.deepEqual(
        exported.filter(
          (name) =>
            /^[a-z]\w*Kind$/.test(name) &&
            name !== 'isDocumentKind' &&
            !(path === './format' && descriptors.includes(name)),
        ),
        [],
        path,
      );
    }
  });

  test('each public name has one home among the subpaths', () => {
    const home = new Map<string, string>();
    for (const path of subpaths)
      for (const name of all(path)) {
        assert.equal(home.get(name), undefined, `${name} is exported by ${home.get(name)} and ${path}`);
        home.set(name, path);
      }
  });

  test('the package entry repeats names of the subpaths, and no more', () => {
    const everywhere = new Set(subpaths.flatMap(all));
    for (const name of all('.')) assert.ok(everywhere.has(name), `${name} is in the package entry only`);
  });
});
