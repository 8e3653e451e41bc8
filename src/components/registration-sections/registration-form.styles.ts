import { css } from 'lit';
import { fieldRows } from '../shared/field.styles.js';

/**
 * Layout of the registration sections, shared by both forms (after `themeStyles` and
 * `fieldStyles`). Component tier: `--tirkeu-form-max-width`, `--tirkeu-section-gap`,
 * `--tirkeu-form-columns-min` (the narrowest column before the grid wraps).
 */
export const registrationFormStyles = css`
  :host {
    --_form-max: var(--tirkeu-form-max-width, 56rem);
    --_section-gap: var(--tirkeu-section-gap, calc(var(--_gap) * 1.75));
    --_col-min: var(--tirkeu-form-columns-min, 16rem);
    max-width: var(--_form-max);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_section-gap);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-width: 0;
  }
  .section-title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    padding-block-end: 0.3em;
    border-block-end: 1px solid var(--_border);
  }
  /*
   * Fields are subgrids of five rows (field.styles.ts), so the grid has no row gap: each item
   * keeps its distance below itself, and the grid takes back the last one.
   */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_col-min)), 1fr));
    column-gap: calc(var(--_gap) * 1.25);
    align-items: start;
    margin-block-end: calc(var(--_gap) * -1);
  }
  .grid > * {
    margin-block-end: var(--_gap);
  }
  .grid > tirkeu-combobox {
    ${fieldRows}
  }
  .wide {
    grid-column: 1 / -1;
  }
  /* A password and its repetition are one line, whatever precedes them: the repetition never wraps alone. */
  .grid > .field:has(> [data-field='user.password']) {
    grid-column-start: 1;
  }
  .choice {
    border: 0;
    margin-block-start: 0;
    margin-inline: 0;
    padding: 0;
    min-width: 0;
  }
  .choice legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.4em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    font-weight: normal;
    cursor: pointer;
  }
  .inline-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
  }
  .status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
  .status.success {
    color: var(--_success);
    font-weight: 600;
  }
  .status .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .warning {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.4em 0.65em;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-alt);
    color: var(--_warning);
    font-size: 0.875em;
    font-weight: 600;
  }
  .warning .button {
    min-height: 2em;
    padding: 0.2em 0.6em;
    font-size: inherit;
  }
  .agreement {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .agreement-title {
    margin: 0;
    font-weight: 600;
  }
  .agreement-text {
    max-height: 12em;
    overflow: auto;
  }
  .notice,
  .message,
  .lookup {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .notice p,
  .message p {
    margin: 0;
  }
  .notice-title {
    font-weight: 700;
    margin-block-end: 0.3em !important;
  }
  .message ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
  }
  .message.error {
    border: 2px solid var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }
  .message.warning {
    border: 2px solid var(--_warning);
  }
  .message.success {
    border: 2px solid var(--_success);
    color: var(--_success);
    font-weight: 600;
  }
  .message:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .lookup {
    margin: 0;
    font-size: 0.9em;
    padding: 0.5em 0.75em;
  }
  .lookup:empty {
    display: none;
  }
  .lookup[data-state='pending']::before {
    content: '';
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
    border: 2px solid var(--_primary);
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .lookup[data-state='pending']::before {
      animation: none;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  [aria-busy='true'] .grid {
    opacity: 0.85;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.75em;
  }
  .certificate {
    display: grid;
    gap: 0.25em;
  }
  .invitation {
    margin: 0;
  }
  .invitation.applied {
    border-inline-start: 4px solid var(--_primary);
  }
  .invitation.problem {
    border: 2px solid var(--_warning);
  }
  input[data-prefilled] {
    border-inline-start: 3px solid var(--_primary);
  }
`;
