/**
 * What the uploader says, in the element's locale: each problem in a sentence that says what
 * is wrong and what to do, the file facts, the sizes. Every string goes through the element's
 * lookup `t`.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { DocumentFileType, DocumentProblemCode, DocumentSpec } from '../../model/index.js';
import { validationMessage } from '../shared/validation-messages.js';
import type { FileState } from './uploaded-file.js';

/** Short names of the file types: the same in every language. */
const TYPE_NAMES: Record<DocumentFileType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

export const typeNames = (types: readonly DocumentFileType[]): string => types.map((type) => TYPE_NAMES[type]).join(', ');

/** What `accept` the file picker gets: the types and their usual extensions. */
const EXTENSIONS: Record<DocumentFileType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg,.jpeg',
  'image/tiff': '.tif,.tiff',
  'image/webp': '.webp',
  'image/gif': '.gif',
};
export const pickerAccept = (types: readonly DocumentFileType[]): string => types.flatMap((type) => [type, EXTENSIONS[type]]).join(',');

/** 2.5 MB, 900 KB: as people read sizes, in the locale's digits. */
export function formatSize(bytes: number, locale: string, t: Lookup): string {
  const number = (value: number) => new Intl.NumberFormat([locale, 'ru'], { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) {
    const size = number(bytes / 1024 / 1024);
    return t(str`${size} MB`, { id: 'documents.size-mb' });
  }
  const size = number(Math.max(1, Math.round(bytes / 1024)));
  return t(str`${size} KB`, { id: 'documents.size-kb' });
}

export interface ProblemContext {
  spec: DocumentSpec;
  size: number;
  type?: DocumentFileType;
  /** The names of the other slots that hold the same bytes. */
  twins: string[];
  locale: string;
}

export function problemMessage(code: DocumentProblemCode, c: ProblemContext, t: Lookup): string {
  switch (code) {
    case 'file-empty':
      return validationMessage('file-empty', t);
    case 'file-too-large': {
      const size = formatSize(c.size, c.locale, t);
      const max = formatSize(c.spec.maxSize, c.locale, t);
      return t(str`This file is ${size}; this document takes files up to ${max}. Scan it at a lower resolution or split it.`, {
        id: 'documents.problem.too-large',
      });
    }
    case 'file-type-unknown': {
      const accepted = typeNames(c.spec.accept);
      return t(str`This file is not a document the portal can open. Choose a file of type: ${accepted}.`, {
        id: 'documents.problem.type-unknown',
      });
    }
    case 'file-type-not-accepted': {
      const kind = c.type ? TYPE_NAMES[c.type] : '';
      const accepted = typeNames(c.spec.accept);
      return t(str`This file is a ${kind} (by its content, whatever its name); this document takes: ${accepted}.`, {
        id: 'documents.problem.type-not-accepted',
      });
    }
    case 'file-too-many': {
      const max = c.spec.maxFiles;
      return t(str`This document takes at most ${max} files. Remove this one or another.`, { id: 'documents.problem.too-many' });
    }
    case 'file-repeated':
      return t('This very file is already added here. Remove it.', { id: 'documents.problem.repeated' });
    case 'file-in-other-slot': {
      const other = c.twins.join(', ');
      return t(str`The same file is also added as: ${other}. Check that each document has the right file.`, {
        id: 'documents.problem.in-other-slot',
      });
    }
    case 'file-unreadable':
      return t('This file could not be read. Add it again.', { id: 'documents.problem.unreadable' });
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
    case 'pdf-not-checked':
      return t('This PDF could not be checked here. It is kept; the moderator will open it.', { id: 'documents.problem.pdf-not-checked' });
  }
}

export function stateText(state: FileState, t: Lookup): string {
  switch (state) {
    case 'reading':
      return t('Reading…', { id: 'documents.state.reading' });
    case 'checking':
      return t('Checking…', { id: 'documents.state.checking' });
    case 'ready':
      return t('Ready', { id: 'documents.state.ready' });
    case 'warning':
      return t('Added, with a warning', { id: 'documents.state.warning' });
    case 'error':
      return t('Cannot be accepted', { id: 'documents.state.error' });
  }
}

/** "PDF · 12 pages · PDF/A-2B · signed by …": what the inspection found worth seeing. */
export function inspectionFacts(
  inspection: { pages: number; pdfa?: { part: number; conformance?: string }; signed: boolean; signatures: { signerName?: string }[] },
  t: Lookup,
): string[] {
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
