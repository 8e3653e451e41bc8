/**
 * zod schemas for what the registration sends: user, company, bank accounts, document manifest,
 * and the whole payload for residents and non-residents.
 *
 * The schemas are built from the rule tables of registration-rules.ts (which validator checks
 * each field, whether it may be left out, what it defaults to), and their refinements run that
 * module's cross-field checks, so no field or rule is written twice. Every field runs one of the
 * model's validators, so a schema and a form field can never disagree, parsing returns
 * normalised values (trimmed, upper-cased, E.164…), and each issue's message is one of our
 * ValidationCodes rather than zod's English: turn issues into
 * `{ 'bankAccounts.0.iban': 'iban-checksum' }` with issuesToFieldErrors (field-errors.ts).
 * zod/mini keeps the schemas tree-shakable (the parts used here are about 7 kB gzipped).
 * Schema construction is marked pure, so a bundle that reaches this module through the model's
 * index without using a schema (the forms check with registration-rules.ts alone) drops the
 * schemas, and zod with them.
 */
import * as z from 'zod/mini';
import type { SchemaIssue } from './field-errors.js';
import { isBlank } from './input.js';
import {
  checkBankAccount,
  checkBirthDate,
  checkMainAccounts,
  checkResidentRegistrationFields,
  DOCUMENT_MANIFEST_ENTRY_RULES,
  LEGAL_STATUS_RULE,
  NON_RESIDENT_BANK_ACCOUNT_RULES,
  NON_RESIDENT_COMPANY_RULES,
  NON_RESIDENT_USER_RULES,
  RESIDENT_BANK_ACCOUNT_RULES,
  RESIDENT_COMPANY_RULES,
  RESIDENT_USER_RULES,
  type CrossCheck,
  type DefaultRule,
  type FieldRule,
  type OptionalRule,
} from './registration-rules.js';
import { ok, type Result } from './result.js';

type Validator<T> = (input: unknown) => Result<T>;

/** A field checked by one of our validators; its output is the validator's normalised value. */
// @__NO_SIDE_EFFECTS__
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
// @__NO_SIDE_EFFECTS__
function optionalRule<T>(validate: Validator<T>) {
  return z.optional(rule((input) => (isBlank(input) ? ok(undefined) : validate(input))));
}

/** A field that takes `fallback` when it is left out. */
// @__NO_SIDE_EFFECTS__
function defaultRule<T>(validate: Validator<T>, fallback: T) {
  // zod types the default as the pipe's output, which is `T` here.
  return z._default(rule(validate), fallback as never);
}

/** The zod schema of one entry of a rule table. */
type FieldSchema<R> =
  R extends DefaultRule<infer T>
    ? ReturnType<typeof defaultRule<T>>
    : R extends OptionalRule<infer T>
      ? ReturnType<typeof optionalRule<T>>
      : R extends FieldRule<infer T>
        ? ReturnType<typeof rule<T>>
        : never;

// @__NO_SIDE_EFFECTS__
function fieldSchema<R extends FieldRule>(field: R): FieldSchema<R>;
function fieldSchema(field: FieldRule) {
  if (field.presence === 'default') return defaultRule(field.validate, field.fallback);
  return field.presence === 'optional' ? optionalRule(field.validate) : rule(field.validate);
}

/** A rule table as a zod object's shape: one schema per field, in the table's order. */
// @__NO_SIDE_EFFECTS__
function shapeOf<R extends Readonly<Record<string, FieldRule>>>(rules: R): { -readonly [K in keyof R]: FieldSchema<R[K]> } {
  const shape: Record<string, unknown> = {};
  for (const key of Object.keys(rules)) shape[key] = fieldSchema(rules[key]!);
  return shape as { -readonly [K in keyof R]: FieldSchema<R[K]> };
}

/** For objects and arrays: a missing one is `required`, anything else where one belongs `invalid-type`. */
const container = { error: (issue: { readonly input?: unknown }) => (issue.input === undefined ? 'required' : 'invalid-type') };

/**
 * A refinement running one of registration-rules.ts's cross-field checks, each of its issues
 * reported as ours. It runs even when other fields failed, so one submit shows every problem.
 */
// @__NO_SIDE_EFFECTS__
function crossCheck<T extends object>(check: CrossCheck) {
  return z.superRefine<T>(
    (value, payload) => {
      const issues: SchemaIssue[] = [];
      check(value as Record<string, unknown>, [], issues);
      for (const { path, message } of issues) payload.addIssue({ code: 'custom', message, path: [...path], input: undefined });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

// ————— User —————

export const residentUserSchema = /* @__PURE__ */ z
  .object(/* @__PURE__ */ shapeOf(RESIDENT_USER_RULES), container)
  .check(/* @__PURE__ */ crossCheck(checkBirthDate));

export const nonResidentUserSchema = /* @__PURE__ */ z.object(/* @__PURE__ */ shapeOf(NON_RESIDENT_USER_RULES), container);

// ————— Company —————

export const residentCompanySchema = /* @__PURE__ */ z.object(/* @__PURE__ */ shapeOf(RESIDENT_COMPANY_RULES), container);

export const nonResidentCompanySchema = /* @__PURE__ */ z.object(
  /* @__PURE__ */ shapeOf(NON_RESIDENT_COMPANY_RULES),
  container,
);

// ————— Bank account —————

export const residentBankAccountSchema = /* @__PURE__ */ z
  .object(/* @__PURE__ */ shapeOf(RESIDENT_BANK_ACCOUNT_RULES), container)
  .check(/* @__PURE__ */ crossCheck(/* @__PURE__ */ checkBankAccount(true)));
export const nonResidentBankAccountSchema = /* @__PURE__ */ z
  .object(/* @__PURE__ */ shapeOf(NON_RESIDENT_BANK_ACCOUNT_RULES), container)
  .check(/* @__PURE__ */ crossCheck(/* @__PURE__ */ checkBankAccount(false)));

// ————— Documents —————

export const documentManifestEntrySchema = /* @__PURE__ */ z.object(
  /* @__PURE__ */ shapeOf(DOCUMENT_MANIFEST_ENTRY_RULES),
  container,
);

// ————— Registration —————

const legalStatus = /* @__PURE__ */ fieldSchema(LEGAL_STATUS_RULE);
const atLeastOne = /* @__PURE__ */ z.minLength(1, { error: 'required' });

export const residentRegistrationSchema = /* @__PURE__ */ z
  .object(
    {
      kind: z.literal('resident'),
      legalStatus,
      user: residentUserSchema,
      company: residentCompanySchema,
      bankAccounts: z.array(residentBankAccountSchema, container).check(atLeastOne),
      documents: z.array(documentManifestEntrySchema, container),
    },
    container,
  )
  .check(/* @__PURE__ */ crossCheck(checkResidentRegistrationFields));

export const nonResidentRegistrationSchema = /* @__PURE__ */ z
  .object(
    {
      kind: z.literal('non-resident'),
      legalStatus,
      user: nonResidentUserSchema,
      company: nonResidentCompanySchema,
      bankAccounts: z.array(nonResidentBankAccountSchema, container).check(atLeastOne),
      documents: z.array(documentManifestEntrySchema, container),
    },
    container,
  )
  .check(/* @__PURE__ */ crossCheck(checkMainAccounts));

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
