/** Short free-text fields: addresses, authorities, bank names. */
import { collapseSpaces, CONTROL_CHARACTERS, readString } from './input.js';
import { fail, ok, type Result } from './result.js';

const DEFAULT_TEXT_MAX = 500;

/**
 * Free text such as an address or a registering authority: trimmed, spaces collapsed, no
 * control characters, at most `max` characters (500 when `max` is no number of characters).
 */
export function validateText(input: unknown, max: number = DEFAULT_TEXT_MAX): Result<string> {
  const read = readString(input, 'text-length');
  if (!read.ok) return read;
  const text = collapseSpaces(read.value);
  const limit = typeof max === 'number' && max >= 0 ? max : DEFAULT_TEXT_MAX;
  if (text.length > limit) return fail('text-length');
  if (CONTROL_CHARACTERS.test(text) || !/[\p{L}\p{N}]/u.test(text)) return fail('text-characters');
  return ok(text);
}
