/** Calendar dates as the payload carries them: `YYYY-MM-DD`. */
import { readString } from './input.js';
import { fail, ok, type Result } from './result.js';

/**
 * The date as `YYYY-MM-DD`, or `date-format`. Also reads `DD.MM.YYYY` (how Kazakh documents
 * print dates) and `YYYY.MM.DD` (seed 001's "year.month.day"); the day must exist.
 */
export function validateDate(input: unknown): Result<string> {
  const read = readString(input, 'date-format');
  if (!read.ok) return read;
  const value = read.value;
  const parts =
    /^(\d{4})[-.](\d{2})[-.](\d{2})$/.exec(value)?.slice(1) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value)?.slice(1).reverse();
  if (!parts) return fail('date-format');
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over to 1 May; a real date survives the round trip. Years below
  // 100 would be read as 19xx, which no form here needs, so they are refused.
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('date-format');
  }
  return ok(`${parts[0]}-${parts[1]}-${parts[2]}`);
}
