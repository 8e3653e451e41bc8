import { css } from 'lit';

/**
 * The global token tier. Hosts set `--tirkeu-*` once (on `:root` or any ancestor); every widget
 * reads them with a fallback, so nothing leaks out of the shadow roots.
 *
 * Light and dark follow the host's `color-scheme` (an inherited property, so a page with
 * `color-scheme: light dark` gets the user's preference for free) through `light-dark()`;
 * `theme="dark"` or `theme="light"` on the element pins one.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--tirkeu-color-primary, light-dark(#0b5cad, #8ab8f0));
    --_on-primary: var(--tirkeu-color-on-primary, light-dark(#ffffff, #0a1a2c));
    --_surface: var(--tirkeu-color-surface, light-dark(#ffffff, #16191d));
    --_surface-alt: var(--tirkeu-color-surface-alt, light-dark(#f3f5f8, #22272e));
    --_text: var(--tirkeu-color-text, light-dark(#1b1f24, #e8ebef));
    --_muted: var(--tirkeu-color-muted, light-dark(#55606e, #aab3be));
    --_border: var(--tirkeu-color-border, light-dark(#8a94a3, #7d8896));
    --_danger: var(--tirkeu-color-danger, light-dark(#b3261e, #ffb4ab));
    --_warning: var(--tirkeu-color-warning, light-dark(#8a5300, #f3c27a));
    --_success: var(--tirkeu-color-success, light-dark(#1e6b34, #8fd6a2));
    --_focus: var(--tirkeu-color-focus, light-dark(#0b5cad, #8ab8f0));
    --_radius: var(--tirkeu-radius, 6px);
    --_gap: var(--tirkeu-space, 1rem);
    display: block;
    font: var(--tirkeu-font, inherit);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
