/** Registers `<om-scorecard>`: import this entry to use the scorecard alone. */
import { defineElement } from '../internal/define.js';
import { OmScorecard } from './scorecard.js';

defineElement('om-scorecard', OmScorecard);

export { OmScorecard };
