import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './tools/test/count-reporter.mjs';
import { ncalayerEmulatorPlugin } from './tools/test/ncalayer-emulator-plugin.mjs';
import { CHROME_ARGS, chromiumPath } from './tools/test/chromium.mjs';


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
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: ['--headless=new', ...CHROME_ARGS] } }),
  ],
};
