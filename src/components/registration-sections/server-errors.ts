/**
 * A backend's 422 field errors on the form's fields. The backend speaks in dotted payload paths
 * (`company.idNumber`, `bankAccounts.0.iban`); field keys are the same paths, so most land as
 * they are. A few older or looser names are accepted too; what matches no shown field is
 * returned as `unplaced`, for a form-level message, so nothing the server said is lost.
 */
import type { FieldError } from '../../backend/index.js';
import { bankIssueKey, type BankIssueKey } from './bank-issues.js';
import type { FieldKey, FieldSpec } from './rules.js';

/** Where a server's error lands: a field, or (each under its own key) an account's field. */
export type PlacedKey = FieldKey | BankIssueKey;

/** Names the contract's examples and other servers use for our fields. */
const ALIASES: Record<string, FieldKey> = {
  'company.bin': 'company.idNumber',
  'company.iin': 'company.idNumber',
  bin: 'company.idNumber',
  'user.fullName': 'user.name',
  email: 'user.email',
  phone: 'user.phone',
  code: 'user.emailCode',
  // The submit request's unsigned `credentials` part.
  'credentials.password': 'user.password',
  'credentials.emailCode': 'user.emailCode',
  legalStatus: 'legalStatus',
};

export interface ServerFieldError {
  code: string;
  /** The server's own text: shown when the code is not one the widget can translate. */
  message?: string;
  /** The server's path when it points inside a field (`bankAccounts.0.iban`). */
  path: string;
}

export interface PlacedErrors {
  fields: Partial<Record<PlacedKey, ServerFieldError>>;
  unplaced: ServerFieldError[];
}

/**
 * The shown field that a server path belongs to, if any. A bank account's path keeps its account
 * and field (`bankAccounts.1.iban`): the editor shows it on that field, the summary names both.
 */
export function fieldForPath(path: string, shown: readonly FieldSpec[]): PlacedKey | undefined {
  const has = (key: FieldKey) => shown.some((field) => field.key === key);
  if ((path === 'bankAccounts' || path.startsWith('bankAccounts.')) && has('bankAccounts')) return bankIssueKey(path);
  if (has(path as FieldKey)) return path as FieldKey;
  const alias = ALIASES[path];
  if (alias && has(alias)) return alias;
  // `user.email.domain` and the like: the longest shown prefix.
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (has(prefix as FieldKey)) return prefix as FieldKey;
  }
  return undefined;
}

/** Places a 422's errors on the shown fields; the first error per field wins. */
export function placeServerErrors(errors: readonly FieldError[], shown: readonly FieldSpec[]): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, unplaced: [] };
  for (const error of errors) {
    const entry: ServerFieldError = { code: error.code, message: error.message, path: error.path };
    const key = fieldForPath(error.path, shown);
    if (key) placed.fields[key] ??= entry;
    else placed.unplaced.push(entry);
  }
  return placed;
}
