/**
 * Dates as the forms show and take them: 31.12.2024, as Kazakh and Russian write them, as the
 * documents of the register print them, and as the date error's example says (in English too,
 * so that the example and the box agree). The payload carries YYYY-MM-DD: the model reads
 * 31.12.2024 and normalises it. Pure: no DOM, no strings for people.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day first, as typed: 31.12.2024, 1/2/2024, 31-12-2024. */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** Year first: 2024.12.31 (seed 001's "year.month.day"), 2024/12/31. */
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;

const two = (digits: string) => digits.padStart(2, '0');

/** `2024-12-31` → `31.12.2024`; anything that is not an ISO date is left as it is. */
export function showDate(value: string): string {
  const iso = ISO.exec(value.trim());
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/**
 * What the user typed, written as the form writes dates when it reads as one; otherwise as
 * typed (trimmed), so that a wrong date stays visible with its error. Whether the day exists
 * is the model's to say.
 */
export function tidyDate(raw: string): string {
  const text = raw.trim();
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return `${two(dayFirst[1]!)}.${two(dayFirst[2]!)}.${dayFirst[3]}`;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return `${two(yearFirst[3]!)}.${two(yearFirst[2]!)}.${yearFirst[1]}`;
  return showDate(text);
}
