/** `openmaturity change <earlier> <later>`: how conformance statuses moved between two snapshots. */
import { parseArgs } from 'node:util';
import type { ConformanceStatement } from '../format/kinds/conformance-statement.js';
import type { Organisation } from '../format/kinds/organisation.js';
import { compareSnapshots, type SnapshotChange } from '../engine/statement-summary.js';
import type { Cell } from '../export/csv.js';
import {
  analysisHelp,
  analysisOptions,
  byOption,
  meets,
  minCohortOption,
  outputOption,
  printCsv,
  printTable,
  cohortName,
  problemsLine,
  whereOption,
} from './analysis.js';
import { readDocuments } from './documents.js';
import { UsageError, type ExitCode, type Io } from './io.js';

export const changeHelp = `Usage: openmaturity change <earlier> <later> [options]

Compares two snapshots of conformance statements (each a file, a directory or a URL): how
many organisations moved from one status to another (Standards Met -> Approaching Standards),
per cohort of the later snapshot. An organisation that merged is followed to its successor
(the "successor" of its Organisation document or statement subject); those that cannot be
matched either way are listed. Each snapshot is read as of its own date.

Options:
${analysisHelp}
  --organisations PATH          Organisation documents (file, directory or URL), besides any
                                in the snapshots
  --standard ID                 the standard to compare, when the statements are of several

Exit status: 0 done, 1 some inputs could not be read, 2 wrong usage.`;

/** The columns of `change --csv`: one row per cohort and move. */
export const changeCsvColumns = [
  'standard_id',
  'from_as_of',
  'to_as_of',
  'by',
  'cohort_id',
  'cohort_label',
  'organisations',
  'suppressed',
  'level',
  'from',
  'to',
  'count',
] as const;

export async function changeCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...analysisOptions,
      standard: { type: 'string' },
      organisations: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 2) throw new UsageError('change needs two snapshots: <earlier> <later>');
  const output = outputOption(values);
  const options = {
    by: byOption(values.by),
    where: meets(whereOption(values.where)),
    minCohortSize: minCohortOption(values['min-cohort']),
    standard: values.standard,
  };

  const organisations = new Map<string, Organisation>();
  const collect = (into: ConformanceStatement[]) => (document: Parameters<Parameters<typeof readDocuments>[2]>[0]) => {
    if (document.kind === 'ConformanceStatement') into.push(document);
    else if (document.kind === 'Organisation' && document.odsCode) organisations.set(document.odsCode, document);
  };
  const earlier: ConformanceStatement[] = [];
  const later: ConformanceStatement[] = [];
  let problems = (await readDocuments(values.organisations ?? [], io, collect([]))).problems;
  problems += (await readDocuments([positionals[0]!], io, collect(earlier))).problems;
  problems += (await readDocuments([positionals[1]!], io, collect(later))).problems;
  for (const [side, list] of [
    [positionals[0], earlier],
    [positionals[1], later],
  ] as const)
    if (list.length === 0) {
      io.stderr(`no conformance statements in ${side}\n${problemsLine(problems)}`);
      return 1;
    }

  const change = compareSnapshots(earlier, later, { ...options, organisations: [...organisations.values()] });
  if (output === 'json') io.stdout(`${JSON.stringify(change, null, 2)}\n`);
  else if (output === 'csv') printCsv(io, changeCsvColumns, changeRows(change));
  else printChange(io, change);
  io.stderr(problemsLine(problems));
  return problems === 0 ? 0 : 1;
}

/** The tidy rows of a change: overall first, then each cohort; status moves, then wording moves. */
export function* changeRows(change: SnapshotChange): Generator<Cell[]> {
  for (const c of [change.overall, ...change.cohorts]) {
    const head: Cell[] = [
      change.standard.id,
      change.from.asOf,
      change.to.asOf,
      change.by,
      c.cohort.id,
      c.cohort.label,
      c.organisations,
      c.suppressed,
    ];
    if (c.suppressed) {
      yield [...head, 'suppressed', '', '', ''];
      continue;
    }
    for (const m of c.moves!) yield [...head, 'status', m.from, m.to, m.count];
    for (const m of c.wordingMoves!) yield [...head, 'wording', m.from, m.to, m.count];
  }
}

function printChange(io: Io, change: SnapshotChange): void {
  io.stdout(
    `${change.standard.name ?? change.standard.id}: ${change.from.asOf} (${change.from.organisations} organisations) -> ${change.to.asOf} (${change.to.organisations})\n\n`,
  );
  const cohorts = [change.overall, ...(change.by === 'all' ? [] : change.cohorts)];
  printTable(
    io,
    ['cohort', 'matched', 'improved', 'worsened', 'unchanged', 'other'],
    cohorts.map((c) => [
      c === change.overall ? 'All' : cohortName(c.cohort),
      c.organisations,
      ...(c.suppressed ? ['suppressed', '', '', ''] : [c.improved, c.worsened, c.unchanged, c.other]),
    ]),
  );
  if (!change.overall.suppressed) {
    io.stdout('\nmoves, in the published words:\n');
    printTable(
      io,
      ['from', 'to', 'organisations'],
      change.overall.wordingMoves!.map((m) => [m.from, m.to, m.count]),
    );
  }
  if (change.followed.length > 0)
    io.stdout(`\nfollowed to a successor: ${change.followed.map((f) => `${f.from} -> ${f.to}`).join(', ')}\n`);
  const gone = change.unmatched.filter((u) => u.reason === 'not-in-later');
  const fresh = change.unmatched.filter((u) => u.reason === 'not-in-earlier');
  const list = (us: typeof gone) =>
    us.map((u) => `${u.id}${u.successors ? ` (successor ${u.successors.join(' -> ')})` : ''}`).join(', ');
  if (gone.length > 0) io.stdout(`\nnot in the later snapshot (${gone.length}): ${list(gone)}\n`);
  if (fresh.length > 0) io.stdout(`not in the earlier snapshot (${fresh.length}): ${list(fresh)}\n`);
}
