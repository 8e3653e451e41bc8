import { css } from 'lit';

/**
 * Styles of the shared field parts (`field()`, `hint()`, `fieldError()`, `errorSummary()`),
 * native inputs and buttons. Widgets add them after `themeStyles`.
 *
 * Component tier of tokens (each falls back to the global `--tirkeu-*` tier):
 * `--tirkeu-input-background`, `--tirkeu-input-border-color`, `--tirkeu-input-padding`,
 * `--tirkeu-field-gap`.
 */
export const fieldStyles = css`
  :host {
    --_input-bg: var(--tirkeu-input-background, var(--_surface));
    --_input-border: var(--tirkeu-input-border-color, var(--_border));
    --_input-padding: var(--tirkeu-input-padding, 0.5em 0.65em);
    --_field-gap: var(--tirkeu-field-gap, 0.3em);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_field-gap);
    min-width: 0;
  }
  .label-row {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  label {
    font-weight: 600;
  }
  .optional,
  .help {
    color: var(--_muted);
    font-weight: normal;
  }
  .help {
    margin: 0;
    font-size: 0.875em;
  }
  input,
  select,
  .input {
    width: 100%;
    min-height: 2.5em;
    padding: var(--_input-padding);
    border: 1px solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-bg);
    color: var(--_text);
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: auto;
    min-height: 0;
    accent-color: var(--_primary);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
    border-color: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input:disabled,
  select:disabled,
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input[readonly] {
    background: var(--_surface-alt);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
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
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button.danger.primary {
    background: var(--_danger);
    color: var(--_surface);
  }
  .button.quiet {
    border-color: transparent;
  }
  .button:hover:not(:disabled) {
    filter: brightness(0.95);
  }
`;
