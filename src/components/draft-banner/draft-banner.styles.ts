import { css } from 'lit';

/**
 * Component tokens (second tier) fall back to the global `--tirkeu-*` tier through the private
 * `--_*` properties of `themeStyles`. The host itself has no box: with nothing to say the
 * banner renders nothing and takes no room on the host's page.
 */
export const draftBannerStyles = css`
  :host {
    --_banner-background: var(--tirkeu-draft-banner-background, var(--_surface-alt));
    --_banner-border: var(--tirkeu-draft-banner-border-color, var(--_border));
    --_banner-accent: var(--tirkeu-draft-banner-accent-color, var(--_primary));
    max-width: var(--tirkeu-draft-banner-max-width, 48rem);
    line-height: 1.4;
  }

  .banner {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    padding: calc(var(--_gap) * 0.75) var(--_gap);
    border: 1px solid var(--_banner-border);
    border-inline-start: 4px solid var(--_banner-accent);
    border-radius: var(--_radius);
    background: var(--_banner-background);
  }

  .banner.unavailable {
    --_banner-accent: var(--_warning);
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_gap) * 0.5);
  }

  .header > :first-child {
    flex: 1;
    min-width: 0;
  }

  p {
    margin: 0;
  }

  .title {
    font-weight: 700;
    font-size: 1.1em;
  }

  .intro,
  .facts {
    color: var(--_muted);
  }

  .drafts {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .draft + .draft {
    padding-block-start: calc(var(--_gap) * 0.75);
    border-block-start: 1px solid var(--_banner-border);
  }

  .draft {
    display: grid;
    gap: 0.35em;
  }

  .name {
    font-weight: 600;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.925em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) * 0.5);
    margin-block-start: 0.25em;
  }

  .confirm {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.25em;
    padding: 0.75em;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Below the drafts that can be continued, set apart by the same line as between drafts. */
  .drafts + .set-aside {
    display: grid;
    gap: 0.5em;
    padding-block-start: calc(var(--_gap) * 0.75);
    border-block-start: 1px solid var(--_banner-border);
  }

  .set-aside-title {
    font-weight: 700;
  }

  .dismiss {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    margin: -0.35em -0.5em 0 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font-size: 1.2em;
    line-height: 1;
    cursor: pointer;
  }

  .dismiss:hover {
    color: var(--_text);
  }
`;
