/**
 * Dates in words as the widgets show them (the picker, the draft banner): Intl in the element's locale, with a Kazakh fallback for
 * browsers built without Kazakh locale data (some Chromium builds print "2026 M01 30" and
 * "+12 d" for `kk`).
 */

const KK_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
];

const supported = new Map<string, boolean>();

/**
 * Whether this browser has date data for `locale`. `supportedLocalesOf` says yes even when the
 * data is missing, so look at a month name: without data it comes out as "M01".
 */
export function hasDateData(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    known = !/\d/.test(new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2000, 0, 15)));
    supported.set(locale, known);
  }
  return known;
}

const useKazakhFallback = (locale: string) => locale === 'kk' && !hasDateData('kk');

/** `January 1, 2025` / `1 января 2025 г.` / `2025 ж. 1 қаңтар`. */
export function formatDate(date: Date, locale: string): string {
  if (useKazakhFallback(locale)) return `${date.getFullYear()} ж. ${date.getDate()} ${KK_MONTHS[date.getMonth()]}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** `January 1, 2025 – December 31, 2045`, in the locale's own way of writing ranges. */
export function formatDateRange(from: Date, to: Date, locale: string): string {
  if (useKazakhFallback(locale)) return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).formatRange(from, to);
}

/** `in 12 days` / `через 12 дней` / `12 күннен кейін`; `today` and `tomorrow` for 0 and 1. */
export function formatDaysLeft(days: number, locale: string): string {
  if (useKazakhFallback(locale)) return days === 0 ? 'бүгін' : days === 1 ? 'ертең' : `${days} күннен кейін`;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}
