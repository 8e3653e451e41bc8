// The bank editor asks the model's rules (one rule per fact), shows issues from outside on their
// fields, says when BIC or bank contradict a Kazakh IBAN, and shows each error once.
import { expect, html } from '@open-wc/testing';
import type { BankAccount, TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import type { TirkeuCombobox } from '../../../src/components/shared/combobox/combobox.js';
import { checkBankAccountData, issuesToFieldErrors } from '../../../src/model/index.js';
import { loadLocale } from '../../../src/i18n/localize.js';
import { chaseAccount, deutscheAccount, halykAccount, kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import {
  activeId,
  addAccount,
  choose,
  control,
  errorNode,
  errorOf,
  labelOf,
  make,
  messageIn,
  openAccount,
  q,
  qa,
  root,
  settle,
  typeInto,
} from './helpers.js';
import { inPoliteRegion, textNodesWith } from '../tree-text.js';

const HALYK_IBAN = 'KZ566010002000012345';
const KASPI_IBAN = 'KZ64722S000001234567';
/** The Halyk IBAN with its check digits off by one. */
const HALYK_IBAN_TYPO = 'KZ576010002000012345';

const { openedOn: _opened, ...halykWithoutOpening } = halykAccount;
const withoutOpening = halykWithoutOpening as BankAccount;

describe('tirkeu-bank-details: one rule per fact', () => {
  describe('the model decides what an account needs', () => {
    it('an account without its opening date is incomplete, as the model says (seed 001)', async () => {
      const el = await make(undefined, [withoutOpening]);
      expect(checkBankAccountData(withoutOpening, true).success, 'the model').to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validate()).to.equal(false);
      await settle(el);
      expect(q(el, '[part~="fields"]'), 'the account is opened').to.exist;
      expect(errorOf(el, 'openedOn')).to.equal(await messageIn('en', 'required'));
      expect(el.validationMessage).to.equal(`Opened on: ${await messageIn('en', 'required')}`);
    });

    it('labels the opening date required and the closing date optional, in every language', async () => {
      for (const [locale, optional] of [
        ['en', '(optional)'],
        ['ru', '(необязательно)'],
        ['kk', '(міндетті емес)'],
      ] as const) {
        await loadLocale(locale);
        const el = await make(html`<tirkeu-bank-details resident locale=${locale}></tirkeu-bank-details>`, [halykAccount]);
        await openAccount(el);
        expect(labelOf(el, 'openedOn'), locale).to.not.contain(optional);
        expect(labelOf(el, 'closedOn'), locale).to.contain(optional);
        expect(control(el, 'openedOn').getAttribute('aria-required')).to.equal('true');
        expect(control(el, 'closedOn').getAttribute('aria-required')).to.equal('false');
      }
    });

    it('a closing date is optional, and when given it is not before the opening date', async () => {
      const el = await make(undefined, [halykAccount]);
      expect(el.checkValidity(), 'no closing date').to.equal(true);
      el.value = [{ ...halykAccount, closedOn: '2019-03-11' }];
      expect(el.validate()).to.equal(false);
      await settle(el);
      expect(errorOf(el, 'closedOn')).to.equal(await messageIn('en', 'date-order'));
      el.value = [{ ...halykAccount, closedOn: '2019-03-12' }];
      expect(el.checkValidity(), 'closed on the day it opened').to.equal(true);
    });

    it('marks the IBAN or the account number, and the KBe, as the model requires them', async () => {
      const resident = await make(undefined, [halykAccount]);
      await openAccount(resident);
      expect(labelOf(resident, 'kbe')).to.not.contain('(optional)');
      const foreign = await make(html`<tirkeu-bank-details></tirkeu-bank-details>`, [chaseAccount]);
      await openAccount(foreign);
      expect(labelOf(foreign, 'account')).to.equal('Account number');
      expect(labelOf(foreign, 'kbe')).to.contain('(optional)');
    });

    // The model is the oracle here on purpose: the editor must never accept what it refuses.
    const pool: Array<[string, Partial<BankAccount>, boolean]> = [
      ['valid', halykAccount, true],
      ['no opening date', withoutOpening, true],
      ['closed before opened', { ...halykAccount, closedOn: '2019-01-01' }, true],
      ['no KBe (resident)', { ...halykAccount, kbe: undefined }, true],
      ['no KBe (non-resident)', { ...deutscheAccount }, false],
      ['a resident KBe abroad', { ...deutscheAccount, kbe: '17' }, false],
      ['no IBAN', { ...halykAccount, iban: undefined }, true],
      ['an account number', chaseAccount, false],
      ['no account number', { ...chaseAccount, accountNumber: undefined }, false],
      ['a German BIC in Kazakhstan', { ...halykAccount, bic: 'DEUTDEFF' }, true],
      ['no bank name', { ...kaspiUsdAccount, bankName: '' }, true],
      ['no country', { ...deutscheAccount, country: '' }, false],
      ['no currency', { ...halykAccount, currency: '' }, true],
      ['a wrong opening date', { ...halykAccount, openedOn: '2019-02-30' }, true],
    ];
    const draftField = (path: string) => (path === 'iban' || path === 'accountNumber' ? 'account' : path);
    for (const [label, account, resident] of pool) {
      it(`agrees with the model: ${label}`, async () => {
        const el = await make(html`<tirkeu-bank-details ?resident=${resident}></tirkeu-bank-details>`, [account as BankAccount]);
        const model = issuesToFieldErrors(checkBankAccountData(el.value[0], resident));
        expect(el.checkValidity()).to.equal(Object.keys(model).length === 0);
        el.validate();
        await settle(el);
        for (const [path, code] of Object.entries(model)) {
          expect(errorOf(el, draftField(path)), path).to.equal(await messageIn('en', code));
        }
      });
    }
  });

  describe('an empty list', () => {
    for (const [locale, text] of [
      ['en', 'Add at least one bank account.'],
      ['ru', 'Добавьте хотя бы один банковский счёт.'],
      ['kk', 'Кемінде бір банктік шот қосыңыз.'],
    ] as const) {
      it(`says "${text}" at the add button and in the summary (${locale})`, async () => {
        await loadLocale(locale);
        const el = await make(html`<tirkeu-bank-details required locale=${locale}></tirkeu-bank-details>`);
        el.validate();
        await settle(el);
        expect(q(el, '#add-account-error').textContent!.trim()).to.equal(text);
        expect(q(el, '[part~="summary"] a').textContent).to.equal(text);
        expect(el.validationMessage).to.equal(text);
      });
    }
  });

  describe('issues from outside (a server 422, the form)', () => {
    it('puts an issue on its account\'s field, opens that account, and clears it when the field is edited', async () => {
      const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
      expect(el.checkValidity()).to.equal(true);
      el.errors = [{ path: '1.iban', code: 'iban-checksum' }];
      await settle(el);
      expect(qa(el, '[part~="account"]').map((card) => !!card.querySelector('[part~="fields"]'))).to.deep.equal([false, true]);
      expect(errorOf(el, 'account')).to.equal(await messageIn('en', 'iban-checksum'));
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(`Account 2: IBAN: ${await messageIn('en', 'iban-checksum')}`);
      await typeInto(el, 'account', KASPI_IBAN);
      expect(errorOf(el, 'account')).to.equal('');
      expect(el.errors).to.deep.equal([]);
      expect(el.checkValidity()).to.equal(true);
    });

    it('says a code only the server knows in its own words (never the server\'s), and keeps issues on other fields', async () => {
      const el = await make(undefined, [halykAccount]);
      const fromServer = { path: 'bankAccounts.0.bic', code: 'bic-not-in-directory', message: 'The directory knows no such BIC.' };
      el.errors = [fromServer, { path: '0.openedOn', code: 'date-format' }];
      await settle(el);
      expect(errorOf(el, 'bic')).to.equal('The server did not accept this value.');
      expect(errorOf(el, 'openedOn')).to.equal(await messageIn('en', 'date-format'));
      await typeInto(el, 'bic', 'HSBKKZKX');
      expect(errorOf(el, 'bic')).to.equal('');
      expect(el.errors).to.deep.equal([{ path: '0.openedOn', code: 'date-format' }]);
    });

    it('an issue on the list itself shows at the add button', async () => {
      const el = await make(undefined, []);
      el.errors = [{ path: '', code: 'required' }];
      await settle(el);
      expect(q(el, '#add-account-error').textContent!.trim()).to.equal('Add at least one bank account.');
    });

    it('issues follow their account when another one is removed', async () => {
      const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
      el.errors = [{ path: '1.currency', code: 'currency-code' }];
      await settle(el);
      qa<HTMLButtonElement>(el, '[part~="remove-button"]')[0].click();
      await settle(el);
      q<HTMLButtonElement>(el, '[part~="confirm-button"]').click();
      await settle(el);
      expect(el.errors).to.deep.equal([{ path: '0.currency', code: 'currency-code' }]);
      expect(errorOf(el, 'currency')).to.equal(await messageIn('en', 'currency-code'));
    });

    it('focusField() opens the account and focuses the field', async () => {
      const el = await make(undefined, [halykAccount, kaspiUsdAccount]);
      expect(el.focusField('1.openedOn')).to.equal(true);
      await settle(el);
      expect(activeId(el)).to.equal(control(el, 'openedOn').id);
      expect(el.focusField('1.iban')).to.equal(true);
      await settle(el);
      expect(activeId(el)).to.equal(control(el, 'account').id);
      expect(el.focusField('5.iban')).to.equal(false);
    });
  });

  describe('BIC and bank against a Kazakh IBAN', () => {
    const warning = (el: TirkeuBankDetails) => root(el).querySelector<HTMLElement>('[part~="bank-mismatch"]');

    it('a BIC of another bank than the IBAN\'s is said, with a way to take the IBAN\'s bank', async () => {
      const el = await make();
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN);
      expect(!!warning(el)).to.equal(false);
      await typeInto(el, 'bic', 'CASPKZKA');
      const text = warning(el)!.textContent!;
      expect(text).to.contain('Halyk Bank of Kazakhstan JSC');
      expect(text).to.contain('HSBKKZKX');
      expect(control(el, 'bic').getAttribute('aria-describedby')).to.contain(warning(el)!.querySelector('p')!.id);
      expect(q(el, '[role="status"]').textContent).to.contain('Halyk Bank of Kazakhstan JSC');
      warning(el)!.querySelector<HTMLButtonElement>('button')!.click();
      await settle(el);
      expect(el.value[0]).to.include({ bic: 'HSBKKZKX', bankName: 'Halyk Bank of Kazakhstan JSC' });
      expect(!!warning(el)).to.equal(false);
    });

    it('a bank chosen from the list that is not the IBAN\'s is said too', async () => {
      const el = await make();
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN);
      await choose(el, 'bankName', 'Kaspi');
      expect(el.value[0]).to.include({ bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' });
      expect(warning(el)!.textContent).to.contain('Halyk Bank of Kazakhstan JSC');
    });

    it('a host\'s account whose BIC contradicts its IBAN is said, even closed', async () => {
      const el = await make(undefined, [{ ...halykAccount, bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' }]);
      await settle(el);
      expect(warning(el)!.textContent).to.contain('Halyk Bank of Kazakhstan JSC');
    });

    it('when the IBAN changes, BIC and bank that agreed with it follow; a BIC typed against it stays and is said', async () => {
      const el = await make();
      await addAccount(el);
      // Typed by hand, agreeing with the IBAN that comes next.
      await typeInto(el, 'bic', 'HSBKKZKX');
      await typeInto(el, 'account', HALYK_IBAN);
      expect(!!warning(el)).to.equal(false);
      await typeInto(el, 'account', KASPI_IBAN);
      expect(el.value[0]).to.include({ bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' });
      // Chosen from the list, agreeing with the IBAN: follows it too.
      await choose(el, 'bankName', 'Kaspi');
      await typeInto(el, 'account', HALYK_IBAN);
      expect(el.value[0]).to.include({ bic: 'HSBKKZKX', bankName: 'Halyk Bank of Kazakhstan JSC' });
      expect(!!warning(el)).to.equal(false);
      // Typed against the IBAN: the user's, kept, and said.
      await typeInto(el, 'bic', 'CASPKZKA');
      await typeInto(el, 'account', 'KZ86 125K ZT50 0410 0100');
      expect(el.value[0]).to.include({ bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' });
      expect(warning(el)!.textContent).to.contain('National Bank of the Republic of Kazakhstan');
    });
  });

  describe('the bank directory answers only for a valid IBAN', () => {
    const notes = (el: TirkeuBankDetails) => qa(el, '[part~="autofill-note"]');

    it('a wrong check digit fills nothing and lights no "From the bank directory"', async () => {
      const el = await make();
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN_TYPO);
      expect(errorOf(el, 'account')).to.equal(await messageIn('en', 'iban-checksum'));
      expect(notes(el)).to.have.length(0);
      expect(control(el, 'bic').value).to.equal('');
      expect(control<TirkeuCombobox>(el, 'bankName').value).to.equal('');
      expect(q(el, '[role="status"]').textContent!.trim()).to.equal('');
    });

    it('an IBAN that turns invalid takes back what the directory filled', async () => {
      const el = await make();
      await addAccount(el);
      await typeInto(el, 'account', HALYK_IBAN);
      expect(notes(el)).to.have.length(1);
      expect(control(el, 'bic').value).to.equal('HSBKKZKX');
      await typeInto(el, 'account', HALYK_IBAN_TYPO);
      expect(notes(el)).to.have.length(0);
      expect(el.value[0]).to.include({ bic: '', bankName: '' });
    });
  });

  describe('each error once', () => {
    it('standalone: under the field and in the editor\'s summary, announced politely once', async () => {
      const el = await make(undefined, [{ ...halykAccount, bic: 'HSBK' }]);
      el.validate();
      await settle(el);
      const text = await messageIn('en', 'bic-length');
      const nodes = textNodesWith(el.shadowRoot!, text);
      expect(nodes.length).to.equal(2);
      expect(nodes.filter(inPoliteRegion).length).to.equal(1);
      expect(errorNode(el, 'bic').contains(nodes.find(inPoliteRegion)!)).to.equal(true);
    });

    it('with hide-summary (inside a form that has its own): under the field only', async () => {
      const el = await make(html`<tirkeu-bank-details resident hide-summary></tirkeu-bank-details>`, [{ ...halykAccount, bic: 'HSBK' }]);
      el.validate();
      await settle(el);
      expect(!!q(el, '[part~="summary"]')).to.equal(false);
      const nodes = textNodesWith(el.shadowRoot!, await messageIn('en', 'bic-length'));
      expect(nodes.length).to.equal(1);
      expect(nodes.filter(inPoliteRegion).length).to.equal(1);
    });
  });
});
