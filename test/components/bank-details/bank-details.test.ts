import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BankAccount, TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import { halykAccount, kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import { activeId, addAccount, control, errorOf, make, messageIn, q, qa, root, settle, typeInto } from './helpers.js';

const HALYK_IBAN = 'KZ566010002000012345';
const halyk: BankAccount = halykAccount;
const kaspi: BankAccount = kaspiUsdAccount;

describe('tirkeu-bank-details', () => {
  describe('showing accounts', () => {
    it('is empty at first, with an add button, and accessible', async () => {
      const el = await make();
      expect(el.value).to.deep.equal([]);
      expect(q(el, '[part~="empty"]').textContent).to.contain('No bank accounts yet.');
      expect(q(el, '[part~="add-button"]').textContent!.trim()).to.equal('Add account');
      await expect(el).to.be.accessible();
    });

    it('shows each account closed, with bank, IBAN, currency and type; the main one marked', async () => {
      const el = await make(undefined, [halyk, kaspi]);
      const cards = qa(el, '[part~="account"]');
      expect(cards).to.have.length(2);
      expect(cards[0].querySelector('[part~="account-overview"]')!.textContent).to.equal(
        'Halyk Bank of Kazakhstan JSC · KZ56 6010 0020 0001 2345 · KZT · Current account',
      );
      expect(cards[0].getAttribute('part')).to.contain('account-main');
      expect(qa<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.checked)).to.deep.equal([true, false]);
      expect(el.value).to.deep.equal([halyk, kaspi]);
      await expect(el).to.be.accessible();
    });

    it('opens an account for editing and is accessible with every field shown', async () => {
      const el = await make(undefined, [halyk]);
      q<HTMLButtonElement>(el, '[part~="edit-button"]').click();
      await settle(el);
      expect(control(el, 'account').value).to.equal('KZ56 6010 0020 0001 2345');
      expect(control<TirkeuCombobox>(el, 'country').value).to.equal('KZ');
      expect(control<TirkeuCombobox>(el, 'bankName').text).to.equal('Halyk Bank of Kazakhstan JSC');
      expect(activeId(el)).to.equal(control(el, 'country').id);
      await expect(el).to.be.accessible();
    });
  });

  describe('field rules', () => {
    const cases: Array<[field: string, typed: string, code: string, resident?: boolean]> = [
      ['account', 'KZ57 6010 0020 0001 2345', 'iban-checksum'],
      ['account', 'KZ56 6010', 'iban-length'],
      ['account', 'DE89 3704 0044 0532 0130 00', 'iban-country-mismatch'],
      ['bic', 'HSBK', 'bic-length'],
      ['bic', 'DEUTDEFF', 'bic-country-mismatch'],
      ['kbe', '27', 'kbe-residency'],
      ['kbe', '1', 'kbe-format'],
      ['kbe', '10', 'kbe-sector'],
      ['closedOn', '', '', false],
    ];
    for (const [field, typed, code] of cases.filter((c) => c[2])) {
      it(`${field} "${typed}" says "${code}" after leaving the field, keeping the text`, async () => {
        const el = await make(undefined, [halyk]);
        q<HTMLButtonElement>(el, '[part~="edit-button"]').click();
        await settle(el);
        const input = control(el, field);
        input.focus();
        input.select();
        await sendKeys({ type: typed });
        await settle(el);
        expect(errorOf(el, field), 'not while typing').to.equal('');
        await sendKeys({ press: 'Tab' });
        await settle(el);
        expect(errorOf(el, field)).to.equal(await messageIn('en', code));
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain(`${input.id}-error`);
        expect(root(el).getElementById(`${input.id}-error`)!.getAttribute('aria-live')).to.equal('polite');
        expect(input.value.replace(/ /g, '')).to.equal(typed.replace(/ /g, ''));
      });
    }

    it('the closing date cannot be before the opening date', async () => {
      const el = await make(undefined, [{ ...halyk, openedOn: '2024-05-01', closedOn: '2023-01-01' }]);
      expect(el.validate()).to.equal(false);
      await settle(el);
      expect(errorOf(el, 'closedOn')).to.equal(await messageIn('en', 'date-order'));
      expect(el.value[0].closedOn).to.equal('2023-01-01');
    });

    it('required fields say so after validate(), in Russian and Kazakh too', async () => {
      for (const locale of ['en', 'ru', 'kk'] as const) {
        const el = await make(html`<tirkeu-bank-details resident locale=${locale}></tirkeu-bank-details>`);
        await addAccount(el);
        expect(el.validate()).to.equal(false);
        await settle(el);
        const required = await messageIn(locale, 'required');
        expect(errorOf(el, 'account')).to.equal(required);
        expect(errorOf(el, 'bic')).to.equal(required);
        expect(errorOf(el, 'kbe')).to.equal(required);
        expect(errorOf(el, 'bankName')).to.not.equal('');
        if (locale !== 'en') expect(errorOf(el, 'account')).to.not.equal(await messageIn('en', 'required'));
      }
    });

    it('a country typed that is not in the list keeps the text and asks to choose', async () => {
      const el = await make();
      await addAccount(el);
      const country = control<TirkeuCombobox>(el, 'country');
      country.focus();
      // Over "Kazakhstan": Chromium selects the text on a delegated focus(), Firefox and WebKit put
      // the caret at its end, so select it as a user does before typing over it.
      country.shadowRoot!.querySelector('input')!.select();
      await sendKeys({ type: 'Atlantis' });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(country.text).to.equal('Atlantis');
      expect(errorOf(el, 'country')).to.equal('Choose an option from the list');
    });
  });

  describe('IBAN', () => {
    it('a Kazakh IBAN fills the BIC and the bank name from the directory', async () => {
      const el = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`);
      await addAccount(el);
      const iban = control(el, 'account');
      iban.focus();
      await sendKeys({ type: 'kz566010002000012345' });
      await settle(el);
      expect(iban.value).to.equal('KZ56 6010 0020 0001 2345');
      expect(control<TirkeuCombobox>(el, 'country').value).to.equal('KZ');
      expect(control(el, 'bic').value).to.equal('HSBKKZKX');
      expect(control<TirkeuCombobox>(el, 'bankName').text).to.equal('Halyk Bank of Kazakhstan JSC');
      expect(q(el, '[role="status"]').textContent).to.contain('Halyk Bank of Kazakhstan JSC');
      expect(el.value[0]).to.include({ iban: HALYK_IBAN, bic: 'HSBKKZKX', bankName: 'Halyk Bank of Kazakhstan JSC', country: 'KZ' });
    });

    for (const [locale, name] of [
      ['ru', 'АО «Народный Банк Казахстана»'],
      ['kk', '«Қазақстан Халық Банкі» АҚ'],
    ] as const) {
      it(`in ${locale} the bank name comes in ${locale}`, async () => {
        const el = await make(html`<tirkeu-bank-details resident locale=${locale}></tirkeu-bank-details>`);
        await loadLocale(locale);
        await addAccount(el);
        await typeInto(el, 'account', HALYK_IBAN);
        expect(el.value[0].bankName).to.equal(name);
        expect(control<TirkeuCombobox>(el, 'bankName').text).to.equal(name);
      });
    }

    it('a pasted IBAN with spaces and dashes is normalised', async () => {
      const el = await make();
      await addAccount(el);
      const iban = control(el, 'account');
      iban.focus();
      document.execCommand('insertText', false, ' kz56-6010 0020-0001 2345 ');
      await settle(el);
      expect(iban.value).to.equal('KZ56 6010 0020 0001 2345');
      expect(iban.selectionStart).to.equal(iban.value.length);
      expect(el.value[0].iban).to.equal(HALYK_IBAN);
    });

    it('a country without IBAN asks for an account number', async () => {
      const el = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`);
      await addAccount(el);
      const country = control<TirkeuCombobox>(el, 'country');
      country.focus();
      await sendKeys({ type: 'United States' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const label = root(el).querySelector(`label[for="${control(el, 'account').id}"]`)!;
      expect(label.textContent).to.contain('Account number');
      await typeInto(el, 'account', '0001-2345 6789');
      expect(el.value[0]).to.include({ country: 'US', accountNumber: '000123456789' });
      expect(el.value[0]).to.not.have.property('iban');
    });
  });

  describe('KBe', () => {
    it('is required for residents only', async () => {
      const account = { ...halyk, kbe: undefined };
      const resident = await make(html`<tirkeu-bank-details resident></tirkeu-bank-details>`, [account]);
      expect(resident.validate()).to.equal(false);
      await settle(resident);
      expect(errorOf(resident, 'kbe')).to.equal(await messageIn('en', 'required'));
      expect(root(resident).querySelector(`label[for="${control(resident, 'kbe').id}"]`)!.textContent).to.not.contain('optional');

      const nonResident = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`, [account]);
      expect(nonResident.validate()).to.equal(true);
      expect(nonResident.checkValidity()).to.equal(true);
      q<HTMLButtonElement>(nonResident, '[part~="edit-button"]').click();
      await settle(nonResident);
      expect(root(nonResident).querySelector(`label[for="${control(nonResident, 'kbe').id}"]`)!.textContent).to.contain('(optional)');
    });
  });

  describe('adding, editing, removing, main', () => {
    it('adds an account (the first is main), edits it and closes it when valid', async () => {
      const el = await make();
      const change = oneEvent(el, 'change');
      await addAccount(el);
      await change;
      expect(el.value).to.have.length(1);
      expect(el.value[0]).to.include({ isMain: true, country: 'KZ', currency: 'KZT' });
      expect(activeId(el)).to.equal(control(el, 'account').id);
      await typeInto(el, 'account', HALYK_IBAN);
      await typeInto(el, 'kbe', '17');
      // Seed 001: the opening date is required.
      q<HTMLButtonElement>(el, '[part~="done-button"]').click();
      await settle(el);
      expect(errorOf(el, 'openedOn')).to.equal(await messageIn('en', 'required'));
      expect(activeId(el)).to.equal(control(el, 'openedOn').id);
      await sendKeys({ type: '03/12/2019' });
      q<HTMLButtonElement>(el, '[part~="done-button"]').click();
      await settle(el);
      expect(q(el, '[part~="account-overview"]').textContent).to.contain('Halyk');
      expect(root(el).activeElement!.getAttribute('part')).to.equal('edit-button');
      expect(el.checkValidity()).to.equal(true);
    });

    it('"Done" on an invalid account shows its errors instead of closing', async () => {
      const el = await make();
      await addAccount(el);
      q<HTMLButtonElement>(el, '[part~="done-button"]').click();
      await settle(el);
      expect(q(el, '[part~="fields"]')).to.exist;
      expect(errorOf(el, 'account')).to.equal(await messageIn('en', 'required'));
      expect(activeId(el)).to.equal(control(el, 'account').id);
    });

    it('removes an account only after an inline confirmation', async () => {
      const el = await make(undefined, [halyk, kaspi]);
      q<HTMLButtonElement>(el, '[part~="remove-button"]').click();
      await settle(el);
      const confirm = q(el, '[part~="confirm"]');
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(confirm.textContent).to.contain('Remove Account 1?');
      expect(root(el).activeElement!.getAttribute('part')).to.equal('cancel-button');
      await expect(el).to.be.accessible();
      // Keep: nothing happens.
      (root(el).activeElement as HTMLButtonElement).click();
      await settle(el);
      expect(el.value).to.have.length(2);
      expect(root(el).activeElement!.getAttribute('part')).to.equal('remove-button');
      // Remove: the other account is left and becomes main.
      q<HTMLButtonElement>(el, '[part~="remove-button"]').click();
      await settle(el);
      const change = oneEvent(el, 'change');
      q<HTMLButtonElement>(el, '[part~="confirm-button"]').click();
      await change;
      await settle(el);
      expect(el.value).to.deep.equal([{ ...kaspi, isMain: true }]);
      expect(q(el, '[role="status"]').textContent).to.equal('Account removed.');
    });

    it('marks another account as main', async () => {
      const el = await make(undefined, [halyk, kaspi]);
      const radios = qa<HTMLInputElement>(el, 'input[type="radio"]');
      const change = oneEvent(el, 'change');
      radios[1].click();
      await change;
      expect(el.value.map((a) => a.isMain)).to.deep.equal([false, true]);
    });

    it('a host echoing the value back keeps the editor open and what was typed', async () => {
      const el = await make(undefined, [halyk]);
      el.addEventListener('input', () => (el.value = el.value));
      q<HTMLButtonElement>(el, '[part~="edit-button"]').click();
      await settle(el);
      await typeInto(el, 'bic', 'HSBK');
      expect(control(el, 'bic').value).to.equal('HSBK');
      expect(errorOf(el, 'bic')).to.equal(await messageIn('en', 'bic-length'));
    });

    it('sends input while typing and change when a field is committed', async () => {
      const el = await make(undefined, [halyk]);
      q<HTMLButtonElement>(el, '[part~="edit-button"]').click();
      await settle(el);
      let inputs = 0;
      let changes = 0;
      el.addEventListener('input', () => inputs++);
      el.addEventListener('change', () => changes++);
      control(el, 'bic').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'A' });
      expect(inputs).to.equal(2);
      expect(changes).to.equal(0);
      control(el, 'bic').blur();
      expect(changes).to.equal(1);
    });
  });

  it('can be filled in with the keyboard alone', async () => {
    const el = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`);
    q<HTMLButtonElement>(el, '[part~="add-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Focus is in the bank country. Each field with a hint has its "?" button first.
    await sendKeys({ type: 'Germ' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' }); // the IBAN hint
    await sendKeys({ press: 'Tab' }); // IBAN
    await sendKeys({ type: 'DE89 3704 0044 0532 0130 00' });
    await sendKeys({ press: 'Tab' }); // the BIC hint
    await sendKeys({ press: 'Tab' }); // BIC
    await sendKeys({ type: 'deutdeff' });
    await sendKeys({ press: 'Tab' }); // bank name
    await sendKeys({ type: 'Deutsche Bank AG' });
    await sendKeys({ press: 'Tab' }); // currency
    await sendKeys({ type: 'eur' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' }); // account type (a select): keep "Current account"
    await sendKeys({ press: 'Tab' }); // the KBe hint
    await sendKeys({ press: 'Tab' }); // KBe
    await sendKeys({ type: '27' });
    await sendKeys({ press: 'Tab' }); // opened on: typed as the forms write dates, day first
    await sendKeys({ type: '02.05.2019' });
    await settle(el);
    expect(el.value[0]).to.deep.equal({
      country: 'DE',
      bankName: 'Deutsche Bank AG',
      bic: 'DEUTDEFF',
      iban: 'DE89370400440532013000',
      kbe: '27',
      accountType: 'current',
      currency: 'EUR',
      openedOn: '2019-05-02',
      isMain: true,
    });
    // Tab to "Done" and press it.
    const done = q<HTMLButtonElement>(el, '[part~="done-button"]');
    for (let i = 0; i < 12 && activeId(el) !== done.id; i++) await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal(done.id);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(q(el, '[part~="account-overview"]').textContent).to.contain('Deutsche Bank AG');
    expect(el.checkValidity()).to.equal(true);
  });

  describe('errors and summary', () => {
    it('validate() shows the summary; its links focus the fields', async () => {
      const el = await make(undefined, [{ ...halyk, bic: 'HSBK', iban: 'KZ57601000200001234' }]);
      expect(el.validate()).to.equal(false);
      await settle(el);
      const links = qa<HTMLAnchorElement>(el, '[part~="summary"] a');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        `IBAN: ${await messageIn('en', 'iban-length')}`,
        `SWIFT / BIC: ${await messageIn('en', 'bic-length')}`,
      ]);
      links[1].click();
      expect(activeId(el)).to.equal(control(el, 'bic').id);
      links[0].click();
      expect(activeId(el)).to.equal(control(el, 'account').id);
      await expect(el).to.be.accessible();
    });

    it('reportValidity() moves focus to the summary', async () => {
      const el = await make(undefined, [{ ...halyk, bic: '' }]);
      expect(el.reportValidity()).to.equal(false);
      await settle(el);
      await settle(el);
      expect(root(el).activeElement?.getAttribute('part')).to.equal('summary');
      expect(el.validationMessage).to.contain('SWIFT / BIC');
    });

    it('with `required`, asks for at least one account', async () => {
      const el = await make(html`<tirkeu-bank-details required></tirkeu-bank-details>`);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      el.validate();
      await settle(el);
      const link = q<HTMLAnchorElement>(el, '[part~="summary"] a');
      expect(link.textContent).to.equal('Add at least one bank account.');
      link.click();
      expect(activeId(el)).to.equal('add-account');
    });
  });

  describe('in a form', () => {
    it('puts the accounts into FormData as JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tirkeu-bank-details name="bankAccounts" resident .value=${[halyk, kaspi]}></tirkeu-bank-details></form>`,
      );
      const el = form.querySelector('tirkeu-bank-details')!;
      await el.updateComplete;
      expect(JSON.parse(String(new FormData(form).get('bankAccounts')))).to.deep.equal([halyk, kaspi]);
      expect(el.form).to.equal(form);
    });

    it('blocks the submit while invalid and shows the errors; reset brings the first value back', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><tirkeu-bank-details name="bankAccounts" resident .value=${[halyk]}></tirkeu-bank-details></form>`,
      );
      const el = form.querySelector('tirkeu-bank-details')!;
      await el.updateComplete;
      q<HTMLButtonElement>(el, '[part~="edit-button"]').click();
      await settle(el);
      await typeInto(el, 'kbe', '');
      let submitted = false;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await settle(el);
      expect(submitted).to.equal(false);
      expect(q(el, '[part~="summary"]')).to.exist;
      expect(errorOf(el, 'kbe')).to.equal(await messageIn('en', 'required'));
      form.reset();
      await settle(el);
      expect(el.value).to.deep.equal([halyk]);
      expect(q(el, '[part~="summary"]')).to.not.exist;
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><tirkeu-bank-details name="b" .value=${[halyk]}></tirkeu-bank-details></fieldset></form>`,
      );
      const el = form.querySelector('tirkeu-bank-details')!;
      await el.updateComplete;
      expect(qa<HTMLButtonElement>(el, 'button').every((b) => b.disabled)).to.equal(true);
      expect(new FormData(form).has('b')).to.equal(false);
    });
  });

  describe('locale', () => {
    it('switches language without a reload, bank names included', async () => {
      const el = await make(undefined, [halyk]);
      expect(q(el, '[part~="edit-button"]').textContent!.trim()).to.equal('Edit');
      el.locale = 'ru';
      await loadLocale('ru');
      await aTimeout(0);
      await settle(el);
      await settle(el);
      expect(q(el, '[part~="edit-button"]').textContent!.trim()).to.not.equal('Edit');
      expect(el.value[0].bankName).to.equal('АО «Народный Банк Казахстана»');
      expect(q(el, '[part~="account-overview"]').textContent).to.contain('Текущий счёт');
      el.locale = 'kk';
      await loadLocale('kk');
      await aTimeout(0);
      await settle(el);
      await settle(el);
      expect(el.value[0].bankName).to.equal('«Қазақстан Халық Банкі» АҚ');
      await expect(el).to.be.accessible();
    });
  });

  it('a second copy of the define file does not throw', async () => {
    await import('../../../src/components/bank-details/define.js?again' as string).catch(() => undefined);
    expect(customElements.get('tirkeu-bank-details')).to.exist;
  });
});
