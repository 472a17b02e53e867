/** The sectors the DSPT and ODS registers publish, as the format's organisation types. */
import type { OrganisationType } from '../format/kinds/organisation.js';
import { normalise } from './columns.js';

// Keys in the normal form of columns.ts: the sector's letters and digits, lower case.
const TYPES: Readonly<Record<string, OrganisationType>> = {
  pharmacy: 'pharmacy',
  gp: 'gp-practice',
  gppractice: 'gp-practice',
  dentistnhs: 'nhs-dentist',
  dentistprivate: 'private-dentist',
  carehome: 'care-home',
  optician: 'optician',
  company: 'company',
  charityhospice: 'charity-or-hospice',
  aqpclinicalservices: 'aqp-clinical-services',
  aqpnonclinicalservices: 'aqp-non-clinical-services',
  domiciliarycareorganisation: 'domiciliary-care',
  nhsbusinesspartner: 'nhs-business-partner',
  communityservicesprovider: 'community-services-provider',
  ccg: 'ccg',
  csu: 'csu',
  commissioningsupportunitcsu: 'csu',
  acute: 'acute-trust',
  mentalhealthtrust: 'mental-health-trust',
  ambulancetrust: 'ambulance-trust',
  trust: 'nhs-trust',
  nhstrust: 'nhs-trust',
  localauthority: 'local-authority',
  secondaryuseorganisation: 'secondary-use-organisation',
  researcherdepartment: 'research',
  university: 'university',
  armslengthbody: 'arms-length-body',
  // NHS Digital was an arms-length body; its sector name is kept in `sector`.
  nhsdigital: 'arms-length-body',
  prison: 'prison',
  icb: 'icb',
  integratedcareboardicb: 'icb',
};

/**
 * The organisation type of a published sector, `other` for one without its own type (such as
 * `PROFILE NOT COMPLETE`). The DSPT's "CCG / Integrated Care Board (ICB)" names both kinds of
 * body: the organisation's name tells them apart.
 */
export function sectorType(sector: string, name = ''): OrganisationType {
  const key = normalise(sector);
  if (key === 'ccgintegratedcareboardicb') return /INTEGRATED CARE BOARD|\bICB\b/i.test(name) ? 'icb' : 'ccg';
  return Object.prototype.hasOwnProperty.call(TYPES, key) ? TYPES[key]! : 'other';
}
