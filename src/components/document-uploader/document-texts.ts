/**
 * What the uploader says, in the element's locale: each problem in a sentence that says what
 * is wrong and what to do, the file facts, the sizes. Every string goes through the element's
 * lookup `t`.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { DocumentFileType, DocumentProblemCode, DocumentSpec } from '../../model/index.js';
import { documentMessage } from './document-messages.js';
import type { FileState } from './uploaded-file.js';
import type { PdfInspection } from '../../pdf/index.js';

/**
 * The texts of PDF problems and facts: loaded with pdf.js (`loadPdfTexts`), since only a PDF's
 * inspection can need them, so that a page whose users add only scans never downloads them.
 */
let pdfTexts: typeof import('./pdf-texts.js') | undefined;
export async function loadPdfTexts(): Promise<void> {
  pdfTexts ??= await import('./pdf-texts.js');
}

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

/** 2.5 MB, 900 KB, 0 B: as people read sizes, in the locale's digits. */
export function formatSize(bytes: number, locale: string, t: Lookup): string {
  const number = (value: number) => new Intl.NumberFormat([locale, 'ru'], { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) {
    const size = number(bytes / 1024 / 1024);
    return t(str`${size} MB`, { id: 'documents.size-mb' });
  }
  if (bytes >= 1024) {
    const size = number(Math.round(bytes / 1024));
    return t(str`${size} KB`, { id: 'documents.size-kb' });
  }
  const size = number(bytes);
  return t(str`${size} B`, { id: 'documents.size-b' });
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
      return documentMessage('file-empty', t);
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
    case 'pdf-not-checked':
      // Shown when pdf.js could not be loaded: with pdf-texts.ts unloaded too, it must be here.
      return t('This PDF could not be checked here. It is kept; the moderator will open it.', { id: 'documents.problem.pdf-not-checked' });
    default:
      // The PDF problems: their texts came with pdf.js (pdf-texts.ts), as only an inspection finds them.
      return pdfTexts?.pdfProblemMessage(code, t) ?? '';
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

/** What an inspection found worth seeing (pages, PDF/A, signers), once pdf.js came. */
export const inspectionFacts = (inspection: PdfInspection, t: Lookup): string[] => pdfTexts?.inspectionFacts(inspection, t) ?? [];
