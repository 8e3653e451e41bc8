import { css } from 'lit';
import { fieldPopupStyles } from './field-popup.styles.js';

export { fieldPopupStyles };

/**
 * What makes an element a field's five rows: a subgrid of the grid of fields around it, or
 * ordinary rows outside one. A grid of fields says it of the combobox elements in it too.
 */
export const fieldRows = css`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  grid-template-rows: subgrid;
  grid-row: span 5;
  row-gap: 0;
  align-content: start;
  min-width: 0;
`;

/**
 * Styles of the shared field parts (`field()`, `fieldError()`), native inputs and buttons
 * (`.button`, `.primary`, `.danger`, `.quiet`). Widgets add them after `themeStyles`; with hints
 * and a summary, `fieldStyles` (these and `fieldPopupStyles`).
 *
 * Component tier of tokens (each falls back to the global `--tirkeu-*` tier):
 * `--tirkeu-input-background`, `--tirkeu-input-border-color`, `--tirkeu-input-padding`,
 * `--tirkeu-field-gap`.
 *
 * A field is five rows: label, help, control, what follows the control (`field-after`), error.
 * In a grid of fields (a form section, an account's fields) it takes five rows of that grid as a
 * subgrid, so each of those rows is as tall as its tallest cell along the line: a label that wraps
 * to two lines (Russian, Kazakh) moves every control of the line down, not its own alone. Such a
 * grid has no row gap (a row nobody uses, say help, must take no space); its items keep apart with
 * `margin-block-end`. Outside a grid, `subgrid` falls back to ordinary rows.
 */
export const fieldControlStyles = css`
  :host {
    --_input-bg: var(--tirkeu-input-background, var(--_surface));
    --_input-border: var(--tirkeu-input-border-color, var(--_border));
    --_input-padding: var(--tirkeu-input-padding, 0.5em 0.65em);
    --_field-gap: var(--tirkeu-field-gap, 0.3em);
  }
  .field {
    ${fieldRows}
  }
  /* Each label sits right above what follows it: its help, or (no help) its control. */
  .field > .label-row {
    grid-row: 1;
    align-self: end;
  }
  .field:not(:has(> .help)) > .label-row {
    grid-row: 1 / span 2;
  }
  .field > .help {
    grid-row: 2;
    margin-block-start: var(--_field-gap);
  }
  .field > :not(.label-row, .help, .field-after, .error) {
    grid-row: 3;
    margin-block-start: var(--_field-gap);
  }
  .field > .field-after {
    grid-row: 4;
    margin-block-start: var(--_field-gap);
  }
  .field-after:empty {
    display: none;
  }
  .field > .error {
    grid-row: 5;
    margin-block-start: var(--_field-gap);
  }
  /*
   * Inline flow, so that the "?" follows the label's last word wherever the label wraps (a flex
   * row put it past the wrapped label's full width, at the edge). The label's end padding keeps
   * room for it on the label's last line; the "?" sits in that room with a margin that cancels
   * its own width, so it always fits on that line and never wraps alone onto the next.
   */
  .label-row:has(> .hint) > label {
    /* The 0.4em gap and the "?" itself: 1.5em of its 0.8em font. */
    padding-inline-end: 1.6em;
  }
  .label-row > .hint {
    margin-inline-start: -1.5em;
    vertical-align: 0.1em;
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

/** Everything: what a widget with hints and a summary takes (the forms, the bank editor). */
export const fieldStyles = [fieldControlStyles, fieldPopupStyles];
