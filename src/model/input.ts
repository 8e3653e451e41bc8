/**
 * Reading raw input. Values arrive from text fields, pasted clipboards, drafts and JSON, so a
 * validator may get anything; these helpers turn "anything" into a trimmed string or a code.
 */
import { fail, ok, type Result, type ValidationCode } from './result.js';

/**
 * Longest raw input any validator looks at. Every rule in the model is about strings far
 * shorter than this; refusing early keeps regular expressions away from megabyte pastes.
 */
export const MAX_INPUT_LENGTH = 1000;

/** Whitespace, NBSP included (`\s` covers it), and every dash a word processor may paste. */
const SEPARATORS = /[\s\u00ad\u2010-\u2015\u2212-]+/g;

/** `undefined`, `null` and blank strings mean "nothing entered". */
export function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * The input as a trimmed, non-empty string; `tooLong` is returned for strings over
 * MAX_INPUT_LENGTH so that the caller's own "wrong length" code is what the user sees.
 */
export function readString(input: unknown, tooLong: ValidationCode = 'text-length'): Result<string> {
  if (input === undefined || input === null) return fail('required');
  if (typeof input !== 'string') return fail('invalid-type');
  if (input.length > MAX_INPUT_LENGTH) return fail(tooLong);
  const value = input.trim();
  return value ? ok(value) : fail('required');
}

/** A trimmed string without spaces and dashes: "9001 0130-0017" → "900101300017". */
export function readCompact(input: unknown, tooLong: ValidationCode): Result<string> {
  const read = readString(input, tooLong);
  if (!read.ok) return read;
  const value = read.value.replace(SEPARATORS, '');
  return value ? ok(value) : fail('required');
}

/**
 * Upper case for codes (IBAN, BIC, country, currency), touching ASCII letters only.
 * `toUpperCase()` turns ß into SS, ſ into S, ﬁ into FI and the dotless ı into I, which would let
 * a look-alike through the code's ASCII pattern; left as they are, they fail it.
 */
export function asciiUpperCase(value: string): string {
  return value.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** Lower case touching ASCII letters only (the Kelvin sign's `toLowerCase()` is a plain k). */
export function asciiLowerCase(value: string): string {
  return value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Collapses runs of whitespace (pasted line breaks, double spaces) to one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** C0/C1 control characters never belong in a name or an address. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
