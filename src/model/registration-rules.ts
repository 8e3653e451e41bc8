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
import { validateCompanyIdentifier, validateCompanyName, validatePersonName } from './company-name.js';
import { validateText } from './text.js';
import { validateDate } from './date.js';
import {
  validateDocumentSlot,
  validateFileName,
  validateFileSize,
  validateFileType,
  validateSha256,
} from './document.js';
import { validateEmail } from './email.js';
import { identifyNumber, parseBin, parseIin, validateIin, validateIinOrBin } from './identification-number.js';
import { isBlank } from './input.js';
import { validatePhone } from './phone.js';
import { LEGAL_STATUSES, type LegalStatus } from './registrant.js';
import { validateCountry } from './reference/countries.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';
import { checkMainAccountList, nonResidentBankAccount, residentBankAccount } from './bank-account-rules.js';
import { listOf, literal, objectOf, oneOf, optional, report, required, run, valid, withDefault, type CrossCheck, type RuleResult } from './rule-kit.js';
import type {
  DocumentManifestEntry,
  NonResidentCompanyData,
  NonResidentRegistration,
  NonResidentUserData,
  ResidentCompanyData,
  ResidentRegistration,
  ResidentUserData,
} from './schemas.js';

// The bank accounts' rules and the machinery live apart (a bank editor loads those alone); the
// registration's public names stay here, where schemas.ts and the package root find them.
export {
  bankAccountFieldRequired,
  checkBankAccount,
  checkBankAccountData,
  checkBankAccounts,
  NON_RESIDENT_BANK_ACCOUNT_RULES,
  RESIDENT_BANK_ACCOUNT_RULES,
  type BankAccountField,
} from './bank-account-rules.js';
export type { CrossCheck, DefaultRule, FieldRule, FieldValidator, OptionalRule, Path, RequiredRule, RuleResult } from './rule-kit.js';

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

// ————— Cross-field checks —————
// Shared with schemas.ts, whose `.check()` refinements run these same functions.

/** The certificate's birth date and the IIN's must agree; a mismatch means a wrong IIN. */
export const checkBirthDate: CrossCheck = (user, path, issues) => {
  if (!valid(user.iin) || !valid(user.birthDate)) return;
  const parsed = parseIin(user.iin);
  if (parsed.ok && parsed.value.birthDate !== user.birthDate) report(issues, [...path, 'birthDate'], 'birth-date-mismatch');
};

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
/** As `documentManifestEntrySchema.safeParse`. */
export const checkDocumentManifestEntry = (input: unknown): RuleResult<DocumentManifestEntry> => run(documentEntry, input);
/** As `residentRegistrationSchema.safeParse`. */
export const checkResidentRegistration = (input: unknown): RuleResult<ResidentRegistration> =>
  run(residentRegistration, input);
/** As `nonResidentRegistrationSchema.safeParse`. */
export const checkNonResidentRegistration = (input: unknown): RuleResult<NonResidentRegistration> =>
  run(nonResidentRegistration, input);
