/** Registers `<om-priority-checklist>`: import this entry to use the checklist alone. */
import { defineElement } from '../internal/define.js';
import { OmPriorityChecklist } from './priority-checklist.js';

defineElement('om-priority-checklist', OmPriorityChecklist);

export { OmPriorityChecklist };
