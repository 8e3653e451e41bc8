import type { StorybookConfig } from '@storybook/web-components-vite';
import { pdfWorkerVite } from '../tools/build/pdf-worker.mjs';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The accessibility panel runs axe on every story (the preview sets `a11y.test`); docs pages from the manifest.
  addons: ['msw-storybook-addon', '@storybook/addon-a11y', '@storybook/addon-docs'],
  // mockServiceWorker.js for msw; refresh with `npx msw init .storybook/public --no-save`.
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // pdf.js' worker for the document uploader: served from node_modules in dev, emitted beside its chunk in the build.
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), pdfWorkerVite()] }),
};
export default config;
