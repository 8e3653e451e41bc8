import { TirkeuCertificatePicker, type CertificateSelectDetail, type PickerErrorDetail } from './certificate-picker.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuCertificatePicker };
export type {
  CertificateSelectDetail,
  PickerErrorDetail,
  PickerErrorCode,
  PickerState,
  Purpose,
  SubjectFilter,
  ChallengeSource,
} from './certificate-picker.js';

defineElement('tirkeu-certificate-picker', TirkeuCertificatePicker);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-certificate-picker': TirkeuCertificatePicker;
  }
  interface HTMLElementEventMap {
    'tirkeu-certificate-select': CustomEvent<CertificateSelectDetail>;
  }
}
