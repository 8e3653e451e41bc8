/**
 * zod schemas for what the registration sends: user, company, bank accounts, document manifest,
 * and the whole payload for residents and non-residents.
 *
 * Every field runs one of the model's validators, so a schema and a form field can never
 * disagree, parsing returns normalised values (trimmed, upper-cased, E.164…), and each issue's
 * message is one of our ValidationCodes rather than zod's English: turn issues into
 * `{ 'bankAccounts.0.iban': 'iban-checksum' }` with issuesToFieldErrors (field-errors.ts).
 * zod/mini keeps the schemas tree-shakable (the parts used here are about 7 kB gzipped).
 * Schemas built with `.check()` are marked pure, so a bundle that reaches this module through
 * the model's index without using a schema (the forms check with registration-rules.ts, the
 * same rules without zod) drops them, and zod with them.
 */
import * as z from 'zod/mini';
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
import { countryUsesIban, validateAccountNumber, validateIban } from './iban.js';
import { validateBic } from './bic.js';
import { identifyNumber, parseBin, parseIin, validateIin, validateIinOrBin } from './identification-number.js';
import { isBlank } from './input.js';
import { validateKbe } from './kbe.js';
import { validatePassword } from './password.js';
import { validatePhone } from './phone.js';
import { LEGAL_STATUSES, type LegalStatus } from './registrant.js';
import { ACCOUNT_TYPES, type AccountType } from './reference/account-types.js';
import { validateCountry } from './reference/countries.js';
import { validateCurrency } from './reference/currencies.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';

type Validator<T> = (input: unknown) => Result<T>;

/** A field checked by one of our validators; its output is the validator's normalised value. */
function rule<T>(validate: Validator<T>) {
  return z.pipe(
    z.unknown(),
    z.transform((input: unknown, payload): T => {
      const result = validate(input);
      if (result.ok) return result.value;
      payload.issues.push({ code: 'custom', message: result.code, input });
      return z.NEVER;
    }),
  );
}

/** A field that may be left empty ('' and blanks count as empty, as a cleared input sends them). */
function optionalRule<T>(validate: Validator<T>) {
  return z.optional(rule((input) => (isBlank(input) ? ok(undefined) : validate(input))));
}

function oneOf<const T extends string>(values: readonly T[]): Validator<T> {
  return (input) =>
    isBlank(input) ? fail('required') : (values as readonly unknown[]).includes(input) ? ok(input as T) : fail('invalid-choice');
}

/** For objects and arrays: a missing one is `required`, anything else where one belongs `invalid-type`. */
const container = { error: (issue: { readonly input?: unknown }) => (issue.input === undefined ? 'required' : 'invalid-type') };

/** Cross-field checks run even when other fields failed, so one submit shows every problem. */
const always = { when: (payload: { readonly value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

type Context = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; input: unknown }): void };
function report(payload: Context, path: PropertyKey[], code: ValidationCode): void {
  payload.addIssue({ code: 'custom', message: code, path, input: undefined });
}

/** A field's output is a string only when its own validator accepted it. */
const valid = (value: unknown): value is string => typeof value === 'string';

// ————— User —————

const residentPhone = rule((input) => validatePhone(input, { resident: true }));
const residentMobile = rule((input) => validatePhone(input, { resident: true, mobile: true }));
const foreignPhone = rule((input) => validatePhone(input, { resident: false }));

export const residentUserSchema = /* @__PURE__ */ z
  .object(
    {
      /** From the certificate, read-only in the form. */
      iin: rule(validateIin),
      surname: rule(validatePersonName),
      name: rule(validatePersonName),
      patronymic: optionalRule(validatePersonName),
      birthDate: optionalRule(validateDate),
      /** Residents give a Kazakh mobile: it is the number portals text. */
      phone: residentMobile,
      email: rule(validateEmail),
      /** Only where the portal uses passwords (seed 001); never stored in drafts. */
      password: optionalRule(validatePassword),
    },
    container,
  )
  .check(
    z.superRefine((user, payload) => {
      // The certificate's birth date and the IIN's must agree; a mismatch means a wrong IIN.
      if (!valid(user.iin) || !valid(user.birthDate)) return;
      const parsed = parseIin(user.iin);
      if (parsed.ok && parsed.value.birthDate !== user.birthDate) report(payload, ['birthDate'], 'birth-date-mismatch');
    }, always),
  );

export const nonResidentUserSchema = z.object(
  {
    /** Optional: not every naming tradition has a surname. */
    surname: optionalRule(validatePersonName),
    name: rule(validatePersonName),
    patronymic: optionalRule(validatePersonName),
    phone: foreignPhone,
    email: rule(validateEmail),
    password: optionalRule(validatePassword),
  },
  container,
);

// ————— Company —————

export const residentCompanySchema = z.object(
  {
    /** BIN, or the owner's IIN for an entrepreneur; which one is allowed depends on legalStatus. */
    idNumber: rule(validateIinOrBin),
    /** Without the ownership form (seed 002); the UI warns with detectOwnershipForm. */
    name: rule(validateCompanyName),
    nameKk: optionalRule(validateCompanyName),
    nameRu: optionalRule(validateCompanyName),
    registrationDate: optionalRule(validateDate),
    registrationNumber: optionalRule((input) => validateText(input, 100)),
    registeringAuthority: optionalRule((input) => validateText(input, 255)),
    /** Always Kazakhstan; may be left out. */
    country: z._default(
      rule((input): Result<'KZ'> => {
        if (isBlank(input)) return ok('KZ');
        const country = validateCountry(input);
        return !country.ok ? country : country.value === 'KZ' ? ok('KZ') : fail('country-must-be-kz');
      }),
      'KZ',
    ),
    phone: residentPhone,
    email: rule(validateEmail),
    legalAddress: rule((input) => validateText(input, 500)),
  },
  container,
);

export const nonResidentCompanySchema = z.object(
  {
    /** The home country's registration or tax number. */
    identifier: rule(validateCompanyIdentifier),
    name: rule(validateCompanyName),
    country: rule(validateCountry),
    phone: foreignPhone,
    email: rule(validateEmail),
    legalAddress: rule((input) => validateText(input, 500)),
  },
  container,
);

// ————— Bank account —————

function bankAccountSchema(resident: boolean) {
  return /* @__PURE__ */ z
    .object(
      {
        country: rule(validateCountry),
        bankName: rule((input) => validateText(input, 255)),
        bic: rule(validateBic),
        /** Required where the country uses IBANs; see the check below. */
        iban: optionalRule(validateIban),
        /** The local account number where the country has no IBAN (US, CN, UZ, KG…). */
        accountNumber: optionalRule(validateAccountNumber),
        /** Required from residents (checked below), optional from non-residents (seed 000). */
        kbe: optionalRule((input) => validateKbe(input, { resident })),
        accountType: rule(oneOf<AccountType>(ACCOUNT_TYPES)),
        currency: rule(validateCurrency),
        openedOn: rule(validateDate),
        closedOn: optionalRule(validateDate),
        /** At most one account per registration is the main one. */
        isMain: z._default(rule((input) => (typeof input === 'boolean' ? ok(input) : fail('invalid-type'))), false),
      },
      container,
    )
    .check(
      z.superRefine((account, payload) => {
        if (valid(account.country)) {
          const country = account.country;
          if (valid(account.iban)) {
            const iban = validateIban(account.iban, { country });
            if (!iban.ok) report(payload, ['iban'], iban.code);
          } else if (account.iban === undefined) {
            if (countryUsesIban(country)) report(payload, ['iban'], 'required');
            else if (account.accountNumber === undefined) report(payload, ['accountNumber'], 'required');
          }
          if (valid(account.bic)) {
            const bic = validateBic(account.bic, { country });
            if (!bic.ok) report(payload, ['bic'], bic.code);
          }
        }
        if (resident && account.kbe === undefined) report(payload, ['kbe'], 'required');
        // ISO dates compare correctly as strings.
        if (valid(account.openedOn) && valid(account.closedOn) && account.closedOn < account.openedOn) {
          report(payload, ['closedOn'], 'date-order');
        }
      }, always),
    );
}

export const residentBankAccountSchema = bankAccountSchema(true);
export const nonResidentBankAccountSchema = bankAccountSchema(false);

// ————— Documents —————

export const documentManifestEntrySchema = z.object(
  {
    /** The uploader's slot id, e.g. `state-registration`, `charter`, `other`. */
    slot: rule(validateDocumentSlot),
    fileName: rule(validateFileName),
    /** Bytes. */
    size: rule(validateFileSize),
    /** MIME type, e.g. `application/pdf`. */
    type: rule(validateFileType),
    /** Hex SHA-256 of the file's bytes, so the backend can match the uploaded part. */
    sha256: rule(validateSha256),
  },
  container,
);

// ————— Registration —————

const legalStatus = rule(oneOf<LegalStatus>(LEGAL_STATUSES));

/** One account may be the main one; flags after the first are errors. */
function checkMainAccounts(accounts: unknown, payload: Context): void {
  if (!Array.isArray(accounts)) return;
  let seen = false;
  accounts.forEach((account: { isMain?: unknown } | undefined, index) => {
    if (account?.isMain !== true) return;
    if (seen) report(payload, ['bankAccounts', index, 'isMain'], 'bank-main-multiple');
    seen = true;
  });
}

/**
 * Which number fits which legal status: a legal entity has a BIN of a legal entity (4 or 5),
 * an entrepreneur their IIN or a joint-entrepreneurship BIN (6), a natural person an IIN.
 */
function idNumberCode(status: LegalStatus, idNumber: string): ValidationCode | undefined {
  const kind = identifyNumber(idNumber);
  const bin = kind === 'bin' ? parseBin(idNumber) : undefined;
  const joint = bin?.ok && bin.value.kind === 'joint-entrepreneur';
  if (status === 'legal-entity') return kind === 'bin' && !joint ? undefined : 'bin-type';
  if (status === 'individual-entrepreneur') return kind === 'iin' || joint ? undefined : 'bin-type';
  return kind === 'iin' ? undefined : 'iin-is-bin';
}

const registrationFields = {
  documents: z.array(documentManifestEntrySchema, container),
};
const atLeastOne = z.minLength(1, { error: 'required' });

export const residentRegistrationSchema = /* @__PURE__ */ z
  .object(
    {
      kind: z.literal('resident'),
      legalStatus,
      user: residentUserSchema,
      company: residentCompanySchema,
      bankAccounts: z.array(residentBankAccountSchema, container).check(atLeastOne),
      ...registrationFields,
    },
    container,
  )
  .check(
    z.superRefine((registration, payload) => {
      checkMainAccounts(registration.bankAccounts, payload);
      const idNumber = (registration.company as { idNumber?: unknown } | undefined)?.idNumber;
      if (valid(registration.legalStatus) && valid(idNumber)) {
        const code = idNumberCode(registration.legalStatus, idNumber);
        if (code) report(payload, ['company', 'idNumber'], code);
      }
    }, always),
  );

export const nonResidentRegistrationSchema = /* @__PURE__ */ z
  .object(
    {
      kind: z.literal('non-resident'),
      legalStatus,
      user: nonResidentUserSchema,
      company: nonResidentCompanySchema,
      bankAccounts: z.array(nonResidentBankAccountSchema, container).check(atLeastOne),
      ...registrationFields,
    },
    container,
  )
  .check(z.superRefine((registration, payload) => checkMainAccounts(registration.bankAccounts, payload), always));

/** The whole registration; `kind` picks the resident or the non-resident shape. */
export const registrationSchema = z.discriminatedUnion(
  'kind',
  [residentRegistrationSchema, nonResidentRegistrationSchema],
  // Reached for a missing or unknown `kind`, or when the payload is not an object at all.
  // (Typed as a union issue, but a non-object payload arrives here as `invalid_type`.)
  {
    error: (issue) =>
      (issue.code as string) === 'invalid_type'
        ? issue.input === undefined
          ? 'required'
          : 'invalid-type'
        : (issue.input as { kind?: unknown }).kind === undefined
          ? 'required'
          : 'invalid-choice',
  },
);

export type ResidentUserData = z.output<typeof residentUserSchema>;
export type NonResidentUserData = z.output<typeof nonResidentUserSchema>;
export type UserData = ResidentUserData | NonResidentUserData;
export type ResidentCompanyData = z.output<typeof residentCompanySchema>;
export type NonResidentCompanyData = z.output<typeof nonResidentCompanySchema>;
export type CompanyData = ResidentCompanyData | NonResidentCompanyData;
export type BankAccount = z.output<typeof residentBankAccountSchema>;
export type DocumentManifestEntry = z.output<typeof documentManifestEntrySchema>;
export type ResidentRegistration = z.output<typeof residentRegistrationSchema>;
export type NonResidentRegistration = z.output<typeof nonResidentRegistrationSchema>;
export type RegistrationPayload = z.output<typeof registrationSchema>;
