import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The global token tier: a host sets these once and every widget follows. Light and dark come
 * from the page's `color-scheme` (the toolbar's theme switch sets it here).
 */
const TOKENS: Array<[name: string, purpose: string, light: string, dark: string]> = [
  ['--tirkeu-color-primary', 'buttons, links, selection', '#0b5cad', '#8ab8f0'],
  ['--tirkeu-color-on-primary', 'text on primary', '#ffffff', '#0a1a2c'],
  ['--tirkeu-color-surface', 'widget background', '#ffffff', '#16191d'],
  ['--tirkeu-color-surface-alt', 'cards, summaries', '#f3f5f8', '#22272e'],
  ['--tirkeu-color-text', 'text', '#1b1f24', '#e8ebef'],
  ['--tirkeu-color-muted', 'help text', '#55606e', '#aab3be'],
  ['--tirkeu-color-border', 'field borders', '#8a94a3', '#7d8896'],
  ['--tirkeu-color-danger', 'errors', '#b3261e', '#ffb4ab'],
  ['--tirkeu-color-warning', 'warnings', '#8a5300', '#f3c27a'],
  ['--tirkeu-color-success', 'confirmations', '#1e6b34', '#8fd6a2'],
  ['--tirkeu-color-focus', 'focus ring', '#0b5cad', '#8ab8f0'],
  ['--tirkeu-radius', 'corner radius', '6px', '6px'],
  ['--tirkeu-space', 'base spacing', '1rem', '1rem'],
  ['--tirkeu-font', 'font shorthand (default: inherit from the host)', 'inherit', 'inherit'],
];

const meta: Meta = {
  title: 'Foundation/Theme tokens',
  parameters: { docs: { description: { component: 'Set `--tirkeu-*` on :root or any ancestor of the widgets.' } } },
};
export default meta;

export const Tokens: StoryObj = {
  render: () => html`
    <table>
      <thead>
        <tr><th>token</th><th>purpose</th><th>light</th><th>dark</th></tr>
      </thead>
      <tbody>
        ${TOKENS.map(
          ([name, purpose, light, dark]) =>
            html`<tr><td><code>${name}</code></td><td>${purpose}</td><td><code>${light}</code></td><td><code>${dark}</code></td></tr>`,
        )}
      </tbody>
    </table>
  `,
};
