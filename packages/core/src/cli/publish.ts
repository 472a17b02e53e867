/** `openmaturity publish <src-dir>... --out <dir>`: documents into the publishing layout, with their indexes. */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { INDEX_KIND, type IndexDocument, type IndexedKind, type IndexItem } from '../client/index-document.js';
import { documentPath, indexPath, layout, relativeHref } from '../client/layout.js';
import { descriptorOf, type AnyDocument, type DocumentKind } from '../format/documents.js';
import { compareVersions } from '../format/ordering.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { isUrl, UsageError, writeInside, type ExitCode, type Io } from './io.js';
import { readEarlier, reportChanges, type EarlierSnapshot } from './publish-since.js';
import { adoptionSummariesToPublish, statementsByStandard, summariesToPublish } from './publish-summaries.js';
import { checkFiles, inputFiles } from './validate.js';

/** The help text of `openmaturity publish`. */
export const publishHelp = `Usage: openmaturity publish <src-dir|file.jsonl>... --out <dir> [--since <earlier>]...

Checks every .json document, and every line of each .jsonl file (JSON Lines, as "import --out
docs.jsonl" writes), given or under the source directories, as "validate" does (an assessment
also against its framework, when that is among them), then writes them into the publishing
layout under <dir>, with an index.json in each folder and the catalogue at <dir>/index.json.
Beside the conformance statements of each standard it writes their summaries, one per grouping
the documents can tell (all, region, icb, type, sector: ConformanceSummary documents at
summaries/<standard>/<grouping>/<as-of date>.json), so that a page reads one file, not one
per organisation; a summary among the sources at the same path is published instead.
When assessments report their standards adoption and Standard documents are among the
sources, it also writes the cohort's standards adoption (a StandardsAdoptionSummary at
adoption/<latest period>.json, judged as of that period's end, of the standards they report on
and those with a mandate), which a page reads instead of every organisation's assessments.
Any web server, CDN or object store can then serve <dir> as it is.

  --since <earlier>   an earlier snapshot of the same standard: statements in files or
                      folders, or an earlier published tree (its folder or URL). Each
                      summary then also carries the change since it, per cohort, as
                      "openmaturity change" computes it: moves between statuses, mergers
                      followed to successor codes, small cohorts suppressed, and the
                      organisations that could not be matched (counted on stderr, listed in
                      the documents). Nothing is published when it cannot be read, has no
                      statements of a standard published here, or is not earlier.

Nothing is written when a document is invalid or when two documents would be published at
the same path. Files already in <dir> are overwritten, never deleted: publish into an empty
directory. Exit status: 0 published, 1 problems found, 2 wrong usage.`;

/** A document to publish, and the file it came from. */
interface Source {
  file: string;
  text: string;
  document: AnyDocument;
}

/** One index being built: its path, what it lists, and the items with what orders them. */
interface Folder {
  path: string;
  of: IndexedKind;
  /** How the catalogue names it. */
  id: string;
  title?: string;
  items: { item: IndexItem; document: AnyDocument }[];
}

/**
 * Runs `openmaturity publish`: validates every document of the source folders, then writes the
 * publishing layout (see `layout` in `src/client/layout.ts`) with its index files.
 *
 * @returns 0 when published, 1 when a document is invalid or the tree cannot be written.
 * @throws `UsageError` (exit 2 in `main`) without a source or `--out`, or with `--out` inside a source.
 * @example
 * ```ts
 * await publishCommand(['trust-data/', '--out', 'public/openmaturity/'], processIo);
 * ```
 */
export async function publishCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, since: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('publish needs at least one source directory');
  if (!values.out) throw new UsageError('publish needs --out <dir>');
  // Real paths: a link to the source folder, or an --out reached through one, is still inside it.
  const out = realPathOf(values.out);
  for (const input of positionals) {
    if (isUrl(input)) throw new UsageError(`publish reads local files; ${input} is a URL`);
    const source = realPathOf(input);
    if (out === source || out.startsWith(source + sep))
      throw new UsageError(`--out must not be inside ${input}: the next publish would read the tree as documents`);
  }

  // The rules of validity live in `checkFiles`, shared with `validate`.
  const checked = await checkFiles(inputFiles(positionals));
  const invalid = checked.filter(({ report }) => !report.valid);
  for (const { report } of invalid)
    for (const i of report.issues) io.stdout(`invalid ${report.file}: ${i.message} [${i.code}]\n`);
  if (checked.length === 0) {
    io.stdout(`nothing published: no .json documents (or .jsonl lines) in ${positionals.join(', ')}\n`);
    return 1;
  }
  if (invalid.length > 0) {
    io.stdout(`nothing published: ${invalid.length} of ${checked.length} documents invalid\n`);
    return 1;
  }

  // Every file is valid here, so each was read and parsed.
  const sources: Source[] = checked.map(({ report, text, document }) => ({
    file: report.file,
    text: text!,
    document: document!,
  }));
  const given = sources.map((source) => source.document);
  let since: EarlierSnapshot | undefined;
  if (values.since) {
    since = await readEarlier(values.since, statementsByStandard(given), io);
    if (!since) {
      io.stdout(`nothing published: the earlier snapshot (--since) cannot be compared with (see above)\n`);
      return 1;
    }
  }
  const summaries = summariesToPublish(given, new Date().toISOString(), since);
  reportChanges(summaries, io);
  for (const summary of summaries)
    sources.push({
      file: `the ${summary.standard.id} statements, by ${summary.by}`,
      text: `${JSON.stringify(summary, null, 2)}\n`,
      document: summary,
    });
  for (const summary of adoptionSummariesToPublish(given, new Date().toISOString()))
    sources.push({
      file: `the standards adoption of ${summary.organisations} organisations, ${summary.period.id}`,
      text: `${JSON.stringify(summary, null, 2)}\n`,
      document: summary,
    });
  const { written, problems } = planTree(sources);
  for (const problem of problems) io.stdout(`invalid ${problem}\n`);
  if (problems.length > 0) {
    io.stdout(`nothing published: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }

  for (const [path, { text }] of written) {
    // The URL path is encoded; the file is what a static host maps that URL back to.
    writeInside(values.out, path.split('/').map(decodeURIComponent), text);
  }
  const documents = [...written.values()].filter((entry) => entry.from !== undefined);
  for (const [path, entry] of written) if (entry.from) io.stdout(`wrote   ${path} (from ${entry.from})\n`);
  io.stdout(
    `published ${documents.length} document${documents.length === 1 ? '' : 's'} and ${written.size - documents.length} index files to ${values.out}\n`,
  );
  return 0;
}

/** The real path of a folder, or of the nearest folder above it that exists, with the rest. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  const parent = dirname(absolute);
  if (existsSync(absolute)) return realpathSync(absolute);
  return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
}

/**
 * Where every document and index goes, or why the tree cannot be written: a document whose
 * ids the layout refuses, or two documents at one path (compared without case, as some file
 * systems and hosts do).
 */
function planTree(sources: readonly Source[]): {
  written: Map<string, { text: string; from?: string }>;
  problems: string[];
} {
  const written = new Map<string, { text: string; from?: string }>();
  const taken = new Map<string, string>();
  const folders = new Map<string, Folder>();
  const problems: string[] = [];

  for (const { file, text, document } of sources) {
    let path: string;
    let folder: Folder;
    try {
      path = documentPath(document);
      folder = folderOf(folders, document);
    } catch (error) {
      problems.push(`${file}: cannot be published: ${(error as Error).message}`);
      continue;
    }
    const other = taken.get(path.toLowerCase());
    if (other !== undefined) {
      problems.push(`${file}: would be published at ${path}, as ${other} is (one ${document.kind} per path)`);
      continue;
    }
    taken.set(path.toLowerCase(), file);
    written.set(path, { text, from: file });
    folder.items.push({ item: itemOf(folder.path, path, document), document });
  }

  const catalogue: IndexItem[] = [];
  for (const folder of folders.values()) {
    const ordered = order(folder);
    const index: IndexDocument = {
      kind: INDEX_KIND,
      schemaVersion: SCHEMA_VERSION,
      of: folder.of,
      ...(folder.title ? { title: folder.title } : {}),
      ...(ordered.latest !== undefined ? { latest: ordered.latest } : {}),
      items: ordered.items,
    };
    written.set(folder.path, { text: `${JSON.stringify(index, null, 2)}\n` });
    catalogue.push({
      id: folder.id,
      href: relativeHref(layout.catalogue(), folder.path),
      of: folder.of,
      ...(folder.title ? { title: folder.title } : {}),
    });
  }
  const rank = (item: IndexItem) => descriptorOf(item.of as DocumentKind).publishing.catalogueRank;
  catalogue.sort((a, b) => rank(a) - rank(b) || compareVersions(a.id, b.id));
  const root: IndexDocument = { kind: INDEX_KIND, schemaVersion: SCHEMA_VERSION, of: INDEX_KIND, items: catalogue };
  written.set(layout.catalogue(), { text: `${JSON.stringify(root, null, 2)}\n` });
  return { written, problems };
}

function folderOf(folders: Map<string, Folder>, document: AnyDocument): Folder {
  const path = indexPath(document);
  let folder = folders.get(path);
  if (!folder) {
    folder = {
      path,
      of: document.kind,
      ...descriptorOf(document.kind).publishing.folder(document as never),
      items: [],
    };
    folders.set(path, folder);
  }
  return folder;
}

function itemOf(folder: string, path: string, document: AnyDocument): IndexItem {
  const { publishing } = descriptorOf(document.kind);
  const id = publishing.ids(document as never).at(-1)!;
  return { id, href: relativeHref(folder, path), ...publishing.item(document as never) };
}

/**
 * Items oldest first, as the kind's descriptor orders them; the last is the latest. Kinds
 * without an order (organisations, statements) are in id order and have no latest.
 */
function order(folder: Folder): { items: IndexItem[]; latest?: string } {
  const { latest } = descriptorOf(folder.of as DocumentKind).publishing;
  const sorted = [...folder.items].sort((a, b) =>
    latest ? latest.compare(a.document as never, b.document as never) : compareVersions(a.item.id, b.item.id),
  );
  return { items: sorted.map((entry) => entry.item), latest: latest ? sorted.at(-1)?.item.id : undefined };
}
