/**
 * When a draft was saved, as people say it: "2 hours ago", "yesterday", and the date and time
 * it happened, in the element's locale through Intl. Browsers built without Kazakh locale data
 * (Debian's Chromium) print "-2 h" and "2025 M03 12" for `kk`: then the Kazakh date is ours,
 * written as the engines that have the data write it. No DOM, no strings to translate.
 */
import { formatDate, hasDateData } from '../shared/locale-dates.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type Ago = { unit: 'minute' | 'hour' | 'day'; value: number };

/**
 * How long ago `then` was at `now`: whole minutes under an hour, whole hours under a day, then
 * calendar days (a save before midnight is "yesterday" however few hours ago it was).
 * `undefined` under a minute, or when the clock says the save is still to come (another
 * device's clock, a changed time zone): both are "just now".
 */
export function agoOf(then: number, now: number): Ago | undefined {
  const elapsed = now - then;
  if (elapsed < MINUTE) return undefined;
  if (elapsed < HOUR) return { unit: 'minute', value: Math.floor(elapsed / MINUTE) };
  if (elapsed < 24 * HOUR) return { unit: 'hour', value: Math.floor(elapsed / HOUR) };
  return { unit: 'day', value: calendarDays(new Date(then), new Date(now)) };
}

/** Local midnights between the two dates (daylight-saving days counted as days). */
function calendarDays(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(to) - day(from)) / (24 * HOUR));
}

const KK_UNITS: Record<Ago['unit'], string> = { minute: 'минут', hour: 'сағат', day: 'күн' };

/**
 * `2 hours ago` / `2 часа назад` / `2 сағат бұрын`; `yesterday` / `вчера` / `кеше`. Kazakh is
 * always ours: besides the engines without its data, the CLDR data of those with it writes two
 * days back as «алдыңгүні» (for «алдыңғы күні»), and every other Kazakh step is this pattern.
 */
export function formatAgo({ unit, value }: Ago, locale: string): string {
  if (locale === 'kk') return unit === 'day' && value === 1 ? 'кеше' : `${value} ${KK_UNITS[unit]} бұрын`;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-value, unit);
}

/** `March 12, 2025 at 2:30 PM` / `12 марта 2025 г. в 14:30` / `2025 ж. 12 наурыз, 14:30`. */
export function formatDateTime(time: number, locale: string): string {
  const date = new Date(time);
  if (locale === 'kk' && !hasDateData('kk')) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${formatDate(date, locale)}, ${two(date.getHours())}:${two(date.getMinutes())}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** `April 11, 2025`: the day a draft is kept until. */
export const formatDay = (time: number, locale: string): string => formatDate(new Date(time), locale);
