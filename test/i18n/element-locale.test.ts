// Each element speaks its own locale everywhere it builds text (willUpdate, render, an event
// handler, a validity message), from its first update on, whatever another element did.
// The first test needs a page where no locale is loaded yet: keep it first in this file.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import '../../src/components/certificate-picker/define.js';
import type { PickerErrorDetail, TirkeuCertificatePicker } from '../../src/components/certificate-picker/define.js';
import { errorTitle } from '../../src/components/certificate-picker/messages.js';
import { TirkeuElement } from '../../src/components/shared/tirkeu-element.js';
import { isLocaleLoaded, loadLocale } from '../../src/i18n/localize.js';
import { stubClient } from '../components/certificate-picker/helpers.js';
import { expectedIdle, idleTexts, PICKER_TEXTS } from '../components/certificate-picker/texts.js';

/** Looks one real message of the library up in willUpdate, in render and in a click handler. */
class LocaleProbe extends TirkeuElement {
  /** Makes render() throw after its lookup. */
  @property({ type: Boolean }) broken = false;
  /** The text looked up in willUpdate. */
  early = '';
  /** The text looked up in the click handler. */
  said = '';

  /** The click handler. */
  speak(): void {
    this.said = this.text();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.early = this.text();
  }

  override render() {
    const now = this.text();
    if (this.broken) throw new Error('probe render failed');
    return html`<p class="early">${this.early}</p>
      <p class="render">${now}</p>
      <button @click=${() => this.speak()}>?</button>`;
  }

  private text(): string {
    return errorTitle('ncalayer-unavailable', this.localize.msg);
  }
}
customElements.define('tirkeu-locale-probe', LocaleProbe);

const probeTexts = (el: LocaleProbe) => ({
  early: el.shadowRoot!.querySelector('.early')!.textContent,
  render: el.shadowRoot!.querySelector('.render')!.textContent,
});

/** Mounts `tag` in `parent` and records the text of its shadow root after every change to it. */
function mount<T extends HTMLElement>(parent: Element, tag: string, props: Partial<T>): { el: T; seen: string[] } {
  const el = Object.assign(document.createElement(tag) as T, props);
  parent.append(el);
  const seen: string[] = [];
  new MutationObserver(() => seen.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' '))).observe(el.shadowRoot!, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return { el, seen };
}

const refusingClient = () =>
  stubClient(
    async () => '',
    async () => {
      throw new Error('connection refused');
    },
  );

describe('each element in its own locale', () => {
  it('a Kazakh and a Russian element side by side speak their languages from the first update', async () => {
    expect([isLocaleLoaded('ru'), isLocaleLoaded('kk')], 'no locale loaded before this test').to.deep.equal([false, false]);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const kk = mount<TirkeuCertificatePicker>(page, 'tirkeu-certificate-picker', { locale: 'kk', required: true });
    const ru = mount<TirkeuCertificatePicker>(page, 'tirkeu-certificate-picker', { locale: 'ru', required: true });
    const kkProbe = mount<LocaleProbe>(page, 'tirkeu-locale-probe', { locale: 'kk' });
    const ruProbe = mount<LocaleProbe>(page, 'tirkeu-locale-probe', { locale: 'ru' });
    await Promise.all([kk, ru, kkProbe, ruProbe].map(({ el }) => el.updateComplete));

    expect(idleTexts(kk.el)).to.deep.equal(expectedIdle('kk'));
    expect(idleTexts(ru.el)).to.deep.equal(expectedIdle('ru'));
    // willUpdate already had the element's locale.
    expect(probeTexts(kkProbe.el)).to.deep.equal({ early: PICKER_TEXTS.kk.unavailable, render: PICKER_TEXTS.kk.unavailable });
    expect(probeTexts(ruProbe.el)).to.deep.equal({ early: PICKER_TEXTS.ru.unavailable, render: PICKER_TEXTS.ru.unavailable });
    // No frame before that was English, not even while the strings loaded.
    for (const { seen } of [kk, ru]) {
      expect(seen.length, 'rendered').to.be.greaterThan(0);
      for (const text of seen) {
        expect(text).to.not.contain(PICKER_TEXTS.en.select);
        expect(text).to.not.contain(PICKER_TEXTS.en.hint);
      }
    }
    for (const { seen } of [kkProbe, ruProbe]) {
      expect(seen.length, 'rendered').to.be.greaterThan(0);
      for (const text of seen) expect(text).to.not.contain(PICKER_TEXTS.en.unavailable);
    }
  });

  describe('with the locales loaded', () => {
    before(() => Promise.all([loadLocale('ru'), loadLocale('kk')]));

    it("answers in the element's locale outside render: a click handler, a validity message, an error event", async () => {
      const probe = await fixture<LocaleProbe>(html`<tirkeu-locale-probe locale="kk"></tirkeu-locale-probe>`);
      probe.shadowRoot!.querySelector('button')!.click();
      expect(probe.said).to.equal(PICKER_TEXTS.kk.unavailable);

      const page = await fixture<HTMLDivElement>(html`<div>
        <tirkeu-certificate-picker locale="kk" required></tirkeu-certificate-picker>
        <tirkeu-certificate-picker locale="ru" required></tirkeu-certificate-picker>
      </div>`);
      const pickers = [...page.querySelectorAll('tirkeu-certificate-picker')];
      for (const picker of pickers) {
        picker.client = refusingClient();
        await picker.updateComplete;
      }
      const [kk, ru] = pickers;
      expect([kk.validationMessage, ru.validationMessage]).to.deep.equal([PICKER_TEXTS.kk.required, PICKER_TEXTS.ru.required]);
      const messages = await Promise.all(
        pickers.map(async (picker) => {
          const error = oneEvent(picker, 'tirkeu-error');
          picker.shadowRoot!.querySelector('button')!.click();
          return ((await error) as CustomEvent<PickerErrorDetail>).detail.message;
        }),
      );
      expect(messages).to.deep.equal([PICKER_TEXTS.kk.unavailable, PICKER_TEXTS.ru.unavailable]);
    });

    it('a render that throws does not change what another element says', async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const { el: broken } = mount<LocaleProbe>(page, 'tirkeu-locale-probe', { locale: 'kk', broken: true });
      const outcome = await broken.updateComplete.then(
        () => 'rendered',
        (error: Error) => error.message,
      );
      expect(outcome).to.equal('probe render failed');

      const { el: english } = mount<LocaleProbe>(page, 'tirkeu-locale-probe', {});
      const { el: picker } = mount<TirkeuCertificatePicker>(page, 'tirkeu-certificate-picker', { required: true });
      await Promise.all([english.updateComplete, picker.updateComplete]);
      expect(probeTexts(english)).to.deep.equal({ early: PICKER_TEXTS.en.unavailable, render: PICKER_TEXTS.en.unavailable });
      english.shadowRoot!.querySelector('button')!.click();
      expect(english.said).to.equal(PICKER_TEXTS.en.unavailable);
      expect(idleTexts(picker)).to.deep.equal(expectedIdle('en'));

      // The element that failed still speaks Kazakh. (Not by rendering it again: Lit reports the
      // earlier failure again then, as an unhandled rejection.)
      broken.speak();
      expect(broken.said).to.equal(PICKER_TEXTS.kk.unavailable);
    });
  });
});
