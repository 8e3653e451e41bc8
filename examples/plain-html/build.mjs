#!/usr/bin/env node
/**
 * Builds the plain HTML example into a static folder (default examples/plain-html/dist/, ignored by git, or the
 * first argument): index.html as written, dist/cdn/ copied to tirkeu/ beside it (as a CDN serves
 * it), example-setup.ts bundled by Vite (msw and the mock backend), msw's worker at the root
 * (../shared/mock-backend-vite.mjs).
 * Run `npm run build` first; serve the folder over http://localhost or 127.0.0.1 (a service
 * worker needs a secure context).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { mockBackendVite } from '../shared/mock-backend-vite.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CDN = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

export async function buildPlainHtml(outDir = join(HERE, 'dist')) {
  if (!existsSync(join(CDN, 'tirkeu.js'))) throw new Error('dist/cdn/tirkeu.js is missing: run `npm run build` first.');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    root: HERE,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [mockBackendVite()],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      rolldownOptions: { input: { 'example-setup': join(HERE, 'example-setup.ts') }, output: { entryFileNames: '[name].js' } },
    },
  });
  copyFileSync(join(HERE, 'index.html'), join(outDir, 'index.html'));
  cpSync(CDN, join(outDir, 'tirkeu'), { recursive: true });
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Built ${await buildPlainHtml(process.argv[2] ? resolve(process.argv[2]) : undefined)}`);
}
