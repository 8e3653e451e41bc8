import type { DomainMessages } from './types.js';

/** Messages of the validation codes of identification numbers: IIN of a person, BIN of a business. */
export const identityMessages = {
  'iin-not-digits': (t) =>
    t('An IIN has digits only. Remove letters and other characters.', { id: 'validation.iin-not-digits' }),
  'iin-length': (t) =>
    t('An IIN has 12 digits. Check that none is missing or extra.', { id: 'validation.iin-length' }),
  'iin-is-bin': (t) =>
    t('This is a BIN, a business number. Enter the 12-digit IIN of the person.', { id: 'validation.iin-is-bin' }),
  'iin-century': (t) =>
    t('The 7th digit of an IIN is from 1 to 6. Check the number.', { id: 'validation.iin-century' }),
  'iin-date': (t) =>
    t('The first 6 digits of an IIN are a birth date (YYMMDD), and this date does not exist. Check the number.', {
      id: 'validation.iin-date',
    }),
  'iin-unassignable': (t) =>
    t('No IIN can start with these 11 digits. Check the number for a typo.', {
      id: 'validation.iin-unassignable',
    }),
  'iin-checksum': (t) =>
    t('The last digit of this IIN does not match the others. Check the number for a typo.', {
      id: 'validation.iin-checksum',
    }),
  'birth-date-mismatch': (t) =>
    t('The birth date does not match the IIN. Check both.', { id: 'validation.birth-date-mismatch' }),
  'bin-not-digits': (t) =>
    t('A BIN has digits only. Remove letters and other characters.', { id: 'validation.bin-not-digits' }),
  'bin-length': (t) =>
    t('A BIN has 12 digits. Check that none is missing or extra.', { id: 'validation.bin-length' }),
  'bin-type': (t) =>
    t(
      'This number does not fit: the 5th digit of a BIN is 4 or 5 for a legal entity and 6 for a joint entrepreneurship, and an IIN belongs to a person. Check the number and the legal status.',
      { id: 'validation.bin-type' },
    ),
  'bin-attribute': (t) =>
    t('The 6th digit of a BIN is from 0 to 3. Check the number.', { id: 'validation.bin-attribute' }),
  'bin-month': (t) =>
    t('Digits 3 and 4 of a BIN are the registration month, from 01 to 12. Check the number.', {
      id: 'validation.bin-month',
    }),
  'bin-unassignable': (t) =>
    t('No BIN can start with these 11 digits. Check the number for a typo.', {
      id: 'validation.bin-unassignable',
    }),
  'bin-checksum': (t) =>
    t('The last digit of this BIN does not match the others. Check the number for a typo.', {
      id: 'validation.bin-checksum',
    }),
} satisfies DomainMessages;
