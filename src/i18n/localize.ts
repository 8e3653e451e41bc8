import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';
import { resolveLocale, SOURCE_LOCALE, type Locale } from './locale.js';

/**
 * Per-element localization on top of @lit/localize's runtime mode.
 *
 * @lit/localize keeps one active locale per page, but a host page may show a Kazakh form beside
 * a Russian one, and each element follows its own `locale`/`lang`. So instead of
 * `configureLocalization` we install a `msg()` implementation that reads the templates of the
 * locale the element being rendered asked for. Elements render synchronously inside `update()`,
 * so the `LocalizeController` sets that locale in `hostUpdate()`, right before `render()`.
 */

type Templates = LocaleModule['templates'];

/** Static map so that bundlers and the dev server can see every chunk. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  ru: () => import('./generated/locales/ru.js'),
  kk: () => import('./generated/locales/kk.js'),
};

const loaded = new Map<Locale, Templates | undefined>([[SOURCE_LOCALE, undefined]]);
const loading = new Map<Locale, Promise<void>>();
let renderLocale: Locale = SOURCE_LOCALE;

try {
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: { id?: string }) =>
    runtimeMsg(loaded.get(renderLocale), template, options)) as never);
} catch {
  // The host page configured @lit/localize itself on the same module instance: its msg()
  // stays in charge and our strings follow its active locale.
}

/** Loads a locale's templates once; resolves when they can be rendered. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then((module) => {
      loaded.set(locale, module.templates);
    });
    loading.set(locale, pending);
  }
  return pending;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/**
 * Runs `fn` with `msg()` answering in `locale` (already loaded). For strings built outside
 * `render()`, such as a validity message handed to ElementInternals.
 */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return fn();
  } finally {
    renderLocale = previous;
  }
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
 * Keeps its host rendering in the locale that its `locale` property or the nearest `lang`
 * asks for, loading that locale's strings on first use; switching needs no reload.
 */
export class LocalizeController implements ReactiveController {
  /** The locale the host renders in now. */
  locale: Locale = SOURCE_LOCALE;

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

  hostUpdate(): void {
    const wanted = resolveLocale(this.host, this.host.locale);
    if (isLocaleLoaded(wanted)) {
      this.locale = wanted;
    } else {
      void loadLocale(wanted).then(() => this.host.requestUpdate());
    }
    // Until the wanted strings arrive the element keeps its previous locale.
    renderLocale = this.locale;
  }

  hostUpdated(): void {
    renderLocale = SOURCE_LOCALE;
  }

  /** Re-resolves after something outside the element (a `lang` attribute) changed. */
  refresh(): void {
    if (resolveLocale(this.host, this.host.locale) !== this.locale) this.host.requestUpdate();
  }

  /** `fn` with `msg()` in this element's locale, for strings built outside `render()`. */
  run<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }
}
