/**
 * Event details more than one element shares, and their place in `HTMLElementEventMap`.
 * Types only: nothing here reaches a bundle.
 */

import type { RegistrationAcceptDetail, SubmitDetail } from '../registration-sections/submission-controller.js';
import type { AgreementSignDetail, SignRequestDetail } from '../registration-sections/registration-form.js';
import type { RegistrationPayload } from '../../model/index.js';

/**
 * Detail of `tirkeu-error`, whichever element fires it: a stable `code` to switch on and a
 * `message` for people, in the element's language. `cause` is what was thrown, when there was
 * something (a `BackendError`, an `NcaLayerError`…), for logs: never show it as it is.
 */
export interface TirkeuErrorDetail<Code extends string = string> {
  /** Stable: switch on it. */
  code: Code;
  /** What happened, in the element's language. */
  message: string;
  /** The original error, for logs. */
  cause?: unknown;
}

declare global {
  interface HTMLElementEventMap {
    /** Any Tirkeu element: something failed; `code` is stable, `message` is for people. */
    'tirkeu-error': CustomEvent<TirkeuErrorDetail>;
    /** The forms and `<tirkeu-registration>`: the registration is complete and about to be signed and sent. Cancelable. */
    'tirkeu-submit': CustomEvent<SubmitDetail<RegistrationPayload>>;
    /** The forms (and `<tirkeu-registration>`, whose form it comes from): the backend accepted the registration. */
    'tirkeu-registration-accept': CustomEvent<RegistrationAcceptDetail<RegistrationPayload>>;
    /** The forms: the registration must be signed and no `signer` is set; set `detail.signature` (a promise is fine). */
    'tirkeu-sign-request': CustomEvent<SignRequestDetail>;
    /** The forms: the user agreement was signed. */
    'tirkeu-agreement-sign': CustomEvent<AgreementSignDetail>;
  }
}
