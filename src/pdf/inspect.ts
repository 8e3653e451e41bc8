/**
 * `inspectPdf`: what an uploaded PDF says about itself — pages, owner-password restrictions,
 * PDF/A claim, signatures, unflattened form fields, XFA — and a page-1 thumbnail. pdf.js
 * parses in its own worker, so the page stays responsive; bad input never throws, it answers
 * `pdf-password` or `pdf-invalid`. Only a pdf.js that cannot be loaded (`PdfUnavailableError`)
 * or an abort rejects.
 */
import { PdfUnavailableError } from './errors.js';
import { countFormFields, infoFlags, signaturesOf } from './document-facts.js';
import { endsLikePdf } from './file-end.js';
import { readPdfaClaim } from './pdfa-claim.js';
import { loadPdfjs, type Pdfjs } from './pdfjs.js';
import { renderThumbnail, thumbnailPixelWidth } from './thumbnail.js';
import type { InspectPdfOptions, PdfInspection, PdfInspectionErrorCode, PdfInspectionResult } from './types.js';
import { startPdfWorker } from './worker-port.js';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';

/**
 * What pdf.js may do with an uploaded file, and what it may not:
 * - `enableXfa: false`: XFA forms are neither parsed for display nor rendered — CVE-2026-16633's
 *   second path ran through XFA rich text (its first, the scripting sandbox, is never loaded:
 *   nothing here imports pdf.js' viewer or `pdf.sandbox`);
 * - `disableFontFace`: embedded fonts are drawn as paths instead of being added to the page's
 *   `document.fonts`, where their generated names would clash with a host's own pdf.js;
 * - `useWasm: false`: no WebAssembly, so no `'wasm-unsafe-eval'` in the page's CSP (the few
 *   JPEG 2000 / JBIG2 images pdf.js would decode with it are simply left out of the thumbnail);
 * - `disableWorkerRendering`: no second, renderer worker that our Trusted Types policy would
 *   have to bless; the thumbnail is small enough to draw here;
 * - `stopAtErrors: false` (pdf.js' default, said out loud): it does not change whether a cut-off
 *   or broken file opens (pdf.js refuses a file without a usable trailer either way, and
 *   file-end.ts catches the cut-off update it would half-read); it only decides whether a page
 *   with a damaged font or stream still draws. A preview may be imperfect; a file Acrobat opens
 *   must not be called invalid because one glyph would not draw.
 */
const DOCUMENT_OPTIONS = {
  enableXfa: false,
  disableFontFace: true,
  useWasm: false,
  disableWorkerRendering: true,
  stopAtErrors: false,
} as const;

/** How long a finished inspection waits for pdf.js' worker to confirm it let go of the document. */
const RELEASE_GRACE_MS = 2000;

const failure = (code: PdfInspectionErrorCode, cause?: unknown): PdfInspectionResult => ({ ok: false, code, cause });

const unavailable = (cause: unknown) => new PdfUnavailableError('pdf.js could not be loaded; the file was not inspected', { cause });

/** Why pdf.js would not open the file, as our code. */
function openFailure(error: unknown): PdfInspectionResult {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'PasswordException') return failure('pdf-password', error);
  // The worker file is not the API's version (a host resolved another pdfjs-dist): the file was never read.
  if (typeof message === 'string' && message.includes('does not match the Worker version')) throw unavailable(error);
  return failure('pdf-invalid', error);
}

/** `promise`, or `signal.reason` as soon as the signal aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The bytes for pdf.js, always our own copy: pdf.js transfers the buffer to its worker, which
 * would leave the caller's array empty. A Blob's arrayBuffer() is already a fresh copy.
 */
async function ownBytes(data: Uint8Array | Blob): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data.slice() : new Uint8Array(await data.arrayBuffer());
}

async function readFacts(pdfjs: Pdfjs, doc: PDFDocumentProxy): Promise<PdfInspection> {
  const [{ info, metadata }, fieldObjects, signatureList] = await Promise.all([doc.getMetadata(), doc.getFieldObjects(), doc.getSignatures()]);
  const signatures = signaturesOf(signatureList, (value) => pdfjs.PDFDateString.toDateObject(value));
  const inspection: PdfInspection = {
    pages: doc.numPages,
    ...infoFlags(info),
    signed: signatures.length > 0,
    signatures,
    formFields: countFormFields(fieldObjects),
  };
  const pdfa = readPdfaClaim(metadata?.getRaw() ?? '');
  if (pdfa) inspection.pdfa = pdfa;
  return inspection;
}

/**
 * Lets go of the document and the worker. pdf.js removes what it added to the page once its
 * worker confirms; a worker that does not answer (stuck in a hostile file) is not waited for.
 */
async function release(task: PDFDocumentLoadingTask, pdfWorker: PDFWorker, worker: Worker, graceMs: number) {
  if (graceMs > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([task.destroy().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  } else task.destroy().catch(() => {});
  pdfWorker.destroy();
  worker.terminate();
}

/**
 * Inspects a PDF. Resolves `{ ok: true, inspection, thumbnail? }`, or `{ ok: false, code }` for
 * a file that needs a password or is not a readable PDF. Rejects with a `PdfUnavailableError`
 * (code `pdf-unavailable`) when pdf.js or its worker could not be loaded, and with
 * `signal.reason` when aborted.
 */
export async function inspectPdf(data: Uint8Array | Blob, options: InspectPdfOptions = {}): Promise<PdfInspectionResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  let bytes: Uint8Array;
  try {
    bytes = await unlessAborted(ownBytes(data), signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return failure('pdf-invalid', error);
  }
  if (!endsLikePdf(bytes)) return failure('pdf-invalid', new Error('no %%EOF in the last 1024 bytes: truncated or not a PDF'));

  let pdfjs: Pdfjs;
  let worker: Worker;
  try {
    pdfjs = await unlessAborted(loadPdfjs(), signal);
    worker = await startPdfWorker(options.workerUrl, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw unavailable(error);
  }

  const pdfWorker = new pdfjs.PDFWorker({ port: worker as never });
  const task = pdfjs.getDocument({ ...DOCUMENT_OPTIONS, data: bytes, worker: pdfWorker });
  // Aborting stops the worker at once: a hostile file may keep it busy forever.
  const stop = () => void release(task, pdfWorker, worker, 0);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await unlessAborted(task.promise, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return openFailure(error);
    }
    const pixelWidth = thumbnailPixelWidth(options.thumbnailWidth);
    try {
      // The preview is a comfort: a page that cannot be drawn costs the thumbnail, not the file.
      const preview = pixelWidth > 0 ? renderThumbnail(doc, pixelWidth).catch(() => undefined) : undefined;
      const [inspection, thumbnail] = await unlessAborted(Promise.all([readFacts(pdfjs, doc), preview]), signal);
      return thumbnail ? { ok: true, inspection, thumbnail } : { ok: true, inspection };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      return failure('pdf-invalid', error);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    if (!signal?.aborted) await release(task, pdfWorker, worker, RELEASE_GRACE_MS);
  }
}
