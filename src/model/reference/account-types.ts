/**
 * Account types for the bank-account editor's directory. No official list exists; these are
 * the kinds Kazakh banks open and supplier forms ask about (seed 001 calls it "the directory
 * of bank accounts"). Payments to suppliers go to current accounts, so that is the default.
 */
import { modelLocale } from './locale.js';

export const ACCOUNT_TYPES = ['current', 'savings', 'deposit', 'card', 'correspondent', 'other'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** en, ru, kk — no Intl source for these, so every name ships. */
const NAMES: Readonly<Record<AccountType, readonly [string, string, string]>> = {
  current: ['Current account', 'Текущий счёт', 'Ағымдағы шот'],
  savings: ['Savings account', 'Сберегательный счёт', 'Жинақ шоты'],
  deposit: ['Deposit account', 'Депозитный счёт', 'Депозиттік шот'],
  card: ['Card account', 'Карточный счёт', 'Карт шоты'],
  correspondent: ['Correspondent account', 'Корреспондентский счёт', 'Корреспонденттік шот'],
  other: ['Other account', 'Другой счёт', 'Басқа шот'],
};

const INDEX = { en: 0, ru: 1, kk: 2 } as const;

export function isAccountType(value: unknown): value is AccountType {
  return typeof value === 'string' && (ACCOUNT_TYPES as readonly string[]).includes(value);
}

/** The type's name in `locale`; an unknown type's own text, `''` for a non-string. */
export function accountTypeName(type: AccountType, locale: unknown): string {
  if (isAccountType(type)) return NAMES[type][INDEX[modelLocale(locale)]];
  return typeof type === 'string' ? type : '';
}

/** In directory order (most used first), not alphabetical: the list is short and ordered by use. */
export function listAccountTypes(locale: unknown): Array<{ readonly code: AccountType; readonly name: string }> {
  return ACCOUNT_TYPES.map((code) => ({ code, name: accountTypeName(code, locale) }));
}
