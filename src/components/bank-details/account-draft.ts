/**
 * The bank-account editor's working copy of an account: every field as the user typed it, so
 * that nothing typed is lost while it is still invalid. Pure: no DOM, no lit.
 */
import { countryUsesIban, validateAccountNumber, validateIban } from '../../model/iban.js';
import { validateBic } from '../../model/bic.js';
import { validateKbe } from '../../model/kbe.js';
import { validateDate } from '../../model/date.js';
import { isCountryCode } from '../../model/reference/countries.js';
import { isCurrencyCode } from '../../model/reference/currencies.js';
import { isAccountType } from '../../model/reference/account-types.js';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import type { AccountType } from '../../model/reference/account-types.js';
import type { BankAccount as ModelBankAccount } from '../../model/schemas.js';
import { compactAccount, groupsOfFour } from '../shared/caret-format.js';

/**
 * One bank account, as `value` gives and takes it: the model's `BankAccount` (what the schema
 * outputs), except that `openedOn` may be missing, as it is while the account is being typed
 * (blanks are left out; the schema then reports it). A model account fits as it is.
 */
export type BankAccount = Omit<ModelBankAccount, 'openedOn'> & Partial<Pick<ModelBankAccount, 'openedOn'>>;

export type DraftField =
  | 'country'
  | 'account'
  | 'bic'
  | 'bankName'
  | 'currency'
  | 'accountType'
  | 'kbe'
  | 'openedOn'
  | 'closedOn';

/** The fields in the order the editor shows them (and the summary lists their errors). */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'country',
  'account',
  'bic',
  'bankName',
  'currency',
  'accountType',
  'kbe',
  'openedOn',
  'closedOn',
];

export interface AccountDraft {
  /** Stable key of the row (validation state and ids hang on it). */
  readonly key: string;
  country: string;
  /** IBAN or account number, as displayed (IBANs grouped in fours). */
  account: string;
  bic: string;
  bankName: string;
  currency: string;
  accountType: string;
  kbe: string;
  openedOn: string;
  closedOn: string;
  isMain: boolean;
  /** Fields last filled from the bank directory (refilled when the IBAN changes, kept when typed). */
  autofilled: { bic?: boolean; bankName?: boolean };
}

let counter = 0;
export function newKey(): string {
  return `a${++counter}`;
}

export function emptyDraft(defaults: Partial<AccountDraft> = {}): AccountDraft {
  return {
    key: newKey(),
    country: '',
    account: '',
    bic: '',
    bankName: '',
    currency: '',
    accountType: 'current',
    kbe: '',
    openedOn: '',
    closedOn: '',
    isMain: false,
    autofilled: {},
    ...defaults,
  };
}

/** Whether the account of this draft is an IBAN (the bank's country is in the IBAN registry). */
export function usesIban(draft: Pick<AccountDraft, 'country' | 'account'>): boolean {
  if (draft.country) return countryUsesIban(draft.country);
  // No country yet: an account that starts like an IBAN is one.
  return /^[A-Z]{2}\d{2}/i.test(compactAccount(draft.account)) || !draft.account;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

export function toDraft(account: Partial<BankAccount>): AccountDraft {
  const country = str(account.country).toUpperCase();
  const iban = str(account.iban);
  const number = str(account.accountNumber);
  const raw = iban || number;
  return emptyDraft({
    country,
    account: iban || (countryUsesIban(country) && raw) ? groupsOfFour(raw) : raw,
    bic: str(account.bic).toUpperCase(),
    bankName: str(account.bankName),
    currency: str(account.currency).toUpperCase(),
    accountType: str(account.accountType),
    kbe: str(account.kbe),
    openedOn: str(account.openedOn),
    closedOn: str(account.closedOn),
    isMain: account.isMain === true,
  });
}

/** The draft as a `BankAccount`: normalised where valid, as typed where not, blanks left out. */
export function fromDraft(draft: AccountDraft): BankAccount {
  const account: BankAccount = {
    country: draft.country,
    bankName: draft.bankName.trim(),
    bic: compactAccount(draft.bic),
    // As chosen: the editor offers only the model's types; the schema checks it.
    accountType: draft.accountType as AccountType,
    currency: draft.currency,
    isMain: draft.isMain,
  };
  const number = compactAccount(draft.account);
  if (number) {
    if (usesIban(draft)) account.iban = number;
    else account.accountNumber = number;
  }
  if (draft.kbe.trim()) account.kbe = draft.kbe.trim();
  if (draft.openedOn) account.openedOn = draft.openedOn;
  if (draft.closedOn) account.closedOn = draft.closedOn;
  return account;
}

/** Exactly one main account when there is any: the first marked one, else the first. */
export function normaliseMain(drafts: AccountDraft[]): AccountDraft[] {
  const main = Math.max(0, drafts.findIndex((d) => d.isMain));
  return drafts.map((d, i) => (d.isMain === (i === main) ? d : { ...d, isMain: i === main }));
}

export interface DraftRules {
  /** The registrant is a resident of Kazakhstan: KBe required and starting with 1. */
  resident: boolean;
}

/** Codes of every field of a draft, keyed `<draft key>.<field>`, in display order. */
export function validateDraft(draft: AccountDraft, rules: DraftRules): Record<string, string | undefined> {
  const codes: Record<string, string | undefined> = {};
  const set = (field: DraftField, code: string | undefined) => (codes[`${draft.key}.${field}`] = code);
  const code = (result: { ok: boolean; code?: string }) => (result.ok ? undefined : result.code);

  set('country', !draft.country ? 'required' : isCountryCode(draft.country) ? undefined : 'country-code');
  const country = isCountryCode(draft.country) ? draft.country : undefined;
  set(
    'account',
    usesIban(draft) ? code(validateIban(draft.account, { country })) : code(validateAccountNumber(draft.account)),
  );
  set('bic', code(validateBic(draft.bic, { country })));
  set('bankName', draft.bankName.trim() ? undefined : 'required');
  set('currency', !draft.currency ? 'required' : isCurrencyCode(draft.currency) ? undefined : 'currency-code');
  set('accountType', !draft.accountType ? 'required' : isAccountType(draft.accountType) ? undefined : 'invalid-choice');
  set(
    'kbe',
    draft.kbe.trim() || rules.resident ? code(validateKbe(draft.kbe, { resident: rules.resident })) : undefined,
  );
  set('openedOn', draft.openedOn ? code(validateDate(draft.openedOn)) : undefined);
  let closed = draft.closedOn ? code(validateDate(draft.closedOn)) : undefined;
  if (!closed && draft.closedOn && draft.openedOn && !codes[`${draft.key}.openedOn`] && draft.closedOn < draft.openedOn) {
    closed = 'date-order';
  }
  set('closedOn', closed);
  return codes;
}

/**
 * The Kazakh bank directory's lookups (the model's `bank-lookup` module), passed in by the caller,
 * which may load them on demand; `undefined` while they are not loaded yet: the functions below
 * then leave the bank fields alone.
 */
export type BankDirectory =
  | {
      readonly lookupKzBank: (ibanOrBankCode: unknown) => KzBank | undefined;
      readonly lookupKzBankByBic: (bic: unknown) => KzBank | undefined;
    }
  | undefined;

/** The Kazakh bank the draft points at: by its IBAN's bank code, else by its BIC. */
export function directoryBank(draft: Pick<AccountDraft, 'account' | 'bic'>, banks: BankDirectory): KzBank | undefined {
  if (!banks) return undefined;
  return banks.lookupKzBank(compactAccount(draft.account)) ?? banks.lookupKzBankByBic(draft.bic);
}

/**
 * After the user typed an IBAN: a KZ IBAN names its bank, which fills the country (when
 * empty), the BIC and the bank's name in `locale`, unless the user typed those themselves.
 * Returns the new draft and whether anything was filled.
 */
export function autofillFromIban(
  draft: AccountDraft,
  locale: ModelLocale,
  banks: BankDirectory,
): { draft: AccountDraft; filled: boolean } {
  const compact = compactAccount(draft.account);
  const next = { ...draft, autofilled: { ...draft.autofilled } };
  let filled = false;
  const prefix = compact.slice(0, 2);
  if (!next.country && compact.length >= 4 && /^[A-Z]{2}\d\d/.test(compact) && countryUsesIban(prefix) && isCountryCode(prefix)) {
    next.country = prefix;
    filled = true;
  }
  // Without the directory nothing is known about the bank: what it filled before stays.
  if (!banks) return { draft: next, filled };
  const bank = next.country === 'KZ' ? banks.lookupKzBank(compact) : undefined;
  if (bank) {
    if (!next.bic || next.autofilled.bic) {
      if (next.bic !== bank.bic) filled = true;
      next.bic = bank.bic;
      next.autofilled.bic = true;
    }
    if (!next.bankName.trim() || next.autofilled.bankName) {
      if (next.bankName !== bank.names[locale]) filled = true;
      next.bankName = bank.names[locale];
      next.autofilled.bankName = true;
    }
  } else {
    // The IBAN no longer names a bank: take back what the directory filled.
    if (next.autofilled.bic) {
      next.bic = '';
      next.autofilled.bic = false;
    }
    if (next.autofilled.bankName) {
      next.bankName = '';
      next.autofilled.bankName = false;
    }
  }
  return { draft: next, filled };
}

/** After the user typed a BIC: a Kazakh BIC fills the bank's name unless the user typed one. */
export function autofillFromBic(draft: AccountDraft, locale: ModelLocale, banks: BankDirectory): AccountDraft {
  const next = { ...draft, autofilled: { ...draft.autofilled, bic: false } };
  const bank = banks && (!next.country || next.country === 'KZ') && banks.lookupKzBankByBic(next.bic);
  if (bank && (!next.bankName.trim() || next.autofilled.bankName)) {
    next.bankName = bank.names[locale];
    next.autofilled.bankName = true;
  }
  return next;
}

/** The bank name of a directory bank follows the locale when it still is the directory's name. */
export function relocaliseBankName(draft: AccountDraft, locale: ModelLocale, banks: BankDirectory): AccountDraft {
  const bank = banks && banks.lookupKzBankByBic(draft.bic);
  if (!bank) return draft;
  const names = Object.values(bank.names);
  return names.includes(draft.bankName) && draft.bankName !== bank.names[locale]
    ? { ...draft, bankName: bank.names[locale] }
    : draft;
}
