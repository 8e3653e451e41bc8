/**
 * What the examples' mock backend needs from Vite: msw's service worker at /mockServiceWorker.js,
 * answered from node_modules by the dev server and emitted into the build, so that no copy in the
 * repository falls behind the installed msw (the worker checks that it matches the library).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MSW_WORKER_NAME = 'mockServiceWorker.js';
const MSW_WORKER_FILE = createRequire(import.meta.url).resolve(`msw/${MSW_WORKER_NAME}`);

export function mockBackendVite() {
  return {
    name: 'tirkeu-examples-mock-backend',
    // The mock (msw, asn1js for its signature checks) is one chunk of about 520 kB: example-only,
    // so no reason for Vite's 500 kB warning.
    config: () => ({ build: { chunkSizeWarningLimit: 600 } }),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (new URL(request.url ?? '/', 'http://x').pathname !== `/${MSW_WORKER_NAME}`) return next();
        response.setHeader('content-type', 'text/javascript');
        response.end(readFileSync(MSW_WORKER_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MSW_WORKER_NAME, source: readFileSync(MSW_WORKER_FILE) });
    },
  };
}
