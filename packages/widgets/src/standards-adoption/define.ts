/** Registers `<om-standards-adoption>`: import this entry to use it alone. */
import { defineElement } from '../internal/define.js';
import { OmStandardsAdoption } from './standards-adoption.js';

defineElement('om-standards-adoption', OmStandardsAdoption);

export { OmStandardsAdoption };
