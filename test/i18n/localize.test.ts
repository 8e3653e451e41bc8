import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TirkeuElement } from '../../src/components/shared/tirkeu-element.js';
import { validationMessage } from '../../src/components/shared/validation-messages.js';
import { normalizeLocale, resolveLocale } from '../../src/i18n/locale.js';
import { loadLocale, lookupFor } from '../../src/i18n/localize.js';

/** A minimal element that renders one real message of the library. */
class I18nProbe extends TirkeuElement {
  override render() {
    return html`<p>${validationMessage('required', this.localize.msg)}</p>`;
  }
}
customElements.define('tirkeu-i18n-probe', I18nProbe);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!.trim();
// The message of the `required` code as xliff/ru.xlf and xliff/kk.xlf translate it (unit
// validation.required): literal, so that a lookup that answers wrongly cannot agree with itself.
const ENGLISH = 'Fill in this field.';
const RUSSIAN = 'Заполните это поле.';
const KAZAKH = 'Бұл өрісті толтырыңыз.';

describe('locale resolution', () => {
  it('normalizes the tags hosts write', () => {
    expect(normalizeLocale('ru-RU')).to.equal('ru');
    expect(normalizeLocale('KK')).to.equal('kk');
    expect(normalizeLocale('kz')).to.equal('kk');
    expect(normalizeLocale('kk_KZ')).to.equal('kk');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
    expect(normalizeLocale(null)).to.equal(undefined);
  });

  it('prefers the explicit locale, then the nearest lang across shadow roots, then <html lang>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="kk"><span></span></div>`);
    const span = outer.querySelector('span')!;
    expect(resolveLocale(span)).to.equal('kk');
    expect(resolveLocale(span, 'ru')).to.equal('ru');

    const host = document.createElement('div');
    host.lang = 'ru';
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    outer.append(host);
    expect(resolveLocale(inner)).to.equal('ru');

    const loose = document.createElement('i');
    document.body.append(loose);
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'kk-KZ';
    expect(resolveLocale(loose)).to.equal('kk');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(loose)).to.equal('en');
    document.documentElement.lang = previous;
    loose.remove();
  });
});

describe('per-element localization', () => {
  it('renders English by default', async () => {
    const el = await fixture(html`<tirkeu-i18n-probe></tirkeu-i18n-probe>`);
    expect(text(el)).to.equal(ENGLISH);
  });

  it('renders Russian and Kazakh side by side on one page', async () => {
    const wrapper = await fixture(html`<div>
      <tirkeu-i18n-probe locale="ru"></tirkeu-i18n-probe>
      <tirkeu-i18n-probe lang="kk"></tirkeu-i18n-probe>
      <tirkeu-i18n-probe></tirkeu-i18n-probe>
    </div>`);
    const [ru, kk, en] = [...wrapper.querySelectorAll<I18nProbe>('tirkeu-i18n-probe')];
    // Each first update waits for its locale's strings.
    await Promise.all([ru, kk, en].map((el) => el.updateComplete));
    expect(text(ru)).to.equal(RUSSIAN);
    expect(text(kk)).to.equal(KAZAKH);
    expect(text(en)).to.equal(ENGLISH);
  });

  it('switches without a reload when an ancestor lang or the locale property changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><tirkeu-i18n-probe></tirkeu-i18n-probe></div>`);
    const probe = wrapper.querySelector<I18nProbe>('tirkeu-i18n-probe')!;
    expect(text(probe)).to.equal(ENGLISH);

    wrapper.lang = 'ru';
    await waitUntil(() => text(probe) === RUSSIAN, 'follows the ancestor lang');

    probe.locale = 'kk';
    await waitUntil(() => text(probe) === KAZAKH, 'follows its own locale');

    probe.locale = undefined;
    await waitUntil(() => text(probe) === RUSSIAN, 'back to the ancestor');
  });

  it('answers in the requested locale outside render and leaves English as the default', async () => {
    await loadLocale('ru');
    await loadLocale('kk');
    expect(validationMessage('required', lookupFor('ru'))).to.equal(RUSSIAN);
    expect(validationMessage('required', lookupFor('kk'))).to.equal(KAZAKH);
    expect(validationMessage('required', lookupFor('en'))).to.equal(ENGLISH);
  });
});
