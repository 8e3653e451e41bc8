/**
 * Locale codes and their resolution. Pure: no lit, no @lit/localize, so headless modules
 * (model, ncalayer) can use it too.
 */
export const SOURCE_LOCALE = 'en';
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Maps any BCP 47 tag a host may write (`ru-RU`, `kk-KZ`, the common `kz`, `KK`) to one of
 * ours, or `undefined` when we do not speak it.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'kz') return 'kk';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The locale an element should render in: its own `locale` property, then the nearest
 * `lang` attribute (the element's own, its ancestors', across shadow roots), then `<html lang>`,
 * then English.
 */
export function resolveLocale(element: Element, explicit?: string | null): Locale {
  const own = normalizeLocale(explicit);
  if (own) return own;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = normalizeLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normalizeLocale(element.ownerDocument?.documentElement.lang) ?? SOURCE_LOCALE;
}
