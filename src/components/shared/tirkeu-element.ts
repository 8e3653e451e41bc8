import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize.js';

/**
 * The base of every Tirkeu element: an explicit `locale` that beats any `lang`, and a
 * localize controller whose `msg` answers in it.
 *
 * @attr {'light' | 'dark'} theme - Pins light or dark; unset, the element follows the page's `color-scheme`.
 */
export class TirkeuElement extends LitElement {
  /**
   * The elements this one renders inside itself, by tag. Registering the element registers them with it
   * (those not defined yet); the class module registers nothing.
   */
  declare static dependencies?: Record<string, CustomElementConstructor>;

  /** `en`, `ru` or `kk`; when unset the element follows the nearest `lang`, then `<html lang>`. */
  @property({ reflect: true }) locale?: string;

  protected readonly localize = new LocalizeController(this);

  /**
   * Every update first takes the locale the element asks for now, and waits for its strings
   * when they are not loaded yet: `willUpdate` and `render` see the right `localize.locale`,
   * and no frame is ever shown in a language the element was not asked for.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localize.prepare();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Dispatches a bubbling, composed custom event with a typed detail. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
