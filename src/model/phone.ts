/**
 * Phone numbers. Residents give a Kazakh number: country code +7 (shared with Russia; Kazakhstan
 * keeps the national ranges 6xx and 7xx), 10 national digits, written at home as `8 701 …`.
 * Non-residents give any number in international (E.164) form.
 */
import { readString } from './input.js';
import { booleanOption } from './options.js';
import { fail, ok, type Result } from './result.js';

/**
 * Kazakh mobile ranges, after Google's libphonenumber metadata: 700–702, 705–708, 747,
 * 760–764, 771, 775–778, 785. 709 or 779 look mobile but are not allocated.
 */
const KZ_MOBILE = /^7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\d{7}$/;
/** Fixed-line area codes 710–729 (727 Almaty, 7172 Astana). */
const KZ_LANDLINE = /^7[12]\d{8}$/;

export type KzPhoneType = 'mobile' | 'landline' | 'other';

export interface PhoneOptions {
  /** Residents must give a Kazakh number; others any international one. Default: true. */
  readonly resident?: boolean;
  /** Only a Kazakh mobile will do (where the code is sent by SMS, for instance). Residents only. */
  readonly mobile?: boolean;
}

/**
 * The number in E.164 form (`+77011234567`), or why it is not a phone number we can use.
 * Spaces, dashes, dots and brackets are ignored, so `8 (701) 123-45-67` is fine. Digits are
 * ASCII only. Options of the wrong type are ignored; this never throws.
 */
export function validatePhone(input: unknown, options?: PhoneOptions | null): Result<string> {
  const read = readString(input, 'phone-format');
  if (!read.ok) return read;
  let raw = read.value.replace(/[\s().\-\u2010-\u2015]+/g, '');
  if (raw.startsWith('00')) raw = `+${raw.slice(2)}`; // the international prefix of most countries
  if (!/^\+?\d+$/.test(raw)) return fail('phone-format');
  const international = raw.startsWith('+');
  const digits = international ? raw.slice(1) : raw;

  if (booleanOption(options, 'resident') === false) {
    if (!international) return fail('phone-country-code');
    if (digits.length < 8 || digits.length > 15 || digits[0] === '0') return fail('phone-format');
    // +7 is one numbering plan (Kazakhstan and Russia): always 10 digits after the 7.
    if (digits[0] === '7' && digits.length !== 11) return fail('phone-format');
    return ok(`+${digits}`);
  }

  let national: string;
  if (international) {
    if (digits[0] !== '7') return fail('phone-kz-range');
    national = digits.slice(1);
  } else if (digits.length === 11 && (digits[0] === '8' || digits[0] === '7')) {
    national = digits.slice(1); // 8 is the trunk prefix at home; 7 is +7 without the plus
  } else {
    national = digits;
  }
  if (national.length !== 10) return fail('phone-format');
  if (national[0] !== '6' && national[0] !== '7') return fail('phone-kz-range');
  if (booleanOption(options, 'mobile') && !KZ_MOBILE.test(national)) return fail('phone-kz-mobile');
  return ok(`+7${national}`);
}

/** What kind of Kazakh number this is; 'other' for anything else, foreign or invalid. */
export function kzPhoneType(input: unknown): KzPhoneType {
  const valid = validatePhone(input);
  if (!valid.ok) return 'other';
  const national = valid.value.slice(2);
  return KZ_MOBILE.test(national) ? 'mobile' : KZ_LANDLINE.test(national) ? 'landline' : 'other';
}

/**
 * `+7 701 123 45 67`, the way Kazakh numbers are written; other valid numbers in E.164 form;
 * anything else trimmed, as typed, so formatting never loses what the user entered.
 */
export function formatPhone(input: unknown): string {
  if (typeof input !== 'string') return '';
  const kz = validatePhone(input);
  if (kz.ok) return kz.value.replace(/^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/, '+7 $1 $2 $3 $4');
  const other = validatePhone(input, { resident: false });
  return other.ok ? other.value : input.trim();
}
