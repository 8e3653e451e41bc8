#!/usr/bin/env node
/**
 * `npm start`: serves demo/ on http://localhost:8000 straight from the TypeScript sources, with
 * the mock backend (msw, in the page) and the NCALayer emulator on wss://127.0.0.1:13579, so
 * the certificate picker has a signer to talk to. Your browser must trust the emulator's
 * test certificate once: open https://127.0.0.1:13579 and accept it (the address is printed).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pdfWorkerMiddleware } from './build/pdf-worker.mjs';

const port = Number(process.env.PORT ?? 8000);
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

async function startNcaLayerEmulator() {
  const entry = new URL('./ncalayer-emulator/index.mjs', import.meta.url);
  if (!existsSync(entry)) return undefined;
  try {
    const { startEmulator } = await import(entry.href);
    return await startEmulator({ port: Number(process.env.NCALAYER_PORT ?? 13579) });
  } catch (error) {
    console.warn(`NCALayer emulator not started (${error.message}); a real NCALayer, if running, will answer.`);
    return undefined;
  }
}

const emulator = await startNcaLayerEmulator();
const server = await startDevServer({
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  config: {
    rootDir: fileURLToPath(new URL('..', import.meta.url)),
    port,
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/' || ctx.path === '/index.html') ctx.path = '/demo/index.html';
        // Serve msw's worker from node_modules so that no copy can go stale.
        if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
        return next();
      },
      // pdf.js' worker where src/pdf/ looks for it, from node_modules.
      pdfWorkerMiddleware(),
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  },
});

console.log(`Tirkeu demo: http://localhost:${port}/`);
if (emulator) {
  console.log(`NCALayer emulator: ${emulator.url} (test CA: ${emulator.caPemPath})`);
  console.log(`  Trust it once in your browser: open ${emulator.url.replace('wss:', 'https:')} and accept the certificate.`);
}

const stop = async () => {
  await server.stop();
  await emulator?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
