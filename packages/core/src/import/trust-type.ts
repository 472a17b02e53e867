/**
 * A trust's type guessed from its name: ODS trust files do not say it. Organisations made
 * with it carry `typeInferred: true` so that no one takes the guess for a fact.
 */
import type { OrganisationType } from '../format/kinds/organisation.js';

/**
 * The first rule that matches the upper-case name wins:
 *
 * 1. `AMBULANCE` → ambulance trust;
 * 2. `MENTAL HEALTH` or `PARTNERSHIP` → mental health trust (partnership trusts are mostly
 *    mental health and learning disability trusts);
 * 3. `COMMUNITY` → community trust;
 * 4. `PUBLIC HEALTH` → other (Public Health Wales);
 * 5. `HOSPITAL` or `TEACHING` → acute trust;
 * 6. `CARE NHS`, but not `INTEGRATED CARE NHS` → mental health trust (Mersey Care,
 *    Pennine Care, "Health and Care" trusts);
 * 7. anything else → acute trust, the most common kind.
 *
 * Known misses: many mental health trusts have plain place names (Oxleas, Tavistock and
 * Portman, South London and Maudsley) and come out as acute; "Health and Care" trusts that
 * are mostly community services come out as mental health.
 */
export function inferTrustType(name: string): OrganisationType {
  const n = name.toUpperCase().replace(/\s+/g, ' ');
  if (/\bAMBULANCE\b/.test(n)) return 'ambulance-trust';
  if (/\bMENTAL HEALTH\b|\bPARTNERSHIP\b/.test(n)) return 'mental-health-trust';
  if (/\bCOMMUNITY\b/.test(n)) return 'community-trust';
  if (/\bPUBLIC HEALTH\b/.test(n)) return 'other';
  if (/\bHOSPITALS?\b|\bTEACHING\b/.test(n)) return 'acute-trust';
  if (/(?<!INTEGRATED )\bCARE NHS\b/.test(n)) return 'mental-health-trust';
  return 'acute-trust';
}
