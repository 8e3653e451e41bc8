import { TirkeuCombobox } from './combobox.js';

export { TirkeuCombobox };

if (!customElements.get('tirkeu-combobox')) customElements.define('tirkeu-combobox', TirkeuCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-combobox': TirkeuCombobox;
  }
}
