/**
 * Formatting an input while the user types, without moving the caret away from where they
 * type. Pure: no DOM, no lit.
 *
 * The rule: count the significant characters (letters and digits) before the caret in what
 * the user has, format, then put the caret after the same number of significant characters in
 * the formatted text. Separators the formatter adds or removes therefore never push the caret.
 */

/** A formatter: any text in, display text out (may drop, upper-case or regroup characters). */
export type Format = (raw: string) => string;

export interface ReformatOptions {
  /** Which characters carry meaning; everything else is a separator. Default: letters and digits. */
  significant?: RegExp;
  /**
   * The value before this edit and the edit's `InputEvent.inputType`. With them a Backspace
   * (or Delete) that only removed a separator removes the significant character next to it
   * instead, as a user expects; otherwise the formatter would put the separator straight back.
   */
  previous?: string;
  inputType?: string;
}

export interface Reformatted {
  value: string;
  caret: number;
}

const DEFAULT_SIGNIFICANT = /[\p{L}\p{N}]/u;

function countSignificant(text: string, end: number, significant: RegExp): number {
  let count = 0;
  for (let i = 0; i < end && i < text.length; i++) if (significant.test(text[i])) count++;
  return count;
}

/** The index right after the `n`-th significant character (0 → before the first one). */
function indexAfterSignificant(text: string, n: number, significant: RegExp): number {
  if (n <= 0) {
    // Keep the caret before the first significant character, after any leading decoration
    // such as "+7 (" only when there is nothing significant at all yet.
    const first = [...text].findIndex((ch) => significant.test(ch));
    return first === -1 ? text.length : 0;
  }
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (significant.test(text[i]) && ++seen === n) return i + 1;
  }
  return text.length;
}

function strip(text: string, significant: RegExp): string {
  return [...text].filter((ch) => significant.test(ch)).join('');
}

/**
 * Formats `raw` and returns the caret position that keeps the user's place.
 *
 * @param raw the input's text after the user's edit
 * @param caret `selectionStart` after the edit
 * @param format the formatter
 */
export function reformatKeepingCaret(
  raw: string,
  caret: number,
  format: Format,
  options: ReformatOptions = {},
): Reformatted {
  const significant = options.significant ?? DEFAULT_SIGNIFICANT;
  let text = raw;
  let at = Math.max(0, Math.min(caret, raw.length));
  const { previous, inputType } = options;
  if (previous !== undefined && previous.length === raw.length + 1 && strip(previous, significant) === strip(raw, significant)) {
    // Only a separator went away: take the significant character next to it with it.
    if (inputType === 'deleteContentBackward') {
      let i = at - 1;
      while (i >= 0 && !significant.test(text[i])) i--;
      if (i >= 0) {
        text = text.slice(0, i) + text.slice(i + 1);
        at = i;
      }
    } else if (inputType === 'deleteContentForward') {
      const rest = text.slice(at);
      const i = [...rest].findIndex((ch) => significant.test(ch));
      if (i >= 0) text = text.slice(0, at) + rest.slice(0, i) + rest.slice(i + 1);
    }
  }
  const before = countSignificant(text, at, significant);
  const value = format(text);
  // The formatter may drop characters (a length limit, a stray symbol): never count past its end.
  const kept = Math.min(before, countSignificant(value, value.length, significant));
  let next = indexAfterSignificant(value, kept, significant);
  // The caret sat after a separator ("KZ86 |125K"): keep it after the separator there too.
  if (kept > 0 && at > 0 && !significant.test(text[at - 1])) {
    while (next < value.length && !significant.test(value[next])) next++;
  }
  return { value, caret: next };
}

/** Upper case, letters and digits only, in groups of four: the printed form of an IBAN. */
export function groupsOfFour(raw: string, maxLength = 34): string {
  const compact = raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, maxLength);
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The electronic form of an IBAN or account number: no spaces or dashes, upper case. */
export function compactAccount(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * A phone number as the user types it: Kazakh numbers (`+7…`, `7…`, `8…`) grouped as
 * `+7 701 123 45 67` (or `8 701 123 45 67`), anything else kept as typed with stray
 * characters removed. Pair with `reformatKeepingCaret`; the model's `formatPhone` is for
 * finished values.
 */
export function phoneAsYouType(raw: string): string {
  const cleaned = raw.replace(/[^\d+()\s-]/g, '');
  const plus = cleaned.trimStart().startsWith('+');
  const digits = cleaned.replace(/\D/g, '');
  if (!digits) return plus ? '+' : '';
  const kz = (plus && digits[0] === '7') || (!plus && (digits[0] === '7' || digits[0] === '8'));
  if (!kz) return cleaned.replace(/\s{2,}/g, ' ');
  const national = digits.slice(1, 11);
  const groups = [national.slice(0, 3), national.slice(3, 6), national.slice(6, 8), national.slice(8, 10)].filter(Boolean);
  return [`${plus || digits[0] === '7' ? '+7' : '8'}`, ...groups].join(' ');
}
