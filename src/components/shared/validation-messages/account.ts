import type { DomainMessages } from './types.js';
import type { Lookup } from '../../../i18n/lookup.js';
import { generalMessages, messageFrom } from './general.js';

/** Messages of the validation codes of bank accounts: IBAN or account number, BIC (SWIFT), KBe. */
export const accountMessages = {
  'iban-format': (t) =>
    t('This IBAN does not have the format of its country. Copy it again from your bank details.', {
      id: 'validation.iban-format',
    }),
  'iban-length': (t) =>
    t('This IBAN has too many or too few characters; a Kazakh IBAN has 20. Check it.', {
      id: 'validation.iban-length',
    }),
  'iban-country': (t) =>
    t(
      'An IBAN starts with the code of a country that uses IBANs, such as KZ. Check the first two letters, or enter the account number instead.',
      { id: 'validation.iban-country' },
    ),
  'iban-country-mismatch': (t) =>
    t('This IBAN is from a different country than the bank. Check the IBAN or the bank country.', {
      id: 'validation.iban-country-mismatch',
    }),
  'iban-checksum': (t) =>
    t('This IBAN has a typo: its check digits do not match. Compare it with your bank details.', {
      id: 'validation.iban-checksum',
    }),
  'iban-national-checksum': (t) =>
    t(
      "This IBAN has a typo: the check digits of the bank's own account number inside it do not match. Compare it with your bank details.",
      { id: 'validation.iban-national-checksum' },
    ),
  'account-number-format': (t) =>
    t('Enter the account number in Latin letters and digits, up to 34 characters.', {
      id: 'validation.account-number-format',
    }),
  'bic-length': (t) => t('A BIC (SWIFT code) has 8 or 11 characters.', { id: 'validation.bic-length' }),
  'bic-format': (t) =>
    t('This is not a BIC. A BIC looks like HSBKKZKX: Latin letters and digits, with a country code in positions 5 and 6.', {
      id: 'validation.bic-format',
    }),
  'bic-country': (t) =>
    t('Letters 5 and 6 of a BIC are a country code, and these are not one. Check the BIC.', {
      id: 'validation.bic-country',
    }),
  'bic-country-mismatch': (t) =>
    t('This BIC belongs to a bank in a different country. Check the BIC or the bank country.', {
      id: 'validation.bic-country-mismatch',
    }),
  'kbe-format': (t) => t('A KBe has 2 digits, for example 17.', { id: 'validation.kbe-format' }),
  'kbe-residency': (t) =>
    t('The first digit of the KBe is 1 for a resident and 2 for a non-resident. Check it.', {
      id: 'validation.kbe-residency',
    }),
  'kbe-sector': (t) =>
    t('The second digit of the KBe is the economic sector, from 1 to 9.', { id: 'validation.kbe-sector' }),
  'bank-main-multiple': (t) =>
    t('Only one account can be the main one. Untick the others.', { id: 'validation.bank-main-multiple' }),
} satisfies DomainMessages;

/** The message for a code a bank-account editor may show: the general ones and the accounts' own. */
export function accountValidationMessage(code: string, t: Lookup): string {
  return messageFrom([generalMessages, accountMessages], code, t);
}
