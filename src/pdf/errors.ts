/**
 * The one error `inspectPdf` rejects with (besides an abort's `signal.reason`): pdf.js or its
 * worker could not be loaded — offline, refused by the page's CSP or Trusted Types, or a worker
 * file of another pdf.js version. The file was not looked at; nothing is known about it.
 * Recognise it by `code` (or `name`), not `instanceof`: two copies of the library may be on a page.
 */
export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
  readonly code = 'pdf-unavailable';
}
