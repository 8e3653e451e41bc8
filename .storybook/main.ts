import type { StorybookConfig } from '@storybook/web-components-vite';

export default {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['msw-storybook-addon'],
  // mockServiceWorker.js for msw; refresh with `npx msw init .storybook/public --no-save`.
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
} satisfies StorybookConfig;
