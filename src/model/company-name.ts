/** Company names, people's names and foreign companies' identifiers. */
import { collapseSpaces, CONTROL_CHARACTERS, readString } from './input.js';
import { booleanOption } from './options.js';
import { detectOwnershipForm } from './ownership-form.js';
import { fail, ok, type Result } from './result.js';

export const COMPANY_NAME_MAX_LENGTH = 255;

export interface CompanyNameOptions {
  /**
   * Refuse names that contain an ownership form ("ТОО", "LLP"…). Off by default: the form is a
   * warning in the UI (detectOwnershipForm), because a word like "Limited" can be part of a
   * registered name and only the user knows.
   */
  readonly rejectOwnershipForm?: boolean;
}

/**
 * The name with runs of spaces collapsed, or why it cannot be a company name. Options of the
 * wrong type are ignored; this never throws.
 */
export function validateCompanyName(input: unknown, options?: CompanyNameOptions | null): Result<string> {
  const read = readString(input, 'company-name-length');
  if (!read.ok) return read;
  const name = collapseSpaces(read.value);
  if ([...name].length < 2 || name.length > COMPANY_NAME_MAX_LENGTH) return fail('company-name-length');
  if (CONTROL_CHARACTERS.test(name) || !/[\p{L}\p{N}]/u.test(name)) return fail('text-characters');
  if (booleanOption(options, 'rejectOwnershipForm') && detectOwnershipForm(name)) return fail('company-name-ownership-form');
  return ok(name);
}

/**
 * A person's surname, name or patronymic: letters of any script with the spaces, hyphens,
 * apostrophes and dots that real names contain (Жақсыбай-Нұр, O'Brien, St. John).
 */
export function validatePersonName(input: unknown): Result<string> {
  const read = readString(input, 'text-length');
  if (!read.ok) return read;
  const name = collapseSpaces(read.value);
  if (name.length > 100) return fail('text-length');
  if (!/^\p{L}[\p{L}\p{M} .'’ʼ-]*$/u.test(name)) return fail('name-characters');
  return ok(name);
}

/**
 * A foreign company's registration or tax number as its home country writes it: letters,
 * digits and the usual separators, up to 50 characters. Kept as typed, since formats vary.
 */
export function validateCompanyIdentifier(input: unknown): Result<string> {
  const read = readString(input, 'company-identifier-format');
  if (!read.ok) return read;
  const value = collapseSpaces(read.value);
  return value.length <= 50 && /^[\p{L}\p{N}](?:[\p{L}\p{N} ./-]*[\p{L}\p{N}])?$/u.test(value)
    ? ok(value)
    : fail('company-identifier-format');
}
