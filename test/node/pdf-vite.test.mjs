// Storybook's Vite with the pdf.js worker plugin of .storybook/main.ts: the build puts pdf.js'
// worker beside the chunk that computes its URL, and the dev server answers the request for it
// from node_modules (no copy of the worker lives in the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import { WORKER_FILE, pdfWorkerVite } from '../../tools/build/pdf-worker.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const worker = readFileSync(WORKER_FILE);

test('vite build: the worker beside the chunk holding worker-port.ts, unchanged', { timeout: 120000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tirkeu-pdf-vite-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, `export const load = () => import(${JSON.stringify(join(root, 'src/pdf/index.ts'))});\n`);
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [pdfWorkerVite()],
      build: { outDir: join(dir, 'out'), emptyOutDir: true, lib: { entry, formats: ['es'], fileName: 'entry' }, minify: false },
    });
    const files = readdirSync(join(dir, 'out'), { recursive: true }).map(String);
    const loaders = files.filter((file) => file.endsWith('.js') && readFileSync(join(dir, 'out', file), 'utf8').includes('pdf.worker.min.mjs'));
    assert.equal(loaders.length, 1, `one chunk computes the worker URL: ${loaders}`);
    const beside = join(dir, 'out', loaders[0].replace(/[^/]*$/, ''), 'pdf.worker.min.mjs');
    assert.ok(readFileSync(beside).equals(worker));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('vite dev server: /src/pdf/pdf.worker.min.mjs is the file from node_modules', { timeout: 60000 }, async () => {
  const server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [pdfWorkerVite()], server: { port: 0, host: '127.0.0.1' }, optimizeDeps: { noDiscovery: true } });
  await server.listen();
  try {
    // What the page computes: Vite rewrites worker-port.ts' new URL('./pdf.worker.min.mjs', import.meta.url) to this path.
    const module = await (await fetch(new URL('/src/pdf/worker-port.ts', server.resolvedUrls.local[0]))).text();
    assert.match(module, /new URL\("\/src\/pdf\/pdf\.worker\.min\.mjs"/);
    const response = await fetch(new URL('/src/pdf/pdf.worker.min.mjs', server.resolvedUrls.local[0]));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(worker));
  } finally {
    await server.close();
  }
});
