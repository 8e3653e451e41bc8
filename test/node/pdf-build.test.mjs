// The built package as far as PDF inspection goes (run after `npm run build`): pdf.js' own
// worker file beside the module that loads it, in both builds, byte for byte; the npm build
// leaves pdfjs-dist to the host's bundler; the CDN bundle's eager part holds no pdf.js at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { eagerSize } from '../../bench/sizes.mjs';
import { WORKER_FILE } from '../../tools/build/pdf-worker.mjs';

const worker = readFileSync(WORKER_FILE);
const cdnFiles = new Map(readdirSync('dist/cdn').filter((name) => name.endsWith('.js')).map((name) => [name, readFileSync(`dist/cdn/${name}`)]));
/** Strings only pdf.js' API module has (its MessageHandler and worker wiring). */
const PDFJS_MARKERS = ['Setting up fake worker', 'GetDocRequest', 'The API version'];
const hasPdfjs = (code) => PDFJS_MARKERS.some((marker) => code.includes(marker));

test("pdf.js' worker sits beside the module that loads it, unchanged (not re-minified)", () => {
  assert.ok(readFileSync('dist/pdf/worker-port.js', 'utf8').includes("new URL(\"./pdf.worker.min.mjs\", import.meta.url)"));
  assert.ok(readFileSync('dist/pdf/pdf.worker.min.mjs').equals(worker), 'dist/pdf/pdf.worker.min.mjs');
  const loader = [...cdnFiles].filter(([, code]) => code.includes('"./pdf.worker.min.mjs",import.meta.url'));
  assert.equal(loader.length, 1, 'one CDN chunk computes the worker URL');
  assert.ok(readFileSync('dist/cdn/pdf.worker.min.mjs').equals(worker), 'dist/cdn/pdf.worker.min.mjs');
});

test('the npm build imports pdfjs-dist (a dependency) instead of bundling it', () => {
  const code = readFileSync('dist/pdf/pdfjs.js', 'utf8');
  assert.match(code, /import\(['"]pdfjs-dist['"]\)/);
  for (const name of readdirSync('dist/pdf').filter((file) => file.endsWith('.js'))) assert.ok(!hasPdfjs(readFileSync(`dist/pdf/${name}`, 'utf8')), name);
});

test('the CDN bundle: no pdf.js byte in the eager part, pdf.js in one lazy chunk', () => {
  const eager = eagerSize(cdnFiles, 'tirkeu.js').names;
  for (const name of eager) assert.ok(!hasPdfjs(cdnFiles.get(name).toString('utf8')), `${name} is eager and holds pdf.js`);
  const chunks = [...cdnFiles].filter(([, code]) => hasPdfjs(code.toString('utf8'))).map(([name]) => name);
  assert.equal(chunks.length, 1, `pdf.js in ${chunks.join(', ')}`);
  assert.ok(!eager.has(chunks[0]));
  assert.ok(!cdnFiles.get(chunks[0]).toString('utf8').includes('pdfjs-dist'), 'the chunk bundles pdf.js, it does not import it');
});
