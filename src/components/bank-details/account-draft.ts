/**
 * The bank-account editor's working copy of an account: every field as the user typed it, so
 * that nothing typed is lost while it is still invalid; and what the bank directory fills into
 * it. Whether an account is valid or complete is not decided here: the model's rules say it
 * (account-issues.ts asks them). Pure: no DOM, no lit.
 */
import { countryUsesIban, validateIban } from '../../model/iban.js';
import { asciiUpperCase, readCompact } from '../../model/input.js';
import { isCountryCode } from '../../model/reference/countries.js';
import type { KzBank } from '../../model/banks.js';
import type { ModelLocale } from '../../model/reference/locale.js';
import type { AccountType } from '../../model/reference/account-types.js';
import type { BankAccount as ModelBankAccount } from '../../model/schemas.js';
import { compactAccount, groupsOfFour } from '../shared/caret-format.js';
import { isoDate, showDate } from '../shared/dates.js';

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
  /** Dates as displayed and typed: 31.12.2024 (given out as 2024-12-31). */
  openedOn: string;
  closedOn: string;
  isMain: boolean;
  /** Fields last filled from the bank directory (refilled when the IBAN changes, kept when typed). */
  autofilled: { bic?: boolean; bankName?: boolean };
  /**
   * The bank name is as the user typed it: it never follows the language, even when it is a
   * directory name (a Russian name typed on purpose in a Kazakh form stays Russian).
   */
  bankNameTyped: boolean;
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
    bankNameTyped: false,
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
    openedOn: showDate(str(account.openedOn)),
    closedOn: showDate(str(account.closedOn)),
    isMain: account.isMain === true,
  });
}

/**
 * A typed IBAN, account number or BIC as the model reads it: spaces and dashes out, ASCII letters
 * upper-cased, anything else kept, so that the model refuses what the user must fix ("12#45",
 * a look-alike letter) rather than the editor quietly dropping it.
 */
function typedCode(raw: string): string {
  const read = readCompact(raw, 'text-length');
  return read.ok ? asciiUpperCase(read.value) : raw.trim();
}

/** The draft as a `BankAccount`: normalised where valid, as typed where not, blanks left out. */
export function fromDraft(draft: AccountDraft): BankAccount {
  const account: BankAccount = {
    country: draft.country,
    bankName: draft.bankName.trim(),
    bic: typedCode(draft.bic),
    // As chosen: the editor offers only the model's types; the schema checks it.
    accountType: draft.accountType as AccountType,
    currency: draft.currency,
    isMain: draft.isMain,
  };
  const number = typedCode(draft.account);
  if (number) {
    if (usesIban(draft)) account.iban = number;
    else account.accountNumber = number;
  }
  if (draft.kbe.trim()) account.kbe = draft.kbe.trim();
  // YYYY-MM-DD, as the model and the payload carry dates; a date that is not one stays as typed.
  if (draft.openedOn.trim()) account.openedOn = isoDate(draft.openedOn);
  if (draft.closedOn.trim()) account.closedOn = isoDate(draft.closedOn);
  return account;
}

/** Exactly one main account when there is any: the first marked one, else the first. */
export function normaliseMain(drafts: AccountDraft[]): AccountDraft[] {
  const main = Math.max(0, drafts.findIndex((d) => d.isMain));
  return drafts.map((d, i) => (d.isMain === (i === main) ? d : { ...d, isMain: i === main }));
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
      readonly contradictsKzBank: (bank: KzBank, entered: { bic?: unknown; bankName?: unknown }) => boolean;
    }
  | undefined;

/**
 * The bank a Kazakh account's IBAN names, once the IBAN is valid: a typo in its check digits or
 * its bank code would otherwise name (and fill in, and badge) a wrong bank.
 */
export function ibanBank(draft: Pick<AccountDraft, 'country' | 'account'>, banks: BankDirectory): KzBank | undefined {
  if (!banks || draft.country !== 'KZ') return undefined;
  const iban = validateIban(compactAccount(draft.account), { country: 'KZ' });
  return iban.ok ? banks.lookupKzBank(iban.value) : undefined;
}

/** The IBAN's bank when the BIC or bank name entered contradict it (a warning, not an error: see docs/forms.md). */
export function contradictedBank(draft: AccountDraft, banks: BankDirectory): KzBank | undefined {
  const bank = ibanBank(draft, banks);
  return bank && banks!.contradictsKzBank(bank, draft) ? bank : undefined;
}

/**
 * After the user typed an IBAN (`before` is the draft as it was): a valid KZ IBAN names its
 * bank, which fills the country (when empty), the BIC and the bank's name in `locale`.
 *
 * What the directory filled follows the IBAN, and so does what agreed with the IBAN before (a
 * BIC typed or a bank chosen for the old IBAN: the user changed accounts). A BIC the user typed
 * against the IBAN stays, and the bank name follows that BIC; `contradictedBank` then says so.
 * Returns the new draft and whether anything was filled.
 */
export function autofillFromIban(
  draft: AccountDraft,
  locale: ModelLocale,
  banks: BankDirectory,
  before: AccountDraft = draft,
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
  const bank = ibanBank(next, banks);
  const old = ibanBank(before, banks);
  const agreed = {
    bic: !!old && banks.lookupKzBankByBic(before.bic) === old,
    bankName: !!old && Object.values(old.names).includes(before.bankName.trim()),
  };
  const follows = (field: 'bic' | 'bankName') => !next[field].trim() || next.autofilled[field] || agreed[field];
  const set = (field: 'bic' | 'bankName', value: string) => {
    if (next[field] === value) return;
    if (value) filled = true;
    next[field] = value;
    next.autofilled[field] = !!value;
    if (field === 'bankName') next.bankNameTyped = false;
  };
  if (follows('bic')) set('bic', bank?.bic ?? '');
  // The name of the bank the BIC now names: the IBAN's, or that of a BIC the user typed.
  const named = !next.country || next.country === 'KZ' ? banks.lookupKzBankByBic(next.bic) : undefined;
  if (follows('bankName')) set('bankName', named?.names[locale] ?? '');
  return { draft: next, filled };
}

/** After the user typed a BIC: a Kazakh BIC fills the bank's name unless the user typed one. */
export function autofillFromBic(draft: AccountDraft, locale: ModelLocale, banks: BankDirectory): AccountDraft {
  const next = { ...draft, autofilled: { ...draft.autofilled, bic: false } };
  const bank = banks && (!next.country || next.country === 'KZ') && banks.lookupKzBankByBic(next.bic);
  if (bank && (!next.bankName.trim() || next.autofilled.bankName)) {
    next.bankName = bank.names[locale];
    next.autofilled.bankName = true;
    next.bankNameTyped = false;
  }
  return next;
}

/**
 * The bank name follows the locale when it is the directory's name of the BIC's bank (filled by
 * the editor, chosen from its list, or given so by the host), unless the user typed it.
 */
export function relocaliseBankName(draft: AccountDraft, locale: ModelLocale, banks: BankDirectory): AccountDraft {
  const bank = !draft.bankNameTyped && banks ? banks.lookupKzBankByBic(draft.bic) : undefined;
  if (!bank) return draft;
  const names = Object.values(bank.names);
  return names.includes(draft.bankName) && draft.bankName !== bank.names[locale]
    ? { ...draft, bankName: bank.names[locale] }
    : draft;
}
