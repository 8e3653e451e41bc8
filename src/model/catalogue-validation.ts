/**
 * A host's own document catalogue, checked before any user sees it: every problem at once, with
 * its path, in English (for the host's developer, in the console). A module of its own: the
 * uploader loads it only when a host hands over a catalogue (its preset is checked by the tests).
 */
import { DOCUMENT_REGISTRANTS, isDocumentRegistrant, type DocumentCatalogue } from './document-catalogue.js';
import { validateDocumentSlot } from './document.js';
import { DOCUMENT_FILE_TYPES, isDocumentFileType } from './file-signature.js';
import type { ModelLocale } from './reference/locale.js';

export const CATALOGUE_ISSUE_CODES = [
  'catalogue-type',
  'document-type',
  'document-id',
  'document-id-duplicate',
  'document-name',
  'document-hint',
  'document-registrants',
  'document-template',
  'document-accept',
  'document-max-size',
  'document-max-files',
  'document-max-age',
  'document-signature-expected',
] as const;
export type CatalogueIssueCode = (typeof CATALOGUE_ISSUE_CODES)[number];

/** What is wrong, where (`[2].maxSize`), in English: these are for the host's developer, in the console. */
export interface CatalogueIssue {
  readonly path: string;
  readonly code: CatalogueIssueCode;
  readonly message: string;
}

export type CatalogueResult =
  | { readonly ok: true; readonly value: DocumentCatalogue }
  | { readonly ok: false; readonly issues: readonly CatalogueIssue[] };

const LOCALES: readonly ModelLocale[] = ['en', 'ru', 'kk'];
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, optional: boolean): boolean {
  if (value === undefined) return optional;
  return isRecord(value) && LOCALES.every((locale) => isText(value[locale]));
}

function checkRegistrants(value: unknown, optional: boolean): boolean {
  if (value === undefined) return optional;
  return Array.isArray(value) && value.every(isDocumentRegistrant);
}

/** http(s) or a path on the host page's origin; never `javascript:` or `data:`. */
function checkTemplate(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isText(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://host.invalid/').protocol);
  } catch {
    return false;
  }
}

const positiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/**
 * Checks a catalogue a host hands over, entry by entry, and says every problem at once (not
 * only the first) with its path, so that one reading of the console fixes them all.
 */
export function validateCatalogue(input: unknown): CatalogueResult {
  if (!Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', code: 'catalogue-type', message: 'The catalogue must be an array of document entries.' }] };
  }
  const issues: CatalogueIssue[] = [];
  const seen = new Set<string>();
  input.forEach((entry: unknown, index) => {
    const at = (field: string) => `[${index}]${field ? `.${field}` : ''}`;
    const add = (field: string, code: CatalogueIssueCode, message: string) => issues.push({ path: at(field), code, message });
    if (!isRecord(entry)) return add('', 'document-type', 'Each entry must be an object.');
    const id = validateDocumentSlot(entry.id);
    if (!id.ok) add('id', 'document-id', 'id must be kebab-case letters and digits (such as "state-registration"), at most 64 characters.');
    else if (seen.has(id.value)) add('id', 'document-id-duplicate', `id "${id.value}" is used by an earlier entry.`);
    else seen.add(id.value);
    if (!checkText(entry.name, false)) add('name', 'document-name', 'name must give a non-empty text for each of en, ru and kk.');
    if (!checkText(entry.hint, true)) add('hint', 'document-hint', 'hint, when given, must give a non-empty text for each of en, ru and kk.');
    if (!checkRegistrants(entry.required, false)) add('required', 'document-registrants', `required must be an array of: ${DOCUMENT_REGISTRANTS.join(', ')}.`);
    if (!checkRegistrants(entry.optional, true)) add('optional', 'document-registrants', `optional, when given, must be an array of: ${DOCUMENT_REGISTRANTS.join(', ')}.`);
    if (!checkTemplate(entry.template)) add('template', 'document-template', 'template must be an http(s) URL or a path.');
    if (!Array.isArray(entry.accept) || entry.accept.length === 0 || !entry.accept.every(isDocumentFileType)) {
      add('accept', 'document-accept', `accept must list types the uploader recognises by content: ${DOCUMENT_FILE_TYPES.join(', ')}.`);
    }
    if (!positiveInteger(entry.maxSize)) add('maxSize', 'document-max-size', 'maxSize must be a whole number of bytes above 0.');
    if (!positiveInteger(entry.maxFiles)) add('maxFiles', 'document-max-files', 'maxFiles must be a whole number above 0 (1 for one file).');
    if (entry.maxAgeDays !== undefined && !positiveInteger(entry.maxAgeDays)) add('maxAgeDays', 'document-max-age', 'maxAgeDays, when given, must be a whole number of days above 0.');
    if (entry.signatureExpected !== undefined && typeof entry.signatureExpected !== 'boolean') {
      add('signatureExpected', 'document-signature-expected', 'signatureExpected, when given, must be true or false.');
    }
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: input as DocumentCatalogue };
}

/** Every issue on a line of its own, for the console: "the catalogue is not valid…" and then `catalogue[2].maxSize: …`. */
export function describeIssues(issues: readonly CatalogueIssue[]): string {
  return ['the catalogue is not valid; the previous one stays.', ...issues.map((issue) => `  catalogue${issue.path}: ${issue.message}`)].join('\n');
}
