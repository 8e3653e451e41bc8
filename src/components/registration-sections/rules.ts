/**
 * The sections of the registration forms as data: which fields the user, company and bank
 * sections hold for a registrant kind and legal status, which are required or read-only, how a
 * typed value is tidied, and which code each field has now. Pure: no DOM, no lit, no strings
 * for people (labels live in labels.ts), so the rules are tested without a browser and the two
 * forms cannot drift apart.
 *
 * Field keys are dotted paths into the payload (`user.phone`, `company.idNumber`), so a schema
 * issue or a backend 422 lands on its field without a mapping table. The few keys that are not
 * in the payload (`user.password`, `user.passwordRepeat`, `user.emailCode`, `agreement`) belong
 * to the form: the password and the e-mail code are credentials, sent apart from the signed
 * application (`credentialsOf`), never inside it.
 */
import {
  checkNonResidentRegistration,
  checkNonResidentUser,
  checkResidentRegistration,
  checkResidentUser,
  detectOwnershipForm,
  isValidationCode,
  issuesToFieldErrors,
  validatePassword,
  validatePasswordRepeat,
  type LegalStatus,
  type OwnershipForm,
  type RegistrantKind,
  type SchemaIssue,
} from '../../model/index.js';
import type { RegistrationCredentials } from '../../backend/types.js';
import { tidyDate } from '../shared/dates.js';

export type UserKey =
  | 'user.iin'
  | 'user.surname'
  | 'user.name'
  | 'user.patronymic'
  | 'user.birthDate'
  | 'user.phone'
  | 'user.email'
  | 'user.emailCode'
  | 'user.password'
  | 'user.passwordRepeat'
  | 'agreement';

export type CompanyKey =
  | 'legalStatus'
  | 'company.idNumber'
  | 'company.identifier'
  | 'company.name'
  | 'company.nameKk'
  | 'company.nameRu'
  | 'company.registrationDate'
  | 'company.registrationNumber'
  | 'company.registeringAuthority'
  | 'company.country'
  | 'company.phone'
  | 'company.email'
  | 'company.legalAddress';

export type FieldKey = UserKey | CompanyKey | 'bankAccounts';

/** What the user typed (or a prefill put there), by field: raw text, never normalised away. */
export type FieldValues = Partial<Record<FieldKey, string>>;

export type SectionName = 'user' | 'company' | 'bank';

/** How a field is edited; the render helpers pick the control from it. */
export type ControlKind =
  | 'text'
  | 'name'
  | 'email'
  | 'tel'
  | 'password'
  | 'date'
  | 'id-number'
  | 'code'
  | 'country'
  | 'legal-status'
  | 'agreement'
  | 'bank-accounts';

export interface FieldSpec {
  key: FieldKey;
  section: SectionName;
  control: ControlKind;
  required: boolean;
  /** Shown but not editable (it came from the certificate or is derived from another field). */
  readonly: boolean;
  /** The `autocomplete` token for the browser's autofill. */
  autocomplete?: string;
  /** Spans the whole row of the grid. */
  wide?: boolean;
}

/** The e-mail confirmation states (see EmailCodeController). */
export type EmailCodeStatus = 'idle' | 'sending' | 'sent' | 'verifying' | 'verified' | 'wrong' | 'expired' | 'error';

/** Everything that shapes the sections. */
export interface SectionConfig {
  kind: RegistrantKind;
  legalStatus: LegalStatus;
  /** The portal uses passwords (seed 001): password and its repeat appear and are required. */
  requirePassword: boolean;
  /** The user agreement is signed with the signing key before submitting (seed 001). */
  requireAgreement: boolean;
  /** A backend sends and checks e-mail codes: the code step appears and must be passed. */
  emailCode: boolean;
  /** The organisation already has an account: only the personal part is asked (seed 000). */
  companyRegistered: boolean;
  /** Resident legal statuses the portal accepts (natural person only where it allows). */
  legalStatuses: readonly LegalStatus[];
  /** Fields filled from the certificate: read-only. */
  locked: ReadonlySet<FieldKey>;
}

export const DEFAULT_CONFIG: SectionConfig = {
  kind: 'resident',
  legalStatus: 'legal-entity',
  requirePassword: false,
  requireAgreement: false,
  emailCode: false,
  companyRegistered: false,
  legalStatuses: ['legal-entity', 'individual-entrepreneur'],
  locked: new Set(),
};

/** The resident legal statuses offered: natural person only where the portal allows it. */
export function legalStatusesFor(allowNaturalPerson: boolean): LegalStatus[] {
  return allowNaturalPerson
    ? ['legal-entity', 'individual-entrepreneur', 'natural-person']
    : ['legal-entity', 'individual-entrepreneur'];
}

/** Registry data (names in both languages, registration) exists for organisations, not for people. */
export function hasRegistryData(config: Pick<SectionConfig, 'kind' | 'legalStatus'>): boolean {
  return config.kind === 'resident' && config.legalStatus !== 'natural-person';
}

/** The fields of one section, in display order, for this configuration. */
export function sectionFields(section: SectionName, config: SectionConfig): FieldSpec[] {
  const resident = config.kind === 'resident';
  const spec = (
    key: FieldKey,
    control: ControlKind,
    extra: Partial<Omit<FieldSpec, 'key' | 'control' | 'section'>> = {},
  ): FieldSpec => ({ key, section, control, required: true, readonly: config.locked.has(key), ...extra });

  if (section === 'user') {
    const fields: FieldSpec[] = resident
      ? [
          spec('user.iin', 'id-number', { autocomplete: 'off' }),
          spec('user.surname', 'name', { autocomplete: 'family-name' }),
          spec('user.name', 'name', { autocomplete: 'given-name' }),
          spec('user.patronymic', 'name', { required: false, autocomplete: 'additional-name' }),
          // Derived from the IIN's digits 1–7; never typed.
          spec('user.birthDate', 'date', { required: false, readonly: true }),
        ]
      : [
          spec('user.name', 'name', { autocomplete: 'given-name' }),
          spec('user.surname', 'name', { required: false, autocomplete: 'family-name' }),
        ];
    fields.push(spec('user.phone', 'tel', { autocomplete: 'tel' }), spec('user.email', 'email', { autocomplete: 'email' }));
    if (config.emailCode) fields.push(spec('user.emailCode', 'code', { autocomplete: 'one-time-code' }));
    if (config.requirePassword) {
      fields.push(
        spec('user.password', 'password', { autocomplete: 'new-password' }),
        spec('user.passwordRepeat', 'password', { autocomplete: 'new-password' }),
      );
    }
    if (config.requireAgreement) fields.push(spec('agreement', 'agreement', { wide: true }));
    return fields;
  }

  if (config.companyRegistered) return [];

  if (section === 'bank') return [spec('bankAccounts', 'bank-accounts', { wide: true })];

  if (!resident) {
    return [
      spec('company.identifier', 'text', { autocomplete: 'off' }),
      spec('company.name', 'text', { autocomplete: 'organization', wide: true }),
      spec('company.country', 'country', { autocomplete: 'country' }),
      spec('company.phone', 'tel', { autocomplete: 'tel' }),
      spec('company.email', 'email', { autocomplete: 'email' }),
      spec('company.legalAddress', 'text', { autocomplete: 'street-address', wide: true }),
    ];
  }
  const fields: FieldSpec[] = [];
  if (config.legalStatuses.length > 1) fields.push(spec('legalStatus', 'legal-status', { wide: true }));
  // A natural person's and an entrepreneur's number is their IIN, which the certificate holds.
  fields.push(spec('company.idNumber', 'id-number', { autocomplete: 'off' }));
  fields.push(spec('company.name', 'text', { autocomplete: 'organization', wide: true }));
  if (hasRegistryData(config)) {
    fields.push(
      spec('company.nameKk', 'text', { required: false, wide: true }),
      spec('company.nameRu', 'text', { required: false, wide: true }),
      spec('company.registrationDate', 'date', { required: false }),
      spec('company.registrationNumber', 'text', { required: false }),
      spec('company.registeringAuthority', 'text', { required: false, wide: true }),
    );
  }
  fields.push(
    spec('company.phone', 'tel', { autocomplete: 'tel' }),
    spec('company.email', 'email', { autocomplete: 'email' }),
    spec('company.legalAddress', 'text', { autocomplete: 'street-address', wide: true }),
  );
  return fields;
}

/** Every field of the form, user → company → bank. */
export function allFields(config: SectionConfig): FieldSpec[] {
  return [...sectionFields('user', config), ...sectionFields('company', config), ...sectionFields('bank', config)];
}

// ————— Tidying what was typed or pasted —————

/** Spaces and every dash a word processor may paste. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212-]+/g;

/** "9001 0130-0017" → "900101300017": separators out, everything else (even letters) kept. */
export function compactNumber(raw: string): string {
  return raw.replace(SEPARATORS, '');
}

/** Runs of whitespace (pasted line breaks, double spaces) to one space, trimmed. */
export function tidyText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * What a field shows after the user leaves it (or pastes): numbers and codes without spaces and
 * dashes, e-mails and texts trimmed, dates as 31.12.2024. Passwords are never touched. Nothing the user typed is
 * dropped beyond separators and surrounding spaces, so a wrong value stays visible with its error.
 */
export function tidyValue(control: ControlKind, raw: string): string {
  switch (control) {
    case 'id-number':
    case 'code':
      return compactNumber(raw);
    case 'email':
      return raw.trim();
    case 'name':
    case 'text':
      return tidyText(raw);
    case 'date':
      return tidyDate(raw);
    default:
      return raw;
  }
}

// ————— Payload and codes —————

/** The payload as built from the raw values, before the model's rules normalise it. */
export interface RawPayload {
  kind: RegistrantKind;
  legalStatus: LegalStatus;
  user: Record<string, unknown>;
  /** Absent when the organisation is registered already (only the personal part is sent). */
  company?: Record<string, unknown>;
  bankAccounts: unknown[];
  documents: unknown[];
}

/** `''` and blanks become `undefined`, as the model's optional fields expect. */
const text = (value: string | undefined): string | undefined => (value && value.trim() ? value : undefined);

/**
 * The payload from what the form holds: only the fields the configuration shows, raw. The
 * model's rules (model/registration-rules.ts, the same rules as model/schemas.ts without zod)
 * turn it into the typed, normalised payload or into field codes.
 */
export function rawPayload(values: FieldValues, config: SectionConfig, bankAccounts: readonly unknown[]): RawPayload {
  const v = (key: FieldKey) => text(values[key]);
  const resident = config.kind === 'resident';
  const user: Record<string, unknown> = resident
    ? {
        iin: v('user.iin'),
        surname: v('user.surname'),
        name: v('user.name'),
        patronymic: v('user.patronymic'),
        birthDate: v('user.birthDate'),
        phone: v('user.phone'),
        email: v('user.email'),
      }
    : { surname: v('user.surname'), name: v('user.name'), phone: v('user.phone'), email: v('user.email') };

  const company: Record<string, unknown> = resident
    ? {
        idNumber: v('company.idNumber'),
        name: v('company.name'),
        ...(hasRegistryData(config) && {
          nameKk: v('company.nameKk'),
          nameRu: v('company.nameRu'),
          registrationDate: v('company.registrationDate'),
          registrationNumber: v('company.registrationNumber'),
          registeringAuthority: v('company.registeringAuthority'),
        }),
        country: 'KZ',
        phone: v('company.phone'),
        email: v('company.email'),
        legalAddress: v('company.legalAddress'),
      }
    : {
        identifier: v('company.identifier'),
        name: v('company.name'),
        country: v('company.country'),
        phone: v('company.phone'),
        email: v('company.email'),
        legalAddress: v('company.legalAddress'),
      };
  for (const record of [user, company]) for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];

  return {
    kind: config.kind,
    // Non-residents have no choice of status in these forms: they register an organisation.
    legalStatus: resident ? config.legalStatus : 'legal-entity',
    user,
    ...(!config.companyRegistered && { company }),
    bankAccounts: config.companyRegistered ? [] : [...bankAccounts],
    documents: [],
  };
}

/**
 * The secrets the user proves the registration with: they travel in the submit request's own,
 * unsigned `credentials` part, and never in the payload, an event, a value, a log or a draft.
 */
export function credentialsOf(values: FieldValues, config: SectionConfig): RegistrationCredentials {
  const credentials: RegistrationCredentials = {};
  if (config.requirePassword && values['user.password']) credentials.password = values['user.password'];
  const code = values['user.emailCode']?.trim();
  if (config.emailCode && code) credentials.emailCode = code;
  return credentials;
}

/** Codes the form adds to the model's: the e-mail step and the agreement. */
export type FormCode = 'email-not-verified' | 'code-invalid' | 'code-expired' | 'agreement-not-signed';

export interface FormState {
  /** The e-mail step's state (only when `config.emailCode`). */
  emailStatus?: EmailCodeStatus;
  /** The agreement was signed (only when `config.requireAgreement`). */
  agreementSigned?: boolean;
}

export interface Evaluation {
  /** Field key → code, in display order; a valid field is absent. */
  codes: Partial<Record<FieldKey, string>>;
  /** The typed, normalised payload (as the schema outputs it) when every field is valid. */
  payload?: unknown;
  /** The payload as built, valid or not. */
  raw: RawPayload;
  /**
   * Every issue on the bank accounts by its payload path (`bankAccounts`, `bankAccounts.1.iban`),
   * in the model's order: `codes.bankAccounts` is the first of them; the form shows each on its
   * account's field (bank-issues.ts).
   */
  bankIssues: Record<string, string>;
}

/**
 * Every field's code now: the model's registration rules on the payload built from the visible
 * fields, plus the form's own rules (password repeat, e-mail code, agreement). The rules are
 * the schema's (model/schemas.ts) without zod, and a test holds them to the same verdicts, so
 * the form and a server that runs the schema agree while the forms' bundle carries no zod.
 */
export function evaluate(
  values: FieldValues,
  config: SectionConfig,
  bankAccounts: readonly unknown[],
  state: FormState = {},
): Evaluation {
  const raw = rawPayload(values, config, bankAccounts);
  const resident = config.kind === 'resident';
  let result: { success: boolean; data?: unknown; error?: { issues: readonly SchemaIssue[] } };
  if (config.companyRegistered) {
    // Only the personal part: the organisation and its accounts are on the portal already.
    const user = (resident ? checkResidentUser : checkNonResidentUser)(raw.user);
    result = user.success
      ? { success: true, data: { kind: raw.kind, legalStatus: raw.legalStatus, user: user.data, bankAccounts: [], documents: [] } }
      : { success: false, error: { issues: user.error.issues.map((i) => ({ ...i, path: ['user', ...i.path] })) } };
  } else {
    result = (resident ? checkResidentRegistration : checkNonResidentRegistration)(raw);
  }
  const issues = issuesToFieldErrors(result as Parameters<typeof issuesToFieldErrors>[0]);
  const fields = allFields(config);
  const codes: Partial<Record<FieldKey, string>> = {};
  const bankIssues = Object.fromEntries(
    Object.entries(issues).filter(([path]) => path === 'bankAccounts' || path.startsWith('bankAccounts.')),
  );
  const bankCode = Object.values(bankIssues)[0];

  for (const field of fields) {
    const key = field.key;
    let code: string | undefined;
    switch (key) {
      case 'user.password': {
        // A credential, not part of the application: checked here, sent apart (credentialsOf).
        const password = validatePassword(values[key] ?? '');
        code = password.ok ? undefined : password.code;
        break;
      }
      case 'user.passwordRepeat': {
        const repeat = validatePasswordRepeat(values['user.password'] ?? '', values[key] ?? '');
        code = repeat.ok ? undefined : repeat.code;
        break;
      }
      case 'user.emailCode':
        code = emailCodeCode(values[key], state.emailStatus);
        break;
      case 'agreement':
        code = state.agreementSigned ? undefined : 'agreement-not-signed';
        break;
      case 'bankAccounts':
        code = bankCode;
        break;
      case 'company.idNumber':
        code = idNumberCode(issues[key], config);
        break;
      default:
        code = issues[key];
    }
    if (code) codes[key] = code;
  }
  const valid = Object.keys(codes).length === 0;
  // Issues on fields the configuration hides (none should exist) keep the payload invalid.
  const hidden = Object.keys(issues).some((path) => !isShown(path, fields));
  return { codes, raw, payload: valid && result.success && !hidden ? result.data : undefined, bankIssues };
}

/**
 * A legal entity registers with a BIN: the model reads a number that is not one as an IIN and
 * says so in IIN terms; say it in BIN terms instead (same validity, clearer words).
 */
function idNumberCode(code: string | undefined, config: SectionConfig): string | undefined {
  if (!code || config.legalStatus !== 'legal-entity' || !code.startsWith('iin-')) return code;
  if (code === 'iin-not-digits' || code === 'iin-length') return code.replace('iin-', 'bin-');
  return 'bin-type';
}

function isShown(path: string, fields: readonly FieldSpec[]): boolean {
  if (path.startsWith('bankAccounts')) return fields.some((f) => f.key === 'bankAccounts');
  return fields.some((f) => f.key === path);
}

/** The e-mail step's code: confirmed e-mails pass; otherwise what is still missing. */
export function emailCodeCode(code: string | undefined, status: EmailCodeStatus | undefined): string | undefined {
  switch (status) {
    case 'verified':
      return undefined;
    case 'wrong':
      return 'code-invalid';
    case 'expired':
      return 'code-expired';
    case 'sent':
    case 'verifying':
      return code && code.trim() ? 'email-not-verified' : 'required';
    default:
      return 'email-not-verified';
  }
}

/** A warning (not an error) for a field: the ownership form inside a company name (seed 002). */
export function ownershipWarning(key: FieldKey, value: string | undefined): OwnershipForm | undefined {
  return key === 'company.name' ? detectOwnershipForm(value ?? '') : undefined;
}

/** Whether a code is one of the model's or the form's (its message is ours, not the server's). */
export function isKnownCode(code: string): boolean {
  return isValidationCode(code) || ['email-not-verified', 'code-invalid', 'code-expired', 'agreement-not-signed'].includes(code);
}
