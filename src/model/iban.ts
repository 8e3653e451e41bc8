/**
 * IBAN (ISO 13616) and plain account numbers. In Kazakhstan the IBAN is the account number
 * used at home ("ИИК"): KZ + 2 check digits + 3-digit bank code + 13 letters or digits.
 * Country lengths and BBAN structures come from the SWIFT IBAN registry (iban-registry.ts).
 */
import { IBAN_REGISTRY } from './iban-registry.js';
import { readCompact } from './input.js';
import { fail, ok, type Result } from './result.js';

/** ISO 13616 caps an IBAN at 34 characters; so do account-number fields abroad. */
const MAX_LENGTH = 34;

const CHARACTER_CLASSES: Record<string, string> = { n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' };

/** Country → IBAN length and BBAN pattern, built once from the registry's compact notation. */
let registry: Map<string, { length: number; bban: RegExp }> | undefined;
function ibanCountry(country: string) {
  registry ??= new Map(
    IBAN_REGISTRY.split(' ').map((entry) => {
      const bban = entry.slice(4).replace(/(\d+)([nac])/g, (_, count, kind) => `${CHARACTER_CLASSES[kind]}{${count}}`);
      return [entry.slice(0, 2), { length: Number(entry.slice(2, 4)), bban: new RegExp(`^${bban}$`) }];
    }),
  );
  return registry.get(country);
}

/**
 * True when the country is in the SWIFT IBAN registry, so its bank accounts are written as
 * IBANs (KZ, RU, DE…). Elsewhere (US, CN, UZ, KG…) an account has a local number instead.
 */
export function countryUsesIban(country: unknown): boolean {
  return typeof country === 'string' && ibanCountry(country.toUpperCase()) !== undefined;
}

/** ISO 7064 MOD 97-10 over the rearranged IBAN, in chunks small enough for plain numbers. */
function ibanRemainder(iban: string): number {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  return remainder;
}

export interface IbanOptions {
  /** The bank's country (ISO 3166-1 alpha-2); the IBAN must start with it. */
  readonly country?: string;
}

/**
 * The IBAN in electronic form (no spaces, upper case), or why it is not one, in the order a
 * user should fix things: country, then length, then characters, then the check digits. With
 * `country`, an IBAN of another country fails with `iban-country-mismatch`. National check
 * digits inside some BBANs (Belgium, France…) are left to the bank: mod-97 already catches the
 * typos a person makes.
 */
export function validateIban(input: unknown, options: IbanOptions = {}): Result<string> {
  const read = readCompact(input, 'iban-length');
  if (!read.ok) return read;
  const iban = read.value.toUpperCase();
  if (!/^[A-Z0-9]+$/.test(iban)) return fail('iban-format');
  if (iban.length > MAX_LENGTH) return fail('iban-length');
  const spec = /^[A-Z]{2}/.test(iban) ? ibanCountry(iban.slice(0, 2)) : undefined;
  if (!spec) return fail('iban-country');
  const expected = options.country?.toUpperCase();
  if (expected && iban.slice(0, 2) !== expected) return fail('iban-country-mismatch');
  if (iban.length !== spec.length) return fail('iban-length');
  if (!/^[0-9]{2}$/.test(iban.slice(2, 4)) || !spec.bban.test(iban.slice(4))) return fail('iban-format');
  return ibanRemainder(iban) === 1 ? ok(iban) : fail('iban-checksum');
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
