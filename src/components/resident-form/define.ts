import { TirkeuResidentForm } from './resident-form.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuResidentForm };

defineElement('tirkeu-resident-form', TirkeuResidentForm);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-resident-form': TirkeuResidentForm;
  }
}
