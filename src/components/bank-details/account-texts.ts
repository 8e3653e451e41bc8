/**
 * The words of the bank accounts: field labels, account titles, what an issue on an account is
 * called in a summary, the list's own message, the directory's notes, the status line. The
 * editor and the forms (whose summary names an account's field) say them alike from here. Each
 * takes the lookup of the element that shows it, last.
 */
import { str } from '@lit/localize';
import type { Lookup } from '../../i18n/lookup.js';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import { isValidationCode } from '../../model/result.js';
import { accountValidationMessage } from '../shared/validation-messages/account.js';
import { usesIban, type AccountDraft, type DraftField } from './account-draft.js';
import { draftFieldOf, splitPath } from './account-issues.js';

/** A field's label; `draft` tells the IBAN from the account number (IBAN without it). */
export function fieldLabel(fieldName: DraftField, draft: AccountDraft | undefined, t: Lookup): string {
  switch (fieldName) {
    case 'country':
      return t('Bank country', { id: 'bank.country' });
    case 'account':
      return draft && !usesIban(draft)
        ? t('Account number', { id: 'bank.account-number' })
        : t('IBAN', { id: 'bank.iban' });
    case 'bic':
      return t('SWIFT / BIC', { id: 'bank.bic' });
    case 'bankName':
      return t('Bank name', { id: 'bank.name' });
    case 'currency':
      return t('Currency', { id: 'bank.currency' });
    case 'accountType':
      return t('Account type', { id: 'bank.type' });
    case 'kbe':
      return t('Beneficiary code (KBe)', { id: 'bank.kbe' });
    case 'openedOn':
      return t('Opened on', { id: 'bank.opened' });
    case 'closedOn':
      return t('Closed on', { id: 'bank.closed' });
  }
}

export function accountTitle(index: number, t: Lookup): string {
  return t(str`Account ${index + 1}`, { id: 'bank.account-title' });
}

/** "Account 2: IBAN": a field of an account, named out of the account's card. */
export function accountFieldLabel(index: number, label: string, t: Lookup): string {
  return t(str`Account ${index + 1}: ${label}`, { id: 'bank.account-field' });
}

/** The list's own issue: no account yet. */
export function listRequiredMessage(t: Lookup): string {
  return t('Add at least one bank account.', { id: 'bank.required' });
}

/**
 * The words for an issue's code on the accounts (`list`: on the list itself): the list's own,
 * the model's, or for a code only a server knows a general sentence; never the server's own
 * text, which is in the user's language only by chance.
 */
export function issueMessage(code: string, list: boolean, t: Lookup): string {
  if (code === 'required' && list) return listRequiredMessage(t);
  if (isValidationCode(code)) return accountValidationMessage(code, t);
  return t('The server did not accept this value.', { id: 'bank.server-code' });
}

/**
 * What a summary calls the place of an issue by its path in the list (`'1.iban'` → "Account 2:
 * IBAN", `'1'` → "Account 2"); undefined for the list itself.
 */
export function issueLabel(path: string, t: Lookup): string | undefined {
  const [index, field] = splitPath(path);
  if (index === undefined) return undefined;
  const shown = draftFieldOf(field);
  if (!shown) return accountTitle(index, t);
  const label = field === 'accountNumber' ? t('Account number', { id: 'bank.account-number' }) : fieldLabel(shown, undefined, t);
  return accountFieldLabel(index, label, t);
}

/**
 * A summary line and the element's validity message for an editor key: "IBAN: …" when there is
 * one account, "Account 2: IBAN: …" when there are several, the message alone for the list.
 */
export function summaryMessage(drafts: readonly AccountDraft[], key: string, message: string, t: Lookup): string {
  const [draftKey, fieldName] = key.split('.') as [string, DraftField | undefined];
  const index = drafts.findIndex((d) => d.key === draftKey);
  if (index < 0) return message;
  if (!fieldName) return `${accountTitle(index, t)}: ${message}`;
  const label = fieldLabel(fieldName, drafts[index], t);
  return `${drafts.length > 1 ? accountFieldLabel(index, label, t) : label}: ${message}`;
}

/** The status text after a Kazakh IBAN filled the bank. */
export function autofilledStatus(filled: Pick<AccountDraft, 'bankName' | 'bic'>, t: Lookup): string {
  return t(str`Filled in from the IBAN: ${filled.bankName}, BIC ${filled.bic}.`, { id: 'bank.autofilled' });
}

/** BIC or bank name contradict the bank the IBAN names. */
export function mismatchText(bank: KzBank, locale: ModelLocale, t: Lookup): string {
  const name = bank.names[locale];
  return t(str`This IBAN is at ${name} (BIC ${bank.bic}), not at the bank entered. Check the IBAN or the bank.`, {
    id: 'bank.mismatch',
  });
}

/** The button that takes the IBAN's bank. */
export function mismatchAction(bank: KzBank, locale: ModelLocale, t: Lookup): string {
  const name = bank.names[locale];
  return t(str`Use ${name}`, { id: 'bank.mismatch-use' });
}

/**
 * What the editor last said in its status line, kept as what happened rather than as text, so
 * that the words (and the bank's name) follow a locale switch.
 */
export type AccountStatus =
  | { readonly said: 'autofilled'; readonly bank: KzBank }
  | { readonly said: 'mismatch'; readonly bank: KzBank }
  | { readonly said: 'removed' };

/** The status line's text in `locale`; empty when there is nothing to say. */
export function statusText(status: AccountStatus | undefined, locale: ModelLocale, t: Lookup): string {
  switch (status?.said) {
    case 'autofilled':
      return autofilledStatus({ bankName: status.bank.names[locale], bic: status.bank.bic }, t);
    case 'mismatch':
      return mismatchText(status.bank, locale, t);
    case 'removed':
      return t('Account removed.', { id: 'bank.removed' });
    default:
      return '';
  }
}
