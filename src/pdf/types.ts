/**
 * What `inspectPdf` reports. Every string in it comes from the file (the uploader's user, or
 * whoever made the PDF): render it as text, never as HTML. Facts are the file's own claims —
 * a PDF/A claim is not conformance and a signature is not verified; the backend checks both.
 */

/** The PDF/A identification the file's XMP metadata claims (ISO 19005 `pdfaid:part`/`conformance`). */
export interface PdfaClaim {
  /** 1, 2, 3 or 4 (PDF/A-1 … PDF/A-4). */
  part: number;
  /** The level that part allows: A/B (part 1), A/B/U (parts 2 and 3), E/F (part 4); absent when unclaimed or invalid. */
  conformance?: string;
}

/** One filled signature field (one with signed byte ranges and signature contents). */
export interface PdfSignatureInfo {
  fieldName?: string;
  /** The signature dictionary's /Name, as the signing application wrote it (not read from the certificate). */
  signerName?: string;
  /** The signature dictionary's /M as ISO 8601 (UTC), the time the signer's computer claimed. */
  signingTime?: string;
}

export interface PdfInspection {
  pages: number;
  /** Encrypted with an owner password only: it opens without a password, but printing/copying may be restricted. */
  restricted: boolean;
  pdfa?: PdfaClaim;
  /** At least one signature field holds a signature; an empty signature field is not a signature. */
  signed: boolean;
  signatures: PdfSignatureInfo[];
  /** Editable form fields that hold a value (text, check box, radio group, choice): the form was not flattened. */
  formFields: number;
  /** The file carries an XFA form (never rendered here; see docs/embedding.md on CVE-2026-16633). */
  xfa: boolean;
}

/**
 * Why a file is not a PDF we can read:
 * - `pdf-password`: it needs a password to open;
 * - `pdf-invalid`: it is not a readable PDF (corrupt, truncated, not a PDF at all).
 */
export type PdfInspectionErrorCode = 'pdf-password' | 'pdf-invalid';

export type PdfInspectionResult =
  | { ok: true; inspection: PdfInspection; thumbnail?: Blob }
  | { ok: false; code: PdfInspectionErrorCode; cause?: unknown };

export interface InspectPdfOptions {
  /** Width of the page-1 thumbnail in CSS pixels (rendered at devicePixelRatio); 0 for none. Default 96. */
  thumbnailWidth?: number;
  /** Aborting stops the worker at once; `inspectPdf` then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /**
   * Where `pdf.worker.min.mjs` is, when not beside this module (the default). Another origin is
   * fine: it is then started through a `blob:` module that imports it (CSP `worker-src blob:`
   * and that origin; the origin must send CORS headers).
   */
  workerUrl?: string | URL;
}
