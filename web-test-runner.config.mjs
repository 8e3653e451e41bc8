import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './tools/test/count-reporter.mjs';
import { ncalayerEmulatorPlugin } from './tools/test/ncalayer-emulator-plugin.mjs';
import { chromiumPath } from './tools/test/chromium.mjs';

const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The NCALayer emulator serves wss:// with its own test CA, as NCALayer does with NCA's.
  '--ignore-certificate-errors',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [defaultReporter(), countReporter()],
  coverageConfig: { include: ['src/**/*.ts'], exclude: ['src/i18n/generated/**'], report: true, reportDir: 'coverage' },
  middleware: [
    // Serve msw's worker from node_modules so that no copy can go stale.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [
    ncalayerEmulatorPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROME_ARGS } }),
  ],
};
