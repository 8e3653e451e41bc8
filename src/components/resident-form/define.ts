import { TirkeuResidentForm } from './resident-form.js';

export { TirkeuResidentForm };

if (!customElements.get('tirkeu-resident-form')) customElements.define('tirkeu-resident-form', TirkeuResidentForm);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-resident-form': TirkeuResidentForm;
  }
}
