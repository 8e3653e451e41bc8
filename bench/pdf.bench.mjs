#!/usr/bin/env node
/**
 * PDF inspection figures, in one headless Chromium page, on the shipped code (dist/cdn/, so run
 * after `npm run build`; bench/run.mjs builds first):
 * - a 200-page PDF made with pdf-lib in the page, then, alternating, several runs of
 *   (a) raw pdf.js (pdfjs-dist's own build/pdf.min.mjs and its worker) doing the same calls —
 *       getDocument in a worker, numPages, getMetadata, getFieldObjects, getSignatures, page 1
 *       rendered at the thumbnail's size and toBlob'd — and
 *   (b) inspectPdf with its thumbnail, from the CDN build's lazy chunk;
 *   medians, their ratio (budget 1.5) and ours once pdf.js is loaded (budget 500 ms);
 * - the longest main-thread task during every inspectPdf run, the first (which loads pdf.js)
 *   included: 'longtask' entries and a 0 ms timer heartbeat, whichever is longer (budget 50 ms);
 * - gzipped bytes of the CDN's pdf.js chunk and of the worker.
 * `rows()` is picked up by bench/run.mjs; `node bench/pdf.bench.mjs` prints the rows alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tools/test/chromium.mjs';
import { WORKER_FILE } from '../tools/build/pdf-worker.mjs';
import { serveFiles } from './serve-files.mjs';
import { gzip } from './sizes.mjs';

const PAGES = 200;
const RUNS = 7;
const THUMBNAIL_WIDTH = 96;
const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const PDFJS_BUILD = fileURLToPath(new URL('../node_modules/pdfjs-dist/build/', import.meta.url));
const PDF_LIB = fileURLToPath(new URL('../node_modules/pdf-lib/dist/pdf-lib.esm.min.js', import.meta.url));

const PAGE = `<!doctype html><html lang="en"><body><script type="module">
import { PDFDocument, StandardFonts } from '/pdf-lib.js';
import * as pdfjs from '/raw/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/raw/pdf.worker.min.mjs';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function makePdf(pages) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) doc.addPage([595, 842]).drawText('Page ' + n, { x: 72, y: 720, size: 36, font });
  return doc.save({ useObjectStreams: false });
}

/** What inspectPdf asks of pdf.js, straight: the same calls, the same thumbnail. */
async function raw(bytes, cssWidth) {
  const task = pdfjs.getDocument({ data: bytes.slice(), enableXfa: false });
  const doc = await task.promise;
  const thumbnail = async () => {
    const page = await doc.getPage(1);
    const width = Math.round(cssWidth * devicePixelRatio);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.round(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  };
  const [, , , blob] = await Promise.all([doc.getMetadata(), doc.getFieldObjects(), doc.getSignatures(), thumbnail()]);
  const pages = doc.numPages;
  await task.destroy();
  return { pages, thumbnail: blob.size };
}

/**
 * Runs \`work\` and answers its result and its duration, noting the longest the main thread was
 * held meanwhile: 'longtask' entries and a 0 ms timer heartbeat.
 */
async function watchMainThread(work) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longest = Math.max(longest, entry.duration))));
  observer.observe({ type: 'longtask' });
  let running = true;
  let gap = 0;
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (running) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started };
  } finally {
    running = false;
    // Late 'longtask' entries arrive after the task; outside the timed part.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    window.mainThread.longtask = Math.max(window.mainThread.longtask, longest);
    window.mainThread.heartbeat = Math.max(window.mainThread.heartbeat, gap);
  }
}

window.mainThread = { longtask: 0, heartbeat: 0 };
window.measure = async ({ pages, runs, cssWidth, chunk }) => {
  const bytes = await makePdf(pages);
  let inspectPdf;
  const ours = async () => {
    const { result, ms } = await watchMainThread(async () => {
      inspectPdf ??= (await import(chunk)).inspectPdf;
      return inspectPdf(bytes, { thumbnailWidth: cssWidth });
    });
    if (!result.ok || result.inspection.pages !== pages || !result.thumbnail) throw new Error('inspectPdf: ' + JSON.stringify(result));
    return ms;
  };
  const rawRun = async () => {
    const started = performance.now();
    const result = await raw(bytes, cssWidth);
    if (result.pages !== pages || !result.thumbnail) throw new Error('raw pdf.js failed');
    return performance.now() - started;
  };
  const first = await ours(); // loads the pdf.js chunk
  await rawRun(); // warms the raw worker's cache alike
  const times = { raw: [], ours: [] };
  for (let i = 0; i < runs; i++) {
    // Alternate, so that drift (GC, JIT, caches) hits both alike.
    times.raw.push(await rawRun());
    times.ours.push(await ours());
  }
  return { first, raw: median(times.raw), ours: median(times.ours), mainThread: window.mainThread, bytes: bytes.length };
};
</script></body></html>`;

/** The CDN's chunks: the one exporting inspectPdf, and pdf.js' (the one holding its worker wiring). */
function cdnChunks() {
  const files = readdirSync(CDN).filter((name) => name.endsWith('.js'));
  const code = (name) => readFileSync(`${CDN}${name}`, 'utf8');
  const ours = files.find((name) => /as inspectPdf\b/.test(code(name)));
  const pdfjs = files.find((name) => code(name).includes('GetDocRequest'));
  if (!ours || !pdfjs) throw new Error('dist/cdn/ has no PDF chunks: run `npm run build` first');
  return { ours, pdfjs };
}

export async function rows() {
  const chunks = cdnChunks();
  const files = {
    '/': PAGE,
    '/pdf-lib.js': readFileSync(PDF_LIB),
    '/raw/pdf.min.mjs': readFileSync(`${PDFJS_BUILD}pdf.min.mjs`),
    '/raw/pdf.worker.min.mjs': readFileSync(`${PDFJS_BUILD}pdf.worker.min.mjs`),
  };
  for (const name of readdirSync(CDN)) if (/\.m?js$/.test(name)) files[`/cdn/${name}`] = readFileSync(`${CDN}${name}`);
  const server = await serveFiles(files);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.measure === 'function');
    const result = await page.evaluate((o) => window.measure(o), { pages: PAGES, runs: RUNS, cssWidth: THUMBNAIL_WIDTH, chunk: `/cdn/${chunks.ours}` });
    if (problems.length) throw new Error(problems.join('; '));
    const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
    const kb = (bytes) => round(bytes / 1024);
    const longest = Math.max(result.mainThread.longtask, result.mainThread.heartbeat);
    return [
      { name: `pdf: raw pdf.js, ${PAGES}-page PDF`, value: round(result.raw), unit: 'ms', detail: `median of ${RUNS}: getDocument (worker) + metadata, fields, signatures + ${THUMBNAIL_WIDTH}px page-1 PNG` },
      { name: `pdf: inspectPdf, ${PAGES}-page PDF, pdf.js loaded`, value: round(result.ours), unit: 'ms', budget: 500, detail: `median of ${RUNS}, thumbnail included; first call (loads the chunk) ${round(result.first)} ms` },
      { name: 'pdf: inspectPdf / raw pdf.js', value: round(result.ours / result.raw, 2), unit: '×', budget: 1.5, detail: 'ratio of the medians' },
      {
        name: 'pdf: longest main-thread task while inspecting',
        value: round(longest),
        unit: 'ms',
        budget: 50,
        detail: `over all ${RUNS + 1} inspectPdf runs: longest 'longtask' ${result.mainThread.longtask ? round(result.mainThread.longtask) + ' ms' : 'none (all < 50 ms)'}, longest 0 ms timer gap ${round(result.mainThread.heartbeat)} ms`,
      },
      { name: 'pdf: pdf.js chunk (CDN, lazy)', value: kb(gzip(readFileSync(`${CDN}${chunks.pdfjs}`))), unit: 'kB gz', detail: `${chunks.pdfjs}, ${kb(readFileSync(`${CDN}${chunks.pdfjs}`).length)} kB min; our inspection chunk ${kb(gzip(readFileSync(`${CDN}${chunks.ours}`)))} kB gz` },
      { name: 'pdf: pdf.js worker', value: kb(gzip(readFileSync(WORKER_FILE))), unit: 'kB gz', detail: `pdf.worker.min.mjs, ${kb(readFileSync(WORKER_FILE).length)} kB min, loaded in the worker on the first PDF` },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
