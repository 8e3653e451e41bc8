/** E-mail addresses: the login in seed 000, so a typo locks the user out; check the shape. */
import { readString } from './input.js';
import { fail, ok, type Result } from './result.js';

/** The local part as WHATWG's `<input type=email>` accepts it (ASCII, no quoted strings). */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/**
 * Host names of at least two labels; labels may hold letters of any script (`почта.қаз`)
 * since registrars in Kazakhstan and Russia sell Cyrillic domains; the top level is letters
 * or an `xn--` punycode label.
 */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** The address trimmed, with the domain in lower case (domains are case-insensitive). */
export function validateEmail(input: unknown): Result<string> {
  const read = readString(input, 'email-format');
  if (!read.ok) return read;
  const value = read.value;
  const at = value.lastIndexOf('@');
  if (value.length > 254 || at < 1 || at > 64) return fail('email-format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (!LOCAL.test(local) || domain.length > 253 || !DOMAIN.test(domain)) return fail('email-format');
  return ok(`${local}@${domain}`);
}
