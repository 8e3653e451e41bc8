/**
 * What the uploader checks about each file, and what counts as done. Problems are codes with a
 * severity: an `error` makes the file unusable (the moderator could not open or accept it) and
 * blocks the slot; a `warning` is shown, and the moderator decides.
 */
import type { DocumentSlot, DocumentSpec } from './document-catalogue.js';
import { validateDate } from './date.js';
import type { DocumentFileType } from './file-signature.js';
import { fail, ok, type Result } from './result.js';

export const DOCUMENT_PROBLEMS = {
  'file-empty': 'error',
  'file-too-large': 'error',
  /** Not a type the uploader knows (a text, an archive…). */
  'file-type-unknown': 'error',
  /** A known type the slot does not take (a PNG where only PDFs go). */
  'file-type-not-accepted': 'error',
  /** More files than the slot takes. */
  'file-too-many': 'error',
  /** The same bytes are already in this slot. */
  'file-repeated': 'error',
  /** The same bytes are in another slot: perhaps the wrong file in one of them. */
  'file-in-other-slot': 'warning',
  /** The file could not be read (it vanished from disk, a permission). */
  'file-unreadable': 'error',
  'pdf-password': 'error',
  'pdf-invalid': 'error',
  /** Encrypted with permissions only: it opens, but printing or copying may be refused. */
  'pdf-restricted': 'warning',
  'pdf-form-fields': 'warning',
  'pdf-xfa': 'warning',
  'pdf-unsigned': 'warning',
  /** pdf.js could not be loaded (offline, a CSP without the worker): not checked, not refused. */
  'pdf-not-checked': 'warning',
} as const;
export type DocumentProblemCode = keyof typeof DOCUMENT_PROBLEMS;
export type DocumentProblemSeverity = (typeof DOCUMENT_PROBLEMS)[DocumentProblemCode];

export const isBlocking = (code: DocumentProblemCode): boolean => DOCUMENT_PROBLEMS[code] === 'error';

/** What the bytes say before any PDF inspection: size and content type against the slot's rules. */
export function fileProblems(spec: DocumentSpec, file: { size: number; type: DocumentFileType | undefined }): DocumentProblemCode[] {
  if (file.size === 0) return ['file-empty'];
  const problems: DocumentProblemCode[] = [];
  if (file.size > spec.maxSize) problems.push('file-too-large');
  if (!file.type) problems.push('file-type-unknown');
  else if (!spec.accept.includes(file.type)) problems.push('file-type-not-accepted');
  return problems;
}

/** The facts of a PDF inspection that the rules read (the uploader's inspection has more). */
export interface InspectedPdfFacts {
  readonly restricted: boolean;
  readonly formFields: number;
  readonly xfa: boolean;
  readonly signed: boolean;
}

/** What an opened PDF's inspection means for the slot. */
export function pdfProblems(spec: DocumentSpec, facts: InspectedPdfFacts): DocumentProblemCode[] {
  const problems: DocumentProblemCode[] = [];
  if (facts.restricted) problems.push('pdf-restricted');
  if (facts.formFields > 0) problems.push('pdf-form-fields');
  if (facts.xfa) problems.push('pdf-xfa');
  if (spec.signatureExpected && !facts.signed) problems.push('pdf-unsigned');
  return problems;
}

/** Today in the user's calendar, as `YYYY-MM-DD` (a document issued "today" in Almaty is not from tomorrow in UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * The issue date the user states for a document that must be recent: a real date, not in the
 * future, at most `maxAgeDays` before `today` (so a 30-day extract issued 30 days ago passes).
 */
export function checkIssueDate(input: unknown, maxAgeDays: number, today: string = localToday()): Result<string> {
  if (input === undefined || input === null || input === '') return fail('required');
  const date = validateDate(input);
  if (!date.ok) return date;
  const age = dayNumber(today) - dayNumber(date.value);
  if (age < 0) return fail('document-issued-in-future');
  return age > maxAgeDays ? fail('document-too-old') : ok(date.value);
}

/** One file of a slot as the completeness rule sees it. */
export interface SlotFileState {
  /** Still reading, hashing or inspecting. */
  readonly pending: boolean;
  readonly problems: readonly DocumentProblemCode[];
  /** The stated issue date; only read for slots with `maxAgeDays`. */
  readonly issuedOn?: string;
}

export type SlotStatus = 'missing' | 'pending' | 'blocked' | 'undated' | 'ready';

/**
 * Where a slot stands: `missing` (required, no file), `pending` (a file is still being checked),
 * `blocked` (a file is unusable), `undated` (a recent-document slot whose issue date is missing
 * or fails the rule), `ready` (including an optional slot left empty).
 */
export function slotStatus(slot: DocumentSlot, files: readonly SlotFileState[], today: string = localToday()): SlotStatus {
  if (files.some((file) => file.problems.some(isBlocking))) return 'blocked';
  if (files.some((file) => file.pending)) return 'pending';
  if (files.length === 0) return slot.required ? 'missing' : 'ready';
  const { maxAgeDays } = slot.spec;
  if (maxAgeDays !== undefined && files.some((file) => !checkIssueDate(file.issuedOn, maxAgeDays, today).ok)) return 'undated';
  return 'ready';
}
