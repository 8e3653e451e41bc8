/**
 * Page 1 as a small PNG for the uploader's preview. pdf.js parses the page in its worker and
 * draws on a canvas here, a slice of the operator list at a time; nothing of it needs a CSP
 * exception (no eval, no inline style, no font URL: see `DOCUMENT_OPTIONS` in inspect.ts).
 * The caller makes and revokes the object URL.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

export const DEFAULT_THUMBNAIL_WIDTH = 96;
/** A thumbnail, not a page view: wider requests are capped, and so is the pixel ratio. */
const MAX_WIDTH = 1024;
const MAX_PIXEL_RATIO = 4;
/** A page can be a long strip; the thumbnail shows its top, at most this many widths tall. */
const MAX_ASPECT = 4;

/** The thumbnail's width in device pixels for a width in CSS pixels, or 0 for none. */
export function thumbnailPixelWidth(cssWidth: number | undefined, pixelRatio = globalThis.devicePixelRatio): number {
  const width = cssWidth === undefined || !Number.isFinite(cssWidth) ? DEFAULT_THUMBNAIL_WIDTH : Math.min(Math.max(cssWidth, 0), MAX_WIDTH);
  const ratio = Number.isFinite(pixelRatio) && pixelRatio > 0 ? Math.min(pixelRatio, MAX_PIXEL_RATIO) : 1;
  return Math.round(width * ratio);
}

export async function renderThumbnail(doc: PDFDocumentProxy, pixelWidth: number): Promise<Blob | undefined> {
  const page = await doc.getPage(1);
  const { width } = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: pixelWidth / width });
  const canvas = document.createElement('canvas');
  canvas.width = pixelWidth;
  canvas.height = Math.max(1, Math.min(Math.round(viewport.height), pixelWidth * MAX_ASPECT));
  // The print intent draws in timer slices; the display intent waits for animation frames, which a
  // hidden tab never gets, so a user who adds files and switches tabs would find them still
  // being checked. For a thumbnail the two draw the same page (annotations as printed).
  await page.render({ canvas, viewport, intent: 'print' }).promise;
  return new Promise<Blob | undefined>((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/png'));
}
