/** Registers `<om-statement-list>`: import this entry to use it alone. */
import { defineElement } from '../internal/define.js';
import { OmStatementList } from './statement-list.js';

defineElement('om-statement-list', OmStatementList);

export { OmStatementList };
