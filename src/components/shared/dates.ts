/**
 * Dates as the widgets show and take them: 31.12.2024, as Kazakh and Russian write them, as the
 * documents of the register print them, and as the date error's example says (in English too,
 * so that the example and the box agree). Text boxes, not `type="date"`: a native date box
 * shows the browser's own format (12/31/2024 in an English browser), whatever the widget's
 * language. The payload carries YYYY-MM-DD (`isoDate`, or the model reading 31.12.2024).
 * One module for the registration forms and the bank editor; no DOM. Its one string for people,
 * the pattern a date box shows while empty, takes the element's lookup.
 */
import type { Lookup } from '../../i18n/lookup.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day first, as typed: 31.12.2024, 1/2/2024, 31-12-2024. */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** Year first: 2024.12.31 (seed 001's "year.month.day"), 2024/12/31. */
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;
/** As `tidyDate` writes a date. */
const SHOWN = /^(\d{2})\.(\d{2})\.(\d{4})$/;

const two = (digits: string) => digits.padStart(2, '0');

/** `2024-12-31` → `31.12.2024`; anything that is not an ISO date is left as it is. */
export function showDate(value: string): string {
  const iso = ISO.exec(value.trim());
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
}

/**
 * What the user typed, written as the widgets write dates when it reads as one; otherwise as
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

/**
 * A date as shown or typed, as a value carries it: `31.12.2024` → `2024-12-31`. The reverse of
 * `showDate`, by shape only: `31.02.2024` becomes `2024-02-31` for the model to refuse, and
 * what does not read as a date is given back as typed (trimmed), so that nothing is lost.
 */
export function isoDate(shown: string): string {
  const text = tidyDate(shown);
  const parts = SHOWN.exec(text);
  return parts ? `${parts[3]}-${parts[2]}-${parts[1]}` : text;
}

/** How a date is typed and shown, for an empty date box (as the error's example writes it: 31.12.2024). */
export const datePattern = (t: Lookup): string => t('DD.MM.YYYY', { id: 'form.date.pattern' });
