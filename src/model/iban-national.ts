/**
 * National check digits inside the BBAN, for the countries of the IBAN registry that have
 * them and that ibantools checks (the tests hold us to its verdicts). Loaded on demand by
 * iban.ts (`loadNationalIbanCheck`, `validateIbanFully`): no Kazakh IBAN needs it, so the
 * forms' eager code stays small.
 *
 * Each check reads a BBAN that already has its country's length and shape (validateIban
 * accepted the IBAN), so positions below are fixed and digits are where the shape says.
 * Mod 97 is BigInt arithmetic here rather than iban.ts's: a module shared with the eager code
 * would be split into a chunk of its own in every bundle that loads this one lazily.
 */
type BbanCheck = (bban: string) => boolean;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/** Σ digit × weight, weights from the left, repeated when the digits are longer. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digit(digits, i) * weights[i % weights.length];
  return sum;
}

/** The digit that makes a weighted sum a multiple of 10 (Estonia, Hungary, Poland). */
const tensComplement = (sum: number) => (10 - (sum % 10)) % 10;

/**
 * The mod-11 check digit as Spain writes it: 11 − remainder, where 11 is written 0 and 10 is
 * written 1. The Czech and Slovak rule has no digit for remainder 1 (such numbers are never
 * issued); ibantools uses the Spanish convention there too, and so do we, to give its verdict.
 */
function elevenComplement(sum: number): number {
  const remainder = sum % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}

/** 2^i mod 11: Spain's weights from the left; Czechia and Slovakia read them from the right. */
const POWERS_OF_TWO_MOD_11 = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const POWERS_FROM_THE_RIGHT = [...POWERS_OF_TWO_MOD_11].reverse();

/** ISO 7064 MOD 11,10 (Croatia): the check digit of `digits`. */
function mod1110CheckDigit(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    const sum = (product + digit(digits, i)) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

/**
 * Bosnia, Montenegro, North Macedonia, Portugal, Serbia, Slovenia: the whole BBAN is ≡ 1 mod 97.
 * ISO 7064 is defined on digits; Macedonian account numbers are digits, though the registry
 * allows letters in their middle, so a letter fails the check (ibantools' parseInt reads
 * "12A456" as 12 and accepts some of them; see test/model/iban-agreement.test.ts).
 */
const wholeMod97: BbanCheck = (bban) => /^\d+$/.test(bban) && BigInt(bban) % 97n === 1n;

/** Belgium: the first 10 digits mod 97 (97 for 0) are the last two. */
const belgian: BbanCheck = (bban) => (Number(bban.slice(0, 10)) % 97 || 97) === Number(bban.slice(10, 12));

/**
 * France and Monaco, the RIB key: bank, branch, account and key as one number ≡ 0 mod 97,
 * letters of the account read as digits by the RIB table (A and J → 1, B K S → 2 … I R Z → 9).
 */
const french: BbanCheck = (bban) => {
  const digits = bban.replace(/[A-Z]/g, (letter) => {
    const index = letter.charCodeAt(0) - 65;
    return String(index < 18 ? (index % 9) + 1 : index - 16);
  });
  return /^\d+$/.test(digits) && BigInt(digits) % 97n === 0n;
};

/** Spain: "00" + bank + branch, then the account, each with its mod-11 digit (positions 8 and 9). */
const spanish: BbanCheck = (bban) =>
  elevenComplement(weightedSum(`00${bban.slice(0, 8)}`, POWERS_OF_TWO_MOD_11)) === digit(bban, 8) &&
  elevenComplement(weightedSum(bban.slice(10, 20), POWERS_OF_TWO_MOD_11)) === digit(bban, 9);

/** Czechia and Slovakia: after the bank code, a 6-digit prefix and a 10-digit number, each ending in its mod-11 digit. */
const czechOrSlovak: BbanCheck = (bban) =>
  elevenComplement(weightedSum(bban.slice(4, 9), POWERS_FROM_THE_RIGHT.slice(4, 9))) === digit(bban, 9) &&
  elevenComplement(weightedSum(bban.slice(10, 19), POWERS_FROM_THE_RIGHT.slice(0, 9))) === digit(bban, 19);

/** Estonia: 7-3-1 weights (read from the right) over the branch and account, digit 16 checks them. */
const estonian: BbanCheck = (bban) => tensComplement(weightedSum(bban.slice(2, 15), [7, 1, 3])) === digit(bban, 15);

/** Croatia: MOD 11,10 over the bank code (digit 7) and over the account (digit 17). */
const croatian: BbanCheck = (bban) =>
  mod1110CheckDigit(bban.slice(0, 6)) === digit(bban, 6) && mod1110CheckDigit(bban.slice(7, 16)) === digit(bban, 16);

/**
 * Hungary: 9-7-3-1 weights; the bank and branch end in a check digit, and so does the account,
 * which is 8 digits (then 8 zeros) or 16.
 */
const HUNGARIAN_WEIGHTS = [9, 7, 3, 1];
const hungarian: BbanCheck = (bban) => {
  const accountEnd = bban.endsWith('00000000') ? 15 : 23;
  return (
    tensComplement(weightedSum(bban.slice(0, 7), HUNGARIAN_WEIGHTS)) === digit(bban, 7) &&
    tensComplement(weightedSum(bban.slice(8, accountEnd), HUNGARIAN_WEIGHTS)) === digit(bban, accountEnd)
  );
};

/** Norway: mod 11 with weights 5 4 3 2 7 6 5 4 3 2; a remainder of 1 has no valid digit. */
const norwegian: BbanCheck = (bban) => {
  const remainder = weightedSum(bban.slice(0, 10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  return (remainder === 0 ? 0 : 11 - remainder) === digit(bban, 10);
};

/** Poland: the bank and branch number's 8th digit, 3-9-7-1 weights. */
const polish: BbanCheck = (bban) => tensComplement(weightedSum(bban.slice(0, 7), [3, 9, 7, 1])) === digit(bban, 7);

const CHECKS: ReadonlyMap<string, BbanCheck> = new Map([
  ['BA', wholeMod97],
  ['BE', belgian],
  ['CZ', czechOrSlovak],
  ['EE', estonian],
  ['ES', spanish],
  ['FR', french],
  ['HR', croatian],
  ['HU', hungarian],
  ['MC', french],
  ['ME', wholeMod97],
  ['MK', wholeMod97],
  ['NO', norwegian],
  ['PL', polish],
  ['PT', wholeMod97],
  ['RS', wholeMod97],
  ['SI', wholeMod97],
  ['SK', czechOrSlovak],
]);

/** The countries checked here; iban-registry.ts lists the same ones for the eager code. */
export const NATIONAL_CHECK_COUNTRIES: readonly string[] = [...CHECKS.keys()];

/**
 * Whether the national check digits of an IBAN in electronic form (one `validateIban`
 * accepted) agree; `true` for countries without national check digits. Never throws.
 */
export function checkIbanNationalDigits(iban: string): boolean {
  if (typeof iban !== 'string') return false;
  const check = CHECKS.get(iban.slice(0, 2));
  return check ? check(iban.slice(4)) : true;
}
