/** Registers `<om-assessment-editor>` (and the `<om-scorecard>` it draws its preview with). */
import { defineElement } from '../internal/define.js';
import { OmAssessmentEditor } from './assessment-editor.js';

defineElement('om-assessment-editor', OmAssessmentEditor);

export { OmAssessmentEditor };
