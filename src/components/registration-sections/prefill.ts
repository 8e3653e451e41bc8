/**
 * Where prefilled values come from: the certificate the user picked, the backend's answer to it
 * and the state register's entry for the BIN. Pure functions from those objects to field values
 * as the form shows them (dates as 31.12.2024), so the same mapping serves both forms, drafts
 * and tests.
 */
import type { CertificateOutcome, Invitation, Organisation, UserPrefill } from '../../backend/index.js';
import { formatPersonName, parseBin, parseIin, stripOwnershipForm, type LegalStatus } from '../../model/index.js';
import type { FieldKey, FieldValues } from './rules.js';
import { showDate } from '../shared/dates.js';

/** Fields that hold a date: shown as 31.12.2024 whatever form the source gives it in. */
const DATE_KEYS: ReadonlySet<FieldKey> = new Set(['user.birthDate', 'company.registrationDate']);

/**
 * What the forms read from a certificate. Structural, so the NCALayer client's CertificateInfo
 * and a host's own object both fit.
 */
export interface CertificateFields {
  /** The owner's IIN (SERIALNUMBER=IIN…). */
  iin?: string | null;
  /** The organisation's BIN (OU=BIN…), on legal entities' keys. */
  bin?: string | null;
  surname?: string | null;
  /** First name. */
  givenName?: string | null;
  patronymic?: string | null;
  commonName?: string | null;
  /** O=… */
  organisation?: string | null;
  email?: string | null;
  /** Whom the key was issued to (`individual`, `legal-entity`), as the NCALayer client reads it. */
  subjectKind?: string | null;
}

const clean = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** `CN=ИВАНОВ ИВАН` when the certificate has no separate SURNAME / GIVENNAME. */
function splitCommonName(cn: string | null | undefined): { surname?: string; name?: string } {
  const parts = clean(cn)?.split(/\s+/) ?? [];
  return { surname: parts[0], name: parts.slice(1).join(' ') || undefined };
}

/** The user's fields from a certificate; the birth date from the IIN. */
export function userFromCertificate(certificate: CertificateFields): FieldValues {
  const fromCn = splitCommonName(certificate.commonName);
  const iin = clean(certificate.iin)?.replace(/^IIN/i, '');
  const parsed = iin ? parseIin(iin) : undefined;
  return withoutEmpty({
    'user.iin': iin,
    'user.surname': clean(certificate.surname) ?? fromCn.surname,
    'user.name': clean(certificate.givenName) ?? fromCn.name,
    'user.patronymic': clean(certificate.patronymic),
    'user.birthDate': parsed?.ok ? showDate(parsed.value.birthDate) : undefined,
    'user.email': clean(certificate.email)?.toLowerCase(),
  });
}

/** The user's fields from the backend's reading of the certificate. */
export function userFromPrefill(user: UserPrefill): FieldValues {
  const parsed = parseIin(user.iin);
  return withoutEmpty({
    'user.iin': user.iin,
    'user.surname': clean(user.surname),
    'user.name': clean(user.name),
    'user.patronymic': clean(user.patronymic),
    'user.birthDate': showDate(clean(user.birthDate) ?? (parsed.ok ? parsed.value.birthDate : '')) || undefined,
    'user.email': clean(user.email),
  });
}

/** The certificate's BIN without the `BIN` prefix OU carries. */
export function certificateBin(certificate: CertificateFields): string | undefined {
  return clean(certificate.bin)?.replace(/^BIN/i, '');
}

/**
 * The legal status a certificate suggests: a BIN of a legal entity → legal entity; a
 * joint-entrepreneurship BIN or an entrepreneur's key → individual entrepreneur; otherwise a
 * natural person where allowed, else an entrepreneur (who registers with their IIN).
 */
export function legalStatusFromCertificate(certificate: CertificateFields, allowed: readonly LegalStatus[]): LegalStatus {
  const bin = certificateBin(certificate);
  const parsed = bin ? parseBin(bin) : undefined;
  let status: LegalStatus;
  if (parsed?.ok) status = parsed.value.kind === 'joint-entrepreneur' ? 'individual-entrepreneur' : 'legal-entity';
  else if (certificate.subjectKind === 'legal-entity') status = 'legal-entity';
  else status = allowed.includes('natural-person') ? 'natural-person' : 'individual-entrepreneur';
  return allowed.includes(status) ? status : allowed[0];
}

/**
 * The registrant's number for a status: the organisation's BIN for a legal entity (or a joint
 * entrepreneurship), the owner's IIN for an entrepreneur or a natural person.
 */
export function registrantNumber(certificate: CertificateFields, status: LegalStatus): string | undefined {
  const bin = certificateBin(certificate);
  const iin = clean(certificate.iin)?.replace(/^IIN/i, '');
  if (status === 'legal-entity') return bin;
  if (status === 'individual-entrepreneur') {
    const parsed = bin ? parseBin(bin) : undefined;
    return parsed?.ok && parsed.value.kind === 'joint-entrepreneur' ? bin : iin;
  }
  return iin;
}

/**
 * "ИВАНОВ ИВАН ИВАНОВИЧ": how a natural person is named where an organisation has its name,
 * written as the certificate picker writes the owner (`formatPersonName`).
 */
export function personName(values: FieldValues): string | undefined {
  return formatPersonName({ surname: values['user.surname'], givenName: values['user.name'], patronymic: values['user.patronymic'] }) || undefined;
}

/** The localised text in the form's language, falling back to Russian, which every reader of kk knows. */
export function pick(text: { kk: string; ru: string; en?: string } | undefined, locale: string): string | undefined {
  if (!text) return undefined;
  return clean(locale === 'kk' ? text.kk : locale === 'en' ? (text.en ?? text.ru) : text.ru) ?? clean(text.ru);
}

/**
 * The company's fields from the state register (seed 001: full names in Kazakh and Russian,
 * registration date, document number, registering authority, address). The short name is the
 * name in the form's language without its ownership form, as portals want it (seed 002).
 */
export function companyFromOrganisation(organisation: Organisation, locale: string): FieldValues {
  const name = pick(organisation.name, locale);
  return withoutEmpty({
    'company.idNumber': organisation.bin,
    'company.name': name ? stripOwnershipForm(name) : undefined,
    'company.nameKk': clean(organisation.name.kk),
    'company.nameRu': clean(organisation.name.ru),
    'company.registrationDate': showDate(clean(organisation.registrationDate) ?? '') || undefined,
    'company.registrationNumber': clean(organisation.registrationNumber),
    'company.registeringAuthority': pick(organisation.registeringAuthority, locale),
    'company.legalAddress': clean(organisation.legalAddress),
    'company.email': clean(organisation.email),
  });
}

/** Everything the backend's answer to a certificate prefills. */
export function fromOutcome(outcome: CertificateOutcome, locale: string): FieldValues {
  return {
    ...userFromPrefill(outcome.user),
    ...(outcome.organisation ? companyFromOrganisation(outcome.organisation, locale) : {}),
  };
}

/** The fields an invitation link prefills (seed 002): shown filled, the user checks them. */
export function fromInvitation(invitation: Invitation): FieldValues {
  const { user = {}, company = {} } = invitation.prefill;
  return withoutEmpty({
    'user.surname': clean(user.surname),
    'user.name': clean(user.name),
    'user.patronymic': clean(user.patronymic),
    'user.email': clean(user.email),
    'user.phone': clean(user.phone),
    'company.idNumber': clean(company.idNumber),
    'company.identifier': clean(company.identifier),
    'company.name': clean(company.name),
    'company.country': clean(company.country),
    'company.email': clean(company.email),
    'company.phone': clean(company.phone),
  });
}

/**
 * A prefill chosen in one locale (`before`: the register's names picked for it) made again for
 * another (`after`): the fields whose prefill differs there and still hold what was filled in,
 * untouched by the user, with their new values. What the user typed never changes.
 */
export function followLocale(
  before: FieldValues,
  after: FieldValues,
  values: FieldValues,
  edited: ReadonlySet<FieldKey>,
): FieldValues {
  const changes: FieldValues = {};
  for (const [key, value] of Object.entries(after) as [FieldKey, string][]) {
    if (value !== before[key] && values[key] === before[key] && !edited.has(key)) changes[key] = value;
  }
  return changes;
}

/**
 * Applies a prefill without overwriting what the user typed themselves: keys in `edited` keep
 * their values. Returns the merged values and the keys that changed.
 */
export function mergePrefill(
  values: FieldValues,
  prefill: FieldValues,
  edited: ReadonlySet<FieldKey>,
): { values: FieldValues; changed: FieldKey[] } {
  const next = { ...values };
  const changed: FieldKey[] = [];
  for (const [key, value] of Object.entries(prefill) as [FieldKey, string][]) {
    if (edited.has(key) && (values[key] ?? '').trim()) continue;
    if (next[key] !== value) {
      next[key] = value;
      changed.push(key);
    }
  }
  return { values: next, changed };
}

function withoutEmpty(values: Partial<Record<FieldKey, string | undefined>>): FieldValues {
  const out: FieldValues = {};
  for (const [key, value] of Object.entries(values) as [FieldKey, string | undefined][]) if (value) out[key] = value;
  return out;
}

/** A payload (a draft, a host's saved registration) back into the form: values, status and accounts. */
export function fromPayload(payload: unknown): { values: FieldValues; legalStatus?: LegalStatus; bankAccounts: unknown[] } {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const values: FieldValues = {};
  const read = (section: 'user' | 'company') => {
    const record = p[section];
    if (!record || typeof record !== 'object') return;
    for (const [name, value] of Object.entries(record as Record<string, unknown>)) {
      if (name === 'password') continue;
      const key = `${section}.${name}` as FieldKey;
      if (typeof value === 'string' || typeof value === 'number') values[key] = DATE_KEYS.has(key) ? showDate(String(value)) : String(value);
    }
  };
  read('user');
  read('company');
  const status = p.legalStatus;
  return {
    values,
    legalStatus: status === 'legal-entity' || status === 'individual-entrepreneur' || status === 'natural-person' ? status : undefined,
    bankAccounts: Array.isArray(p.bankAccounts) ? p.bankAccounts : [],
  };
}
