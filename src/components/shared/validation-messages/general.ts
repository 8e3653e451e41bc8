import { msg } from '@lit/localize';
import type { DomainMessages } from './types.js';

/** Messages of the validation codes of fields of every kind: required, choices from a list, text, dates, countries and currencies. */
export const generalMessages = {
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
  'country-code': () => msg('Choose a country from the list.', { id: 'validation.country-code' }),
  'currency-code': () => msg('Choose a currency from the list.', { id: 'validation.currency-code' }),
} satisfies DomainMessages;

/**
 * The localized message for `code` from the first of `domains` that has one. Codes it has no
 * message for (from another domain, or from elsewhere: a newer backend) get a general message
 * rather than nothing.
 */
export function messageFrom(domains: readonly DomainMessages[], code: string): string {
  for (const messages of domains) {
    if (Object.hasOwn(messages, code)) return messages[code as keyof DomainMessages]!();
  }
  return msg('Check this value.', { id: 'validation.unknown' });
}
