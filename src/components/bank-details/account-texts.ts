/**
 * The words of the bank accounts: field labels, account titles, what an issue on an account is
 * called in a summary, the list's own message, the directory's notes. The editor and the forms
 * (whose summary names an account's field) say them alike from here.
 */
import { msg, str } from '@lit/localize';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import { isValidationCode } from '../../model/result.js';
import { accountValidationMessage } from '../shared/validation-messages/account.js';
import { usesIban, type AccountDraft, type DraftField } from './account-draft.js';
import { draftFieldOf, splitPath } from './account-issues.js';

export function fieldLabel(fieldName: DraftField, draft?: AccountDraft): string {
  switch (fieldName) {
    case 'country':
      return msg('Bank country', { id: 'bank.country' });
    case 'account':
      return draft && !usesIban(draft)
        ? msg('Account number', { id: 'bank.account-number' })
        : msg('IBAN', { id: 'bank.iban' });
    case 'bic':
      return msg('SWIFT / BIC', { id: 'bank.bic' });
    case 'bankName':
      return msg('Bank name', { id: 'bank.name' });
    case 'currency':
      return msg('Currency', { id: 'bank.currency' });
    case 'accountType':
      return msg('Account type', { id: 'bank.type' });
    case 'kbe':
      return msg('Beneficiary code (KBe)', { id: 'bank.kbe' });
    case 'openedOn':
      return msg('Opened on', { id: 'bank.opened' });
    case 'closedOn':
      return msg('Closed on', { id: 'bank.closed' });
  }
}

export function accountTitle(index: number): string {
  return msg(str`Account ${index + 1}`, { id: 'bank.account-title' });
}

/** "Account 2: IBAN": a field of an account, named out of the account's card. */
export function accountFieldLabel(index: number, label: string): string {
  return msg(str`Account ${index + 1}: ${label}`, { id: 'bank.account-field' });
}

/** The list's own issue: no account yet. */
export function listRequiredMessage(): string {
  return msg('Add at least one bank account.', { id: 'bank.required' });
}

/**
 * The words for an issue's code on the accounts (`list`: on the list itself): the list's own,
 * the model's, or for a code only a server knows a general sentence; never the server's own
 * text, which is in the user's language only by chance.
 */
export function issueMessage(code: string, list: boolean): string {
  if (code === 'required' && list) return listRequiredMessage();
  if (isValidationCode(code)) return accountValidationMessage(code);
  return msg('The server did not accept this value.', { id: 'bank.server-code' });
}

/**
 * What a summary calls the place of an issue by its path in the list (`'1.iban'` → "Account 2:
 * IBAN", `'1'` → "Account 2"); undefined for the list itself.
 */
export function issueLabel(path: string): string | undefined {
  const [index, field] = splitPath(path);
  if (index === undefined) return undefined;
  const shown = draftFieldOf(field);
  if (!shown) return accountTitle(index);
  const label = field === 'accountNumber' ? msg('Account number', { id: 'bank.account-number' }) : fieldLabel(shown);
  return accountFieldLabel(index, label);
}

/**
 * A summary line and the element's validity message for an editor key: "IBAN: …" when there is
 * one account, "Account 2: IBAN: …" when there are several, the message alone for the list.
 */
export function summaryMessage(drafts: readonly AccountDraft[], key: string, message: string): string {
  const [draftKey, fieldName] = key.split('.') as [string, DraftField | undefined];
  const index = drafts.findIndex((d) => d.key === draftKey);
  if (index < 0) return message;
  if (!fieldName) return `${accountTitle(index)}: ${message}`;
  const label = fieldLabel(fieldName, drafts[index]);
  return `${drafts.length > 1 ? accountFieldLabel(index, label) : label}: ${message}`;
}

/** The status text after a Kazakh IBAN filled the bank. */
export function autofilledStatus(filled: AccountDraft): string {
  return msg(str`Filled in from the IBAN: ${filled.bankName}, BIC ${filled.bic}.`, { id: 'bank.autofilled' });
}

/** BIC or bank name contradict the bank the IBAN names. */
export function mismatchText(bank: KzBank, locale: ModelLocale): string {
  const name = bank.names[locale];
  return msg(str`This IBAN is at ${name} (BIC ${bank.bic}), not at the bank entered. Check the IBAN or the bank.`, {
    id: 'bank.mismatch',
  });
}

/** The button that takes the IBAN's bank. */
export function mismatchAction(bank: KzBank, locale: ModelLocale): string {
  const name = bank.names[locale];
  return msg(str`Use ${name}`, { id: 'bank.mismatch-use' });
}
