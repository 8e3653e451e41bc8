/**
 * `tirkeu/pdf`: PDF inspection for uploads — page count, restrictions, PDF/A claim, signatures,
 * unflattened forms, XFA and a page-1 thumbnail — with pdf.js in a worker of its own, under a
 * strict CSP with Trusted Types (policy `tirkeu-pdf`). pdf.js itself is loaded on first use.
 */
export { inspectPdf } from './inspect.js';
export { PdfUnavailableError } from './errors.js';
export type { InspectPdfOptions, PdfaClaim, PdfInspection, PdfInspectionErrorCode, PdfInspectionResult, PdfSignatureInfo } from './types.js';
