import { TirkeuCombobox } from './combobox.js';
import { defineElement } from '../define-element.js';

export { TirkeuCombobox };

defineElement('tirkeu-combobox', TirkeuCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-combobox': TirkeuCombobox;
  }
}
