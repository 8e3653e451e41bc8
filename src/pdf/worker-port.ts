/**
 * Starts pdf.js' worker ourselves, one per inspection, and hands it to pdf.js as a port:
 * - under Trusted Types the Worker URL must be a TrustedScriptURL from our own policy, which
 *   pdf.js (whose `workerSrc` is a plain string) cannot supply;
 * - a per-document port leaves pdf.js' `GlobalWorkerOptions` alone, which a host's own pdf.js
 *   may share with us (the npm build keeps pdfjs-dist external, so bundlers dedupe it);
 * - terminating our worker stops a hostile file's runaway parse at once, which pdf.js' own
 *   per-document cancellation cannot.
 * The worker is "ready" when pdf.js in it says so; until then a load error (missing file,
 * refused by the CSP) is reported as a failed start — never silently replaced by pdf.js'
 * main-thread "fake worker".
 */
import { trustedScriptUrl } from './trusted-script-url.js';

/** Where the worker file is: beside this module, in dist/pdf/ (npm) or beside the chunk in dist/cdn/. */
export function defaultWorkerUrl(): URL {
  return new URL('./pdf.worker.min.mjs', import.meta.url);
}

/** The worker could not be started; `cause` says why when the browser tells. */
export class PdfWorkerStartError extends Error {
  override name = 'PdfWorkerStartError';
}

const sameOrigin = (url: URL) => url.origin === globalThis.location?.origin;

/**
 * A module worker must come from the page's origin. For a worker on another origin (a CDN),
 * start a `blob:` module of our own that imports it (the CDN must send CORS headers, as it does
 * for the bundle's own chunks; the page's CSP needs `worker-src blob:`).
 */
function scriptFor(url: URL): { href: string; revoke?: () => void } {
  if (sameOrigin(url) || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { href: url.href };
  const href = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};\n`], { type: 'text/javascript' }));
  return { href, revoke: () => URL.revokeObjectURL(href) };
}

/** pdf.js' first message from a started worker (its MessageHandler's "ready" action). */
const isReady = (data: unknown) =>
  typeof data === 'object' && data !== null && (data as { action?: unknown }).action === 'ready' && (data as { targetName?: unknown }).targetName === 'main';

/**
 * A started pdf.js worker, resolved once pdf.js in it has said "ready". The caller owns it and
 * terminates it. Rejects with a `PdfWorkerStartError` when it cannot start, or with
 * `signal.reason` (having terminated it) when aborted first.
 */
export function startPdfWorker(workerUrl?: string | URL, signal?: AbortSignal): Promise<Worker> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const url = workerUrl === undefined ? defaultWorkerUrl() : new URL(workerUrl, globalThis.document?.baseURI ?? globalThis.location?.href);
    const script = scriptFor(url);
    let worker: Worker;
    try {
      worker = new Worker(trustedScriptUrl(script.href), { type: 'module', name: 'tirkeu-pdf' });
    } catch (cause) {
      // Trusted Types refused a plain string, or the CSP or the origin rule refused the URL.
      script.revoke?.();
      throw new PdfWorkerStartError(`cannot start the pdf.js worker from ${url.href}`, { cause });
    }
    const settle = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      script.revoke?.();
    };
    const onMessage = (event: MessageEvent) => {
      if (!isReady(event.data)) return;
      settle();
      resolve(worker);
    };
    const onError = (event: Event) => {
      settle();
      worker.terminate();
      reject(new PdfWorkerStartError(`the pdf.js worker from ${url.href} did not start`, { cause: (event as ErrorEvent).message || event.type }));
    };
    const onAbort = () => {
      settle();
      worker.terminate();
      reject(signal?.reason);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
