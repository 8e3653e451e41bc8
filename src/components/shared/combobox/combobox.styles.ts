import { css } from 'lit';

export const comboboxStyles = css`
  /*
   * The field inside spans five rows of the element (field.styles.ts). Where the element stands in
   * one of our grids of fields, that grid's stylesheet makes those rows a subgrid (fieldRows), so
   * label, control and error line up with the native fields beside it; in a host page's own grid
   * it stays one ordinary item.
   */
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
  }
  .control {
    position: relative;
    display: flex;
  }
  .control input {
    padding-inline-end: 2.4em;
  }
  .toggle {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    width: 2.2em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .toggle svg {
    width: 0.9em;
    height: 0.9em;
    transition: transform 0.15s;
  }
  :host([open]) .toggle svg {
    transform: rotate(180deg);
  }
  /*
   * The listbox itself scrolls, inside the popup's height: a region that scrolls must be
   * reachable by keyboard (axe's scrollable-region-focusable), and the listbox of a combobox is,
   * through the text box that controls it (aria-controls, aria-activedescendant, the active
   * option scrolled into view), while DOM focus stays in the text box as ARIA 1.2 wants.
   */
  .popup {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    max-height: 320px;
    padding: 0.25em 0;
  }
  .popup:not(:popover-open) {
    display: none;
  }
  [role='listbox'] {
    min-height: 0;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.45em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    font-weight: 700;
  }
  [role='option'].active {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [role='option'].active .detail {
    color: inherit;
  }
  .detail {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .empty {
    margin: 0;
    padding: 0.45em 0.75em;
    color: var(--_muted);
  }
`;
