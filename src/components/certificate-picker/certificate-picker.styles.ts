import { css } from 'lit';

/**
 * Component tokens (second tier) fall back to the global `--tirkeu-*` tier through the private
 * `--_*` properties of `themeStyles`.
 */
export const certificatePickerStyles = css`
  :host {
    --_card-background: var(--tirkeu-picker-card-background, var(--_surface-alt));
    --_card-border: var(--tirkeu-picker-card-border-color, var(--_border));
    --_button-background: var(--tirkeu-picker-button-background, var(--_primary));
    --_button-color: var(--tirkeu-picker-button-color, var(--_on-primary));
    --_max-width: var(--tirkeu-picker-max-width, 40rem);
    max-width: var(--_max-width);
    line-height: 1.4;
  }

  .picker {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }

  .intro,
  .hint {
    margin: 0;
    color: var(--_muted);
  }

  .intro:not(:has(*)) {
    display: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) * 0.5);
    align-items: center;
  }

  button {
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
    border: 1px solid var(--_button-background);
    background: var(--_button-background);
    color: var(--_button-color);
    font-weight: 600;
    line-height: 1.25;
  }

  button.secondary {
    background: transparent;
    color: var(--_primary);
    border-color: var(--_border);
  }

  button:hover:not(:disabled) {
    filter: brightness(1.08);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  /* The live region: visible while NCALayer is busy, a headline for errors. */
  .status {
    margin: 0;
  }

  .status:empty {
    display: none;
  }

  .progress {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin: 0;
  }

  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.2em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .error {
    display: grid;
    gap: 0.4em;
    padding: calc(var(--_gap) * 0.75);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .error p {
    margin: 0;
  }

  .error .title,
  .card .title {
    font-weight: 700;
  }

  .error .title {
    color: var(--_danger);
  }

  .error .quote {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_primary);
  }

  .card {
    display: grid;
    gap: calc(var(--_gap) * 0.6);
    padding: var(--_gap);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
  }

  .card .title {
    margin: 0;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }

  .card .title:focus {
    outline: none;
  }

  .card .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }

  .field {
    display: contents;
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .mono {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }

  .warning {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .warning strong {
    color: var(--_warning);
  }

  @container (max-width: 26rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0.1em;
    }
    dd {
      margin-block-end: 0.4em;
    }
  }
`;
