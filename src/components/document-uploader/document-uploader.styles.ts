import { css } from 'lit';

export const documentUploaderStyles = css`
  :host {
    --_thumb: var(--tirkeu-document-thumbnail-size, 3.5rem);
  }
  .slots,
  .files,
  .problems {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .slots {
    display: grid;
    gap: var(--_gap);
  }
  .slot {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .slot[part~='slot-missing'] {
    border-color: var(--_danger);
  }
  .slot-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .slot-name {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .required-mark {
    color: var(--_danger);
  }
  .slot-hint,
  .rules,
  .drop-text,
  .file-meta,
  .file-state {
    color: var(--_muted);
    font-weight: normal;
  }
  .slot-hint {
    margin: 0;
  }
  .template-link {
    color: var(--_primary);
  }
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem;
    border: var(--tirkeu-document-dropzone-border, 2px dashed var(--_border));
    border-radius: var(--_radius);
  }
  .dropzone.active {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .rules {
    flex-basis: 100%;
    font-size: 0.9em;
  }
  .slot-error {
    margin: 0;
    color: var(--_danger);
  }
  .slot-error:empty {
    display: none;
  }
  .files {
    display: grid;
    gap: 0.5rem;
  }
  .file {
    display: grid;
    /* The buttons go under the file's text: long names and messages keep the row's width. */
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
    gap: 0.75rem;
    align-items: start;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border-inline-start: 4px solid var(--_border);
  }
  /* The state's colour, for the border and the messages: a file's state is said in words too. */
  [data-state='ready'] {
    --_state: var(--_success);
  }
  [data-state='warning'],
  [data-severity='warning'] {
    --_state: var(--_warning);
  }
  [data-state='error'],
  [data-severity='error'] {
    --_state: var(--_danger);
  }
  .file {
    border-inline-start-color: var(--_state, var(--_border));
  }
  .thumbnail {
    width: var(--_thumb);
    max-height: calc(var(--_thumb) * 1.5);
    object-fit: contain;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .thumbnail.placeholder {
    display: block;
    height: calc(var(--_thumb) * 1.3);
  }
  .file-body {
    display: grid;
    gap: 0.15rem;
    min-width: 0;
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .file-meta,
  .file-state,
  .slot-hint,
  .rules {
    font-size: 0.9em;
  }
  .problem {
    color: var(--_state);
  }
  .file-actions {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .undo {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .documents-summary {
    margin: var(--_gap) 0 0;
  }
  .file .field {
    margin-top: 0.5rem;
    max-width: 14rem;
  }
`;
