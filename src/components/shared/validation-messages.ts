import type { ValidationCode } from '../../model/index.js';
import type { Lookup } from '../../i18n/lookup.js';
import { generalMessages, messageFrom } from './validation-messages/general.js';
import { accountMessages } from './validation-messages/account.js';
import { identityMessages } from './validation-messages/identity.js';
import { contactMessages } from './validation-messages/contact.js';
import { companyMessages } from './validation-messages/company.js';
import { documentMessages } from './validation-messages/documents.js';

/**
 * The text for each validation code of the model, in the locale of the lookup it is given.
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
} satisfies Record<ValidationCode, (t: Lookup) => string>;

/**
 * The message for a model validation code, in the locale of `t` (the element's lookup). Codes
 * from elsewhere (a newer backend) get a general message rather than nothing.
 */
export function validationMessage(code: ValidationCode | (string & {}), t: Lookup): string {
  return messageFrom([MESSAGES], code, t);
}
