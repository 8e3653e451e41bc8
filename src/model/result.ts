/**
 * The shape every validator in the model returns, and the codes it may fail with.
 *
 * Validators answer with a code instead of a sentence so that the same rule can be shown in
 * English, Russian or Kazakh (see components/shared/validation-messages.ts), mapped from a
 * backend's 422 answer, and asserted in tests without depending on wording.
 */

/**
 * Every code a validator or schema can return. The list is runtime data (not only a type) so
 * that `issuesToFieldErrors` can tell our codes from anything else a schema library reports.
 * Codes are stable: renaming one breaks hosts that translate or log them.
 */
export const VALIDATION_CODES = [
  // Generic
  'required',
  'invalid-type',
  'invalid-choice',
  'text-length',
  'text-characters',
  'name-characters',
  'date-format',
  'date-order',
  // IIN (individual identification number)
  'iin-not-digits',
  'iin-length',
  'iin-is-bin',
  'iin-century',
  'iin-date',
  'iin-unassignable',
  'iin-checksum',
  'birth-date-mismatch',
  // BIN (business identification number)
  'bin-not-digits',
  'bin-length',
  'bin-type',
  'bin-attribute',
  'bin-month',
  'bin-unassignable',
  'bin-checksum',
  // IBAN and other account numbers
  'iban-format',
  'iban-length',
  'iban-country',
  'iban-country-mismatch',
  'iban-checksum',
  'iban-national-checksum',
  'account-number-format',
  // BIC / SWIFT
  'bic-length',
  'bic-format',
  'bic-country',
  'bic-country-mismatch',
  // KBe (beneficiary code)
  'kbe-format',
  'kbe-residency',
  'kbe-sector',
  // Contacts and credentials
  'phone-format',
  'phone-country-code',
  'phone-kz-range',
  'phone-kz-mobile',
  'email-format',
  'password-length',
  'password-classes',
  'password-mismatch',
  // Company
  'company-name-length',
  'company-name-ownership-form',
  'company-identifier-format',
  'country-code',
  'country-must-be-kz',
  'currency-code',
  // Bank accounts
  'bank-main-multiple',
  // Documents
  'document-slot',
  'file-name',
  'file-size',
  'file-empty',
  'file-type',
  'file-sha256',
  'document-issued-in-future',
  'document-too-old',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: ValidationCode };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ValidationCode): Result<T> => ({ ok: false, code });

// Pure: a bundle that never asks `isValidationCode` keeps neither the set nor the list of codes.
const codeSet: ReadonlySet<string> = /* @__PURE__ */ new Set(VALIDATION_CODES);

export function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && codeSet.has(value);
}
