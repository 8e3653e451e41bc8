/**
 * pdf.js, loaded on first use: it is hundreds of kilobytes that a page only needs once a user
 * adds a PDF, so nothing imports it statically (in the CDN build it is a chunk of its own).
 * Only the few exports the inspection uses are taken, which lets the bundler leave the rest of
 * the namespace unused.
 */
import type { getDocument, PDFDateString, PDFWorker } from 'pdfjs-dist';

export interface Pdfjs {
  getDocument: typeof getDocument;
  PDFWorker: typeof PDFWorker;
  PDFDateString: typeof PDFDateString;
}

/**
 * pdf.js assigns these globals when it is evaluated. A host page that runs its own pdf.js
 * through `window.pdfjsLib` (the script-tag way) must keep its copy, so they are put back.
 */
const GLOBALS = ['pdfjsLib', '_pdfjsTestingUtils'] as const;

let loading: Promise<Pdfjs> | undefined;

async function load(): Promise<Pdfjs> {
  const before = GLOBALS.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  try {
    const { getDocument, PDFWorker, PDFDateString } = await import('pdfjs-dist');
    return { getDocument, PDFWorker, PDFDateString };
  } finally {
    GLOBALS.forEach((name, i) => {
      const descriptor = before[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    });
  }
}

/** The pdf.js API, imported once; a failed import (offline, blocked) is tried again next time. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
