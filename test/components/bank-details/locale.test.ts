// What the bank editor chose in one language follows a switch to another: the bank names it
// filled in (never one the user typed), and its screen-reader status line; a host that holds the
// accounts (as the registration forms do) keeps the account being edited open meanwhile.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { BankAccount, TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import type { Locale } from '../../../src/i18n/locale.js';
import { halykAccount, kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import { addAccount, choose, control, make, openAccount, q, settle, typeInto } from './helpers.js';

const HALYK_IBAN = 'KZ566010002000012345';
// The directory's names of Halyk Bank (HSBKKZKX), written out here rather than read from it.
const HALYK = {
  en: 'Halyk Bank of Kazakhstan JSC',
  ru: 'АО «Народный Банк Казахстана»',
  kk: '«Қазақстан Халық Банкі» АҚ',
};

/** Switches the element's own locale, its strings loaded first (so that old and new code wait alike). */
async function switchTo(el: TirkeuBankDetails, locale: Locale) {
  await loadLocale(locale);
  el.locale = locale;
  await settle(el);
  await settle(el);
}

const status = (el: TirkeuBankDetails) => q(el, '[role="status"]').textContent!.trim();

/**
 * A host that holds the accounts, as the registration forms do: it takes the editor's value on
 * `input` and `change`, and sets its own copy back (a new array) and its locale on every render.
 */
async function holdingHost(accounts: BankAccount[], locale: Locale = 'en') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const host = { locale, accounts };
  const take = (event: Event) => {
    host.accounts = (event.currentTarget as TirkeuBankDetails).value;
    draw();
  };
  const draw = () =>
    render(
      html`<tirkeu-bank-details resident locale=${host.locale} .value=${[...host.accounts]} @input=${take} @change=${take}></tirkeu-bank-details>`,
      container,
    );
  draw();
  const el = container.querySelector('tirkeu-bank-details')!;
  await settle(el);
  return {
    host,
    el,
    async switchTo(next: Locale) {
      await loadLocale(next);
      host.locale = next;
      draw();
      await settle(el);
      await settle(el);
    },
  };
}

describe('tirkeu-bank-details: a locale switch', () => {
  describe('bank names', () => {
    it('a name the editor filled in Russian follows a switch to Kazakh and English, and the host holding the accounts gets it', async () => {
      const { host, el, switchTo: hostSwitch } = await holdingHost([], 'ru');
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN);
      expect(host.accounts[0]!.bankName).to.equal(HALYK.ru);
      for (const locale of ['kk', 'en'] as const) {
        await hostSwitch(locale);
        expect(el.value[0]!.bankName, locale).to.equal(HALYK[locale]);
        expect(control<TirkeuCombobox>(el, 'bankName').text, locale).to.equal(HALYK[locale]);
        expect(host.accounts[0]!.bankName, `the host's copy in ${locale}`).to.equal(HALYK[locale]);
      }
    });

    it('a name given in Russian to a Kazakh editor is in Kazakh from the first frame', async () => {
      await loadLocale('kk');
      const el = await make(html`<tirkeu-bank-details resident locale="kk" .value=${[{ ...halykAccount, bankName: HALYK.ru }]}></tirkeu-bank-details>`);
      await settle(el);
      expect(q(el, '[part~="account-overview"]').textContent).to.contain(HALYK.kk);
      expect(el.value[0]!.bankName).to.equal(HALYK.kk);
    });

    it('a bank chosen from the list is named in the new language', async () => {
      const el = await make();
      await addAccount(el);
      await choose(el, 'bankName', 'Kaspi');
      expect(el.value[0]!.bankName).to.equal('Kaspi Bank JSC');
      await switchTo(el, 'ru');
      expect(el.value[0]!.bankName).to.equal('АО «Kaspi Bank»');
      expect(control<TirkeuCombobox>(el, 'bankName').text).to.equal('АО «Kaspi Bank»');
    });

    it('a name the user typed never changes, even when it is the directory\'s name in another language', async () => {
      // No country yet: the bank name is a text box, and a Kazakh BIC fills it.
      const el = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`);
      await addAccount(el);
      await typeInto(el, 'bic', 'HSBKKZKX');
      expect(el.value[0]!.bankName, 'filled from the BIC').to.equal(HALYK.en);
      await typeInto(el, 'bankName', HALYK.ru);
      for (const locale of ['kk', 'en'] as const) {
        await switchTo(el, locale);
        expect(el.value[0]!.bankName, locale).to.equal(HALYK.ru);
        expect(control(el, 'bankName').value, locale).to.equal(HALYK.ru);
      }
    });
  });

  describe('the status line', () => {
    it('"Filled in from the IBAN" is said again in the new language, bank name included', async () => {
      const el = await make();
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN);
      expect(status(el)).to.equal(`Filled in from the IBAN: ${HALYK.en}, BIC HSBKKZKX.`);
      await switchTo(el, 'ru');
      expect(status(el)).to.equal(`Заполнено по IBAN: ${HALYK.ru}, БИК HSBKKZKX.`);
      await switchTo(el, 'kk');
      expect(status(el)).to.equal(`IBAN бойынша толтырылды: ${HALYK.kk}, БСК HSBKKZKX.`);
    });

    it('"Account removed." follows the language', async () => {
      const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
      q<HTMLButtonElement>(el, '[part~="remove-button"]').click();
      await settle(el);
      q<HTMLButtonElement>(el, '[part~="confirm-button"]').click();
      await settle(el);
      expect(status(el)).to.equal('Account removed.');
      await switchTo(el, 'ru');
      expect(status(el)).to.equal('Счёт удалён.');
      await switchTo(el, 'kk');
      expect(status(el)).to.equal('Шот жойылды.');
    });

    it('is cleared by a reset of the host form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tirkeu-bank-details name="accounts" resident .value=${[halykAccount, kaspiUsdAccount]}></tirkeu-bank-details></form>`,
      );
      const el = form.querySelector('tirkeu-bank-details')!;
      await settle(el);
      q<HTMLButtonElement>(el, '[part~="remove-button"]').click();
      await settle(el);
      q<HTMLButtonElement>(el, '[part~="confirm-button"]').click();
      await settle(el);
      expect(status(el)).to.equal('Account removed.');
      form.reset();
      await settle(el);
      expect(el.value).to.have.length(2);
      expect(status(el)).to.equal('');
    });
  });

  describe('an account being edited in a host that holds the accounts', () => {
    it('stays open across locale switches, with what was typed', async () => {
      const { el, switchTo: hostSwitch } = await holdingHost([halykAccount]);
      await openAccount(el);
      // Half typed (a KBe has two digits): kept, as typed. The bank's name follows each switch.
      await typeInto(el, 'kbe', '1');
      for (const locale of ['ru', 'kk', 'en', 'kk'] as const) {
        await hostSwitch(locale);
        expect(!!q(el, '[part~="fields"]'), `open in ${locale}`).to.equal(true);
        expect(control(el, 'kbe').value, locale).to.equal('1');
        expect(el.value[0]!.bankName, locale).to.equal(HALYK[locale]);
      }
      expect(q(el, '[part~="done-button"]').textContent!.trim()).to.equal('Дайын');
    });
  });
});
