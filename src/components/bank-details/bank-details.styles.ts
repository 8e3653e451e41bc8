import { css } from 'lit';

export const bankDetailsStyles = css`
  :host {
    --_account-bg: var(--tirkeu-bank-account-background, var(--_surface-alt));
    --_account-border: var(--tirkeu-bank-account-border-color, transparent);
    container-type: inline-size;
  }
  .accounts {
    display: grid;
    gap: var(--_gap);
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }
  .account {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_gap);
    border: 1px solid var(--_account-border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_account-bg);
  }
  .account-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .account-title {
    font-size: 1.1em;
    font-weight: 700;
    margin-inline-end: auto;
  }
  .badge {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_success);
    border-radius: 999px;
    color: var(--_success);
    font-size: 0.85em;
    font-weight: 600;
  }
  .main {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
  }
  .main input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
  }
  .overview {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  /* Fields are subgrids of five rows (field.styles.ts): no row gap, each keeps its distance below. */
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    column-gap: var(--_gap);
    align-items: start;
    margin-block-end: calc(var(--_gap) * -1);
  }
  .fields > * {
    margin-block-end: var(--_gap);
  }
  .fields .wide {
    grid-column: span 2;
  }
  @container (max-width: 30rem) {
    .fields .wide {
      grid-column: auto;
    }
  }
  .autofill-note {
    margin: 0;
    color: var(--_success);
    font-size: 0.85em;
  }
  /* BIC or bank name contradict the IBAN's bank: said, not refused. */
  .warning {
    display: grid;
    justify-items: start;
    gap: 0.25em;
    padding: 0.4em 0.65em;
    border-inline-start: 3px solid var(--_warning);
    font-size: 0.875em;
  }
  .warning p {
    margin: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirm {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .confirm p {
    margin: 0;
    font-weight: 600;
  }
  .empty {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  .add-row {
    display: grid;
    justify-items: start;
    gap: 0.3em;
  }
`;
