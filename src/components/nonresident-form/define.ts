import { TirkeuNonresidentForm } from './nonresident-form.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuNonresidentForm };

defineElement('tirkeu-nonresident-form', TirkeuNonresidentForm);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-nonresident-form': TirkeuNonresidentForm;
  }
}
