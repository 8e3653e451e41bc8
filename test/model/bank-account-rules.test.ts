// The bank account rules in one place: what an account needs (seed 001: the opening date; the
// closing date optional), the accounts of a registration on their own, the directory's check.
import { expect } from '@open-wc/testing';
import {
  bankAccountFieldRequired,
  checkBankAccounts,
  checkResidentRegistration,
  issuesToFieldErrors,
  kzBanks,
  residentBankAccountSchema,
} from '../../src/model/index.js';
import { contradictsKzBank, lookupKzBank } from '../../src/model/bank-lookup.js';
import { chaseAccount, deutscheAccount, halykAccount, kaspiUsdAccount } from '../../mocks/sample-accounts.js';

describe('bank account rules', () => {
  it('the opening date is required and the closing date optional (seed 001)', () => {
    expect(bankAccountFieldRequired('openedOn', { resident: true })).to.equal(true);
    expect(bankAccountFieldRequired('closedOn', { resident: true })).to.equal(false);
    const { openedOn: _o, ...withoutOpening } = halykAccount;
    expect(issuesToFieldErrors(residentBankAccountSchema.safeParse(withoutOpening))).to.deep.equal({ openedOn: 'required' });
    expect(residentBankAccountSchema.safeParse({ ...halykAccount, closedOn: undefined }).success).to.equal(true);
  });

  it('the IBAN where the country uses IBANs (or none is known yet), the account number elsewhere, the KBe from residents', () => {
    expect(bankAccountFieldRequired('iban', { resident: true, country: 'KZ' })).to.equal(true);
    expect(bankAccountFieldRequired('iban', { resident: true })).to.equal(true);
    expect(bankAccountFieldRequired('iban', { resident: false, country: 'US' })).to.equal(false);
    expect(bankAccountFieldRequired('accountNumber', { resident: false, country: 'US' })).to.equal(true);
    expect(bankAccountFieldRequired('accountNumber', { resident: false, country: 'DE' })).to.equal(false);
    expect(bankAccountFieldRequired('kbe', { resident: true, country: 'DE' })).to.equal(true);
    expect(bankAccountFieldRequired('kbe', { resident: false, country: 'KZ' })).to.equal(false);
    for (const field of ['country', 'bankName', 'bic', 'accountType', 'currency'] as const) {
      expect(bankAccountFieldRequired(field, { resident: false }), field).to.equal(true);
    }
  });

  it('an account without a number misses its IBAN even before its country is given', () => {
    const { iban: _i, ...noIban } = deutscheAccount;
    expect(issuesToFieldErrors(checkBankAccounts([{ ...noIban, country: '' }], false))).to.deep.equal({
      '0.country': 'required',
      '0.iban': 'required',
    });
    // Not while an account number stands in for it: the country decides which one it needs.
    expect(issuesToFieldErrors(checkBankAccounts([{ ...chaseAccount, country: '' }], false))).to.deep.equal({ '0.country': 'required' });
  });

  it('checks a list of accounts as the registration checks its bankAccounts', () => {
    expect(checkBankAccounts([halykAccount, kaspiUsdAccount], true).success).to.equal(true);
    expect(issuesToFieldErrors(checkBankAccounts([], true))).to.deep.equal({ '': 'required' });
    const two = [halykAccount, { ...kaspiUsdAccount, isMain: true, openedOn: '' }];
    expect(issuesToFieldErrors(checkBankAccounts(two, true))).to.deep.equal({ '1.openedOn': 'required', '1.isMain': 'bank-main-multiple' });
    const registration = checkResidentRegistration({ bankAccounts: two });
    const inRegistration = issuesToFieldErrors(registration);
    expect(inRegistration).to.include({ 'bankAccounts.1.openedOn': 'required', 'bankAccounts.1.isMain': 'bank-main-multiple' });
  });

  it('a BIC or bank name of another bank contradicts the bank a Kazakh IBAN names', () => {
    const halyk = lookupKzBank(halykAccount.iban)!;
    expect(halyk.bic).to.equal('HSBKKZKX');
    expect(contradictsKzBank(halyk, { bic: 'HSBKKZKX', bankName: 'Halyk Bank of Kazakhstan JSC' })).to.equal(false);
    expect(contradictsKzBank(halyk, { bic: 'hsbk kzkx alm' }), 'a branch BIC, spaced, lower case').to.equal(false);
    expect(contradictsKzBank(halyk, { bic: 'CASPKZKA' })).to.equal(true);
    expect(contradictsKzBank(halyk, { bankName: '«Kaspi Bank» АҚ' })).to.equal(true);
    expect(contradictsKzBank(halyk, { bankName: 'Halyk, Almaty branch' }), 'a name the directory does not know').to.equal(false);
    expect(contradictsKzBank(halyk, { bic: 'HSBK' }), 'not a BIC yet').to.equal(false);
    const bereke = kzBanks.find((bank) => bank.code === '914')!;
    expect(contradictsKzBank(bereke, { bic: 'SABRKZKA' }), 'its BIC before the rename').to.equal(false);
  });
});
