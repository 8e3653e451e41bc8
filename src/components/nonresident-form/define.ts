import { TirkeuNonresidentForm } from './nonresident-form.js';

export { TirkeuNonresidentForm };

if (!customElements.get('tirkeu-nonresident-form')) customElements.define('tirkeu-nonresident-form', TirkeuNonresidentForm);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-nonresident-form': TirkeuNonresidentForm;
  }
}
