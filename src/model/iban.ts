/**
 * IBAN (ISO 13616) and plain account numbers. In Kazakhstan the IBAN is the account number
 * used at home ("ИИК"): KZ + 2 check digits + 3-digit bank code + 13 letters or digits.
 * Country lengths and BBAN structures come from the SWIFT IBAN registry (iban-registry.ts).
 *
 * Two levels of checking:
 * - `validateIban`, synchronous and small: characters, country, length, BBAN shape, check
 *   digits 02–98 and mod-97. That is all a Kazakh IBAN has.
 * - national check digits inside the BBAN of 17 European countries (Belgium, France, Spain…):
 *   iban-national.ts, loaded on demand by `validateIbanFully` or `loadNationalIbanCheck`.
 */
import { IBAN_NATIONAL_CHECK_COUNTRIES, IBAN_REGISTRY } from './iban-registry.js';
import { asciiUpperCase, readCompact } from './input.js';
import { functionOption, stringOption } from './options.js';
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
  return typeof country === 'string' && ibanCountry(asciiUpperCase(country)) !== undefined;
}

const nationalCountries = new Set(IBAN_NATIONAL_CHECK_COUNTRIES.split(' '));

/**
 * True when the country's BBAN carries national check digits (BA BE CZ EE ES FR HR HU MC ME
 * MK NO PL PT RS SI SK), which only the lazily loaded check verifies. False for Kazakhstan.
 */
export function countryHasNationalIbanCheck(country: unknown): boolean {
  return typeof country === 'string' && nationalCountries.has(asciiUpperCase(country));
}

/** ISO 7064 MOD 97-10 over the rearranged IBAN, in chunks small enough for plain numbers. */
function ibanRemainder(iban: string): number {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  return remainder;
}

/**
 * A national check: true when the national check digits of an IBAN in electronic form agree.
 * `loadNationalIbanCheck()` gives ours.
 */
export type NationalIbanCheck = (iban: string) => boolean;

export interface IbanOptions {
  /** The bank's country (ISO 3166-1 alpha-2); the IBAN must start with it. */
  readonly country?: string;
  /**
   * Also check the national check digits, synchronously, with the function that
   * `loadNationalIbanCheck()` resolved with; a failure is `iban-national-checksum`.
   */
  readonly nationalCheck?: NationalIbanCheck;
}

/**
 * The IBAN in electronic form (no spaces, upper case), or why it is not one, in the order a
 * user should fix things: characters, country, then length, then shape, then the check digits
 * (02–98, ISO 13616; 00, 01 and 99 are never issued), then the national check digits when a
 * `nationalCheck` is given. With `country`, an IBAN of another country fails with
 * `iban-country-mismatch`. Options of the wrong type are ignored; this never throws.
 */
export function validateIban(input: unknown, options?: IbanOptions | null): Result<string> {
  const read = readCompact(input, 'iban-length');
  if (!read.ok) return read;
  // Letters are checked before they are upper-cased: 'ß'.toUpperCase() is 'SS'.
  if (!/^[A-Za-z0-9]+$/.test(read.value)) return fail('iban-format');
  const iban = asciiUpperCase(read.value);
  if (iban.length > MAX_LENGTH) return fail('iban-length');
  const spec = /^[A-Z]{2}/.test(iban) ? ibanCountry(iban.slice(0, 2)) : undefined;
  if (!spec) return fail('iban-country');
  const expected = stringOption(options, 'country')?.trim();
  if (expected && iban.slice(0, 2) !== asciiUpperCase(expected)) return fail('iban-country-mismatch');
  if (iban.length !== spec.length) return fail('iban-length');
  if (!/^[0-9]{2}$/.test(iban.slice(2, 4)) || !spec.bban.test(iban.slice(4))) return fail('iban-format');
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98 || ibanRemainder(iban) !== 1) return fail('iban-checksum');
  const nationalCheck = functionOption<NationalIbanCheck>(options, 'nationalCheck');
  if (nationalCheck && nationalCountries.has(iban.slice(0, 2)) && !passes(nationalCheck, iban)) {
    return fail('iban-national-checksum');
  }
  return ok(iban);
}

/** A host's check that throws counts as no check: the IBAN's own check digits have passed. */
function passes(check: NationalIbanCheck, iban: string): boolean {
  try {
    return check(iban) !== false;
  } catch {
    return true;
  }
}

let nationalLoading: Promise<NationalIbanCheck | undefined> | undefined;

/**
 * The national check, loaded once (a chunk of its own, under 1 kB gzipped). Resolves with
 * `undefined`, never rejects, when the chunk cannot be loaded (offline); the next call tries again.
 */
export function loadNationalIbanCheck(): Promise<NationalIbanCheck | undefined> {
  return (nationalLoading ??= import('./iban-national.js').then(
    (module) => module.checkIbanNationalDigits,
    () => {
      nationalLoading = undefined;
      return undefined;
    },
  ));
}

/**
 * `validateIban` with the national check digits too. Countries without them (Kazakhstan among
 * them) are answered without loading anything. When the national check cannot be loaded, the
 * answer is `validateIban`'s: the digits it could check were right. Never rejects.
 */
export async function validateIbanFully(input: unknown, options?: IbanOptions | null): Promise<Result<string>> {
  const result = validateIban(input, options);
  if (!result.ok || !nationalCountries.has(result.value.slice(0, 2))) return result;
  const nationalCheck = await loadNationalIbanCheck();
  return nationalCheck && !nationalCheck(result.value) ? fail('iban-national-checksum') : result;
}

/** "KZ86125KZT5004100100" → "KZ86 125K ZT50 0410 0100"; any text is grouped, valid or not. */
export function formatIban(input: unknown): string {
  if (typeof input !== 'string') return '';
  return asciiUpperCase(input.replace(/[\s-]+/g, '')).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * An account number in a country without IBAN (a US, Chinese or Uzbek account): letters and
 * digits, at most 34 after removing spaces and dashes, as SWIFT MT field 59 allows.
 */
export function validateAccountNumber(input: unknown): Result<string> {
  const read = readCompact(input, 'account-number-format');
  if (!read.ok) return read;
  return /^[A-Za-z0-9]{1,34}$/.test(read.value) ? ok(asciiUpperCase(read.value)) : fail('account-number-format');
}
