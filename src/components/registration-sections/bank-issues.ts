/**
 * The forms' side of the bank accounts' issues. The model (through `evaluate`) and a server's
 * 422 name them by payload path (`bankAccounts.1.openedOn`). The form keeps each under its own
 * key, that path, so that its summary names the account and the field ("Account 2: Opened on:
 * …"); the bank editor shows each on its account's field: the model's it finds itself (it asks
 * the same rules), the server's it is handed, and it says which of those the user answered.
 * Pure: no DOM, no lit.
 */
import { DRAFT_FIELDS } from '../bank-details/account-draft.js';
import { draftFieldOf, splitPath, type AccountIssue } from '../bank-details/account-issues.js';
import type { ServerFieldError } from './server-errors.js';

/** The list itself, an account as a whole, or a field of an account. */
export type BankIssueKey = 'bankAccounts' | `bankAccounts.${number}` | `bankAccounts.${number}.${string}`;

export const isBankIssueKey = (key: string): key is BankIssueKey => key === 'bankAccounts' || key.startsWith('bankAccounts.');

/** The key a payload path lands on: `bankAccounts.1.iban.checksum` → `bankAccounts.1.iban`. */
export function bankIssueKey(path: string): BankIssueKey {
  const [index, field] = splitPath(path);
  if (index === undefined) return 'bankAccounts';
  return field === undefined ? `bankAccounts.${index}` : `bankAccounts.${index}.${field}`;
}

/** The key's path in the list, as the editor takes it (`bankAccounts.1.iban` → `1.iban`). */
export const listPath = (key: BankIssueKey): string => key.replace(/^bankAccounts\.?/, '');

/** List first, then by account, the account as a whole before its fields, fields as the editor shows them. */
function rank(key: BankIssueKey): [number, number] {
  const [index, field] = splitPath(key);
  const shown = draftFieldOf(field);
  return [index ?? -1, field === undefined ? -1 : shown ? DRAFT_FIELDS.indexOf(shown) : DRAFT_FIELDS.length];
}

/**
 * The form's codes of the bank accounts, in the order the editor shows them: the model's
 * (`Evaluation.bankIssues`), then a server's where the model finds nothing wrong.
 */
export function bankCodes(
  model: Readonly<Record<string, string>>,
  server: Readonly<Partial<Record<string, ServerFieldError>>>,
): Partial<Record<BankIssueKey, string>> {
  const found = new Map<BankIssueKey, string>();
  for (const [path, code] of Object.entries(model)) if (!found.has(bankIssueKey(path))) found.set(bankIssueKey(path), code);
  for (const [key, error] of Object.entries(server)) if (error && isBankIssueKey(key) && !found.has(key)) found.set(key, error.code);
  const order = (a: BankIssueKey, b: BankIssueKey) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1];
  };
  return Object.fromEntries([...found].sort(([a], [b]) => order(a, b))) as Partial<Record<BankIssueKey, string>>;
}

/** A server's complaints about the accounts, for the editor's `errors`. */
export function serverBankIssues(server: Readonly<Partial<Record<string, ServerFieldError>>>): AccountIssue[] {
  return Object.entries(server).flatMap(([key, error]) =>
    error && isBankIssueKey(key) ? [{ path: listPath(key), code: error.code }] : [],
  );
}

/**
 * The server's errors with its complaints about the accounts replaced by those the editor still
 * shows (`left`, its `errors`): the ones whose field the user edited are answered.
 */
export function keepBankIssues(
  server: Readonly<Partial<Record<string, ServerFieldError>>>,
  left: readonly AccountIssue[],
): Partial<Record<string, ServerFieldError>> {
  const kept: Partial<Record<string, ServerFieldError>> = Object.fromEntries(
    Object.entries(server).filter(([key]) => !isBankIssueKey(key)),
  );
  for (const issue of left) {
    const key = bankIssueKey(issue.path);
    kept[key] = { code: issue.code, path: key };
  }
  return kept;
}
