#!/usr/bin/env node
/**
 * `npm start`: the demo portal page on http://localhost:8000 (PORT), straight from the TypeScript
 * sources, with the mock backend (msw, in the page) and the NCALayer emulator on
 * wss://127.0.0.1:13579 (NCALAYER_PORT; its control server on NCALAYER_CONTROL_PORT, any free
 * port by default). Your browser must trust the emulator's test certificate once: open
 * https://127.0.0.1:13579 and accept it (the address is printed).
 *
 * The page is served with a strict Content-Security-Policy header (Trusted Types required) built
 * from the ports really in use, and learns those addresses from /demo-config.json: nothing in
 * demo/ names a port. Violations the browser reports are printed here ("CSP violation: …").
 */
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pdfWorkerMiddleware } from './build/pdf-worker.mjs';

const port = Number(process.env.PORT ?? 8000);
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const CSP_REPORT_PATH = '/__csp-report';
/** The policies the page creates: lit's for its templates, the PDF worker's, and `default`, which lets msw's worker register (demo/mock-worker.ts). */
const TRUSTED_TYPES = ['lit-html', 'tirkeu-pdf', 'default'];

/**
 * The emulator, which the demo panel may stop and start again ("NCALayer is not running" is a
 * closed port, which no emulator scenario can play) on the same ports and with the same config.
 */
function ncaLayerEmulator() {
  let wssPort = Number(process.env.NCALAYER_PORT ?? 13579);
  let controlPort = Number(process.env.NCALAYER_CONTROL_PORT ?? 0);
  let config;
  let running;
  let controlUrl;
  return {
    get running() { return running; },
    get wssPort() { return wssPort; },
    get controlUrl() { return controlUrl; },
    async start() {
      if (running) return running;
      try {
        // The workspace package (packages/ncalayer-emulator); without it, a real NCALayer may answer.
        const { startEmulator } = await import('tirkeu-ncalayer-emulator');
        running = await startEmulator({ port: wssPort, controlPort, config });
      } catch (error) {
        console.warn(`NCALayer emulator not started (${error.message}); a real NCALayer, if running, will answer.`);
        return undefined;
      }
      // Ports that were 0 are now known: a restart keeps them, and so do the page's addresses.
      ({ port: wssPort, controlPort, controlUrl } = running);
      return running;
    },
    async stop() {
      if (!running) return;
      config = running.config;
      const closing = running;
      running = undefined;
      await closing.close();
    },
  };
}

/** The page's policy: its own origin, the emulator's two addresses, Trusted Types for every script sink. */
function contentSecurityPolicy({ ncalayerPort, controlUrl }) {
  const connect = ["'self'", `wss://127.0.0.1:${ncalayerPort}`, `https://127.0.0.1:${ncalayerPort}`, controlUrl].filter(Boolean);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES.join(' ')}`,
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}

async function readBody(request, limit = 64 * 1024) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > limit) break;
  }
  return body;
}

/** Prints each report-uri report as one line, so a violation shows where the demo was started. */
async function printCspReport(ctx) {
  try {
    const report = JSON.parse(await readBody(ctx.req))['csp-report'] ?? {};
    console.error(`CSP violation: ${report['violated-directive'] ?? report['effective-directive']} ${report['blocked-uri'] ?? ''} (${report['document-uri'] ?? ''}${report['line-number'] ? `:${report['line-number']}` : ''})`);
  } catch {
    console.error('CSP violation: (unreadable report)');
  }
  ctx.status = 204;
}

const emulator = ncaLayerEmulator();
await emulator.start();

/** /demo-config.json: where the page connects. POST {running} stops or starts the emulator. */
async function demoConfig(ctx) {
  if (ctx.method === 'POST') {
    // JSON only: a cross-site page cannot send that without a preflight, which nothing here answers.
    if (!ctx.is('application/json')) return void (ctx.status = 415);
    const { running } = JSON.parse((await readBody(ctx.req)) || '{}');
    await (running ? emulator.start() : emulator.stop());
  }
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    ncalayerUrl: `wss://127.0.0.1:${emulator.wssPort}`,
    controlUrl: emulator.controlUrl ?? null,
    emulatorRunning: Boolean(emulator.running),
  });
}

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
      async (ctx, next) => {
        if (ctx.path === CSP_REPORT_PATH && ctx.method === 'POST') return printCspReport(ctx);
        if (ctx.path === '/demo-config.json') return demoConfig(ctx);
        if (ctx.path === '/' || ctx.path === '/index.html') ctx.path = '/demo/index.html';
        // Serve msw's worker from node_modules so that no copy can go stale.
        if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
        await next();
        if (ctx.path === '/demo/index.html') {
          ctx.set('Content-Security-Policy', contentSecurityPolicy({ ncalayerPort: emulator.wssPort, controlUrl: emulator.controlUrl }));
          ctx.set('cache-control', 'no-store');
        }
      },
      // pdf.js' worker where src/pdf/ looks for it, from node_modules.
      pdfWorkerMiddleware(),
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  },
});

console.log(`Tirkeu demo: http://localhost:${port}/`);
if (emulator.running) {
  console.log(`NCALayer emulator: ${emulator.running.url} (test CA: ${emulator.running.caPemPath})`);
  console.log(`  Control: ${emulator.controlUrl} (GET /state, POST /config {"scenario","cert"}; the page's emulator panel uses it)`);
  console.log(`  Trust it once in your browser: open ${emulator.running.url.replace('wss:', 'https:')} and accept the certificate.`);
}

const stop = async () => {
  await server.stop();
  await emulator.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
