import { TirkeuBankDetails } from './bank-details.js';

export { TirkeuBankDetails };
export type { BankAccount } from './bank-details.js';

if (!customElements.get('tirkeu-bank-details')) customElements.define('tirkeu-bank-details', TirkeuBankDetails);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-bank-details': TirkeuBankDetails;
  }
}
