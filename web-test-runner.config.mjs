import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './tools/test/count-reporter.mjs';
import { ncalayerEmulatorPlugin } from './tools/test/ncalayer-emulator-plugin.mjs';
import { keyChordPlugin } from './tools/test/key-chord-plugin.mjs';
import { demoPagePlugin } from './tools/test/demo-page-plugin.mjs';
import { browserLaunchers } from './tools/test/browsers.mjs';
import { testRunnerHtml } from './tools/test/test-page.mjs';
import { pdfWorkerMiddleware } from './tools/build/pdf-worker.mjs';


export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), countReporter()],
  testRunnerHtml,
  coverageConfig: { include: ['src/**/*.ts'], exclude: ['src/i18n/generated/**'], report: true, reportDir: 'coverage' },
  middleware: [
    // Serve msw's worker from node_modules so that no copy can go stale.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    // pdf.js' worker where src/pdf/ looks for it, from node_modules (see tools/build/pdf-worker.mjs).
    pdfWorkerMiddleware(),
  ],
  plugins: [
    ncalayerEmulatorPlugin(),
    keyChordPlugin(),
    demoPagePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // Chromium, Firefox and WebKit, or those TIRKEU_BROWSERS names (TIRKEU_BROWSERS=chromium npx wtr …).
  // Coverage comes from Chromium only: the other launchers report none, which the runner accepts.
  browsers: await browserLaunchers(),
  // One engine after another: the engines share the one NCALayer emulator whose faults the tests
  // script, and side by side one engine's tests reset and script it under another's.
  concurrentBrowsers: 1,
};
