/**
 * What a portal asks of a registration: which paths it offers, which sections and documents,
 * passwords, a signed agreement. `<tirkeu-registration portal="…">` takes one of the presets
 * below (drawn from the seed portals' manuals) or a host's own, checked with `checkPortalPreset`.
 */
import type { DocumentCatalogue } from './document-catalogue.js';
import { REGISTRANT_KINDS, type RegistrantKind } from './registrant.js';
import type { ModelLocale } from './reference/locale.js';

export interface PortalPreset {
  /** A short name of the preset (`supplier`, `ppp`, or the host's own). */
  readonly id: string;
  /** The portal's name, as the flow's heading says it. */
  readonly name: Readonly<Record<ModelLocale, string>>;
  /** The paths offered at the start, in order; one path skips the choice. */
  readonly paths: readonly RegistrantKind[];
  /** Natural persons may register (besides legal entities and individual entrepreneurs). */
  readonly naturalPerson: boolean;
  /** Whose certificate a resident logs in with: `any`, `individual` or `legal-entity`. */
  readonly certificate: 'any' | 'individual' | 'legal-entity';
  /** The bank accounts step. */
  readonly bankAccounts: boolean;
  /** The documents step. */
  readonly documents: boolean;
  /** The documents asked for (the uploader's default, seed 000's list, when absent). */
  readonly catalogue?: DocumentCatalogue;
  /** The portal uses passwords (seed 001). */
  readonly password: boolean;
  /** The user agreement is signed with the signing key before submitting (seed 001). */
  readonly agreement: boolean;
}

/** A host's own preset: `id`, `name` and `paths`, and any flag that differs from the supplier preset's. */
export type PortalPresetInput = Pick<PortalPreset, 'id' | 'name' | 'paths'> & Partial<Omit<PortalPreset, 'id' | 'name' | 'paths'>>;

/** Seed 000: the supplier portal of a procurement organisation (Qarmet): residents and non-residents, with documents. */
export const SUPPLIER_PORTAL: PortalPreset = {
  id: 'supplier',
  name: { en: 'Supplier portal', ru: 'Портал поставщиков', kk: 'Жеткізушілер порталы' },
  paths: ['resident', 'non-resident'],
  naturalPerson: false,
  certificate: 'any',
  bankAccounts: true,
  documents: true,
  password: false,
  agreement: false,
};

/** Seed 001: the public-private partnership portal: residents, a password, the agreement signed with the signing key, no documents. */
export const PPP_PORTAL: PortalPreset = {
  id: 'ppp',
  name: { en: 'Public-private partnership portal', ru: 'Портал государственно-частного партнёрства', kk: 'Мемлекеттік-жекешелік әріптестік порталы' },
  paths: ['resident'],
  naturalPerson: true,
  certificate: 'any',
  bankAccounts: true,
  documents: false,
  password: true,
  agreement: true,
};

export const PORTAL_PRESETS: Readonly<Record<string, PortalPreset>> = { supplier: SUPPLIER_PORTAL, ppp: PPP_PORTAL };

/** What is wrong in a host's preset, where (`paths[1]`), in English: for the host's developer. */
export interface PresetIssue {
  readonly path: string;
  readonly message: string;
}

export type PresetResult = { readonly ok: true; readonly value: PortalPreset } | { readonly ok: false; readonly issues: readonly PresetIssue[] };

const LOCALES: readonly ModelLocale[] = ['en', 'ru', 'kk'];
const CERTIFICATES: readonly unknown[] = ['any', 'individual', 'legal-entity'];
const FLAGS = ['naturalPerson', 'bankAccounts', 'documents', 'password', 'agreement'] as const;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a host's preset and lists every problem at once. Left out, a flag is taken from the
 * supplier preset; `id`, `name` and `paths` must be given. The catalogue is the uploader's to
 * check (it reports an invalid one and keeps its default).
 */
export function checkPortalPreset(input: unknown): PresetResult {
  if (!isRecord(input)) return { ok: false, issues: [{ path: '', message: 'A preset is an object.' }] };
  const issues: PresetIssue[] = [];
  const say = (path: string, message: string) => issues.push({ path, message });
  if (!isText(input.id)) say('id', 'A non-empty string.');
  if (!isRecord(input.name) || !LOCALES.every((l) => isText((input.name as Record<string, unknown>)[l]))) say('name', 'The portal name in en, ru and kk.');
  const paths = input.paths;
  if (!Array.isArray(paths) || !paths.length) say('paths', `A non-empty list of ${REGISTRANT_KINDS.join(', ')}.`);
  else {
    paths.forEach((path, i) => {
      if (!(REGISTRANT_KINDS as readonly unknown[]).includes(path)) say(`paths[${i}]`, `One of ${REGISTRANT_KINDS.join(', ')}.`);
      else if (paths.indexOf(path) !== i) say(`paths[${i}]`, 'Given twice.');
    });
  }
  if (input.certificate !== undefined && !CERTIFICATES.includes(input.certificate)) say('certificate', `One of ${CERTIFICATES.join(', ')}.`);
  for (const flag of FLAGS) if (input[flag] !== undefined && typeof input[flag] !== 'boolean') say(flag, 'true or false.');
  if (input.catalogue !== undefined && !Array.isArray(input.catalogue)) say('catalogue', 'A document catalogue (a list of entries).');
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { ...SUPPLIER_PORTAL, ...(input as Partial<PortalPreset>) } as PortalPreset };
}

/** The steps of a registration on a portal, for one path; whether the organisation is registered already trims it. */
export type FlowStep = 'path' | 'certificate' | 'user' | 'company' | 'bank' | 'documents' | 'review';

export function flowSteps(preset: PortalPreset, path: RegistrantKind, organisationRegistered = false): FlowStep[] {
  const steps: FlowStep[] = [];
  if (preset.paths.length > 1) steps.push('path');
  if (path === 'resident') steps.push('certificate');
  steps.push('user');
  // An organisation on the portal already keeps its data and accounts (seed 000, 002): only the personal part.
  if (!organisationRegistered) {
    steps.push('company');
    if (preset.bankAccounts) steps.push('bank');
  }
  if (preset.documents && !organisationRegistered) steps.push('documents');
  steps.push('review');
  return steps;
}
