/** The card every block element sits in: NHS blue top border, white surface, full width. */
import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    max-width: 100%;
    font-size: 1rem;
    line-height: 1.5;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_brand);
    padding: 1rem;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
`;
