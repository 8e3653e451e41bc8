/**
 * The document catalogue: which documents a registrant gives, as data. The uploader shows one
 * slot per entry that applies to its registrant; a host replaces the preset or extends it, and
 * `validateCatalogue` tells a host what is wrong with its own entries before any user sees them.
 */
import { DOCUMENT_FILE_TYPES, isDocumentFileType, type DocumentFileType } from './file-signature.js';
import { validateDocumentSlot } from './document.js';
import type { LegalStatus, RegistrantKind } from './registrant.js';
import type { ModelLocale } from './reference/locale.js';
import { modelLocale } from './reference/locale.js';

/**
 * Who gives documents. A joint-stock company is a legal entity with a register of shareholders:
 * it gives every legal entity's document and its own.
 */
export const DOCUMENT_REGISTRANTS = [
  'legal-entity',
  'joint-stock-company',
  'individual-entrepreneur',
  'natural-person',
  'non-resident',
] as const;
export type DocumentRegistrant = (typeof DOCUMENT_REGISTRANTS)[number];

export type LocalizedText = Readonly<Record<ModelLocale, string>>;

/** One document a registrant may have to give. */
export interface DocumentSpec {
  /** The slot id: kebab-case, unique in the catalogue; FormData and the manifest use it. */
  readonly id: string;
  readonly name: LocalizedText;
  /** A line under the name (what exactly is meant, where to get it). */
  readonly hint?: LocalizedText;
  /** The registrants who must give it. */
  readonly required: readonly DocumentRegistrant[];
  /** The registrants who may give it (shown, not required). */
  readonly optional?: readonly DocumentRegistrant[];
  /** Where the portal's template is: an http(s) URL or a path on the host. */
  readonly template?: string;
  /** File types, recognised by content. */
  readonly accept: readonly DocumentFileType[];
  /** Bytes, per file. */
  readonly maxSize: number;
  /** 1: one file; more: several. */
  readonly maxFiles: number;
  /** When set, the user states the issue date, and it may be at most this many days ago. */
  readonly maxAgeDays?: number;
  /** When set, a PDF without a signature gets a warning (PAdES where the portal wants it). */
  readonly signatureExpected?: boolean;
}

export type DocumentCatalogue = readonly DocumentSpec[];

const JOINT_STOCK_FORMS: ReadonlySet<string> = new Set(['АО', 'АҚ', 'JSC', 'ПАО', 'ОАО', 'ЗАО']);

/**
 * The registrant type for documents, from what the forms know: the path, the legal status and,
 * for a resident legal entity, its ownership form (a joint-stock company gives its register of
 * shareholders).
 */
export function documentRegistrant(of: {
  kind: RegistrantKind;
  legalStatus?: LegalStatus;
  ownershipForm?: string;
}): DocumentRegistrant {
  if (of.kind === 'non-resident') return 'non-resident';
  if (of.legalStatus === 'individual-entrepreneur') return 'individual-entrepreneur';
  if (of.legalStatus === 'natural-person') return 'natural-person';
  return of.ownershipForm && JOINT_STOCK_FORMS.has(of.ownershipForm) ? 'joint-stock-company' : 'legal-entity';
}

export function isDocumentRegistrant(value: unknown): value is DocumentRegistrant {
  return typeof value === 'string' && (DOCUMENT_REGISTRANTS as readonly string[]).includes(value);
}

/** A joint-stock company counts as a legal entity too. */
function listed(list: readonly DocumentRegistrant[] | undefined, registrant: DocumentRegistrant): boolean {
  return !!list && (list.includes(registrant) || (registrant === 'joint-stock-company' && list.includes('legal-entity')));
}

/** A slot as the uploader shows it to one registrant. */
export interface DocumentSlot {
  readonly spec: DocumentSpec;
  readonly required: boolean;
}

/** The documents `registrant` gives, in catalogue order; required ones marked. */
export function documentsFor(catalogue: DocumentCatalogue, registrant: DocumentRegistrant): DocumentSlot[] {
  const slots: DocumentSlot[] = [];
  for (const spec of catalogue) {
    const required = listed(spec.required, registrant);
    if (required || listed(spec.optional, registrant)) slots.push({ spec, required });
  }
  return slots;
}

/** The name in `locale`. */
export function documentName(spec: DocumentSpec, locale: unknown): string {
  return spec.name[modelLocale(locale)];
}

/**
 * A catalogue with a host's changes: a change whose id exists overrides that entry's fields
 * (`{ id: 'charter', required: ['legal-entity'] }`), a new id is added at the end, and the ids
 * in `remove` are left out. The uploader validates the result as any host catalogue.
 */
export function extendCatalogue(
  base: DocumentCatalogue,
  changes: readonly (Partial<DocumentSpec> & { readonly id: string })[] = [],
  remove: readonly string[] = [],
): DocumentSpec[] {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const merged = base.filter((spec) => !remove.includes(spec.id)).map((spec) => ({ ...spec, ...byId.get(spec.id) }) as DocumentSpec);
  for (const change of changes) if (!base.some((spec) => spec.id === change.id)) merged.push(change as DocumentSpec);
  return merged;
}

// ————— A host's catalogue, checked —————

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
