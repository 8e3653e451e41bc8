/**
 * A bank account's rules (seed 000, 001): its table, which fields must be filled in, the checks
 * across its fields and a registration's list of accounts. Apart from the registration's other
 * rules so that a bank editor on its own loads these alone.
 */
import { validateText } from './text.js';
import { validateDate } from './date.js';
import { countryUsesIban, validateAccountNumber, validateIban } from './iban.js';
import { validateBic } from './bic.js';
import { validateKbe } from './kbe.js';
import { ACCOUNT_TYPES, type AccountType } from './reference/account-types.js';
import { validateCountry } from './reference/countries.js';
import { validateCurrency } from './reference/currencies.js';
import { fail, ok, type Result } from './result.js';
import { listOf, objectOf, oneOf, optional, report, required, run, valid, withDefault, type CrossCheck, type Issues, type Path, type RuleResult } from './rule-kit.js';
import type { BankAccount } from './schemas.js';

// @__NO_SIDE_EFFECTS__
function bankAccountRules(resident: boolean) {
  return {
    country: required(validateCountry),
    bankName: required((input) => validateText(input, 255)),
    /** Also checked against the country. */
    bic: required(validateBic),
    /** Required where the country uses IBANs; checked against the country. */
    iban: optional(validateIban),
    /** The local account number where the country has no IBAN (US, CN, UZ, KG…). */
    accountNumber: optional(validateAccountNumber),
    /** Required from residents, optional from non-residents (seed 000). */
    kbe: optional((input) => validateKbe(input, { resident })),
    accountType: required(oneOf<AccountType>(ACCOUNT_TYPES)),
    currency: required(validateCurrency),
    /** Seed 001 (the PPP portal's manual) asks for the opening date, and the closing date "(міндетті емес)": optional. */
    openedOn: required(validateDate),
    /** Not before the opening date. */
    closedOn: optional(validateDate),
    /** At most one account per registration. */
    isMain: withDefault((input): Result<boolean> => (typeof input === 'boolean' ? ok(input) : fail('invalid-type')), false),
  } as const;
}

export const RESIDENT_BANK_ACCOUNT_RULES = bankAccountRules(true);
export const NON_RESIDENT_BANK_ACCOUNT_RULES = bankAccountRules(false);

/** A field of a bank account. */
export type BankAccountField = keyof typeof RESIDENT_BANK_ACCOUNT_RULES;

/**
 * Whether a bank account's field must be filled in: the table's required fields; the IBAN where
 * the bank's country uses IBANs (and while no country is known), the local account number
 * elsewhere; the KBe from residents only (seed 000). The account checks below ask it, and an
 * editor marks its fields by it, so "(optional)" never says other than the check.
 */
export function bankAccountFieldRequired(field: BankAccountField, context: { resident: boolean; country?: string }): boolean {
  switch (field) {
    case 'iban':
      return !context.country || countryUsesIban(context.country);
    case 'accountNumber':
      return !!context.country && !countryUsesIban(context.country);
    case 'kbe':
      return context.resident;
    default:
      return RESIDENT_BANK_ACCOUNT_RULES[field].presence === 'required';
  }
}

/**
 * IBAN or account number by the country's practice, BIC of that country, KBe, dates in order.
 * An account with neither an IBAN nor an account number misses its IBAN even while its country
 * is missing or wrong: the number is missing either way.
 */
// @__NO_SIDE_EFFECTS__
export function checkBankAccount(resident: boolean): CrossCheck {
  return (account, path, issues) => {
    const country = valid(account.country) ? account.country : undefined;
    const needs = (field: BankAccountField) => bankAccountFieldRequired(field, { resident, country });
    if (country && valid(account.iban)) {
      const iban = validateIban(account.iban, { country });
      if (!iban.ok) report(issues, [...path, 'iban'], iban.code);
    } else if (account.iban === undefined) {
      if (needs('iban') && (country || account.accountNumber === undefined)) report(issues, [...path, 'iban'], 'required');
      else if (needs('accountNumber') && account.accountNumber === undefined) report(issues, [...path, 'accountNumber'], 'required');
    }
    if (country && valid(account.bic)) {
      const bic = validateBic(account.bic, { country });
      if (!bic.ok) report(issues, [...path, 'bic'], bic.code);
    }
    if (needs('kbe') && account.kbe === undefined) report(issues, [...path, 'kbe'], 'required');
    // ISO dates compare correctly as strings.
    if (valid(account.openedOn) && valid(account.closedOn) && account.closedOn < account.openedOn) {
      report(issues, [...path, 'closedOn'], 'date-order');
    }
  };
}

/** One account of a list may be the main one; flags after the first are errors. */
export function checkMainAccountList(accounts: unknown[], path: Path, issues: Issues): void {
  let seen = false;
  accounts.forEach((account, index) => {
    if ((account as { isMain?: unknown } | undefined)?.isMain !== true) return;
    if (seen) report(issues, [...path, index, 'isMain'], 'bank-main-multiple');
    seen = true;
  });
}

export const residentBankAccount = objectOf(RESIDENT_BANK_ACCOUNT_RULES, checkBankAccount(true));
export const nonResidentBankAccount = objectOf(NON_RESIDENT_BANK_ACCOUNT_RULES, checkBankAccount(false));
/** A registration's accounts on their own (a bank editor's list): one at least, one main. */
const residentBankAccounts = listOf(residentBankAccount, 1, checkMainAccountList);
const nonResidentBankAccounts = listOf(nonResidentBankAccount, 1, checkMainAccountList);

/** As `residentBankAccountSchema.safeParse` / `nonResidentBankAccountSchema.safeParse`. */
export const checkBankAccountData = (input: unknown, resident: boolean): RuleResult<BankAccount> =>
  run(resident ? residentBankAccount : nonResidentBankAccount, input);
/**
 * A registration's `bankAccounts` on their own, as the registration checks them (one account at
 * least, each account, one main); issues are under the list (`[]`, `[1, 'iban']`).
 */
export const checkBankAccounts = (input: unknown, resident: boolean): RuleResult<BankAccount[]> =>
  run(resident ? residentBankAccounts : nonResidentBankAccounts, input);
