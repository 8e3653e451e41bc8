/**
 * IIN and BIN, Kazakhstan's 12-digit identification numbers (Law No. 223 of 12 Jan 2007).
 *
 * IIN (people):       YY MM DD G NNNN C — birth date, century+sex digit G, serial, check digit.
 * BIN (businesses):   YY MM T A NNNNN C — registration year+month, type T, attribute A, serial, check.
 * Both share the check digit algorithm below. Digit 5 tells them apart: in an IIN it is the
 * tens digit of the birth day (0–3), in a BIN the type (4, 5 or 6).
 */
import { readCompact } from './input.js';
import { fail, ok, type Result, type ValidationCode } from './result.js';

export type IdentificationNumberKind = 'iin' | 'bin';
export type Sex = 'male' | 'female';
export interface IinInfo {
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly sex: Sex;
}
export type BinKind = 'resident' | 'non-resident' | 'joint-entrepreneur';
export type BinUnit = 'head' | 'branch' | 'representative' | 'peasant-farm';
export interface BinInfo {
  /** `YYYY-MM` of (re-)registration. */
  readonly registered: string;
  readonly kind: BinKind;
  readonly unit: BinUnit;
}

const BIN_KINDS: Record<string, BinKind> = { 4: 'resident', 5: 'non-resident', 6: 'joint-entrepreneur' };
const BIN_UNITS: readonly BinUnit[] = ['head', 'branch', 'representative', 'peasant-farm'];

/**
 * The check digit for the first 11 digits, or `undefined` when no number with this prefix can
 * be issued (or they are no digits). Pass 1 weighs digits 1…11; if its remainder is 10, pass 2
 * weighs them 3…11,1,2; a second 10 means the prefix is unassignable.
 */
export function checkDigit(first11: string): number | undefined {
  // Anything but 11 ASCII digits (and what may follow them) has no check digit.
  if (typeof first11 !== 'string' || !/^\d{11}/.test(first11)) return undefined;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (i + 1);
  let digit = sum % 11;
  if (digit === 10) {
    sum = 0;
    for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (((i + 2) % 11) + 1);
    digit = sum % 11;
  }
  return digit === 10 ? undefined : digit;
}

/** 'bin' when digit 5 is 4, 5 or 6; 'iin' for any other 12 digits; `undefined` for non-numbers. */
export function identifyNumber(input: unknown): IdentificationNumberKind | undefined {
  const read = readCompact(input, 'iin-length');
  if (!read.ok || !/^\d{12}$/.test(read.value)) return undefined;
  return '456'.includes(read.value[4]) ? 'bin' : 'iin';
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Digits and length: shared by both validators so that their codes only differ in prefix. */
function readDigits(input: unknown, prefix: 'iin' | 'bin'): Result<string> {
  const read = readCompact(input, `${prefix}-length`);
  if (!read.ok) return read;
  if (!/^\d+$/.test(read.value)) return fail(`${prefix}-not-digits`);
  if (read.value.length !== 12) return fail(`${prefix}-length`);
  return read;
}

function checkSum(value: string, prefix: 'iin' | 'bin'): ValidationCode | undefined {
  const expected = checkDigit(value);
  if (expected === undefined) return `${prefix}-unassignable`;
  if (expected !== Number(value[11])) return `${prefix}-checksum`;
  return undefined;
}

/** Validates an IIN and reads the birth date and sex encoded in it. */
export function parseIin(input: unknown): Result<IinInfo> {
  const read = readDigits(input, 'iin');
  if (!read.ok) return read;
  const value = read.value;
  if ('456'.includes(value[4])) return fail('iin-is-bin');
  const g = Number(value[6]);
  if (g < 1 || g > 6) return fail('iin-century');
  const year = 1800 + 100 * Math.floor((g - 1) / 2) + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('iin-date');
  const bad = checkSum(value, 'iin');
  if (bad) return fail(bad);
  return ok({ birthDate: `${year}-${pad(month)}-${pad(day)}`, sex: g % 2 ? 'male' : 'female' });
}

/** Validates a BIN and reads its registration month, kind and unit. */
export function parseBin(input: unknown): Result<BinInfo> {
  const read = readDigits(input, 'bin');
  if (!read.ok) return read;
  const value = read.value;
  const kind = BIN_KINDS[value[4]];
  if (!kind) return fail('bin-type');
  const unit = BIN_UNITS[Number(value[5])];
  if (!unit) return fail('bin-attribute');
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return fail('bin-month');
  const bad = checkSum(value, 'bin');
  if (bad) return fail(bad);
  // BINs carry a two-digit year. Entities registered before independence were re-registered
  // in 1991 or later, so 50–99 can only mean 1950–1999 and 00–49 means 2000–2049.
  const yy = Number(value.slice(0, 2));
  return ok({ registered: `${yy >= 50 ? 1900 + yy : 2000 + yy}-${pad(month)}`, kind, unit });
}

/** The IIN with spaces and dashes removed, or why it is not one. */
export function validateIin(input: unknown): Result<string> {
  const parsed = parseIin(input);
  return parsed.ok ? ok(String(input).replace(/\D/g, '')) : parsed;
}

/** The BIN with spaces and dashes removed, or why it is not one. */
export function validateBin(input: unknown): Result<string> {
  const parsed = parseBin(input);
  return parsed.ok ? ok(String(input).replace(/\D/g, '')) : parsed;
}

/**
 * Either number, for the fields where both are right (an entrepreneur registers with an IIN,
 * or with a BIN when operating as a joint entrepreneurship). Digit 5 decides which rules apply.
 */
export function validateIinOrBin(input: unknown): Result<string> {
  return identifyNumber(input) === 'bin' ? validateBin(input) : validateIin(input);
}
