/** Finding a Kazakh bank by what the user typed: an IBAN, a bank code or a BIC. */
import { kzBanks, type KzBank } from './banks.js';

/**
 * The input without spaces and dashes, upper-cased; `''` unless it is ASCII, so that 'HſBKKZKX'
 * finds no bank (its toUpperCase() is Halyk's BIC). No import of input.ts: this module is in the
 * lazy bank directory chunk, and sharing a module with it would split the eager code.
 */
const compact = (input: unknown) =>
  typeof input === 'string' && !/[^\x00-\x7f]/.test(input) ? input.replace(/[\s-]+/g, '').toUpperCase() : '';

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

/**
 * Whether what was entered for a Kazakh account's bank contradicts `bank`, the bank its IBAN
 * names (`lookupKzBank` of a valid IBAN): a BIC that is neither the bank's nor one it had before
 * a rename (the branch part is ignored), or a bank name that is another directory bank's name.
 * What the directory cannot place (a BIC of the wrong length, a name it does not know) is no
 * contradiction: the field's own check speaks about it.
 */
export function contradictsKzBank(bank: KzBank, entered: { readonly bic?: unknown; readonly bankName?: unknown }): boolean {
  const bic = compact(entered.bic);
  if ((bic.length === 8 || bic.length === 11) && bank.bic !== bic.slice(0, 8) && !bank.formerBics?.includes(bic.slice(0, 8))) {
    return true;
  }
  const name = typeof entered.bankName === 'string' ? entered.bankName.trim() : '';
  return !!name && kzBanks.some((other) => other !== bank && Object.values(other.names).includes(name));
}
