import { css } from 'lit';

/** What only the non-resident form adds to the shared section layout (nothing yet: a hook for hosts' overrides). */
export const nonresidentFormStyles = css``;
