import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import type { NonResidentRegistration } from '../../model/index.js';
import { RegistrationFormElement } from '../registration-sections/registration-form.js';
import { registrationFormStyles } from '../registration-sections/registration-form.styles.js';
import { bankSection, companySection, userSection, type SectionContext } from '../registration-sections/sections.js';
import { html, nothing } from 'lit';
import { nonresidentFormStyles } from './nonresident-form.styles.js';

/**
 * Registration of a non-resident: the user (name, phone in international form, e-mail), the
 * company (home registration or tax number, name, country, phone, official e-mail, legal
 * address) and its bank accounts (the beneficiary code is optional), all entered by hand
 * (seed 000). The same sections as the resident form, composed for a foreign registrant.
 *
 * The company name is wanted without its ownership form: the form warns (it does not refuse)
 * when one is typed, and offers to remove it. An organisation that turns out to be registered
 * already (a 409 from the backend, or `company-registered`) reduces the form to its personal part.
 *
 * With `invitation` (a token) and a backend, the fields the invitation carries are shown filled in,
 * with a note asking the user to check them; an expired or unknown invitation is said, nothing
 * else changes. With `require-agreement` the agreement is signed last, once every other field
 * is valid; without a `signer`, in the form with a certificate picker (signing keys); its CMS
 * goes with the registration.
 *
 * With `api-base` (or `backend`) the form sends and checks the e-mail code and, after an
 * uncancelled `tirkeu-submit`, signs and submits the registration; a 422 lands on the fields,
 * a 409 is said above the form. Errors appear under a field after the user leaves it, and with
 * a summary after a submit. Enter submits.
 *
 * @summary Non-resident registration: user, company and bank accounts entered by hand.
 *
 * @fires {CustomEvent<SubmitDetail<NonResidentRegistration>>} tirkeu-submit - The form is valid and the user submitted it. Cancelable: cancel to submit yourself.
 * @fires {CustomEvent<RegistrationAcceptDetail<NonResidentRegistration>>} tirkeu-registration-accept - The backend accepted the registration; `detail.receipt`.
 * @fires {CustomEvent<TirkeuErrorDetail>} tirkeu-error - The backend refused or could not be reached, signing failed, or the invitation could not be used; `detail: { code, message, cause? }` (`message` is localised). The agreement's certificate picker's own `tirkeu-error` (NCALayer codes) passes through too.
 * @fires {CustomEvent<SignRequestDetail>} tirkeu-sign-request - The registration must be signed and no `signer` is set: set `detail.signature` (a promise is fine), or leave it and the form's own certificate picker signs.
 * @fires {CustomEvent<AgreementSignDetail>} tirkeu-agreement-sign - The user agreement was signed (CMS, base64; `certificate` when the embedded picker signed it).
 * @fires input - The user typed in a field.
 * @fires change - The user committed a field.
 *
 * @slot before - Above the sections.
 * @slot after - Below the sections, above the submit button (e.g. the document uploader).
 * @slot agreement - The text of the user agreement (default: a short consent sentence).
 *
 * @csspart form - The inner form.
 * @csspart message - The form-level message (success, 409, network), with `message-success`, `message-warning` or `message-error`.
 * @csspart draft-locked - The notice that another tab holds the draft (with `message message-warning`).
 * @csspart draft-take-over - Its "Continue in this tab" button.
 * @csspart summary - The error summary shown after a submit.
 * @csspart summary-heading - Its heading.
 * @csspart summary-link - A link in it that moves focus to a field.
 * @csspart section - A section (with `section-user`, `section-company` or `section-bank`).
 * @csspart section-title - A section's heading.
 * @csspart field - A field: label, help, control, error.
 * @csspart label - A field's label.
 * @csspart help - A field's help text.
 * @csspart hint - The "?" button of a field's hint.
 * @csspart tooltip - A hint's tooltip.
 * @csspart input - A text box.
 * @csspart error - A field's error message.
 * @csspart send-code-button - "Send code" / "Send again".
 * @csspart verify-code-button - Checks the typed code.
 * @csspart email-status - What happened to the code.
 * @csspart code-status - The state of the code check.
 * @csspart warning - The ownership-form warning under the company name.
 * @csspart warning-action - Its "remove" button.
 * @csspart company-registered - The explanation shown when the organisation is registered already.
 * @csspart agreement - The user agreement block.
 * @csspart agreement-text - The agreement's text.
 * @csspart agreement-waiting - Why the agreement cannot be signed yet (the other fields come first).
 * @csspart sign-button - Signs the agreement (with a `signer`).
 * @csspart agreement-picker - The certificate picker that signs the agreement (without a `signer`).
 * @csspart invitation - The note about the invitation: what it filled in, or why it could not be used (also `invitation-problem`).
 * @csspart agreement-status - "The agreement is signed." (or that it still is, after another choice of key came to nothing).
 * @csspart bank - The wrapper of the bank accounts editor.
 * @csspart bank-details - The bank accounts editor (`tirkeu-bank-details`).
 * @csspart combobox - The country combobox (`tirkeu-combobox`).
 * @csspart combobox-input - The country combobox's text box.
 * @csspart signature-picker - The certificate picker that signs the registration (without a `signer`), shown from the first submit.
 * @csspart actions - The row of the submit button.
 * @csspart submit - The submit button.
 *
 * @cssprop --tirkeu-color-primary - Buttons, focus ring.
 * @cssprop --tirkeu-color-on-primary - Text on the submit button.
 * @cssprop --tirkeu-color-surface - Background of inputs.
 * @cssprop --tirkeu-color-surface-alt - Background of notices, read-only fields, the agreement.
 * @cssprop --tirkeu-color-text - Text.
 * @cssprop --tirkeu-color-muted - Help texts.
 * @cssprop --tirkeu-color-border - Borders.
 * @cssprop --tirkeu-color-danger - Errors.
 * @cssprop --tirkeu-color-warning - Warnings.
 * @cssprop --tirkeu-color-success - Confirmations.
 * @cssprop --tirkeu-color-focus - Focus ring.
 * @cssprop --tirkeu-radius - Corner radius.
 * @cssprop --tirkeu-space - Base spacing.
 * @cssprop --tirkeu-font - Font (default: inherited from the page).
 * @cssprop --tirkeu-input-background - Background of text boxes.
 * @cssprop --tirkeu-input-border-color - Border of text boxes.
 * @cssprop --tirkeu-form-max-width - Widest the form grows (default 56rem).
 * @cssprop --tirkeu-form-columns-min - Narrowest column before fields wrap (default 16rem).
 * @cssprop --tirkeu-section-gap - Space between sections.
 */
export class TirkeuNonresidentForm extends RegistrationFormElement<NonResidentRegistration> {
  static override styles = [themeStyles, fieldStyles, registrationFormStyles, nonresidentFormStyles];

  protected readonly kind = 'non-resident' as const;

  protected override renderSections(ctx: SectionContext) {
    return html`${this.shows('user') ? userSection(ctx) : nothing} ${this.shows('company') ? companySection(ctx) : nothing}
    ${this.shows('bank') ? bankSection(ctx) : nothing}`;
  }
}
