/**
 * What the uploader says about PDFs: the problems an inspection finds and the facts it shows.
 * Loaded with pdf.js (document-texts.ts `loadPdfTexts`), never before.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { DocumentProblemCode } from '../../model/document-checks.js';
import type { PdfInspection } from '../../pdf/index.js';

export function pdfProblemMessage(code: DocumentProblemCode, t: Lookup): string | undefined {
  switch (code) {
    case 'pdf-password':
      return t('This PDF is protected by a password, so the moderator cannot open it. Save it without a password and add it again.', {
        id: 'documents.problem.pdf-password',
      });
    case 'pdf-invalid':
      return t('This PDF is damaged or incomplete and cannot be opened. Save or scan it again.', { id: 'documents.problem.pdf-invalid' });
    case 'pdf-restricted':
      return t('This PDF is encrypted with restrictions: the moderator may be unable to print or copy it.', {
        id: 'documents.problem.pdf-restricted',
      });
    case 'pdf-form-fields':
      return t('This PDF has form fields that can still be changed. If the portal asks for a flattened file, print it to PDF first.', {
        id: 'documents.problem.pdf-form-fields',
      });
    case 'pdf-xfa':
      return t('This PDF is an XFA form, which many viewers cannot show. Save it as an ordinary PDF.', { id: 'documents.problem.pdf-xfa' });
    case 'pdf-unsigned':
      return t('This PDF has no electronic signature, and the portal expects this document signed.', {
        id: 'documents.problem.pdf-unsigned',
      });
    default:
      return undefined;
  }
}

/** "PDF · 12 pages · PDF/A-2B · signed by …": what the inspection found worth seeing. */
export function inspectionFacts(inspection: PdfInspection, t: Lookup): string[] {
  const pages = inspection.pages;
  const facts = [t(str`Pages: ${pages}`, { id: 'documents.fact.pages' })];
  if (inspection.pdfa) facts.push(`PDF/A-${inspection.pdfa.part}${inspection.pdfa.conformance ?? ''}`);
  const signers = inspection.signatures.map((s) => s.signerName).filter((name): name is string => !!name);
  if (signers.length) {
    const names = signers.join(', ');
    facts.push(t(str`Signed by: ${names}`, { id: 'documents.fact.signed-by' }));
  } else if (inspection.signed) facts.push(t('Signed electronically', { id: 'documents.fact.signed' }));
  return facts;
}
