/**
 * One file in a slot, from the moment it is dropped to its checked state, and what the host
 * sees of it. No DOM, no lit: the controller drives these, the templates show them.
 */
import { DOCUMENT_PROBLEMS, fileProblems, isBlocking, pdfProblems, type DocumentProblemCode } from '../../model/document-checks.js';
import { sniffFileType, SNIFF_BYTES, type DocumentFileType } from '../../model/file-signature.js';
import type { DocumentSpec } from '../../model/document-catalogue.js';
import type { PdfInspection } from '../../pdf/index.js';

/** `reading`: bytes and hash; `checking`: the PDF is being inspected; then as its problems say. */
export type FileState = 'reading' | 'checking' | 'ready' | 'warning' | 'error';

/** A file as the host gets it in `value` and in event details: facts, never the bytes. */
export interface DocumentFileInfo {
  name: string;
  size: number;
  /** The type read from the content (not the name); `''` when it is no type the uploader knows. */
  type: DocumentFileType | '';
  /** Lower-case hex SHA-256 of the bytes: the manifest and the multipart part must match it. */
  sha256: string;
  state: FileState;
  problems: DocumentProblemCode[];
  /** What pdf.js found, for PDFs that opened. */
  inspection?: PdfInspection;
  /** YYYY-MM-DD, for documents that must be recent. */
  issuedOn?: string;
}

export interface UploadedFile {
  /** Stable across re-renders and undo. */
  readonly key: number;
  readonly slot: string;
  readonly file: File;
  phase: 'reading' | 'checking' | 'done';
  type?: DocumentFileType;
  sha256?: string;
  /** From the bytes and the inspection; duplicates are worked out across slots when asked. */
  problems: DocumentProblemCode[];
  inspection?: PdfInspection;
  thumbnail?: Blob;
  /** The blob URL shown while the file is in the list; revoked when it leaves. */
  thumbnailUrl?: string;
  issuedOn?: string;
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Reads the file: its content type and SHA-256, and the problems its bytes show. */
export async function readUploadedFile(entry: UploadedFile, spec: DocumentSpec): Promise<ArrayBuffer | undefined> {
  let bytes: ArrayBuffer;
  try {
    bytes = await entry.file.arrayBuffer();
  } catch {
    entry.problems = ['file-unreadable'];
    entry.phase = 'done';
    return undefined;
  }
  entry.type = sniffFileType(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, SNIFF_BYTES)));
  entry.sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  entry.problems = fileProblems(spec, { size: bytes.byteLength, type: entry.type });
  return bytes;
}

/** Whether the bytes are a PDF that is worth handing to pdf.js. */
export const needsInspection = (entry: UploadedFile): boolean =>
  entry.type === 'application/pdf' && !entry.problems.some(isBlocking);

/** Adds what the inspection found (or why the PDF could not be opened). */
export function applyInspection(
  entry: UploadedFile,
  spec: DocumentSpec,
  result: { ok: true; inspection: PdfInspection; thumbnail?: Blob } | { ok: false; code: 'pdf-password' | 'pdf-invalid' },
): void {
  if (result.ok) {
    entry.inspection = result.inspection;
    entry.thumbnail = result.thumbnail;
    entry.problems = [...entry.problems, ...pdfProblems(spec, result.inspection)];
  } else {
    entry.problems = [...entry.problems, result.code];
  }
}

/** The state a file shows: its phase while working, then its worst problem. */
export function fileState(entry: UploadedFile, problems: readonly DocumentProblemCode[]): FileState {
  if (entry.phase !== 'done') return entry.phase;
  if (problems.some((code) => DOCUMENT_PROBLEMS[code] === 'error')) return 'error';
  return problems.length ? 'warning' : 'ready';
}
