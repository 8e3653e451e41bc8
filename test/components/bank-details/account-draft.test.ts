import { expect } from '@open-wc/testing';
import {
  autofillFromBic,
  autofillFromIban,
  contradictedBank,
  emptyDraft,
  fromDraft,
  normaliseMain,
  relocaliseBankName,
  toDraft,
  type AccountDraft,
} from '../../../src/components/bank-details/account-draft.js';
import { accountCodes, keyOfPath, type AccountIssue } from '../../../src/components/bank-details/account-issues.js';
import * as kzBanks from '../../../src/model/bank-lookup.js';

const HALYK_IBAN = 'KZ566010002000012345';
const KASPI_IBAN = 'KZ64722S000001234567';

/** The editor's codes of one account, by field. */
function codes(draft: AccountDraft, resident = true, outside = new Map<string, AccountIssue>()) {
  const all = accountCodes([draft], { resident, required: true }, outside);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k.split('.')[1] ?? k, v]));
}

const valid = () =>
  toDraft({
    country: 'KZ',
    bankName: 'Halyk Bank of Kazakhstan JSC',
    bic: 'HSBKKZKX',
    iban: HALYK_IBAN,
    kbe: '17',
    accountType: 'current',
    currency: 'KZT',
    openedOn: '2019-03-12',
    isMain: true,
  });

describe('account drafts', () => {
  it('round-trips a BankAccount, showing the IBAN grouped and giving it back compact', () => {
    const draft = valid();
    expect(draft.account).to.equal('KZ56 6010 0020 0001 2345');
    const account = fromDraft({ ...draft, account: 'kz56-6010 0020 0001 2345', bic: 'hsbk kzkx' });
    expect(account.iban).to.equal(HALYK_IBAN);
    expect(account.bic).to.equal('HSBKKZKX');
    expect(account).to.not.have.property('accountNumber');
    expect(account).to.not.have.property('closedOn');
  });

  it('gives an account number (not an IBAN) for countries without IBAN', () => {
    const account = fromDraft({ ...emptyDraft(), country: 'US', account: '0001-2345 6789' });
    expect(account.accountNumber).to.equal('000123456789');
    expect(account).to.not.have.property('iban');
  });

  it('a valid account has no codes', () => {
    expect(codes(valid())).to.deep.equal({});
  });

  it('gives one code per broken rule, on the field the editor shows', () => {
    const d = valid();
    expect(codes({ ...d, country: '' }).country).to.equal('required');
    expect(codes({ ...d, country: 'XX' }).country).to.equal('country-code');
    expect(codes({ ...d, account: '' }).account).to.equal('required');
    expect(codes({ ...d, account: 'KZ57 6010 0020 0001 2345' }).account).to.equal('iban-checksum');
    expect(codes({ ...d, account: 'KZ56 6010 0020 0001 234' }).account).to.equal('iban-length');
    expect(codes({ ...d, account: 'DE89 3704 0044 0532 0130 00' }).account).to.equal('iban-country-mismatch');
    expect(codes({ ...d, country: 'US', account: '12#45' }).account).to.equal('account-number-format');
    expect(codes({ ...d, bic: 'HSBK' }).bic).to.equal('bic-length');
    expect(codes({ ...d, bic: 'DEUTDEFF' }).bic).to.equal('bic-country-mismatch');
    expect(codes({ ...d, bankName: '  ' }).bankName).to.equal('required');
    expect(codes({ ...d, currency: '' }).currency).to.equal('required');
    expect(codes({ ...d, currency: 'XYZ' }).currency).to.equal('currency-code');
    expect(codes({ ...d, accountType: 'piggy' }).accountType).to.equal('invalid-choice');
    expect(codes({ ...d, openedOn: '2024-02-30' }).openedOn).to.equal('date-format');
    expect(codes({ ...d, openedOn: '2024-05-01', closedOn: '2023-01-01' }).closedOn).to.equal('date-order');
    // Seed 001: the opening date is required, the closing date is not.
    expect(codes({ ...d, openedOn: '' }).openedOn).to.equal('required');
    expect(codes({ ...d, closedOn: '' })).to.deep.equal({});
    // Without a country the number is missing all the same.
    expect(codes({ ...d, country: '', account: '' })).to.include({ country: 'required', account: 'required' });
  });

  it('lists codes in the order the editor shows its fields, the list first', () => {
    const drafts = [{ ...valid(), openedOn: '', bic: '', account: '' }, { ...valid(), currency: '', isMain: false }];
    const all = accountCodes(drafts, { resident: true, required: true }, new Map());
    expect(Object.entries(all)).to.deep.equal([
      [`${drafts[0].key}.account`, 'required'],
      [`${drafts[0].key}.bic`, 'required'],
      [`${drafts[0].key}.openedOn`, 'required'],
      [`${drafts[1].key}.currency`, 'required'],
    ]);
    expect(accountCodes([], { resident: true, required: true }, new Map())).to.deep.equal({ accounts: 'required' });
    expect(accountCodes([], { resident: true, required: false }, new Map())).to.deep.equal({});
  });

  it('puts issues from outside on their field, after what the model found', () => {
    const d = valid();
    const outside = new Map<string, AccountIssue>([
      [`${d.key}.account`, { path: '0.iban', code: 'iban-unknown-to-bank' }],
      [`${d.key}.kbe`, { path: '0.kbe', code: 'kbe-sector' }],
      [d.key, { path: '0', code: 'account-closed' }],
    ]);
    expect(codes({ ...d, kbe: '27' }, true, outside)).to.deep.equal({ [d.key]: 'account-closed', account: 'iban-unknown-to-bank', kbe: 'kbe-residency' });
  });

  it('finds the field of a path in the list', () => {
    const drafts = [valid(), valid()];
    expect(keyOfPath('', drafts)).to.equal('accounts');
    expect(keyOfPath('bankAccounts', drafts)).to.equal('accounts');
    expect(keyOfPath('1.iban', drafts)).to.equal(`${drafts[1].key}.account`);
    expect(keyOfPath('bankAccounts.0.accountNumber', drafts)).to.equal(`${drafts[0].key}.account`);
    expect(keyOfPath('bankAccounts.1.openedOn.year', drafts)).to.equal(`${drafts[1].key}.openedOn`);
    expect(keyOfPath('1.routingCode', drafts)).to.equal(drafts[1].key);
    expect(keyOfPath('2.iban', drafts)).to.equal(undefined);
  });

  it('requires the KBe of residents only, and checks its residency digit', () => {
    expect(codes({ ...valid(), kbe: '' }, true).kbe).to.equal('required');
    expect(codes({ ...valid(), kbe: '' }, false).kbe).to.equal(undefined);
    expect(codes({ ...valid(), kbe: '27' }, true).kbe).to.equal('kbe-residency');
    expect(codes({ ...valid(), kbe: '17' }, false).kbe).to.equal('kbe-residency');
    expect(codes({ ...valid(), kbe: '27' }, false).kbe).to.equal(undefined);
    expect(codes({ ...valid(), kbe: '1' }, true).kbe).to.equal('kbe-format');
  });

  it('a KZ IBAN fills country, BIC and the bank name in the locale asked for', () => {
    for (const [locale, name] of [
      ['en', 'Halyk Bank of Kazakhstan JSC'],
      ['ru', 'АО «Народный Банк Казахстана»'],
      ['kk', '«Қазақстан Халық Банкі» АҚ'],
    ] as const) {
      const { draft, filled } = autofillFromIban({ ...emptyDraft(), account: 'KZ56 6010 0020 0001 2345' }, locale, kzBanks);
      expect(filled).to.equal(true);
      expect(draft.country).to.equal('KZ');
      expect(draft.bic).to.equal('HSBKKZKX');
      expect(draft.bankName).to.equal(name);
    }
  });

  it('only a valid IBAN names its bank: half typed or with a wrong check digit, nothing is filled', () => {
    for (const account of ['KZ56 6010 002', 'KZ57 6010 0020 0001 2345', 'KZ56 6020 0020 0001 2345']) {
      const { draft, filled } = autofillFromIban({ ...emptyDraft(), country: 'KZ', account }, 'en', kzBanks);
      expect(filled, account).to.equal(false);
      expect(draft, account).to.include({ bic: '', bankName: '' });
      expect(draft.autofilled, account).to.deep.equal({});
    }
  });

  it('what agreed with the old IBAN follows the new one; a BIC typed against it stays', () => {
    const halyk = { ...valid(), autofilled: {} };
    const typed = autofillFromIban({ ...halyk, account: KASPI_IBAN }, 'en', kzBanks, halyk).draft;
    expect(typed).to.include({ bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' });
    const against = { ...halyk, bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' };
    const kept = autofillFromIban({ ...against, account: 'KZ86125KZT5004100100' }, 'en', kzBanks, against).draft;
    expect(kept).to.include({ bic: 'CASPKZKA', bankName: 'Kaspi Bank JSC' });
    expect(contradictedBank(kept, kzBanks)?.bic).to.equal('NBRKKZKX');
  });

  it('says when BIC or bank name contradict the IBAN\'s bank, not when they agree or are unknown', () => {
    const d = valid();
    expect(contradictedBank(d, kzBanks)).to.equal(undefined);
    expect(contradictedBank({ ...d, bic: 'CASPKZKA' }, kzBanks)?.bic).to.equal('HSBKKZKX');
    expect(contradictedBank({ ...d, bankName: 'АО «Kaspi Bank»' }, kzBanks)?.bic).to.equal('HSBKKZKX');
    expect(contradictedBank({ ...d, bic: 'HSBKKZKXALM' }, kzBanks), 'a branch BIC').to.equal(undefined);
    expect(contradictedBank({ ...d, bic: 'HSBK' }, kzBanks), 'no BIC yet').to.equal(undefined);
    expect(contradictedBank({ ...d, bankName: 'Halyk, Almaty branch' }, kzBanks)).to.equal(undefined);
    expect(contradictedBank({ ...d, account: 'KZ57 6010 0020 0001 2345', bic: 'CASPKZKA' }, kzBanks), 'invalid IBAN').to.equal(undefined);
    const bereke = toDraft({ country: 'KZ', iban: 'KZ869140000000000000', bic: 'SABRKZKA' });
    expect(contradictedBank(bereke, kzBanks), 'a BIC from before a rename').to.equal(undefined);
    expect(contradictedBank(d, undefined), 'no directory yet').to.equal(undefined);
  });

  it('never overwrites what the user typed, but refills what the directory filled', () => {
    const typed = autofillFromIban({ ...emptyDraft(), country: 'KZ', account: HALYK_IBAN, bic: 'ABCDKZKA', bankName: 'My bank' }, 'en', kzBanks);
    expect(typed.draft.bic).to.equal('ABCDKZKA');
    expect(typed.draft.bankName).to.equal('My bank');
    const first = autofillFromIban({ ...emptyDraft(), country: 'KZ', account: HALYK_IBAN }, 'en', kzBanks).draft;
    const kaspi = autofillFromIban({ ...first, account: 'KZ64722S000001234567' }, 'en', kzBanks).draft;
    expect(kaspi.bic).to.equal('CASPKZKA');
    expect(kaspi.bankName).to.equal('Kaspi Bank JSC');
    const cleared = autofillFromIban({ ...kaspi, account: 'KZ' }, 'en', kzBanks).draft;
    expect(cleared.bic).to.equal('');
    expect(cleared.bankName).to.equal('');
  });

  it('a Kazakh BIC fills the bank name; names follow the locale', () => {
    const draft = autofillFromBic({ ...emptyDraft(), country: 'KZ', bic: 'CASPKZKA' }, 'ru', kzBanks);
    expect(draft.bankName).to.equal('АО «Kaspi Bank»');
    const halyk = { ...valid(), bankName: 'Halyk Bank of Kazakhstan JSC' };
    expect(relocaliseBankName(halyk, 'kk', kzBanks).bankName).to.equal('«Қазақстан Халық Банкі» АҚ');
    expect(relocaliseBankName({ ...halyk, bankName: 'Halyk, Almaty branch' }, 'kk', kzBanks).bankName).to.equal('Halyk, Almaty branch');
  });

  it('a bank name the user typed stays as typed, even a directory name, until the directory fills it again', () => {
    const typed = { ...valid(), bankName: 'АО «Народный Банк Казахстана»', bankNameTyped: true };
    expect(relocaliseBankName(typed, 'kk', kzBanks)).to.equal(typed);
    expect(relocaliseBankName(typed, 'en', kzBanks)).to.equal(typed);
    // Typed for the old IBAN's bank, it follows a new IBAN: then it is the directory's again.
    const kaspi = autofillFromIban({ ...typed, account: KASPI_IBAN }, 'en', kzBanks, typed).draft;
    expect(kaspi).to.include({ bankName: 'Kaspi Bank JSC', bankNameTyped: false });
    expect(relocaliseBankName(kaspi, 'ru', kzBanks).bankName).to.equal('АО «Kaspi Bank»');
    const emptied = autofillFromBic({ ...emptyDraft(), bic: 'CASPKZKA', bankNameTyped: true }, 'kk', kzBanks);
    expect(emptied).to.include({ bankName: '«Kaspi Bank» АҚ', bankNameTyped: false });
  });

  it('without the bank directory (not loaded yet) leaves the bank fields as they are', () => {
    const first = autofillFromIban({ ...emptyDraft(), country: 'KZ', account: HALYK_IBAN }, 'en', kzBanks).draft;
    const kaspi = autofillFromIban({ ...first, account: 'KZ64722S000001234567' }, 'en', undefined);
    expect(kaspi.filled).to.equal(false);
    expect(kaspi.draft).to.include({ bic: 'HSBKKZKX', bankName: 'Halyk Bank of Kazakhstan JSC' });
    const country = autofillFromIban({ ...emptyDraft(), account: HALYK_IBAN }, 'en', undefined);
    expect(country.draft).to.include({ country: 'KZ', bic: '', bankName: '' });
    expect(autofillFromBic({ ...emptyDraft(), country: 'KZ', bic: 'CASPKZKA' }, 'ru', undefined).bankName).to.equal('');
    expect(relocaliseBankName(first, 'kk', undefined)).to.equal(first);
  });

  it('keeps exactly one main account', () => {
    const list = normaliseMain([valid(), valid(), valid()].map((d) => ({ ...d, isMain: true })));
    expect(list.map((d) => d.isMain)).to.deep.equal([true, false, false]);
    expect(normaliseMain([emptyDraft(), emptyDraft()]).map((d) => d.isMain)).to.deep.equal([true, false]);
  });
});
