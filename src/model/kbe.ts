/**
 * KBe (код бенефициара), the beneficiary code printed with Kazakh bank details: two digits,
 * residency (1 resident, 2 non-resident) then the sector of the economy 1–9
 * (reference/kbe-sectors.ts). With the currency and the payment purpose code it forms the EKNP.
 */
import { readCompact } from './input.js';
import { booleanOption, stringOption } from './options.js';
import type { LegalStatus } from './registrant.js';
import type { KbeSector } from './reference/kbe-sectors.js';
import { fail, ok, type Result } from './result.js';

export interface KbeOptions {
  /** When given, the first digit must say the same (1 for residents, 2 for non-residents). */
  readonly resident?: boolean;
}

/**
 * The two-digit KBe, or why it is not one. ASCII digits only (`\d` without the `u` flag), so
 * full-width or Arabic-Indic digits fail. Options of the wrong type are ignored; never throws.
 */
export function validateKbe(input: unknown, options?: KbeOptions | null): Result<string> {
  const read = readCompact(input, 'kbe-format');
  if (!read.ok) return read;
  const kbe = read.value;
  if (!/^\d\d$/.test(kbe)) return fail('kbe-format');
  if (kbe[0] !== '1' && kbe[0] !== '2') return fail('kbe-residency');
  const resident = booleanOption(options, 'resident');
  if (resident !== undefined && (kbe[0] === '1') !== resident) return fail('kbe-residency');
  if (kbe[1] === '0') return fail('kbe-sector');
  return ok(kbe);
}

/** Splits a valid KBe into its parts. */
export function parseKbe(input: unknown): Result<{ readonly resident: boolean; readonly sector: KbeSector }> {
  const valid = validateKbe(input);
  return valid.ok ? ok({ resident: valid.value[0] === '1', sector: Number(valid.value[1]) as KbeSector }) : valid;
}

/**
 * The KBe most registrants of this kind have, to prefill the field: private companies
 * (ТОО/АО) are sector 7, entrepreneurs and individuals are households, sector 9. The user can
 * still change it: a state-owned company is 16, a bank 14.
 */
export function defaultKbe(options: { readonly resident: boolean; readonly legalStatus: LegalStatus }): string {
  // Unreadable options give the resident individual's 19 rather than an exception.
  const resident = booleanOption(options, 'resident') ?? true;
  return `${resident ? 1 : 2}${stringOption(options, 'legalStatus') === 'legal-entity' ? 7 : 9}`;
}
