import type { DomainMessages } from './types.js';

/** Messages of the validation codes of contacts and sign-in: phone, e-mail, password. */
export const contactMessages = {
  'phone-format': (t) =>
    t('Enter the full phone number with the country code, for example +7 701 123 45 67.', {
      id: 'validation.phone-format',
    }),
  'phone-country-code': (t) =>
    t('Start the number with + and the country code, for example +49 30 1234567.', {
      id: 'validation.phone-country-code',
    }),
  'phone-kz-range': (t) =>
    t('Enter a Kazakhstan number: +7 and 10 digits starting with 6 or 7.', { id: 'validation.phone-kz-range' }),
  'phone-kz-mobile': (t) =>
    t('Enter a Kazakhstan mobile number, for example +7 701 123 45 67.', { id: 'validation.phone-kz-mobile' }),
  'email-format': (t) =>
    t('Enter an e-mail address such as name@example.kz.', { id: 'validation.email-format' }),
  'password-length': (t) =>
    t('The password must be 8 to 20 characters long.', { id: 'validation.password-length' }),
  'password-classes': (t) =>
    t('Use small letters, capital letters and digits in the password.', { id: 'validation.password-classes' }),
  'password-mismatch': (t) =>
    t('The passwords do not match. Type the same password twice.', { id: 'validation.password-mismatch' }),
} satisfies DomainMessages;
