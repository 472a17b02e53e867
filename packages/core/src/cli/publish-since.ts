/**
 * `openmaturity publish --since EARLIER`: the earlier snapshot each published ConformanceSummary
 * is compared with, read by the analysis commands' own input code (files, folders, a published
 * tree's folder or URL), and the checks that make the comparison mean something: statements of
 * a standard published here, read as of a day before this snapshot's.
 */
import { successorCode } from '../engine/cohorts.js';
import { snapshotDate, type SnapshotChange } from '../engine/statement-summary.js';
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { ConformanceSummary } from '../format/kinds/conformance-summary.js';
import { readDocuments } from './documents.js';
import type { Io } from './io.js';

/** The earlier snapshot, by standard, with what its organisations say of mergers. */
export interface EarlierSnapshot {
  /** The inputs as the user named them, for messages. */
  source: string;
  /** Its statements by standard id. */
  statements: ReadonlyMap<string, readonly ConformanceStatement[]>;
  /** Successor codes its Organisation documents give (`RXA -> RXB`): a trust gone since is followed. */
  successors: ReadonlyMap<string, string>;
}

/**
 * Reads the earlier snapshot, or says on stderr why it cannot be compared with and returns
 * undefined: an input that cannot be read (a half-read snapshot would count organisations as
 * gone that are not), no statements at all, none of a standard published here, or a snapshot
 * that is not earlier than the one published.
 */
export async function readEarlier(
  inputs: readonly string[],
  later: ReadonlyMap<string, readonly ConformanceStatement[]>,
  io: Io,
): Promise<EarlierSnapshot | undefined> {
  const source = inputs.join(', ');
  const statements = new Map<string, ConformanceStatement[]>();
  const successors = new Map<string, string>();
  const { problems } = await readDocuments(inputs, io, (document) => {
    if (document.kind === 'ConformanceStatement') {
      const list = statements.get(document.standard.id);
      if (list) list.push(document);
      else statements.set(document.standard.id, [document]);
    } else if (document.kind === 'Organisation' && document.odsCode) {
      const next = successorCode((document as Record<string, unknown>).successor);
      if (next !== undefined) successors.set(document.odsCode, next);
    }
  });
  const fail = (why: string) => {
    io.stderr(`--since ${source}: ${why}\n`);
    return undefined;
  };
  if (problems > 0)
    return fail(
      `${problems} input${problems === 1 ? '' : 's'} could not be read (see above): no change is computed from part of a snapshot`,
    );
  if (statements.size === 0) return fail('no conformance statements there to compare with');
  if (later.size === 0) return fail('none of the documents published has conformance statements to compare');
  const shared = [...later.keys()].filter((standard) => statements.has(standard));
  if (shared.length === 0)
    return fail(
      `no statements of ${list(later.keys())}, the standards published here; it holds statements of ${list(statements.keys())}`,
    );

  let ordered = true;
  for (const standard of shared) {
    const from = snapshotDate(statements.get(standard)!)!;
    const to = snapshotDate(later.get(standard)!)!;
    if (from < to) continue;
    ordered = false;
    fail(
      `its ${standard} statements are as of ${from}, not before those published here (as of ${to}): --since takes the earlier snapshot`,
    );
  }
  if (!ordered) return undefined;
  for (const standard of later.keys())
    if (!statements.has(standard))
      io.stderr(`--since ${source}: no ${standard} statements there: its summaries carry no change\n`);
  for (const standard of statements.keys())
    if (!later.has(standard))
      io.stderr(`--since ${source}: its ${standard} statements are not compared: none published here\n`);
  return { source, statements, successors };
}

/**
 * The change each standard's summaries carry, said once per standard on stderr: how many
 * organisations were matched, and which could not be, with a few examples (every one is in the
 * documents' `change.unmatched`).
 */
export function reportChanges(summaries: readonly ConformanceSummary[], io: Io): void {
  const said = new Set<string>();
  for (const summary of summaries) {
    const change = summary.change as SnapshotChange | undefined;
    if (!change || said.has(summary.standard.id)) continue;
    said.add(summary.standard.id);
    const gone = change.unmatched.filter((u) => u.reason === 'not-in-later');
    const fresh = change.unmatched.filter((u) => u.reason === 'not-in-earlier');
    const examples = (us: typeof gone) =>
      us.length === 0
        ? ''
        : `: ${us
            .slice(0, 5)
            .map((u) => u.id)
            .join(', ')}${us.length > 5 ? `, and ${us.length - 5} more` : ''}`;
    io.stderr(
      `change of ${summary.standard.id} from ${change.from.asOf} to ${change.to.asOf}: ${change.overall.organisations} matched` +
        (change.followed.length > 0 ? ` (${change.followed.length} through a successor code)` : '') +
        `; ${change.unmatched.length} not matched (in each summary's change.unmatched)` +
        (gone.length > 0 ? `; ${gone.length} not in the later snapshot${examples(gone)}` : '') +
        (fresh.length > 0 ? `; ${fresh.length} not in the earlier snapshot${examples(fresh)}` : '') +
        '\n',
    );
  }
}

const list = (ids: Iterable<string>) => [...ids].join(', ');
