import { css } from 'lit';

/** What only the resident form adds to the shared section layout. */
export const residentFormStyles = css`
  .certificate-note {
    margin: 0;
    padding: 0.6em 0.9em;
    border-inline-start: 3px solid var(--_primary);
    background: var(--_surface-alt);
  }
`;
