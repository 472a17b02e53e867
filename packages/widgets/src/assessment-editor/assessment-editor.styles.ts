/** The editor's styles: the NHS.UK design system's form, error summary and task list patterns. */
import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  h4 {
    font-size: 1rem;
  }
  p,
  li,
  label,
  legend,
  .hint {
    overflow-wrap: anywhere;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .hint {
    color: var(--_secondary-text);
    margin: 0 0 0.5rem;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .legend {
    display: block;
    font-weight: 600;
    font-size: 1.1875rem;
    margin-bottom: 0.25rem;
  }
  .group {
    margin: 0 0 1.5rem;
  }
  .group-error {
    border-left: 4px solid var(--_error);
    padding-left: 0.75rem;
  }
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .input {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: 40px;
    padding: 0.25rem 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid #4c6272;
    border-radius: 0;
  }
  .input-error {
    border-color: var(--_error);
  }
  .percent {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .percent .input {
    width: 6rem;
  }
  .select {
    width: auto;
    max-width: 100%;
  }
  .date {
    width: auto;
  }
  textarea.input {
    min-height: 5rem;
    resize: vertical;
  }
  .input:focus,
  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible,
  summary:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .error-message span {
    display: block;
  }
  .radios,
  .checkboxes {
    margin: 0.5rem 0 0;
  }
  .radio,
  .checkbox {
    display: grid;
    grid-template-columns: 40px 1fr;
    align-items: start;
    column-gap: 0.75rem;
    margin-bottom: 0.5rem;
  }
  .radio input,
  .checkbox input {
    width: 40px;
    height: 40px;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .radio label,
  .checkbox label {
    padding-top: 0.5rem;
    cursor: pointer;
  }
  .radio-hint {
    grid-column: 2;
    color: var(--_secondary-text);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button.primary,
  button.secondary {
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 4px;
    font-weight: 600;
    margin: 0 0.75rem 0.75rem 0;
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: left;
  }
  button.primary {
    color: #fff;
    background: #007f3b;
    border: 2px solid #007f3b;
    box-shadow: 0 4px 0 #00401e;
  }
  button.secondary {
    color: var(--_brand);
    background: var(--_surface);
    border: 2px solid var(--_brand);
    box-shadow: 0 4px 0 var(--_brand);
  }
  button.link {
    display: inline;
    padding: 0;
    min-height: 24px;
    background: none;
    border: 0;
    color: var(--_link);
    text-decoration: underline;
    text-align: left;
    font-weight: 600;
  }
  button.small {
    font-weight: 400;
    margin-top: 0.25rem;
  }
  button.back {
    margin-bottom: 1rem;
  }
  button:focus-visible {
    outline: 4px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: 1rem;
    margin-bottom: 1.5rem;
  }
  .error-summary h2 {
    font-size: 1.25rem;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .inset {
    border-left: 8px solid var(--_brand);
    background: var(--_neutral-bg);
    padding: 0.75rem 1rem;
    margin-bottom: 1.5rem;
  }
  .inset p {
    margin: 0 0 0.5rem;
  }
  .task-list {
    list-style: none;
    margin: 0 0 2rem;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .task-name {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .task-hint {
    color: var(--_secondary-text);
  }
  .tag {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .tag-notStarted {
    color: var(--_neutral-text);
    background: var(--_neutral-bg);
  }
  .tag-inProgress {
    color: #003087;
    background: #dbeaf7;
  }
  .group.indicator,
  [part='indicator'] {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 1rem;
    margin-bottom: 1.5rem;
  }
  .links ul {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
  }
  .draft {
    font-style: italic;
  }
  details.more summary {
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    margin-bottom: 0.5rem;
  }
  .more-body {
    border-left: 4px solid var(--_border);
    padding-left: 1rem;
  }
  .actions {
    margin: 1.5rem 0;
  }
  .preview {
    margin-top: 2rem;
  }
  .skeleton {
    min-height: 20rem;
    background: var(--_neutral-bg);
  }
`;
