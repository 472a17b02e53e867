/**
 * The national page's data, from the real DSPT files imported by the CLI: the 2019 pictures
 * made by the library's own summariseStatements (what `openmaturity summarise` prints), as
 * ConformanceSummary documents that `openmaturity publish` puts in the publishing layout, one
 * file per picture; the 2020/21 trusts that `publish --since` compares the 2022/23 trusts with
 * (publish computes that change itself, in the summaries it writes); and the list of every
 * organisation of the June 2019 publication in another file, loaded only when a reader
 * reaches it.
 *
 * The 2019 summaries are made here because what they need is not in the tree: regions found
 * through the CCGs. Published among the sources, they take the place of computed ones.
 *
 * The 2019 publication names each organisation's clinical commissioning group but not its
 * region; the 2020/21 file names both for every CCG, so regions are found through the CCG
 * (by name: the 2019 file writes them in capitals). An organisation whose CCG is not in the
 * 2020/21 file (CCGs merged in between) is counted as "region not known", never dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  conformanceSummaryDocument,
  parseDocument,
  summariseStatements,
  type ConformanceStatement,
  type ConformanceSummary,
} from '../../packages/core/src/index.js';
import { type CohortMember } from '../../packages/core/src/engine/index.js';

type Area = { code: string; name: string };

const readFolder = <T>(dir: string, kind: 'ConformanceStatement'): T[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseDocument(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')), { kind, source: name }) as T);

const subjectOf = (s: ConformanceStatement) => s.subject as Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The region of each CCG, by its name in upper case, from the statements of the 2020/21 file. */
function regionsOfCcgs(statements2021: readonly ConformanceStatement[]): Map<string, Area> {
  const regions = new Map<string, Area>();
  for (const s of statements2021) {
    const subject = subjectOf(s);
    const region = subject.region as Partial<Area> | undefined;
    const ccg = text(subject.commissioner) || text((subject.ccg as { name?: unknown } | undefined)?.name);
    if (ccg && region?.code) regions.set(ccg.toUpperCase(), { code: region.code, name: region.name ?? region.code });
    // A CCG's own row names its region too.
    if (text(subject.sector).toUpperCase().startsWith('CCG') && region?.code)
      regions.set(text(s.subject.name).toUpperCase(), { code: region.code, name: region.name ?? region.code });
  }
  return regions;
}

/** Each 2019 statement with its region, where its CCG tells it. */
function withRegions(statements: readonly ConformanceStatement[], regions: Map<string, Area>): ConformanceStatement[] {
  return statements.map((s) => {
    const subject = subjectOf(s);
    if (subject.region) return s;
    const ccg = text(subject.commissioner) || text((subject.ccg as { name?: unknown } | undefined)?.name);
    const region = regions.get(ccg.toUpperCase());
    return region ? { ...s, subject: { ...s.subject, region } } : s;
  });
}

/**
 * Trusts only, from a file that also lists CCGs and CSUs: by the sector the file gives. (The
 * CCGs and CSUs are no organisations of the 2022/23 trust list, so a change of trusts since
 * 2020/21 would otherwise count every one of them as unmatched.)
 */
const isTrust = ({ statement }: CohortMember) =>
  statement !== undefined &&
  (/trust/i.test(text(subjectOf(statement).sector)) || /^R/.test(statement.subject.odsCode ?? ''));

/**
 * A statement as the list needs it, still a valid document: who, which status in which words,
 * by whom and when. The importer's provenance (the row as published) stays in the sources:
 * 32,000 copies of it would make the list's file 60 MB.
 */
function forTheList(s: ConformanceStatement): ConformanceStatement {
  const { type, name, odsCode, registerCode, sector, region } = subjectOf(s);
  return {
    kind: s.kind,
    schemaVersion: s.schemaVersion,
    id: s.id,
    subject: { type, name, odsCode, registerCode, sector, region },
    standard: s.standard,
    status: s.status,
    statusDetail: s.statusDetail,
    issuer: s.issuer,
    issued: s.issued,
    expires: s.expires,
  } as unknown as ConformanceStatement;
}

export interface NationalSources {
  /** Folders of imported statements: every organisation of 2019, and the 2020/21 file's trusts, CCGs and CSUs. */
  all2019: string;
  trusts2021: string;
}

/** The national page's pictures, as documents, and where the page finds each. */
export interface NationalData {
  /** Every organisation of 2019 by sector, the same by region. */
  summaries: { bySector: ConformanceSummary; byRegion: ConformanceSummary };
  /** The trusts of the 2020/21 file: the earlier snapshot `publish --since` compares the 2022/23 trusts with. */
  trusts2021: ConformanceStatement[];
  list: { statements: ConformanceStatement[] };
}

export function nationalData(sources: NationalSources): NationalData {
  const statements2021 = readFolder<ConformanceStatement>(sources.trusts2021, 'ConformanceStatement');
  const all2019 = withRegions(
    readFolder<ConformanceStatement>(sources.all2019, 'ConformanceStatement'),
    regionsOfCcgs(statements2021),
  );
  const every2019 = 'Every organisation on the toolkit, June 2019';
  return {
    summaries: {
      bySector: conformanceSummaryDocument(summariseStatements(all2019, { by: 'sector' }), { title: every2019 }),
      byRegion: conformanceSummaryDocument(summariseStatements(all2019, { by: 'region' }), { title: every2019 }),
    },
    trusts2021: statements2021.filter((statement) => isTrust({ statement })),
    list: { statements: all2019.map(forTheList) },
  };
}
