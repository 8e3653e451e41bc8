import { css } from 'lit';

/** Layout of the flow (after `themeStyles` and `fieldStyles`): the step list, the step, the navigation. */
export const registrationStyles = css`
  :host {
    display: block;
    max-width: var(--tirkeu-form-max-width, 56rem);
    font: var(--tirkeu-font, inherit);
    color: var(--_text);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0 0 calc(var(--_gap) / 2);
    list-style: none;
    border-block-end: 1px solid var(--_border);
  }
  .step-label,
  .step-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0;
    color: var(--_muted);
  }
  .step-button {
    border: 0;
    background: none;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    border: 1px solid currentColor;
    border-radius: 50%;
    font-size: 0.85em;
  }
  .step.current .step-label {
    color: var(--_primary);
    font-weight: 600;
  }
  .step.current .step-number {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step.done .step-button {
    color: var(--_success);
  }
  .step.error .step-button,
  .step.error .step-label {
    color: var(--_danger);
  }
  /* The step's heading names the section already: the form's own title would say it twice. */
  [part~='form']::part(section-title) {
    display: none;
  }
  .heading {
    margin: 0;
    font-size: 1.4em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .path {
    display: grid;
    gap: calc(var(--_gap) / 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .path legend {
    margin-block-end: calc(var(--_gap) / 2);
    font-weight: 600;
  }
  .path-option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.6em;
    padding: calc(var(--_gap) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .path-option:has(:checked) {
    border-color: var(--_primary);
    box-shadow: 0 0 0 1px var(--_primary);
  }
  .path-name {
    font-weight: 600;
  }
  .path-hint {
    grid-column: 2;
    color: var(--_muted);
    font-weight: normal;
  }
  .path[aria-invalid='true'] .path-option {
    border-color: var(--_danger);
  }
  .notice,
  .complete,
  .review-section {
    padding: calc(var(--_gap) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice p,
  .complete p {
    margin: 0 0 0.4em;
  }
  .notice.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .notice.warning {
    border-inline-start: 4px solid var(--_warning);
  }
  .complete {
    border-inline-start: 4px solid var(--_success);
  }
  .review {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .review-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_gap);
  }
  .review-head h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .review {
    container-type: inline-size;
  }
  .review-list {
    display: grid;
    /* The label column never takes more than its share: long Kazakh labels wrap, values keep room. */
    grid-template-columns: minmax(8em, 40%) minmax(0, 1fr);
    gap: 0.3em 1em;
    margin: 0.5em 0 0;
  }
  /* On a phone, each label above its value. */
  @container (max-width: 30rem) {
    .review-list {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .review-list dd {
      margin-block-end: 0.5em;
    }
  }
  .review-list > div {
    display: contents;
  }
  .review-list dt {
    color: var(--_muted);
  }
  .review-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .review-accounts {
    margin: 0.5em 0 0;
    padding-inline-start: 1.2em;
  }
  .button.link {
    min-height: auto;
    padding: 0.2em 0.4em;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .navigation {
    display: flex;
    gap: var(--_gap);
    justify-content: space-between;
  }
  .navigation [part~='next'] {
    margin-inline-start: auto;
  }
`;
