import type { DomainMessages } from './types.js';

/** Messages of the validation codes of companies: name, registration number, country. */
export const companyMessages = {
  'company-name-length': (t) =>
    t('Enter the company name, from 2 to 255 characters.', { id: 'validation.company-name-length' }),
  'company-name-ownership-form': (t) =>
    t('Enter the name without the legal form (LLP, JSC, ТОО, АО and so on).', {
      id: 'validation.company-name-ownership-form',
    }),
  'company-identifier-format': (t) =>
    t('Enter the registration or tax number as your country writes it: letters and digits, up to 50 characters.', {
      id: 'validation.company-identifier-format',
    }),
  'country-must-be-kz': (t) =>
    t('The country of a resident company is Kazakhstan.', { id: 'validation.country-must-be-kz' }),
} satisfies DomainMessages;
