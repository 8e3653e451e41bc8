/**
 * pdf.js' worker file wherever src/pdf/worker-port.ts looks for it: beside itself, as
 * `new URL('./pdf.worker.min.mjs', import.meta.url)`. The file is pdfjs-dist's own prebuilt
 * worker, taken from node_modules every time (never a copy in the repository that could fall
 * behind the installed API: pdf.js refuses a worker of another version) and never re-minified.
 * - rollup (npm and CDN builds) and Vite's build: emitted beside every chunk holding that module;
 * - @web/dev-server (tests, demo) and Vite's dev server (Storybook): the request for
 *   `…/src/pdf/pdf.worker.min.mjs` answered from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER_NAME = 'pdf.worker.min.mjs';
export const WORKER_FILE = createRequire(import.meta.url).resolve(`pdfjs-dist/build/${WORKER_NAME}`);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The module that computes the worker URL; the worker must sit beside whatever file it ends up in. */
const WORKER_PORT_MODULE = fileURLToPath(new URL('../../src/pdf/worker-port.ts', import.meta.url));
/** Where a dev server is asked for it: beside worker-port.ts, under src/pdf/. */
const DEV_PATH = `/src/pdf/${WORKER_NAME}`;
/** The same file as the dev servers' root-relative path (both serve the repository root). */
export const WORKER_DEV_PATH = `/${relative(ROOT, WORKER_FILE).split(sep).join('/')}`;

const dirOf = (fileName) => (fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/') + 1) : '');

/** Rollup/Vite build plugin: the worker beside each output chunk that contains worker-port.ts. */
export function pdfWorkerAsset() {
  return {
    name: 'tirkeu-pdf-worker',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
        if (ids.includes(WORKER_PORT_MODULE)) dirs.add(dirOf(chunk.fileName));
      }
      if (!dirs.size) return;
      const source = readFileSync(WORKER_FILE);
      for (const dir of dirs) this.emitFile({ type: 'asset', fileName: `${dir}${WORKER_NAME}`, source });
    },
  };
}

/**
 * @web/dev-server (koa) middleware: serve the worker from node_modules where src/pdf/ expects
 * it, with the CORS header a CDN sends, so that a page can also start it from another origin
 * (the tests do, through 127.0.0.1 instead of localhost).
 */
export function pdfWorkerMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== DEV_PATH) return next();
    ctx.path = WORKER_DEV_PATH;
    await next();
    ctx.set('access-control-allow-origin', '*');
  };
}

/** Vite plugin for Storybook: the dev server answers the worker request, the build emits the file. */
export function pdfWorkerVite() {
  return {
    ...pdfWorkerAsset(),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (new URL(request.url ?? '/', 'http://x').pathname !== DEV_PATH) return next();
        response.setHeader('content-type', 'text/javascript');
        response.end(readFileSync(WORKER_FILE));
      });
    },
  };
}
