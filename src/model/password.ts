/**
 * Passwords, for portals that use them next to the certificate (seed 001): 8–20 characters
 * with lower case, upper case and digits. Letters of any alphabet count: the rule speaks of
 * "lower- and upper-case letters", not of Latin ones.
 */
import { fail, ok, type Result } from './result.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 20;

/**
 * The password unchanged, or why it will be refused. Never trimmed: a space is a character
 * the user chose, and silently dropping it would make the password impossible to type again.
 */
export function validatePassword(input: unknown): Result<string> {
  if (input === undefined || input === null || input === '') return fail('required');
  if (typeof input !== 'string') return fail('invalid-type');
  // Length in characters as people count them: an emoji or a Kazakh letter is one.
  const length = input.length > 100 ? Infinity : [...input].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) return fail('password-length');
  if (!/\p{Ll}/u.test(input) || !/\p{Lu}/u.test(input) || !/\p{Nd}/u.test(input)) return fail('password-classes');
  return ok(input);
}

/** The repeat field: must be exactly the password. */
export function validatePasswordRepeat(password: unknown, repeat: unknown): Result<string> {
  if (repeat === undefined || repeat === null || repeat === '') return fail('required');
  if (typeof repeat !== 'string') return fail('invalid-type');
  return repeat === password ? ok(repeat) : fail('password-mismatch');
}
