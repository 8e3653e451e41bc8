/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';

/*
 * The docs pages' properties, attributes, events, slots, parts and CSS properties come from the
 * package's manifest (`npm run build` or `npm run analyze` writes it); without it the stories
 * still work, with the controls their own args give.
 */
const manifest = Object.values(import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true }))[0];
if (manifest) setCustomElementsManifest(manifest.default);

/**
 * Every story renders inside a wrapper that carries the toolbar's locale as `lang` (the widgets
 * follow the nearest `lang`) and the theme as `color-scheme` (the widgets follow it through
 * light-dark()), the way a host page would set them.
 */
export default {
  // A docs page for every element, from its stories and the manifest.
  tags: ['autodocs'],
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ru', title: 'Русский' },
          { value: 'kk', title: 'Қазақша' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
      const background = theme === 'dark' ? '#101317' : '#ffffff';
      const text = theme === 'dark' ? '#e8ebef' : '#1b1f24';
      return html`<div
        lang=${context.globals.locale ?? 'en'}
        style="color-scheme: ${theme}; background: ${background}; color: ${text}; padding: 1.5rem; font-family: system-ui, sans-serif;"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
} satisfies Preview;
