/**
 * An export of the NHS Standards Directory (the catalogue of health and care data and
 * interoperability standards in England) into Standard documents. Its cells hold JSON arrays
 * (care settings, business uses), a JSON object (the publishing organisation) and Markdown
 * (dependencies and related standards, with links); some span many lines.
 */
import type { Standard, StandardRef } from '../format/kinds/standard.js';
import { safeParseDocument } from '../format/parse.js';
import { SCHEMA_VERSION } from '../format/shared.js';
import { findColumns, type ColumnMeaning, type FoundColumns } from './columns.js';
import { CsvRows } from './csv.js';
import type { ImportResult } from './import-result.js';
import { cellText, columnMessage, importRows, issuesMessage, type Row, type RowFault } from './rows.js';

/** Options for {@link importStandardsDirectory}. */
export interface StandardsDirectoryOptions {
  /** The file the text came from, named in errors. */
  source?: string;
}

type Key =
  | 'name'
  | 'title'
  | 'description'
  | 'status'
  | 'state'
  | 'category'
  | 'careSettings'
  | 'businessUses'
  | 'referenceCode'
  | 'documentation'
  | 'url'
  | 'organisation'
  | 'dependencies'
  | 'related'
  | 'modified';

const MEANINGS: Readonly<Record<Key, ColumnMeaning>> = {
  name: { label: 'name', names: ['name', 'slug', 'id'] },
  title: { label: 'title', names: ['title'] },
  description: { label: 'description', names: ['description'] },
  status: { label: 'status', names: ['status'] },
  state: { label: 'state', names: ['state'] },
  category: { label: 'standard_category', names: ['standardcategory', 'category'] },
  careSettings: { label: 'care_setting', names: ['caresetting', 'caresettings'] },
  businessUses: { label: 'business_use', names: ['businessuse', 'businessuses'] },
  referenceCode: { label: 'reference_code', names: ['referencecode', 'referencecodes'] },
  documentation: { label: 'documentation_link', names: ['documentationlink', 'documentation'] },
  url: { label: 'url', names: ['url'] },
  organisation: { label: 'organization', names: ['organization', 'organisation', 'publisher'] },
  dependencies: { label: 'dependencies', names: ['dependencies'] },
  related: { label: 'related_standards', names: ['relatedstandards', 'related'] },
  modified: { label: 'metadata_modified', names: ['metadatamodified', 'modified', 'lastmodified'] },
};

/** The directory's status words onto the format's; the word itself is kept in `statusDetail`. */
const STATUSES: Readonly<Record<string, Standard['status']>> = {
  active: 'active',
  draft: 'draft',
  'in development': 'draft',
  indevelopment: 'draft',
  proposed: 'draft',
  retired: 'retired',
  deprecated: 'retired',
  withdrawn: 'retired',
};

const CODE = /\b([A-Z]{2,6}\d{3,5})\b/g;
const DIRECTORY = 'https://github.com/nhsx/standards-registry';

interface Header {
  header: readonly string[];
  columns: FoundColumns<Key>;
}

/**
 * Reads a Standards Directory export. Each entry becomes a Standard: its directory name as
 * `id`, the day it was last modified as `version` (the directory gives no version), the
 * directory's status mapped onto draft, active and retired with the word kept, and its
 * dependencies and related standards as references, by `id` where a link names another entry
 * of the same export. An entry that cannot be read is a problem with its line.
 *
 * @throws {@link ImportError} `ERR_IMPORT_HEADER` without `name` and `status` columns, `ERR_IMPORT_EMPTY`.
 */
export function importStandardsDirectory(
  text: string,
  options: StandardsDirectoryOptions = {},
): ImportResult<Standard> {
  const name = options.source ?? 'the file';
  const result = importRows(
    new CsvRows(text, name),
    {
      header: (header, where) => ({
        header,
        columns: findColumns<Key>(
          header,
          MEANINGS,
          [['name'], ['status', 'state']],
          `${options.source ? `${options.source}: ` : ''}${where} is not a Standards Directory export's header`,
        ),
      }),
      make: (row, header) => makeStandard(row, header),
      key: (standard, header) => ({ value: standard.id, column: header.columns.name[0], name: 'name' }),
    },
    name,
  );
  resolveStandardReferences(result.documents);
  return result;
}

function makeStandard(row: Row, { header, columns }: Header): Standard | RowFault {
  const cell = (key: Key) => {
    const c = columns[key][0];
    return { text: c === undefined ? '' : cellText(row.cells[c]).trim(), column: c };
  };
  const label = (key: Key) => (columns[key][0] === undefined ? MEANINGS[key].label : header[columns[key][0]!]!);

  const id = cell('name').text;
  const statusWord = cell('status').text || cell('state').text;
  const status = STATUSES[statusWord.toLowerCase()];
  if (!status)
    return {
      message: columnMessage(
        label('status'),
        'a status: active, draft, in development, deprecated or retired',
        statusWord,
      ),
      column: cell('status').column,
    };
  const links = [cell('documentation').text, cell('url').text].filter((u) => /^https?:\/\//i.test(u));
  if (links.length === 0)
    return {
      message: columnMessage(label('documentation'), 'a link to the standard (documentation_link or url)', ''),
      column: cell('documentation').column,
    };

  const list = (key: Key): string[] | RowFault => {
    const { text, column } = cell(key);
    if (text === '') return [];
    if (!text.startsWith('[')) return [text];
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
    } catch {
      // Falls through to the message below.
    }
    return { message: columnMessage(label(key), 'a JSON array of texts', text), column };
  };
  const careSettings = list('careSettings');
  if (!Array.isArray(careSettings)) return careSettings;
  const businessUses = list('businessUses');
  if (!Array.isArray(businessUses)) return businessUses;

  let publisher: string | undefined;
  const organisation = cell('organisation');
  if (organisation.text.startsWith('{')) {
    try {
      const value = JSON.parse(organisation.text) as { title?: unknown; name?: unknown };
      publisher =
        typeof value.title === 'string' ? value.title : typeof value.name === 'string' ? value.name : undefined;
    } catch {
      return {
        message: columnMessage(label('organisation'), 'a JSON object with a title', organisation.text),
        column: organisation.column,
      };
    }
  } else if (organisation.text) publisher = organisation.text;

  const referenceText = cell('referenceCode').text;
  const referenceCodes = [...new Set([...referenceText.matchAll(CODE)].map((m) => m[1]!))];
  const modified = /^\d{4}-\d{2}-\d{2}/.exec(cell('modified').text)?.[0];
  const notes: string[] = [];
  if (referenceText && referenceCodes.length === 0) notes.push(`reference_code says: ${JSON.stringify(referenceText)}`);

  const standard = {
    kind: 'Standard',
    schemaVersion: SCHEMA_VERSION,
    id,
    version: modified ?? 'undated',
    name: cell('title').text || id,
    status,
    statusDetail: statusWord,
    url: links[0],
    ...(publisher ? { publisher } : {}),
    ...(cell('description').text ? { description: cell('description').text } : {}),
    ...(cell('category').text ? { category: cell('category').text } : {}),
    ...(careSettings.length ? { careSettings } : {}),
    ...(businessUses.length ? { businessUses } : {}),
    ...(referenceCodes.length ? { referenceCodes } : {}),
    documentation: [...new Set(links)].map((url) => ({ url })),
    ...refs('dependencies', cell('dependencies').text),
    ...refs('related', cell('related').text),
    source: {
      title: 'NHS Standards Directory export',
      url: DIRECTORY,
      publisher: 'NHS England',
      note: `Line ${row.number} of the export. "version" is the day the entry was last modified: the directory gives no version.${notes.length ? ` ${notes.join('; ')}.` : ''}`,
    },
  };
  const parsed = safeParseDocument(standard, { kind: 'Standard' });
  return parsed.success ? (parsed.data as Standard) : { message: issuesMessage(parsed.error.issues) };
}

/** The Markdown links of a cell, `[SNOMED](https://...)`, as references (no id yet). */
function refs(field: 'dependencies' | 'related', markdown: string): Record<string, StandardRef[]> {
  const found: StandardRef[] = [];
  for (const m of markdown.matchAll(/\[([^\]\n]{1,300})\]\((https?:\/\/[^)\s]{1,2000})\)/g)) {
    const name = m[1]!.trim();
    if (name && !found.some((r) => r.url === m[2])) found.push({ name, url: m[2]! });
  }
  return found.length ? { [field]: found } : {};
}

/**
 * Gives each reference the `id` of the entry it links to: by link, else by reference code.
 * Exported for the bundled catalogue's build, which resolves again once its own entries join
 * the directory's (packages/core/scripts/standards-catalogue.ts).
 * @internal
 */
export function resolveStandardReferences(standards: Standard[]): void {
  const byUrl = new Map<string, string>();
  const byCode = new Map<string, string>();
  const key = (url: string) =>
    url
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '');
  for (const s of standards) {
    for (const d of s.documentation ?? []) if (!byUrl.has(key(d.url))) byUrl.set(key(d.url), s.id);
    for (const code of s.referenceCodes ?? []) if (!byCode.has(code)) byCode.set(code, s.id);
  }
  for (const s of standards) {
    for (const list of [s.dependencies, s.related]) {
      for (const ref of list ?? []) {
        const codes = [...`${ref.name} ${(ref.url ?? '').toUpperCase()}`.matchAll(CODE)].map((m) => m[1]!);
        const id = (ref.url ? byUrl.get(key(ref.url)) : undefined) ?? codes.map((c) => byCode.get(c)).find(Boolean);
        if (id && id !== s.id) ref.id = id;
      }
    }
  }
}
