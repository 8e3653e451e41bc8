/**
 * IBAN (ISO 13616) and plain account numbers. In Kazakhstan the IBAN is the account number
 * used at home ("ИИК"): KZ + 2 check digits + 3-digit bank code + 13 letters or digits.
 * Country lengths and BBAN patterns come from ibantools, which mirrors the SWIFT IBAN registry.
 */
import { countrySpecs, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { readCompact } from './input.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';

/** ISO 13616 caps an IBAN at 34 characters; so do account-number fields abroad. */
const MAX_LENGTH = 34;

/**
 * True when the country is in the SWIFT IBAN registry, so its bank accounts are written as
 * IBANs (KZ, RU, DE…). Elsewhere (US, CN, UZ, KG…) an account has a local number instead.
 */
export function countryUsesIban(country: unknown): boolean {
  return typeof country === 'string' && countrySpecs[country.toUpperCase()]?.IBANRegistry === true;
}

/** Our codes in the order a user should fix things: country, then length, then characters. */
const IBANTOOLS_CODES: ReadonlyArray<[ValidationErrorsIBAN, ValidationCode]> = [
  [ValidationErrorsIBAN.NoIBANCountry, 'iban-country'],
  [ValidationErrorsIBAN.WrongBBANLength, 'iban-length'],
  [ValidationErrorsIBAN.ChecksumNotNumber, 'iban-format'],
  [ValidationErrorsIBAN.WrongBBANFormat, 'iban-format'],
  [ValidationErrorsIBAN.WrongIBANChecksum, 'iban-checksum'],
  // A national check digit inside the BBAN (Belgium, France, Spain…): also a typo somewhere.
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum, 'iban-checksum'],
];

export interface IbanOptions {
  /** The bank's country (ISO 3166-1 alpha-2); the IBAN must start with it. */
  readonly country?: string;
}

/**
 * The IBAN in electronic form (no spaces, upper case), or why it is not one. With `country`,
 * an IBAN of another country fails with `iban-country-mismatch`.
 */
export function validateIban(input: unknown, options: IbanOptions = {}): Result<string> {
  const read = readCompact(input, 'iban-length');
  if (!read.ok) return read;
  const iban = read.value.toUpperCase();
  if (!/^[A-Z0-9]+$/.test(iban)) return fail('iban-format');
  if (iban.length > MAX_LENGTH) return fail('iban-length');
  if (!/^[A-Z]{2}/.test(iban) || !countryUsesIban(iban.slice(0, 2))) return fail('iban-country');
  const expected = options.country?.toUpperCase();
  if (expected && iban.slice(0, 2) !== expected) return fail('iban-country-mismatch');
  if (iban.length < 5) return fail('iban-length');
  const { errorCodes } = validateIBAN(iban);
  for (const [theirs, ours] of IBANTOOLS_CODES) if (errorCodes.includes(theirs)) return fail(ours);
  return ok(iban);
}

/** "KZ86125KZT5004100100" → "KZ86 125K ZT50 0410 0100"; any text is grouped, valid or not. */
export function formatIban(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * An account number in a country without IBAN (a US, Chinese or Uzbek account): letters and
 * digits, at most 34 after removing spaces and dashes, as SWIFT MT field 59 allows.
 */
export function validateAccountNumber(input: unknown): Result<string> {
  const read = readCompact(input, 'account-number-format');
  if (!read.ok) return read;
  const value = read.value.toUpperCase();
  return /^[A-Z0-9]{1,34}$/.test(value) ? ok(value) : fail('account-number-format');
}
