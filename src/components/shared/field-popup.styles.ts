import { css } from 'lit';

/**
 * The hint's "?" button and its tooltip, popups, and the error summary of `errorSummary()`: a
 * module of its own, so that a widget without them (the document uploader) does not bundle them.
 */
export const fieldPopupStyles = css`
  .hint {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1;
    cursor: help;
  }
  .tooltip,
  .popup {
    position: fixed;
    inset: auto;
    margin: 0;
    top: 0;
    left: 0;
    z-index: 1000;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .tooltip {
    max-width: min(22rem, calc(100vw - 16px));
    padding: 0.5em 0.7em;
    font-size: 0.875em;
    background: var(--_text);
    color: var(--_surface);
    border-color: transparent;
  }
  .tooltip:not(:popover-open) {
    display: none;
  }
  .summary {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-block-end: var(--_gap);
  }
  .summary:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .summary-heading {
    margin: 0 0 0.4em;
    font-weight: 700;
    color: var(--_danger);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
`;
