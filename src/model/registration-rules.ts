/**
 * The registration's field rules as plain data: which validator checks each field, with which
 * options, whether it may be left out, and what it defaults to; plus the cross-field checks
 * (IBAN or account number by country, KBe for residents, account dates, one main account, the
 * number that fits the legal status, the IIN's birth date).
 *
 * The single source of the registration's rules: schemas.ts builds its zod schemas from these
 * tables and runs these cross-field checks in its refinements. The forms check with this module
 * alone and stay small (zod is about 7 kB gzipped), while hosts that like schemas keep theirs.
 * A test runs both on seeded random payloads and asserts the same verdict, the same code per
 * field and the same output.
 *
 * The answer has the shape of zod's `safeParse`, so `issuesToFieldErrors` reads it as it reads
 * a schema's: `{ success: true, data }` with the normalised payload (trimmed, upper-cased,
 * E.164…), or `{ success: false, error: { issues } }` with one of our codes per issue, in the
 * order the schema reports them (a field's own validator first, then cross-checks).
 */
import { validateCompanyIdentifier, validateCompanyName, validatePersonName, validateText } from './company-name.js';
import { validateDate } from './date.js';
import {
  validateDocumentSlot,
  validateFileName,
  validateFileSize,
  validateFileType,
  validateSha256,
} from './document.js';
import { validateEmail } from './email.js';
import type { SchemaIssue } from './field-errors.js';
import { countryUsesIban, validateAccountNumber, validateIban } from './iban.js';
import { validateBic } from './bic.js';
import { identifyNumber, parseBin, parseIin, validateIin, validateIinOrBin } from './identification-number.js';
import { isBlank } from './input.js';
import { validateKbe } from './kbe.js';
import { validatePhone } from './phone.js';
import { LEGAL_STATUSES, type LegalStatus } from './registrant.js';
import { ACCOUNT_TYPES, type AccountType } from './reference/account-types.js';
import { validateCountry } from './reference/countries.js';
import { validateCurrency } from './reference/currencies.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';
import type {
  BankAccount,
  DocumentManifestEntry,
  NonResidentCompanyData,
  NonResidentRegistration,
  NonResidentUserData,
  ResidentCompanyData,
  ResidentRegistration,
  ResidentUserData,
} from './schemas.js';

export type FieldValidator<T = unknown> = (input: unknown) => Result<T>;

/**
 * One field: its validator, and what happens when it is left out.
 * - `required`: the validator sees whatever is there (a missing value is its `required`).
 * - `optional`: a missing key is left out, and `undefined`, `null` or a blank string give
 *   `undefined`; anything else goes to the validator.
 * - `default`: a missing key or `undefined` gives `fallback`; anything else goes to the validator.
 */
export interface FieldRule<T = unknown> {
  readonly validate: FieldValidator<T>;
  readonly presence: 'required' | 'optional' | 'default';
  readonly fallback?: T;
}

/** The answer of a check: `safeParse`'s shape, so `issuesToFieldErrors` takes it as it is. */
export type RuleResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: SchemaIssue[] } };

/** The three kinds of field, told apart in the type too, so schemas.ts builds its zod schemas from the tables. */
export type RequiredRule<T> = FieldRule<T> & { readonly presence: 'required' };
export type OptionalRule<T> = FieldRule<T> & { readonly presence: 'optional' };
export type DefaultRule<T> = FieldRule<T> & { readonly presence: 'default'; readonly fallback: T };

// The helpers that build tables and parts are marked free of side effects, so that a bundle that
// takes only some checks (the bank editor takes the bank accounts') leaves the other tables out.
/* @__NO_SIDE_EFFECTS__ */ const required = <T>(validate: FieldValidator<T>): RequiredRule<T> => ({ validate, presence: 'required' });
/* @__NO_SIDE_EFFECTS__ */ const optional = <T>(validate: FieldValidator<T>): OptionalRule<T> => ({ validate, presence: 'optional' });
/* @__NO_SIDE_EFFECTS__ */ const withDefault = <T>(validate: FieldValidator<T>, fallback: T): DefaultRule<T> => ({ validate, presence: 'default', fallback });

// @__NO_SIDE_EFFECTS__
function oneOf<const T extends string>(values: readonly T[]): FieldValidator<T> {
  return (input) =>
    isBlank(input) ? fail('required') : (values as readonly unknown[]).includes(input) ? ok(input as T) : fail('invalid-choice');
}

// ————— The tables —————

export const RESIDENT_USER_RULES = {
  /** From the certificate, read-only in the form. */
  iin: required(validateIin),
  surname: required(validatePersonName),
  name: required(validatePersonName),
  patronymic: optional(validatePersonName),
  /** Must agree with the IIN's (birth-date-mismatch). */
  birthDate: optional(validateDate),
  /** A Kazakh mobile: it is the number portals text. */
  phone: required((input) => validatePhone(input, { resident: true, mobile: true })),
  email: required(validateEmail),
} as const;

export const NON_RESIDENT_USER_RULES = {
  /** Optional: not every naming tradition has a surname. */
  surname: optional(validatePersonName),
  name: required(validatePersonName),
  patronymic: optional(validatePersonName),
  phone: required((input) => validatePhone(input, { resident: false })),
  email: required(validateEmail),
} as const;

/** Kazakhstan, and nothing else, for a resident company; blank means Kazakhstan. */
function validateResidentCountry(input: unknown): Result<'KZ'> {
  if (isBlank(input)) return ok('KZ');
  const country = validateCountry(input);
  return !country.ok ? country : country.value === 'KZ' ? ok('KZ') : fail('country-must-be-kz');
}

export const RESIDENT_COMPANY_RULES = {
  /** BIN, or the owner's IIN; which one fits is checked against legalStatus. */
  idNumber: required(validateIinOrBin),
  /** Without the ownership form (seed 002); the UI warns with detectOwnershipForm. */
  name: required(validateCompanyName),
  nameKk: optional(validateCompanyName),
  nameRu: optional(validateCompanyName),
  registrationDate: optional(validateDate),
  registrationNumber: optional((input) => validateText(input, 100)),
  registeringAuthority: optional((input) => validateText(input, 255)),
  country: withDefault(validateResidentCountry, 'KZ' as const),
  phone: required((input) => validatePhone(input, { resident: true })),
  email: required(validateEmail),
  legalAddress: required((input) => validateText(input, 500)),
} as const;

export const NON_RESIDENT_COMPANY_RULES = {
  /** The home country's registration or tax number. */
  identifier: required(validateCompanyIdentifier),
  name: required(validateCompanyName),
  country: required(validateCountry),
  phone: required((input) => validatePhone(input, { resident: false })),
  email: required(validateEmail),
  legalAddress: required((input) => validateText(input, 500)),
} as const;

// @__NO_SIDE_EFFECTS__
function bankAccountRules(resident: boolean) {
  return {
    country: required(validateCountry),
    bankName: required((input) => validateText(input, 255)),
    /** Also checked against the country. */
    bic: required(validateBic),
    /** Required where the country uses IBANs; checked against the country. */
    iban: optional(validateIban),
    /** The local account number where the country has no IBAN (US, CN, UZ, KG…). */
    accountNumber: optional(validateAccountNumber),
    /** Required from residents, optional from non-residents (seed 000). */
    kbe: optional((input) => validateKbe(input, { resident })),
    accountType: required(oneOf<AccountType>(ACCOUNT_TYPES)),
    currency: required(validateCurrency),
    /** Seed 001 (the PPP portal's manual) asks for the opening date, and the closing date "(міндетті емес)": optional. */
    openedOn: required(validateDate),
    /** Not before the opening date. */
    closedOn: optional(validateDate),
    /** At most one account per registration. */
    isMain: withDefault((input): Result<boolean> => (typeof input === 'boolean' ? ok(input) : fail('invalid-type')), false),
  } as const;
}

export const RESIDENT_BANK_ACCOUNT_RULES = bankAccountRules(true);
export const NON_RESIDENT_BANK_ACCOUNT_RULES = bankAccountRules(false);

/** A field of a bank account. */
export type BankAccountField = keyof typeof RESIDENT_BANK_ACCOUNT_RULES;

/**
 * Whether a bank account's field must be filled in: the table's required fields; the IBAN where
 * the bank's country uses IBANs (and while no country is known), the local account number
 * elsewhere; the KBe from residents only (seed 000). The account checks below ask it, and an
 * editor marks its fields by it, so "(optional)" never says other than the check.
 */
export function bankAccountFieldRequired(field: BankAccountField, context: { resident: boolean; country?: string }): boolean {
  switch (field) {
    case 'iban':
      return !context.country || countryUsesIban(context.country);
    case 'accountNumber':
      return !!context.country && !countryUsesIban(context.country);
    case 'kbe':
      return context.resident;
    default:
      return RESIDENT_BANK_ACCOUNT_RULES[field].presence === 'required';
  }
}

export const DOCUMENT_MANIFEST_ENTRY_RULES = {
  /** The uploader's slot id, e.g. `state-registration`, `charter`, `other`. */
  slot: required(validateDocumentSlot),
  fileName: required(validateFileName),
  /** Bytes. */
  size: required(validateFileSize),
  /** MIME type, e.g. `application/pdf`. */
  type: required(validateFileType),
  /** Hex SHA-256 of the file's bytes, so the backend can match the uploaded part. */
  sha256: required(validateSha256),
  /** The date of issue the user stated, for documents that must be recent. */
  issuedOn: optional(validateDate),
} as const;

export const LEGAL_STATUS_RULE = required(oneOf<LegalStatus>(LEGAL_STATUSES));

// ————— Running the tables —————

export type Path = readonly PropertyKey[];
type Issues = SchemaIssue[];
/** A field whose validator failed: neither a value nor `undefined`, so cross-checks skip it. */
const FAILED: unknown = Object.freeze({ failed: true });

/** A field's output is a string only when its own validator accepted it. */
const valid = (value: unknown): value is string => typeof value === 'string';

function report(issues: Issues, path: Path, code: ValidationCode): void {
  issues.push({ path, message: code });
}

const isRecord = (input: unknown): input is Record<PropertyKey, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** For objects and arrays: a missing one is `required`, anything else where one belongs `invalid-type`. */
const containerCode = (input: unknown): ValidationCode => (input === undefined ? 'required' : 'invalid-type');

/** A part of the payload: runs on one value, reports under `path`, returns the output. */
type Part = (input: unknown, path: Path, issues: Issues) => unknown;
type Shape = Readonly<Record<string, FieldRule | Part>>;

function runRule(rule: FieldRule, input: unknown, path: Path, issues: Issues): unknown {
  if (rule.presence !== 'required') {
    if (input === undefined) return rule.presence === 'default' ? rule.fallback : undefined;
    if (rule.presence === 'optional' && isBlank(input)) return undefined;
  }
  const result = rule.validate(input);
  if (result.ok) return result.value === undefined && rule.presence === 'default' ? rule.fallback : result.value;
  report(issues, path, result.code);
  return FAILED;
}

/**
 * An object of fields, read as the schema reads it: keys outside the shape are dropped, a
 * missing optional key stays missing, a missing defaulted one gets its default, a missing
 * required one is reported. `refine` runs on the output even when fields failed, so one
 * submit shows every problem.
 */
// @__NO_SIDE_EFFECTS__
function objectOf(shape: Shape, refine?: CrossCheck): Part {
  return (input, path, issues) => {
    if (!isRecord(input)) {
      report(issues, path, containerCode(input));
      // As the schema does: its cross-checks run on any object, so an array in an object's
      // place is read by them too (a resident's account given as `[]` also misses its KBe).
      if (typeof input === 'object' && input !== null) refine?.(input as Record<string, unknown>, path, issues);
      return input;
    }
    const value: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue;
      const field = shape[key]!;
      const present = key in input;
      const at = [...path, key];
      if (typeof field === 'function') {
        // A nested object or list is required.
        const before = issues.length;
        const out = field(input[key], at, issues);
        if (present) value[key] = out;
        else if (issues.length === before) report(issues, at, 'invalid-type');
        continue;
      }
      if (!present && field.presence === 'optional') continue;
      const before = issues.length;
      const out = runRule(field, input[key], at, issues);
      if (!present && field.presence === 'required') {
        if (issues.length === before) report(issues, at, 'invalid-type');
        continue;
      }
      if (out !== undefined || present || field.presence === 'default') value[key] = out;
    }
    refine?.(value, path, issues);
    return value;
  };
}

/** A list; `min` entries at least (fewer is `required`). */
// @__NO_SIDE_EFFECTS__
function listOf(element: Part, min = 0, refine?: (list: unknown[], path: Path, issues: Issues) => void): Part {
  return (input, path, issues) => {
    let value: unknown = input;
    if (!Array.isArray(input)) report(issues, path, containerCode(input));
    else value = input.map((item, index) => element(item, [...path, index], issues));
    // As zod's length check: it reads any value with a length, the list or what stood in its place.
    const length = value === undefined || value === null ? undefined : (value as { length?: unknown }).length;
    if (min > 0 && length !== undefined && !((length as number) >= min)) report(issues, path, 'required');
    if (refine && Array.isArray(value)) refine(value, path, issues);
    return value;
  };
}

// @__NO_SIDE_EFFECTS__
function literal(expected: string): FieldRule<string> {
  return required((input) => (input === expected ? ok(expected) : fail('invalid-choice')));
}

function run<T>(part: Part, input: unknown): RuleResult<T> {
  const issues: Issues = [];
  let data: unknown;
  try {
    data = part(input, [], issues);
  } catch {
    // A getter or proxy in the input threw: the payload is unreadable, an answer rather than an exception.
    report(issues, [], 'invalid-type');
  }
  return issues.length ? { success: false, error: { issues } } : { success: true, data: data as T };
}

// ————— Cross-field checks —————
// Shared with schemas.ts, whose `.check()` refinements run these same functions.

/**
 * A check across the fields of an object's output: it reports under `path` into `issues`.
 * Fields whose own validator failed are neither strings nor `undefined`, so checks skip them.
 */
export type CrossCheck = (value: Record<string, unknown>, path: Path, issues: Issues) => void;

/** The certificate's birth date and the IIN's must agree; a mismatch means a wrong IIN. */
export const checkBirthDate: CrossCheck = (user, path, issues) => {
  if (!valid(user.iin) || !valid(user.birthDate)) return;
  const parsed = parseIin(user.iin);
  if (parsed.ok && parsed.value.birthDate !== user.birthDate) report(issues, [...path, 'birthDate'], 'birth-date-mismatch');
};

/**
 * IBAN or account number by the country's practice, BIC of that country, KBe, dates in order.
 * An account with neither an IBAN nor an account number misses its IBAN even while its country
 * is missing or wrong: the number is missing either way.
 */
// @__NO_SIDE_EFFECTS__
export function checkBankAccount(resident: boolean): CrossCheck {
  return (account, path, issues) => {
    const country = valid(account.country) ? account.country : undefined;
    const needs = (field: BankAccountField) => bankAccountFieldRequired(field, { resident, country });
    if (country && valid(account.iban)) {
      const iban = validateIban(account.iban, { country });
      if (!iban.ok) report(issues, [...path, 'iban'], iban.code);
    } else if (account.iban === undefined) {
      if (needs('iban') && (country || account.accountNumber === undefined)) report(issues, [...path, 'iban'], 'required');
      else if (needs('accountNumber') && account.accountNumber === undefined) report(issues, [...path, 'accountNumber'], 'required');
    }
    if (country && valid(account.bic)) {
      const bic = validateBic(account.bic, { country });
      if (!bic.ok) report(issues, [...path, 'bic'], bic.code);
    }
    if (needs('kbe') && account.kbe === undefined) report(issues, [...path, 'kbe'], 'required');
    // ISO dates compare correctly as strings.
    if (valid(account.openedOn) && valid(account.closedOn) && account.closedOn < account.openedOn) {
      report(issues, [...path, 'closedOn'], 'date-order');
    }
  };
}

/** One account of a list may be the main one; flags after the first are errors. */
function checkMainAccountList(accounts: unknown[], path: Path, issues: Issues): void {
  let seen = false;
  accounts.forEach((account, index) => {
    if ((account as { isMain?: unknown } | undefined)?.isMain !== true) return;
    if (seen) report(issues, [...path, index, 'isMain'], 'bank-main-multiple');
    seen = true;
  });
}

/** One account of a registration may be the main one; flags after the first are errors. */
export const checkMainAccounts: CrossCheck = (registration, path, issues) => {
  const accounts = registration.bankAccounts;
  if (Array.isArray(accounts)) checkMainAccountList(accounts, [...path, 'bankAccounts'], issues);
};

/**
 * Which number fits which legal status: a legal entity has a BIN of a legal entity (4 or 5),
 * an entrepreneur their IIN or a joint-entrepreneurship BIN (6), a natural person an IIN.
 */
export function idNumberFitsStatus(status: LegalStatus, idNumber: string): ValidationCode | undefined {
  const kind = identifyNumber(idNumber);
  const bin = kind === 'bin' ? parseBin(idNumber) : undefined;
  const joint = bin?.ok && bin.value.kind === 'joint-entrepreneur';
  if (status === 'legal-entity') return kind === 'bin' && !joint ? undefined : 'bin-type';
  if (status === 'individual-entrepreneur') return kind === 'iin' || joint ? undefined : 'bin-type';
  return kind === 'iin' ? undefined : 'iin-is-bin';
}

/** A resident registration: one main account, and the company's number fits the legal status. */
export const checkResidentRegistrationFields: CrossCheck = (registration, path, issues) => {
  checkMainAccounts(registration, path, issues);
  const idNumber = (registration.company as { idNumber?: unknown } | undefined)?.idNumber;
  if (valid(registration.legalStatus) && valid(idNumber)) {
    const code = idNumberFitsStatus(registration.legalStatus as LegalStatus, idNumber);
    if (code) report(issues, [...path, 'company', 'idNumber'], code);
  }
};

// ————— The parts —————

const residentUser = objectOf(RESIDENT_USER_RULES, checkBirthDate);
const nonResidentUser = objectOf(NON_RESIDENT_USER_RULES);
const residentCompany = objectOf(RESIDENT_COMPANY_RULES);
const nonResidentCompany = objectOf(NON_RESIDENT_COMPANY_RULES);
const residentBankAccount = objectOf(RESIDENT_BANK_ACCOUNT_RULES, checkBankAccount(true));
const nonResidentBankAccount = objectOf(NON_RESIDENT_BANK_ACCOUNT_RULES, checkBankAccount(false));
/** A registration's accounts on their own (a bank editor's list): one at least, one main. */
const residentBankAccounts = listOf(residentBankAccount, 1, checkMainAccountList);
const nonResidentBankAccounts = listOf(nonResidentBankAccount, 1, checkMainAccountList);
const documentEntry = objectOf(DOCUMENT_MANIFEST_ENTRY_RULES);

const residentRegistration = objectOf(
  {
    kind: literal('resident'),
    legalStatus: LEGAL_STATUS_RULE,
    user: residentUser,
    company: residentCompany,
    bankAccounts: listOf(residentBankAccount, 1),
    documents: listOf(documentEntry),
  },
  checkResidentRegistrationFields,
);

const nonResidentRegistration = objectOf(
  {
    kind: literal('non-resident'),
    legalStatus: LEGAL_STATUS_RULE,
    user: nonResidentUser,
    company: nonResidentCompany,
    bankAccounts: listOf(nonResidentBankAccount, 1),
    documents: listOf(documentEntry),
  },
  checkMainAccounts,
);

// ————— Checks, one per schema —————

/** As `residentUserSchema.safeParse`. */
export const checkResidentUser = (input: unknown): RuleResult<ResidentUserData> => run(residentUser, input);
/** As `nonResidentUserSchema.safeParse`. */
export const checkNonResidentUser = (input: unknown): RuleResult<NonResidentUserData> => run(nonResidentUser, input);
/** As `residentCompanySchema.safeParse`. */
export const checkResidentCompany = (input: unknown): RuleResult<ResidentCompanyData> => run(residentCompany, input);
/** As `nonResidentCompanySchema.safeParse`. */
export const checkNonResidentCompany = (input: unknown): RuleResult<NonResidentCompanyData> =>
  run(nonResidentCompany, input);
/** As `residentBankAccountSchema.safeParse` / `nonResidentBankAccountSchema.safeParse`. */
export const checkBankAccountData = (input: unknown, resident: boolean): RuleResult<BankAccount> =>
  run(resident ? residentBankAccount : nonResidentBankAccount, input);
/**
 * A registration's `bankAccounts` on their own, as the registration checks them (one account at
 * least, each account, one main); issues are under the list (`[]`, `[1, 'iban']`).
 */
export const checkBankAccounts = (input: unknown, resident: boolean): RuleResult<BankAccount[]> =>
  run(resident ? residentBankAccounts : nonResidentBankAccounts, input);
/** As `documentManifestEntrySchema.safeParse`. */
export const checkDocumentManifestEntry = (input: unknown): RuleResult<DocumentManifestEntry> => run(documentEntry, input);
/** As `residentRegistrationSchema.safeParse`. */
export const checkResidentRegistration = (input: unknown): RuleResult<ResidentRegistration> =>
  run(residentRegistration, input);
/** As `nonResidentRegistrationSchema.safeParse`. */
export const checkNonResidentRegistration = (input: unknown): RuleResult<NonResidentRegistration> =>
  run(nonResidentRegistration, input);
