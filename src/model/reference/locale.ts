/**
 * Localised names for reference data. `Intl.DisplayNames` knows most names in most runtimes,
 * but some (Chrome on Android, stripped ICU builds) lack Kazakh or even Russian data, so each
 * table ships kk/ru names for the entries Kazakh suppliers meet most, and the lookup falls back
 * from Kazakh to Russian (which every Kazakh reader knows) before English.
 */

export type ModelLocale = 'en' | 'ru' | 'kk';

/** `ru-RU` → `ru`, `kk-KZ` and the common `kz` → `kk`, anything else → `en`. */
export function modelLocale(tag: unknown): ModelLocale {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
  return primary === 'kk' || primary === 'kz' ? 'kk' : primary === 'ru' ? 'ru' : 'en';
}

type NameType = 'region' | 'currency';
const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * The runtime's name for `code`, or `undefined` when it has none in this very locale. A
 * DisplayNames for an unsupported locale silently answers in the default locale, so the
 * resolved locale is checked; `fallback: 'none'` makes missing names `undefined`; and an
 * answer in the wrong script is refused (below).
 */
function runtimeName(type: NameType, locale: ModelLocale, code: string): string | undefined {
  const key = `${type}:${locale}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    names = null;
    try {
      const candidate = new Intl.DisplayNames([locale], { type, fallback: 'none' });
      if (candidate.resolvedOptions().locale.split('-')[0] === locale) names = candidate;
    } catch {
      // No Intl.DisplayNames (older runtimes): shipped names only.
    }
    displayNames.set(key, names);
  }
  try {
    const name = names?.of(code);
    // Chromium's trimmed ICU data "supports" kk yet answers in English: a Russian or Kazakh
    // name without a single Cyrillic letter is such a stand-in, not a name.
    if (!name || name === code || (locale !== 'en' && !/[\u0400-\u04ff]/.test(name))) return undefined;
    return name;
  } catch {
    return undefined; // `of` throws for codes it finds malformed.
  }
}

/** Shipped names: code → [ru, kk]. */
export type ShippedNames = Readonly<Record<string, readonly [string, string]>>;

/** The best name for `code` in `locale`; the code itself when nothing knows it. */
export function referenceName(type: NameType, shipped: ShippedNames, code: string, locale: unknown): string {
  const wanted = modelLocale(locale);
  const chain: ModelLocale[] = wanted === 'kk' ? ['kk', 'ru', 'en'] : wanted === 'ru' ? ['ru', 'en'] : ['en'];
  for (const each of chain) {
    const name = runtimeName(type, each, code) ?? (each === 'en' ? undefined : shipped[code]?.[each === 'ru' ? 0 : 1]);
    if (name) return name;
  }
  return code;
}

/** Sorts `{ name }` items the way a reader of `locale` expects (ё after е, Kazakh letters in place). */
export function sortByName<T extends { readonly name: string }>(items: T[], locale: unknown): T[] {
  const collator = new Intl.Collator(modelLocale(locale));
  return items.sort((a, b) => collator.compare(a.name, b.name));
}
