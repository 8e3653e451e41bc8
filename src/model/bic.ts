/**
 * BIC / SWIFT code, ISO 9362: party prefix (4), country (2), location (2), optional branch (3).
 * There is no check digit, so validation is structural. ISO 9362:2014 allows digits in the
 * party prefix; Kazakhstan's non-SWIFT participants (the Treasury's KKMFKZ2A) use the same shape.
 */
import { asciiUpperCase, readCompact } from './input.js';
import { stringOption } from './options.js';
import { fail, ok, type Result } from './result.js';
import { isCountryCode } from './reference/countries.js';

export interface BicOptions {
  /** The bank's country; a BIC of another country fails with `bic-country-mismatch`. */
  readonly country?: string;
}

/**
 * The BIC upper-cased without spaces, or why it is not one. Options of the wrong type are
 * ignored; this never throws.
 */
export function validateBic(input: unknown, options?: BicOptions | null): Result<string> {
  const read = readCompact(input, 'bic-length');
  if (!read.ok) return read;
  // Letters are checked before they are upper-cased: 'HſBKKZKX'.toUpperCase() is a real BIC.
  if (!/^[A-Za-z0-9]+$/.test(read.value)) return fail('bic-format');
  const bic = asciiUpperCase(read.value);
  if (bic.length !== 8 && bic.length !== 11) return fail('bic-length');
  if (!/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) return fail('bic-format');
  const country = bic.slice(4, 6);
  // SWIFT also issues BICs for Kosovo under XK, a code ISO 3166 has not assigned.
  if (!isCountryCode(country) && country !== 'XK') return fail('bic-country');
  const expected = stringOption(options, 'country')?.trim();
  if (expected && asciiUpperCase(expected) !== country) return fail('bic-country-mismatch');
  return ok(bic);
}
