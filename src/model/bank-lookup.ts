/** Finding a Kazakh bank by what the user typed: an IBAN, a bank code or a BIC. */
import { kzBanks, type KzBank } from './banks.js';

const compact = (input: unknown) => (typeof input === 'string' ? input.replace(/[\s-]+/g, '').toUpperCase() : '');

/**
 * The bank of a KZ IBAN ("KZ86 125K ZT50 0410 0100", complete or just its first 7 characters)
 * or of a bare 3-digit bank code ("125"). Does not validate the IBAN: a half-typed one is
 * enough to show the bank while the user keeps typing.
 */
export function lookupKzBank(ibanOrBankCode: unknown): KzBank | undefined {
  const value = compact(ibanOrBankCode);
  const code = /^\d{3}$/.test(value) ? value : /^KZ\d{2}(\d{3})/.exec(value)?.[1];
  return code ? kzBanks.find((bank) => bank.code === code) : undefined;
}

/**
 * The bank with this BIC, 8 or 11 characters (the branch part is ignored: Kazakh banks
 * publish the 8-character BIC), including BICs a bank had before a rename.
 */
export function lookupKzBankByBic(bic: unknown): KzBank | undefined {
  const value = compact(bic);
  if (value.length !== 8 && value.length !== 11) return undefined;
  const head = value.slice(0, 8);
  return kzBanks.find((bank) => bank.bic === head || bank.formerBics?.includes(head));
}
