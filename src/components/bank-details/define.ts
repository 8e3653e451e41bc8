import { TirkeuBankDetails } from './bank-details.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuBankDetails };
export type { BankAccount } from './bank-details.js';

defineElement('tirkeu-bank-details', TirkeuBankDetails);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-bank-details': TirkeuBankDetails;
  }
}
