import type { BankAccount } from '../src/model/index.js';

/**
 * Bank accounts that stories and tests share. The IBANs are valid (mod-97) but belong to no
 * one; the banks are real, so the directory autofills them.
 */

/** A resident's main tenge account at Halyk Bank. */
export const halykAccount: BankAccount = {
  country: 'KZ',
  bankName: 'Halyk Bank of Kazakhstan JSC',
  bic: 'HSBKKZKX',
  iban: 'KZ566010002000012345',
  kbe: '17',
  accountType: 'current',
  currency: 'KZT',
  openedOn: '2019-03-12',
  isMain: true,
};

/** A resident's dollar account at Kaspi Bank (letters inside the account part). */
export const kaspiUsdAccount: BankAccount = {
  country: 'KZ',
  bankName: 'Kaspi Bank JSC',
  bic: 'CASPKZKA',
  iban: 'KZ64722S000001234567',
  kbe: '17',
  accountType: 'current',
  currency: 'USD',
  openedOn: '2021-06-01',
  isMain: false,
};

/** A non-resident's euro account in Germany. */
export const deutscheAccount: BankAccount = {
  country: 'DE',
  bankName: 'Deutsche Bank AG',
  bic: 'DEUTDEFF',
  iban: 'DE89370400440532013000',
  accountType: 'current',
  currency: 'EUR',
  openedOn: '2019-05-02',
  isMain: true,
};

/** An account in a country without IBAN: a local account number instead. */
export const chaseAccount: BankAccount = {
  country: 'US',
  bankName: 'JPMorgan Chase Bank, N.A.',
  bic: 'CHASUS33',
  accountNumber: '000123456789',
  accountType: 'current',
  currency: 'USD',
  openedOn: '2020-09-14',
  isMain: false,
};
