export { LOCALES, SOURCE_LOCALE, normalizeLocale, resolveLocale, type Locale } from './locale.js';
export { LocalizeController, loadLocale, lookupFor, type Lookup } from './localize.js';
