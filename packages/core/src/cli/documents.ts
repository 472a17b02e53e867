/**
 * How the analysis commands read their inputs: files, folders, or a published tree's URL
 * (through the client, so its cache, size limits and retries apply). Documents are handed
 * over one at a time and dropped, so that a run over 25,000 assessments holds what the
 * command keeps, not every document. Frameworks and organisations are handed over first,
 * wherever they are among the inputs, because the others are read against them.
 */
import { basename } from 'node:path';
import type { Client } from '../client/client.js';
import type { IndexDocument } from '../client/index-document.js';
import { INDEX_KIND } from '../client/index-document.js';
import { layout } from '../client/layout.js';
import type { AnyDocument, DocumentKind } from '../format/documents.js';
import { isInvalidDocumentError } from '../format/invalid-document-error.js';
import { parseDocumentText } from '../format/parse.js';
import { INDEX_FILE } from '../format/paths.js';
import { expandPaths, isUrl, MAX_INPUT_BYTES, readEntries, URL_LIMITS, type Io } from './io.js';

/** What a reading pass found. */
export interface ReadSummary {
  /** Documents handed over. */
  documents: number;
  /** Files or URLs that could not be read, each reported on stderr. */
  problems: number;
}

/** The kinds other documents are read against, so handed over before the rest. */
const FIRST: readonly DocumentKind[] = ['Framework', 'Organisation'];
// A cheap look at the text before parsing it: a false match only means the file is parsed early.
const FIRST_TEXT = /"kind"\s*:\s*"(?:Framework|Organisation)"/;
const INDEX_TEXT = new RegExp(`^\\s*\\{\\s*"kind"\\s*:\\s*"${INDEX_KIND}"`);

/**
 * Reads every document of the inputs and hands each to `visit`, frameworks and organisations
 * first. A file that is not a valid document is reported on stderr with its path and JSON path,
 * and the others are still read.
 */
export async function readDocuments(
  inputs: readonly string[],
  io: Io,
  visit: (document: AnyDocument, source: string) => void,
): Promise<ReadSummary> {
  const summary: ReadSummary = { documents: 0, problems: 0 };
  const report = (source: string, error: unknown) => {
    summary.problems++;
    const text = isInvalidDocumentError(error)
      ? error.issues.map((i) => `${i.message} [${i.code}]`).join('; ')
      : error instanceof Error
        ? error.message
        : String(error);
    io.stderr(`${source}: ${text}\n`);
  };
  const hand = (document: AnyDocument, source: string) => {
    summary.documents++;
    visit(document, source);
  };

  const files = inputs.filter((i) => !isUrl(i)).flatMap((input) => expandPaths(input));
  // A folder that is a published tree holds an index.json per folder beside the documents: the
  // layout's, not documents, and what they list is read from the folder itself. A file named
  // on its own is read whatever it is, so a stray index there is still reported.
  const named = new Set(inputs);
  const progress = progressLine(io, files.length);
  // First pass: frameworks and organisations only (and published indexes, to pass over). A
  // file is one entry; a .jsonl file, one per line.
  const early = new Set<string>();
  for (const file of files) {
    for (const { source, text, error } of readEntries(file)) {
      if (text === undefined) {
        early.add(source);
        report(source, error);
        continue;
      }
      if (!named.has(file) && basename(file) === INDEX_FILE && INDEX_TEXT.test(text)) {
        early.add(source);
        continue;
      }
      if (!FIRST_TEXT.test(text)) continue;
      try {
        const document = parseDocumentText(text, { source });
        if (!FIRST.includes(document.kind)) continue;
        early.add(source);
        hand(document, source);
      } catch (error) {
        early.add(source);
        report(source, error);
      }
    }
  }
  for (const file of files) {
    progress.tick();
    for (const { source, text, error } of readEntries(file)) {
      if (early.has(source)) continue;
      try {
        if (text === undefined) throw error;
        hand(parseDocumentText(text, { source }), source);
      } catch (error) {
        report(source, error);
      }
    }
  }
  progress.done();

  const urls = inputs.filter(isUrl);
  if (urls.length > 0) {
    const { createClient } = await import('../client/client.js');
    const client = createClient({ maxBytes: MAX_INPUT_BYTES, timeout: URL_LIMITS.timeout });
    for (const url of urls) await readTree(client, url, io, hand, report);
  }
  return summary;
}

/**
 * A URL: one document, or an index (a published tree's `index.json`, or one folder's),
 * whose items are read, the frameworks' and organisations' folders first.
 */
async function readTree(
  client: Client,
  url: string,
  io: Io,
  hand: (document: AnyDocument, source: string) => void,
  report: (source: string, error: unknown) => void,
): Promise<void> {
  let root;
  try {
    // A folder's URL means the tree's catalogue (or that folder's index).
    root = await client.get(url.endsWith('/') ? new URL(layout.catalogue(), url).href : url);
  } catch (error) {
    report(url, error);
    return;
  }
  if (root.kind !== 'Index') {
    hand(root.document as AnyDocument, root.url);
    return;
  }
  // The catalogue lists indexes; a folder's index lists documents.
  const folders: { url: string; index: IndexDocument }[] = [];
  const index = root.document as IndexDocument;
  if (index.of === 'Index') {
    const listed = [...index.items].sort((a, b) => rankOf(a.of) - rankOf(b.of));
    for (const item of listed) {
      const at = new URL(item.href, root.url).href;
      try {
        const folder = await client.get(at, { kind: 'Index' });
        folders.push({ url: folder.url, index: folder.document });
      } catch (error) {
        report(at, error);
      }
    }
  } else folders.push({ url: root.url, index });
  const total = folders.reduce((n, f) => n + f.index.items.length, 0);
  const progress = progressLine(io, total);
  for (const folder of folders) {
    for (const item of folder.index.items) {
      progress.tick();
      const at = new URL(item.href, folder.url).href;
      try {
        const fetched = await client.get(at);
        if (fetched.kind === 'Index') report(at, new Error('an index inside a folder index: not read'));
        else hand(fetched.document as AnyDocument, fetched.url);
      } catch (error) {
        report(at, error);
      }
    }
  }
  progress.done();
}

const rankOf = (kind: string | undefined) => {
  const i = FIRST.indexOf(kind as DocumentKind);
  return i === -1 ? FIRST.length : i;
};

/**
 * A progress line on a terminal (`reading 1,200 of 25,000`), redrawn at most five times a
 * second and cleared at the end; nothing when stderr is not a terminal (piped, in CI, in tests).
 */
export function progressLine(io: Io, total: number) {
  let done = 0;
  let last = 0;
  const shown = io.isTTY === true && total >= 200;
  return {
    tick() {
      done++;
      if (!shown) return;
      const now = Date.now();
      if (now - last < 200 && done < total) return;
      last = now;
      io.stderr(`\rreading ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`);
    },
    done() {
      if (shown && last !== 0) io.stderr('\r\u001b[2K');
    },
  };
}
