import { msg } from '@lit/localize';
import type { ValidationCode } from '../../model/index.js';

/**
 * The text for each validation code of the model, in the locale `msg()` is rendering in.
 * Each message says what is wrong and what to do, in a sentence or two.
 *
 * Functions, not strings: `msg()` must run at render time to answer in the element's locale.
 * `Record<ValidationCode, …>` makes the compiler refuse a code without a message.
 */
const MESSAGES: Record<ValidationCode, () => string> = {
  required: () => msg('Fill in this field.', { id: 'validation.required' }),
  'invalid-type': () => msg('This value cannot be read. Enter it again.', { id: 'validation.invalid-type' }),
  'invalid-choice': () => msg('Choose one of the options in the list.', { id: 'validation.invalid-choice' }),
  'text-length': () => msg('This text is too long. Shorten it.', { id: 'validation.text-length' }),
  'text-characters': () =>
    msg('Use letters and digits; remove special characters.', { id: 'validation.text-characters' }),
  'name-characters': () =>
    msg('Use letters only, with a space, hyphen or apostrophe where the name has one.', {
      id: 'validation.name-characters',
    }),
  'date-format': () => msg('Enter a real date, for example 31.12.2024.', { id: 'validation.date-format' }),
  'date-order': () => msg('The closing date cannot be before the opening date.', { id: 'validation.date-order' }),

  'iin-not-digits': () =>
    msg('An IIN has digits only. Remove letters and other characters.', { id: 'validation.iin-not-digits' }),
  'iin-length': () =>
    msg('An IIN has 12 digits. Check that none is missing or extra.', { id: 'validation.iin-length' }),
  'iin-is-bin': () =>
    msg('This is a BIN, a business number. Enter the 12-digit IIN of the person.', { id: 'validation.iin-is-bin' }),
  'iin-century': () =>
    msg('The 7th digit of an IIN is from 1 to 6. Check the number.', { id: 'validation.iin-century' }),
  'iin-date': () =>
    msg('The first 6 digits of an IIN are a birth date (YYMMDD), and this date does not exist. Check the number.', {
      id: 'validation.iin-date',
    }),
  'iin-unassignable': () =>
    msg('No IIN can start with these 11 digits. Check the number for a typo.', {
      id: 'validation.iin-unassignable',
    }),
  'iin-checksum': () =>
    msg('The last digit of this IIN does not match the others. Check the number for a typo.', {
      id: 'validation.iin-checksum',
    }),
  'birth-date-mismatch': () =>
    msg('The birth date does not match the IIN. Check both.', { id: 'validation.birth-date-mismatch' }),

  'bin-not-digits': () =>
    msg('A BIN has digits only. Remove letters and other characters.', { id: 'validation.bin-not-digits' }),
  'bin-length': () =>
    msg('A BIN has 12 digits. Check that none is missing or extra.', { id: 'validation.bin-length' }),
  'bin-type': () =>
    msg(
      'This number does not fit: the 5th digit of a BIN is 4 or 5 for a legal entity and 6 for a joint entrepreneurship, and an IIN belongs to a person. Check the number and the legal status.',
      { id: 'validation.bin-type' },
    ),
  'bin-attribute': () =>
    msg('The 6th digit of a BIN is from 0 to 3. Check the number.', { id: 'validation.bin-attribute' }),
  'bin-month': () =>
    msg('Digits 3 and 4 of a BIN are the registration month, from 01 to 12. Check the number.', {
      id: 'validation.bin-month',
    }),
  'bin-unassignable': () =>
    msg('No BIN can start with these 11 digits. Check the number for a typo.', {
      id: 'validation.bin-unassignable',
    }),
  'bin-checksum': () =>
    msg('The last digit of this BIN does not match the others. Check the number for a typo.', {
      id: 'validation.bin-checksum',
    }),

  'iban-format': () =>
    msg('This IBAN does not have the format of its country. Copy it again from your bank details.', {
      id: 'validation.iban-format',
    }),
  'iban-length': () =>
    msg('This IBAN has too many or too few characters; a Kazakh IBAN has 20. Check it.', {
      id: 'validation.iban-length',
    }),
  'iban-country': () =>
    msg(
      'An IBAN starts with the code of a country that uses IBANs, such as KZ. Check the first two letters, or enter the account number instead.',
      { id: 'validation.iban-country' },
    ),
  'iban-country-mismatch': () =>
    msg('This IBAN is from a different country than the bank. Check the IBAN or the bank country.', {
      id: 'validation.iban-country-mismatch',
    }),
  'iban-checksum': () =>
    msg('This IBAN has a typo: its check digits do not match. Compare it with your bank details.', {
      id: 'validation.iban-checksum',
    }),
  'account-number-format': () =>
    msg('Enter the account number in Latin letters and digits, up to 34 characters.', {
      id: 'validation.account-number-format',
    }),

  'bic-length': () => msg('A BIC (SWIFT code) has 8 or 11 characters.', { id: 'validation.bic-length' }),
  'bic-format': () =>
    msg('This is not a BIC. A BIC looks like HSBKKZKX: Latin letters and digits, with a country code in positions 5 and 6.', {
      id: 'validation.bic-format',
    }),
  'bic-country': () =>
    msg('Letters 5 and 6 of a BIC are a country code, and these are not one. Check the BIC.', {
      id: 'validation.bic-country',
    }),
  'bic-country-mismatch': () =>
    msg('This BIC belongs to a bank in a different country. Check the BIC or the bank country.', {
      id: 'validation.bic-country-mismatch',
    }),

  'kbe-format': () => msg('A KBe has 2 digits, for example 17.', { id: 'validation.kbe-format' }),
  'kbe-residency': () =>
    msg('The first digit of the KBe is 1 for a resident and 2 for a non-resident. Check it.', {
      id: 'validation.kbe-residency',
    }),
  'kbe-sector': () =>
    msg('The second digit of the KBe is the economic sector, from 1 to 9.', { id: 'validation.kbe-sector' }),

  'phone-format': () =>
    msg('Enter the full phone number with the country code, for example +7 701 123 45 67.', {
      id: 'validation.phone-format',
    }),
  'phone-country-code': () =>
    msg('Start the number with + and the country code, for example +49 30 1234567.', {
      id: 'validation.phone-country-code',
    }),
  'phone-kz-range': () =>
    msg('Enter a Kazakhstan number: +7 and 10 digits starting with 6 or 7.', { id: 'validation.phone-kz-range' }),
  'phone-kz-mobile': () =>
    msg('Enter a Kazakhstan mobile number, for example +7 701 123 45 67.', { id: 'validation.phone-kz-mobile' }),
  'email-format': () =>
    msg('Enter an e-mail address such as name@example.kz.', { id: 'validation.email-format' }),
  'password-length': () =>
    msg('The password must be 8 to 20 characters long.', { id: 'validation.password-length' }),
  'password-classes': () =>
    msg('Use small letters, capital letters and digits in the password.', { id: 'validation.password-classes' }),
  'password-mismatch': () =>
    msg('The passwords do not match. Type the same password twice.', { id: 'validation.password-mismatch' }),

  'company-name-length': () =>
    msg('Enter the company name, from 2 to 255 characters.', { id: 'validation.company-name-length' }),
  'company-name-ownership-form': () =>
    msg('Enter the name without the legal form (LLP, JSC, ТОО, АО and so on).', {
      id: 'validation.company-name-ownership-form',
    }),
  'company-identifier-format': () =>
    msg('Enter the registration or tax number as your country writes it: letters and digits, up to 50 characters.', {
      id: 'validation.company-identifier-format',
    }),
  'country-code': () => msg('Choose a country from the list.', { id: 'validation.country-code' }),
  'country-must-be-kz': () =>
    msg('The country of a resident company is Kazakhstan.', { id: 'validation.country-must-be-kz' }),
  'currency-code': () => msg('Choose a currency from the list.', { id: 'validation.currency-code' }),

  'bank-main-multiple': () =>
    msg('Only one account can be the main one. Untick the others.', { id: 'validation.bank-main-multiple' }),

  'document-slot': () =>
    msg('This document has an unknown type. Remove the file and add it again.', { id: 'validation.document-slot' }),
  'file-name': () =>
    msg('Rename the file: its name is too long or has characters that are not allowed.', {
      id: 'validation.file-name',
    }),
  'file-size': () => msg('The size of this file cannot be read. Add it again.', { id: 'validation.file-size' }),
  'file-empty': () => msg('This file is empty. Choose another one.', { id: 'validation.file-empty' }),
  'file-type': () =>
    msg('The type of this file cannot be recognised. Choose a file of an allowed type.', {
      id: 'validation.file-type',
    }),
  'file-sha256': () =>
    msg('This file could not be checked. Remove it and add it again.', { id: 'validation.file-sha256' }),
};

/**
 * The localized message for a model validation code. Codes from elsewhere (a newer backend)
 * get a general message rather than nothing.
 */
export function validationMessage(code: ValidationCode | (string & {})): string {
  return Object.hasOwn(MESSAGES, code)
    ? MESSAGES[code as ValidationCode]()
    : msg('Check this value.', { id: 'validation.unknown' });
}
