/**
 * `tirkeu`: registers every element and re-exports the public API. Hosts that want one widget,
 * or their own tag names, import `tirkeu/components/<widget>/<widget>.js` (the class, no side
 * effects) or `.../define.js` instead.
 */
import './components/shared/combobox/define.js';
import './components/certificate-picker/define.js';
import './components/bank-details/define.js';
import './components/resident-form/define.js';
import './components/nonresident-form/define.js';
import './components/document-uploader/define.js';
import './components/draft-banner/define.js';
import './components/registration/define.js';

export { TirkeuCertificatePicker } from './components/certificate-picker/certificate-picker.js';
export type { CertificateSelectDetail, PickerErrorDetail } from './components/certificate-picker/certificate-picker.js';
export { TirkeuBankDetails } from './components/bank-details/bank-details.js';
export { TirkeuResidentForm } from './components/resident-form/resident-form.js';
export { TirkeuNonresidentForm } from './components/nonresident-form/nonresident-form.js';
export { TirkeuDocumentUploader } from './components/document-uploader/document-uploader.js';
export type {
  DocumentAddDetail,
  DocumentFileInfo,
  DocumentRemoveDetail,
  DocumentsValue,
  FileState,
} from './components/document-uploader/document-uploader.js';
export { TirkeuDraftBanner } from './components/draft-banner/draft-banner.js';
export type { DraftBannerDismissDetail, DraftDiscardDetail, DraftRestoreDetail } from './components/draft-banner/draft-banner.js';
export { TirkeuRegistration } from './components/registration/registration.js';
export type { AgreementSignDetail, RegistrationAcceptDetail, SignRequestDetail, Signer, SignPurpose, SubmitDetail } from './components/registration-sections/registration-form.js';
export type { RegistrationCompleteDetail, StepChangeDetail } from './components/registration/registration.js';
export type { TirkeuErrorDetail } from './components/shared/events.js';
export { TirkeuCombobox } from './components/shared/combobox/combobox.js';
export { LOCALES, SOURCE_LOCALE, normalizeLocale, type Locale } from './i18n/locale.js';
export { NcaLayerClient, NcaLayerError, type CertificateInfo, type NcaLayerErrorCode } from './ncalayer/index.js';
export { HttpBackend, BackendError, type RegistrationBackend } from './backend/index.js';
export {
  checkPortalPreset,
  documentRegistrant,
  extendCatalogue,
  PORTAL_PRESETS,
  PPP_PORTAL,
  SUPPLIER_PORTAL,
  type PortalPreset,
  type PortalPresetInput,
  type PresetIssue,
  SUPPLIER_PORTAL_CATALOGUE,
  validateCatalogue,
  type DocumentCatalogue,
  type DocumentRegistrant,
  type DocumentSpec,
} from './model/index.js';
export type { RegistrationPayload, ResidentRegistration, NonResidentRegistration, BankAccount, ValidationCode } from './model/index.js';
