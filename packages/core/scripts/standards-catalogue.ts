/**
 * The bundled standards catalogue (data/standards/), built from the NHS Standards Directory
 * export in data/real/ by the importer users run (`openmaturity import standards-directory`),
 * plus what the directory does not hold and we know from elsewhere, each with its source:
 * - the ids frameworks already name a standard by, where the directory calls it otherwise
 *   (a renamed id would break every published framework and assessment that refers to it);
 * - mandate dates and the publication that sets them;
 * - the standards the frameworks ask for that the January 2022 export does not list.
 * Written by `npm run data:standards`; bundled-data.test.ts fails when the committed files
 * differ from what this builds.
 */
import { readFileSync } from 'node:fs';
import type { Standard } from '../src/format/kinds/standard.js';
import { parseDocument } from '../src/format/parse.js';
import { SCHEMA_VERSION } from '../src/format/shared.js';
import { importStandardsDirectory, resolveStandardReferences } from '../src/import/standards-directory.js';

/** The export the catalogue is built from, as copied into the repository. */
export const DIRECTORY_EXPORT = new URL('../../../data/real/nhs-standards-directory-2022-01.csv', import.meta.url);
const DIRECTORY_FILE = 'nhs-standards-directory-2022-01.csv';

/** Directory entries kept under the id the bundled frameworks already use for them. */
const CATALOGUE_IDS: Readonly<Record<string, string>> = {
  'dictionary-of-medicines-and-devices-dmd': 'dm-d',
  'fhir-uk-core-api-standards': 'fhir-uk-core',
  'nhs-login-api': 'nhs-login',
  'clinical-risk-management-its-application-in-the-deployment-and-use-of-health-it-systems': 'dcb0160',
};

/** Mandates the directory export does not carry, each with the publication that sets it. */
const MANDATES: Readonly<Record<string, Required<Pick<Standard, 'mandatedFrom' | 'mandateSource'>>>> = {
  'snomed-ct': {
    // SCCI0034 required SNOMED CT in secondary care, acute care, mental health and community
    // systems (and those of other providers of care) from 1 April 2020.
    mandatedFrom: '2020-04-01',
    mandateSource: {
      url: 'https://digital.nhs.uk/data-and-information/information-standards/information-standards-and-data-collections-including-extractions/publications-and-notifications/standards-and-collections/scci0034-snomed-ct',
      title: 'SCCI0034 SNOMED CT: information standard (NHS Digital)',
    },
  },
};

const OWN_SOURCE = {
  title: 'OpenMaturity standards catalogue',
  publisher: 'OpenMaturity',
  note: 'Not an entry of the January 2022 NHS Standards Directory export; written for this catalogue because a bundled framework asks for it. Descriptions are our own words; "version" is indicative.',
};

/** Standards the bundled frameworks ask for that the directory export does not list. */
const OWN_ENTRIES: readonly Standard[] = [
  {
    kind: 'Standard',
    schemaVersion: SCHEMA_VERSION,
    id: 'gp-connect',
    version: '1.0',
    name: 'GP Connect',
    status: 'active',
    url: 'https://digital.nhs.uk/services/gp-connect',
    publisher: 'NHS England',
    description:
      "A set of national interfaces that let authorised clinicians outside the practice view and work with a patient's GP record and appointments (version indicative: the service is specified in several separately versioned capabilities, which the directory lists one by one and `related` names).",
    documentation: [{ url: 'https://digital.nhs.uk/services/gp-connect' }],
    source: OWN_SOURCE,
  },
  {
    kind: 'Standard',
    schemaVersion: SCHEMA_VERSION,
    id: 'dcb0129',
    version: '4.2',
    name: 'DCB0129: Clinical risk management in the manufacture of health IT systems',
    status: 'active',
    url: 'https://digital.nhs.uk/data-and-information/information-standards/information-standards-and-data-collections-including-extractions/publications-and-notifications/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems',
    publisher: 'NHS England',
    description:
      'The information standard that requires makers of health IT systems to run a clinical risk management process, overseen by a clinical safety officer, and to produce a safety case (version indicative).',
    referenceCodes: ['DCB0129'],
    documentation: [
      {
        url: 'https://digital.nhs.uk/data-and-information/information-standards/information-standards-and-data-collections-including-extractions/publications-and-notifications/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems',
      },
    ],
    source: OWN_SOURCE,
  },
  {
    kind: 'Standard',
    schemaVersion: SCHEMA_VERSION,
    id: 'dtac',
    version: '1.0',
    name: 'Digital Technology Assessment Criteria (DTAC)',
    status: 'active',
    url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/',
    publisher: 'NHS England',
    description:
      "A national baseline that buyers use to check a digital health product's clinical safety, data protection, technical security, interoperability and usability before adopting it (version indicative).",
    documentation: [
      { url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/' },
    ],
    source: OWN_SOURCE,
  },
  {
    kind: 'Standard',
    schemaVersion: SCHEMA_VERSION,
    id: 'dspt',
    version: '2024-25',
    name: 'Data Security and Protection Toolkit (DSPT)',
    status: 'active',
    url: 'https://www.dsptoolkit.nhs.uk/',
    publisher: 'NHS England',
    description:
      'The annual online self-assessment in which organisations with access to NHS patient data show how well they meet the expected data security and protection standards.',
    documentation: [{ url: 'https://www.dsptoolkit.nhs.uk/' }],
    source: OWN_SOURCE,
  },
];

/** What the catalogue build reports beside the documents. */
export interface StandardsCatalogue {
  /** Every Standard of the catalogue, sorted by id; each one passed parseDocument. */
  standards: Standard[];
  /** How many Standards the importer made of the directory export (its entries with a status and a link). */
  fromDirectory: number;
  /** The entries the importer reported instead, as `line N: message`. */
  skipped: string[];
}

/** Builds the catalogue from the export in data/real/. Throws when a document does not validate. */
export function standardsCatalogue(): StandardsCatalogue {
  const result = importStandardsDirectory(readFileSync(DIRECTORY_EXPORT, 'utf8'), { source: DIRECTORY_FILE });
  const rename = (id: string) => CATALOGUE_IDS[id] ?? id;
  for (const [from, to] of Object.entries(CATALOGUE_IDS)) {
    if (!result.documents.some((s) => s.id === from))
      throw new Error(`the directory export has no entry ${from} for ${to}`);
  }
  const directory = result.documents.map((standard): Standard => {
    const id = rename(standard.id);
    const mandate = MANDATES[id];
    const note =
      id === standard.id
        ? standard.source?.note
        : `${standard.source?.note} Directory entry "${standard.id}", kept under the id "${id}" that the bundled frameworks use.`;
    return {
      ...standard,
      id,
      ...mandate,
      ...(standard.source ? { source: { ...standard.source, note } } : {}),
    };
  });
  const taken = new Set(directory.map((s) => s.id));
  for (const own of OWN_ENTRIES) if (taken.has(own.id)) throw new Error(`${own.id} is in the directory export now`);
  const own = OWN_ENTRIES.map((s): Standard => structuredClone(s));
  const gpConnect = own.find((s) => s.id === 'gp-connect')!;
  gpConnect.related = directory
    .filter((s) => s.name.startsWith('GP Connect'))
    .map((s) => ({ id: s.id, name: s.name, url: s.url }));

  const standards = [...directory, ...own].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // References were resolved against the directory alone; ours (DCB0129) join them now.
  for (const s of standards)
    for (const ref of [...(s.dependencies ?? []), ...(s.related ?? [])]) {
      if (ref.id !== undefined) ref.id = rename(ref.id);
    }
  resolveStandardReferences(standards);
  for (const s of standards) parseDocument(s, { kind: 'Standard', source: `data/standards/${s.id}.json` });
  return {
    standards,
    fromDirectory: result.documents.length,
    skipped: result.problems.map((p) => `line ${p.line}: ${p.message}`),
  };
}

/** A Standard as its file in data/standards/ holds it. */
export function catalogueFile(standard: Standard): string {
  return `${JSON.stringify(standard, null, 2)}\n`;
}
