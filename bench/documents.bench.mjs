#!/usr/bin/env node
/**
 * Document uploader figures, in headless Chromium on the shipped CDN build (dist/cdn/, as a
 * partner's page loads it):
 * - bytes of the library the page downloads before any PDF arrives, and after the first one
 *   (pdf.js and its worker come only then), gzip-compressed as a server would send them;
 * - time to add ten files (ten one-page PDFs, inspected with thumbnails) from the drop to the
 *   last one checked, median of fresh uploaders once pdf.js is loaded.
 * The PDFs are made in Node with pdf-lib and fetched by the page (not counted as library bytes).
 * `rows()` is picked up by bench/run.mjs; run `npm run build` first when running it alone.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { launchChromium } from '../tools/test/chromium.mjs';
import { gzip } from './sizes.mjs';

const RUNS = 7;
const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

async function onePagePdf(text) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 72, y: 760, size: 24, font });
  return doc.save({ useObjectStreams: false });
}

const PAGE = `<!doctype html><html lang="en"><body>
<script type="module" src="/cdn/tirkeu.js"></script>
<!-- The loader (tirkeu.js) defines the uploader once one is on the page. -->
<div id="host"><tirkeu-document-uploader></tirkeu-document-uploader></div>
<script type="module">
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const files = async (run) => Promise.all(Array.from({ length: 10 }, async (_, i) => {
    const bytes = await (await fetch('/pdf/' + run + '/' + i)).arrayBuffer();
    return new File([bytes], 'doc-' + i + '.pdf', { type: 'application/pdf' });
  }));
  const uploader = async () => {
    await customElements.whenDefined('tirkeu-document-uploader');
    const el = document.createElement('tirkeu-document-uploader');
    el.catalogue = [{ id: 'other', name: { en: 'Files', ru: 'Файлы', kk: 'Файлдар' }, required: [], optional: ['legal-entity'],
      accept: ['application/pdf'], maxSize: 10485760, maxFiles: 10 }];
    document.getElementById('host').replaceChildren(el);
    await el.updateComplete;
    return el;
  };
  window.ready = async () => { await uploader(); return true; };
  window.firstPdf = async () => {
    const el = await uploader();
    await el.addFiles('other', (await files(0)).slice(0, 1));
    return el.value.other[0].state;
  };
  window.addTen = async (runs) => {
    const times = [];
    for (let run = 1; run <= runs; run++) {
      const el = await uploader();
      const ten = await files(run);
      const started = performance.now();
      await el.addFiles('other', ten);
      times.push(performance.now() - started);
      if (el.value.other.some((f) => f.state !== 'ready')) throw new Error('a file was not ready');
    }
    return { median: median(times), max: Math.max(...times) };
  };
</script></body></html>`;

function serve(pdfs) {
  const served = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const pdf = /^\/pdf\/(\d+)\/(\d+)$/.exec(url.pathname);
    if (pdf) return void response.writeHead(200, { 'content-type': 'application/pdf' }).end(pdfs[pdf[1]][pdf[2]]);
    const file = `${CDN}${url.pathname.replace(/^\/cdn\//, '')}`;
    if (!url.pathname.startsWith('/cdn/') || url.pathname.includes('..') || !existsSync(file)) return void response.writeHead(404).end();
    served.add(file);
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, served })));
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzipped = (files) => [...files].reduce((sum, file) => sum + gzip(readFileSync(file)), 0);

export async function rows() {
  const pdfs = [];
  for (let run = 0; run <= RUNS; run++) {
    pdfs.push(await Promise.all(Array.from({ length: 10 }, (_, i) => onePagePdf(`Document ${i} of run ${run}`))));
  }
  const { server, served } = await serve(pdfs);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.ready === 'function');
    await page.evaluate(() => window.ready());
    const before = new Set(served);
    const state = await page.evaluate(() => window.firstPdf());
    if (state !== 'ready') throw new Error(`the first PDF is ${state}`);
    const after = new Set(served);
    const pdfjs = [...after].filter((file) => !before.has(file));
    const ten = await page.evaluate((runs) => window.addTen(runs), RUNS);
    const names = (files) => files.map((file) => file.slice(CDN.length)).join(', ');
    return [
      { name: 'documents: library bytes before the first PDF (CDN page)', value: kb(gzipped(before)), unit: 'kB gz', detail: `${before.size} file(s)` },
      {
        name: 'documents: library bytes after the first PDF',
        value: kb(gzipped(after)),
        unit: 'kB gz',
        detail: `+${kb(gzipped(pdfjs))} kB: ${names(pdfjs)}`,
      },
      {
        name: 'documents: add ten one-page PDFs (checked, thumbnails)',
        value: Math.round(ten.median),
        unit: 'ms',
        detail: `median of ${RUNS}, slowest ${Math.round(ten.max)} ms, pdf.js loaded`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
