import type { ValidationCode } from '../../model/index.js';
import { generalMessages, messageFrom } from './validation-messages/general.js';
import { accountMessages } from './validation-messages/account.js';
import { identityMessages } from './validation-messages/identity.js';
import { contactMessages } from './validation-messages/contact.js';
import { companyMessages } from './validation-messages/company.js';
import { documentMessages } from './validation-messages/documents.js';

/**
 * The text for each validation code of the model, in the locale `msg()` is rendering in.
 * Each message says what is wrong and what to do, in a sentence or two.
 *
 * The messages live by domain in validation-messages/, so that an element that shows only some
 * codes (the bank-account editor: general and account ones) bundles only those. Together they
 * must cover every code: `satisfies Record<ValidationCode, …>` makes the compiler refuse a code
 * without a message (and each domain's `satisfies` refuses a key that is no code).
 */
const MESSAGES = {
  ...generalMessages,
  ...identityMessages,
  ...accountMessages,
  ...contactMessages,
  ...companyMessages,
  ...documentMessages,
} satisfies Record<ValidationCode, () => string>;

/**
 * The localized message for a model validation code. Codes from elsewhere (a newer backend)
 * get a general message rather than nothing.
 */
export function validationMessage(code: ValidationCode | (string & {})): string {
  return messageFrom([MESSAGES], code);
}
