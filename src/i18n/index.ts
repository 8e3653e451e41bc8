export { LOCALES, SOURCE_LOCALE, normalizeLocale, resolveLocale, type Locale } from './locale.js';
export { LocalizeController, loadLocale, inLocale } from './localize.js';
