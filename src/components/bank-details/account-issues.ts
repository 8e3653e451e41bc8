/**
 * What is wrong with the editor's accounts, and where it shows. The editor has no rules of its
 * own: the model's (model/bank-account-rules.ts, the same the forms and the schemas run) check
 * the accounts as the editor gives them out, as a registration checks its `bankAccounts`, and
 * each issue lands on the field of its account. Issues from outside (a server's 422, a host)
 * land the same way. Pure: no DOM, no lit.
 *
 * Keys: `accounts` for the list, `<draft key>.<field>` for a field, `<draft key>` for an account
 * as a whole (a server's complaint about no field the editor shows).
 */
import { checkBankAccounts } from '../../model/bank-account-rules.js';
import { DRAFT_FIELDS, fromDraft, type AccountDraft, type DraftField } from './account-draft.js';

/** An issue on the accounts, by its path in the list. */
export interface AccountIssue {
  /**
   * `''` for the list itself, `'1.iban'` for a field of the second account, `'1'` for that
   * account as a whole; the registration's `bankAccounts.` prefix is accepted too.
   */
  readonly path: string;
  /** A ValidationCode, or a server's own code (said in our words, never in the server's). */
  readonly code: string;
}

export type Codes = Record<string, string | undefined>;

export const LIST_KEY = 'accounts';

/** The editor field that shows a model field's issues (the IBAN and the account number share one). */
export function draftFieldOf(field: string | undefined): DraftField | undefined {
  if (field === 'iban' || field === 'accountNumber') return 'account';
  return (DRAFT_FIELDS as readonly (string | undefined)[]).includes(field) ? (field as DraftField) : undefined;
}

/** An issue's path as index and model field: `'bankAccounts.1.iban'` → `[1, 'iban']`; `[]` for the list. */
export function splitPath(path: string): [] | [number, string?] {
  const parts = path.replace(/^bankAccounts(\.|$)/, '').split('.').filter(Boolean);
  if (!parts.length || !/^\d+$/.test(parts[0]!)) return [];
  return [Number(parts[0]), parts[1]];
}

/** The editor key an issue's path lands on; undefined for an account that is not there. */
export function keyOfPath(path: string, drafts: readonly AccountDraft[]): string | undefined {
  const [index, field] = splitPath(path);
  if (index === undefined) return LIST_KEY;
  const draft = drafts[index];
  if (!draft) return undefined;
  const shown = draftFieldOf(field);
  return shown ? `${draft.key}.${shown}` : draft.key;
}

/** The draft key of an editor key (`a3.iban` → `a3`); undefined for the list. */
export const draftKeyOf = (key: string): string | undefined => (key === LIST_KEY ? undefined : key.split('.')[0]);

export interface AccountRules {
  /** The registrant is a resident of Kazakhstan (KBe required, starting with 1). */
  readonly resident: boolean;
  /** At least one account is needed. */
  readonly required: boolean;
}

/**
 * Every code of the editor now, in display order (the list, then each account's fields as the
 * editor shows them): the model's verdict on the accounts, then issues from outside (keyed as
 * above) on what the model finds fine.
 */
export function accountCodes(drafts: readonly AccountDraft[], rules: AccountRules, outside: ReadonlyMap<string, AccountIssue>): Codes {
  const found: Codes = {};
  if (drafts.length || rules.required) {
    // The rules' issues carry our codes; the first per field is its own validator's.
    for (const { path, message } of checkBankAccounts(drafts.map(fromDraft), rules.resident).error?.issues ?? []) {
      const key = keyOfPath(path.join('.'), drafts);
      if (key && !found[key]) found[key] = message;
    }
  }
  for (const [key, issue] of outside) if (!found[key]) found[key] = issue.code;
  const codes: Codes = {};
  const take = (key: string) => {
    if (found[key]) codes[key] = found[key];
  };
  take(LIST_KEY);
  for (const draft of drafts) {
    take(draft.key);
    for (const field of DRAFT_FIELDS) take(`${draft.key}.${field}`);
  }
  return codes;
}
