import { TirkeuRegistration, type RegistrationCompleteDetail, type StepChangeDetail } from './registration.js';
import { defineElement } from '../shared/define-element.js';

export { TirkeuRegistration };
export type { FlowModules, RegistrationCompleteDetail, StepChangeDetail } from './registration.js';

/*
 * The steps' widgets load when the flow needs them: the first step needs none, so a visitor who
 * only looks downloads the flow alone. Their define files register them (and what they nest).
 */
TirkeuRegistration.modules ??= {
  resident: () => import('../resident-form/define.js'),
  nonResident: () => import('../nonresident-form/define.js'),
  documents: () => import('../document-uploader/define.js'),
  banner: () => import('../draft-banner/define.js'),
};

defineElement('tirkeu-registration', TirkeuRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'tirkeu-registration': TirkeuRegistration;
  }
  interface HTMLElementEventMap {
    /** `<tirkeu-registration>` shows another step. */
    'tirkeu-step-change': CustomEvent<StepChangeDetail>;
    /** `<tirkeu-registration>`: the backend accepted the application. */
    'tirkeu-complete': CustomEvent<RegistrationCompleteDetail>;
  }
}
