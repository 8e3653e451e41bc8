import type { DomainMessages } from './types.js';
import type { Lookup } from '../../../i18n/lookup.js';

/** Messages of the validation codes of fields of every kind: required, choices from a list, text, dates, countries and currencies. */
export const generalMessages = {
  required: (t) => t('Fill in this field.', { id: 'validation.required' }),
  'invalid-type': (t) => t('This value cannot be read. Enter it again.', { id: 'validation.invalid-type' }),
  'invalid-choice': (t) => t('Choose one of the options in the list.', { id: 'validation.invalid-choice' }),
  'text-length': (t) => t('This text is too long. Shorten it.', { id: 'validation.text-length' }),
  'text-characters': (t) =>
    t('Use letters and digits; remove special characters.', { id: 'validation.text-characters' }),
  'name-characters': (t) =>
    t('Use letters only, with a space, hyphen or apostrophe where the name has one.', {
      id: 'validation.name-characters',
    }),
  'date-format': (t) => t('Enter a real date, for example 31.12.2024.', { id: 'validation.date-format' }),
  'date-order': (t) => t('The closing date cannot be before the opening date.', { id: 'validation.date-order' }),
  'country-code': (t) => t('Choose a country from the list.', { id: 'validation.country-code' }),
  'currency-code': (t) => t('Choose a currency from the list.', { id: 'validation.currency-code' }),
} satisfies DomainMessages;

/**
 * The localized message for `code` from the first of `domains` that has one. Codes it has no
 * message for (from another domain, or from elsewhere: a newer backend) get a general message
 * rather than nothing.
 */
export function messageFrom(domains: readonly DomainMessages[], code: string, t: Lookup): string {
  for (const messages of domains) {
    if (Object.hasOwn(messages, code)) return messages[code as keyof DomainMessages]!(t);
  }
  return t('Check this value.', { id: 'validation.unknown' });
}
