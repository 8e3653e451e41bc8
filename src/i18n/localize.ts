import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleModule, MsgOptions, TemplateLike, TemplateMap } from '@lit/localize';
import { resolveLocale, SOURCE_LOCALE, type Locale } from './locale.js';
import { localizeTemplate, lookupOver, type Lookup } from './lookup.js';

export type { Lookup };

/**
 * Per-element localization. Each element has its own lookup (`this.localize.msg`), bound to the
 * locale that its `locale` property, the nearest `lang` (across shadow roots) or `<html lang>`
 * asks for, so a Kazakh form can sit beside a Russian one. Nothing here is global: no `msg()` is
 * installed and no "current locale" is kept between calls, so a host page's own @lit/localize,
 * configured before or after, is untouched, and a string built anywhere (in `willUpdate`, in an
 * event handler, in a validity message) is in the element's locale.
 *
 * The translations are @lit/localize's runtime-mode modules (src/i18n/generated/locales/),
 * loaded once per page on first use.
 */

/** Static map so that bundlers and the dev server can see every chunk. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  ru: () => import('./generated/locales/ru.js'),
  kk: () => import('./generated/locales/kk.js'),
};

/** Loaded templates by locale; English (the source) needs none. */
const loaded = new Map<Locale, TemplateMap | undefined>([[SOURCE_LOCALE, undefined]]);
const loading = new Map<Locale, Promise<void>>();
const lookups = new Map<Locale, Lookup>();

/** Loads a locale's templates once; resolves when they can be used. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then(
      (module) => void loaded.set(locale, module.templates),
      (error) => {
        // A chunk that failed to load (offline) is tried again next time.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/**
 * The lookup for `locale`, which must be loaded (`loadLocale`); before that it answers in
 * English. For code outside an element (tests, a headless formatter).
 */
export function lookupFor(locale: Locale): Lookup {
  let lookup = lookups.get(locale);
  if (!lookup && isLocaleLoaded(locale)) {
    lookup = lookupOver(loaded.get(locale));
    lookups.set(locale, lookup);
  }
  return lookup ?? lookupOver(undefined);
}

const controllers = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

function watchLangAttributes(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  // One observer for the whole document: a `lang` change anywhere may change what an element
  // resolves to, and `lang` changes are rare enough that re-checking every element is cheap.
  langObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** An explicit locale set on the element, stronger than any `lang`. */
  locale?: string;
}

/**
 * Keeps its host in the locale that its `locale` property or the nearest `lang` asks for. The
 * host calls `prepare()` before each update (TirkeuElement does, in `scheduleUpdate`): the
 * update waits until that locale's strings are loaded, so the element never shows a frame in
 * the wrong language, and `locale` and `msg` are right from `willUpdate` on.
 */
export class LocalizeController implements ReactiveController {
  /** The locale the host renders in now. */
  locale: Locale = SOURCE_LOCALE;

  /** Looks a message up in the host's locale; typed as `msg` so that `lit-localize extract` finds its calls. */
  readonly msg: Lookup = ((template: TemplateLike, options?: MsgOptions) =>
    localizeTemplate(loaded.get(this.locale), template, options)) as Lookup;

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangAttributes();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Takes the locale the host asks for now; when its strings are not loaded yet, resolves once
   * they are (or, if they cannot be loaded, keeps the locale it had).
   */
  prepare(): Promise<void> | undefined {
    const wanted = resolveLocale(this.host, this.host.locale);
    if (isLocaleLoaded(wanted)) {
      this.locale = wanted;
      return undefined;
    }
    return loadLocale(wanted).then(
      () => this.prepare(),
      () => undefined,
    );
  }

  /** Re-resolves after something outside the element (a `lang` attribute) changed. */
  refresh(): void {
    if (resolveLocale(this.host, this.host.locale) !== this.locale) this.host.requestUpdate();
  }
}
