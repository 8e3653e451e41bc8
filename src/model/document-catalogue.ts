/**
 * The document catalogue: which documents a registrant gives, as data. The uploader shows one
 * slot per entry that applies to its registrant; a host replaces the preset or extends it, and
 * `validateCatalogue` tells a host what is wrong with its own entries before any user sees them.
 */
import type { DocumentFileType } from './file-signature.js';
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

const JOINT_STOCK_FORMS: ReadonlySet<string> = /* @__PURE__ */ new Set(['АО', 'АҚ', 'JSC', 'ПАО', 'ОАО', 'ЗАО']);

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
