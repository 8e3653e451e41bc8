// The registration forms and their bank accounts: an issue on `bankAccounts.N.field` (the
// model's, on submit, or a server's 422) is shown on that account's field inside the editor,
// the account is opened, the form's summary names it and its link focuses the field; each error
// is shown once.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import type { TirkeuResidentForm } from '../../../src/components/resident-form/resident-form.js';
import type { TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import type { ResidentRegistration } from '../../../src/model/index.js';
import { setupBrowserMocks } from '../../../mocks/backend/browser.js';
import { createBackendHandlers, type BackendMockOptions } from '../../../mocks/backend/index.js';
import { kaspiUsdAccount } from '../../../mocks/sample-accounts.js';
import { validationMessage } from '../../../src/components/shared/validation-messages.js';
import { deepActiveElement } from '../../../src/components/shared/validity-anchor.js';
import { loadLocale, lookupFor } from '../../../src/i18n/localize.js';
import type { Locale } from '../../../src/i18n/locale.js';
import { bankCodes, bankIssueKey, keepBankIssues, serverBankIssues } from '../../../src/components/registration-sections/bank-issues.js';
import {
  button,
  certificate,
  confirmEmail,
  errorOf,
  fillResident,
  IIN,
  kzAccount,
  mockSigner,
  mount,
  root,
  settle,
  summaryLinks,
} from './helpers.js';
import { inPoliteRegion, textNodesWith } from '../tree-text.js';

const messageIn = async (locale: Locale, code: string) => {
  await loadLocale(locale);
  return validationMessage(code, lookupFor(locale));
};

let worker: SetupWorker | undefined;
async function backend(options: BackendMockOptions = {}) {
  worker = await setupBrowserMocks({ latency: 0 });
  worker.resetHandlers(...createBackendHandlers({ latency: 0, ...options }));
}
afterEach(() => worker?.resetHandlers());

const offline = (locale?: string) =>
  mount<TirkeuResidentForm>(html`<tirkeu-resident-form locale=${locale ?? 'en'} .certificate=${certificate()}></tirkeu-resident-form>`);

const editor = (el: TirkeuResidentForm) => root(el).querySelector<TirkeuBankDetails>('tirkeu-bank-details')!;
const cards = (el: TirkeuResidentForm) => [...editor(el).shadowRoot!.querySelectorAll('[part~="account"]')];
/** The control of an editor field of the n-th account (which must be open). */
function bankControl(el: TirkeuResidentForm, field: string, n = 0): HTMLInputElement {
  return cards(el)[n].querySelector<HTMLInputElement>(`[data-field$=".${field}"]`)!;
}
function bankError(el: TirkeuResidentForm, field: string, n = 0): string {
  const node = editor(el).shadowRoot!.getElementById(`${bankControl(el, field, n).id}-error`)!.cloneNode(true) as HTMLElement;
  node.querySelector('.visually-hidden')?.remove();
  return node.textContent!.trim();
}
async function settleAll(el: TirkeuResidentForm) {
  await settle(el);
  await editor(el).updateComplete;
  await settle(el);
}

describe('registration forms: bank account issues', () => {
  it('an account without its opening date: shown on that field, the account opened, the summary names it and focuses it', async () => {
    const el = await offline();
    await fillResident(el);
    const { openedOn: _o, ...account } = kzAccount;
    el.value = { bankAccounts: [kzAccount, { ...kaspiUsdAccount }, { ...account, isMain: false }] } as unknown as Partial<ResidentRegistration>;
    await settleAll(el);
    expect(el.validate()).to.equal(false);
    await settleAll(el);
    const required = await messageIn('en', 'required');
    expect(cards(el).map((card) => !!card.querySelector('[part~="fields"]'))).to.deep.equal([false, false, true]);
    expect(bankError(el, 'openedOn', 2)).to.equal(required);
    const links = summaryLinks(el).map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([`Account 3: Opened on: ${required}`]);
    summaryLinks(el)[0].click();
    await settleAll(el);
    expect(deepActiveElement() === bankControl(el, 'openedOn', 2), 'focus on the opening date').to.equal(true);
  });

  it('an empty list says "Add at least one bank account." (in Kazakh too)', async () => {
    for (const [locale, text] of [
      ['en', 'Add at least one bank account.'],
      ['kk', 'Кемінде бір банктік шот қосыңыз.'],
    ] as const) {
      await loadLocale(locale);
      const el = await offline(locale);
      await fillResident(el);
      el.value = { bankAccounts: [] } as unknown as Partial<ResidentRegistration>;
      await settleAll(el);
      el.validate();
      await settleAll(el);
      const link = summaryLinks(el).find((a) => a.textContent!.includes(text));
      expect(link, locale).to.exist;
      expect(editor(el).shadowRoot!.getElementById('add-account-error')!.textContent!.trim()).to.equal(text);
      expect(textNodesWith(el.shadowRoot!, text).length, 'once at the field, once in the summary').to.equal(2);
    }
  });

  it('a 422 on bankAccounts.1.iban lands on that IBAN inside the editor and leaves when it is edited', async () => {
    await backend({ rejectSubmission: [{ path: 'bankAccounts.1.iban', code: 'iban-checksum' }] });
    const el = await mount<TirkeuResidentForm>(
      html`<tirkeu-resident-form api-base="/api" .certificate=${certificate()} .signer=${mockSigner(IIN)}></tirkeu-resident-form>`,
    );
    await el.lookupComplete;
    await fillResident(el);
    el.value = { bankAccounts: [kzAccount, { ...kaspiUsdAccount }] } as unknown as Partial<ResidentRegistration>;
    await settleAll(el);
    await confirmEmail(el);
    button(el, 'submit').click();
    await oneEvent(el, 'tirkeu-error');
    await settleAll(el);
    const text = await messageIn('en', 'iban-checksum');
    expect(cards(el).map((card) => !!card.querySelector('[part~="fields"]'))).to.deep.equal([false, true]);
    expect(bankError(el, 'account', 1)).to.equal(text);
    expect(errorOf(el, 'bankAccounts'), 'nothing repeated under the editor').to.equal('');
    const link = summaryLinks(el).find((a) => a.textContent!.trim() === `Account 2: IBAN: ${text}`);
    expect(link).to.exist;
    link!.click();
    await settleAll(el);
    expect(deepActiveElement() === bankControl(el, 'account', 1), 'focus on the IBAN').to.equal(true);
    // Editing that IBAN takes the server's complaint away, in the editor and in the summary.
    const input = bankControl(el, 'account', 1);
    input.value = 'KZ64 722S 0000 0123 4567';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settleAll(el);
    expect(bankError(el, 'account', 1)).to.equal('');
    expect(summaryLinks(el).map((a) => a.textContent)).to.not.include(`Account 2: IBAN: ${text}`);
  });

  it('shows an account\'s error once: at its field, and once in the form\'s summary', async () => {
    const el = await offline();
    await fillResident(el);
    el.value = { bankAccounts: [{ ...kzAccount, bic: 'HSBK' }] } as unknown as Partial<ResidentRegistration>;
    await settleAll(el);
    el.validate();
    await settleAll(el);
    const text = await messageIn('en', 'bic-length');
    expect(!!editor(el).shadowRoot!.querySelector('[part~="summary"]'), 'no second summary').to.equal(false);
    const nodes = textNodesWith(el.shadowRoot!, text);
    expect(nodes.length).to.equal(2);
    expect(summaryLinks(el).map((a) => a.textContent!.trim())).to.include(`Account 1: SWIFT / BIC: ${text}`);
    expect(nodes.filter(inPoliteRegion).length, 'one polite announcement').to.equal(1);
    expect(errorOf(el, 'bankAccounts')).to.equal('');
  });
});

describe('bank issues: the form\'s keys for them', () => {
  it('keeps each under its account and field, in the editor\'s order, the model first', () => {
    const codes = bankCodes(
      { 'bankAccounts.1.openedOn': 'required', 'bankAccounts.1.iban': 'iban-checksum', 'bankAccounts.0.kbe': 'required' },
      {
        'bankAccounts.1.iban': { code: 'iban-closed', path: 'bankAccounts.1.iban' },
        'bankAccounts.0.currency': { code: 'currency-code', path: 'bankAccounts.0.currency' },
        bankAccounts: { code: 'required', path: 'bankAccounts' },
        'user.phone': { code: 'phone-format', path: 'user.phone' },
      },
    );
    expect(Object.entries(codes)).to.deep.equal([
      ['bankAccounts', 'required'],
      ['bankAccounts.0.currency', 'currency-code'],
      ['bankAccounts.0.kbe', 'required'],
      ['bankAccounts.1.iban', 'iban-checksum'],
      ['bankAccounts.1.openedOn', 'required'],
    ]);
    expect(bankIssueKey('bankAccounts.2.bic.branch')).to.equal('bankAccounts.2.bic');
    expect(bankIssueKey('bankAccounts.x')).to.equal('bankAccounts');
  });

  it('hands the server\'s to the editor and keeps those the editor still shows', () => {
    const server = {
      'bankAccounts.1.iban': { code: 'iban-checksum', path: 'bankAccounts.1.iban' },
      'bankAccounts.0.bic': { code: 'bic-length', path: 'bankAccounts.0.bic' },
      'user.phone': { code: 'phone-format', path: 'user.phone' },
    };
    expect(serverBankIssues(server)).to.deep.equal([
      { path: '1.iban', code: 'iban-checksum' },
      { path: '0.bic', code: 'bic-length' },
    ]);
    // The user edited account 2's IBAN, then removed account 1: what is left moved up.
    expect(keepBankIssues(server, [{ path: '0.bic', code: 'bic-length' }])).to.deep.equal({
      'user.phone': { code: 'phone-format', path: 'user.phone' },
      'bankAccounts.0.bic': { code: 'bic-length', path: 'bankAccounts.0.bic' },
    });
  });
});
