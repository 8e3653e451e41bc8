import { expect } from '@open-wc/testing';
import {
  autofillFromBic,
  autofillFromIban,
  emptyDraft,
  fromDraft,
  normaliseMain,
  relocaliseBankName,
  toDraft,
  validateDraft,
  type AccountDraft,
} from '../../../src/components/bank-details/account-draft.js';
import * as kzBanks from '../../../src/model/bank-lookup.js';

const HALYK_IBAN = 'KZ566010002000012345';

function codes(draft: AccountDraft, resident = true) {
  const all = validateDraft(draft, { resident });
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k.split('.')[1], v]));
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
    expect(Object.values(codes(valid())).filter(Boolean)).to.deep.equal([]);
  });

  it('gives one code per broken rule', () => {
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
      const { draft, filled } = autofillFromIban({ ...emptyDraft(), account: 'KZ56 6010 002' }, locale, kzBanks);
      expect(filled).to.equal(true);
      expect(draft.country).to.equal('KZ');
      expect(draft.bic).to.equal('HSBKKZKX');
      expect(draft.bankName).to.equal(name);
    }
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
