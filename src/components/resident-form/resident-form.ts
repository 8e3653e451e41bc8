import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { isBackendError, type CertificateOutcome, type Organisation } from '../../backend/index.js';
import type { Locale } from '../../i18n/locale.js';
import { fieldId } from '../shared/field.js';
import { validateIinOrBin, type LegalStatus, type ResidentRegistration } from '../../model/index.js';
import { RegistrationFormElement } from '../registration-sections/registration-form.js';
import { registrationFormStyles } from '../registration-sections/registration-form.styles.js';
import { bankSection, companySection, userSection, type SectionContext } from '../registration-sections/sections.js';
import { companyTexts, formTexts } from '../registration-sections/labels.js';
import { compactNumber, legalStatusesFor, type FieldKey, type FieldValues } from '../registration-sections/rules.js';
import {
  companyFromOrganisation,
  followLocale,
  fromOutcome,
  legalStatusFromCertificate,
  personName,
  registrantNumber,
  userFromCertificate,
  type CertificateFields,
} from '../registration-sections/prefill.js';
import { residentFormStyles } from './resident-form.styles.js';

type LookupState = 'idle' | 'pending' | 'found' | 'not-found' | 'failed';

/** Fields a certificate fills that the user cannot change. */
const CERTIFICATE_KEYS: readonly FieldKey[] = ['user.iin', 'user.surname', 'user.name', 'user.patronymic', 'user.birthDate'];

/** The summary's key for the certificate itself, when none was given; its link goes to the note asking for one. */
const CERTIFICATE = 'certificate';

/**
 * Registration of a Kazakhstan resident: user, company and bank accounts, prefilled from the
 * certificate the user picked (`tirkeu-certificate-picker`) and from the state register.
 *
 * The IIN, surname, name, patronymic and birth date come from the certificate and are
 * read-only (before a certificate is given too: the summary then asks for it); the e-mail is
 * prefilled and editable. The BIN (from the certificate's OU=BIN, or
 * the owner's IIN for an individual entrepreneur) is looked up through the backend and fills
 * the company's names in Kazakh and Russian, registration date, document number, authority and
 * address. The legal status (legal entity, individual entrepreneur and, with
 * `allow-natural-person`, natural person) shapes the company fields. An organisation that is
 * registered already reduces the form to its personal part. The register's names are in the
 * form's language from the first frame and follow a locale switch where the user left them.
 *
 * With `invitation` (a token) and a backend, the fields the invitation carries are shown filled in,
 * with a note asking the user to check them; an expired or unknown invitation is said, nothing
 * else changes. With `require-agreement` the agreement is signed last, once every other field
 * is valid; without a `signer`, in the form with a certificate picker (signing keys); its CMS
 * goes with the registration. Dates are typed and shown as 31.12.2024.
 *
 * With `api-base` (or `backend`) the form sends and checks the e-mail code and, after an
 * uncancelled `tirkeu-submit`, signs and submits the registration; a 422 lands on the fields,
 * a 409 is said above the form. Errors appear under a field after the user leaves it, and with
 * a summary after a submit. Enter submits.
 *
 * @summary Resident registration: user, company, bank accounts, prefilled from the certificate and the register.
 *
 * @fires {CustomEvent<SubmitDetail<ResidentRegistration>>} tirkeu-submit - The form is valid and the user submitted it. Cancelable: cancel to submit yourself.
 * @fires {CustomEvent<RegistrationAcceptDetail<ResidentRegistration>>} tirkeu-registration-accept - The backend accepted the registration; `detail.receipt`.
 * @fires {CustomEvent<TirkeuErrorDetail>} tirkeu-error - The backend refused or could not be reached, signing failed, or the invitation could not be used; `detail: { code, message, cause? }` (`message` is localised). The agreement's certificate picker's own `tirkeu-error` (NCALayer codes) passes through too.
 * @fires {CustomEvent<SignRequestDetail>} tirkeu-sign-request - The registration must be signed and no `signer` is set: set `detail.signature` (a promise is fine), or leave it and the form's own certificate picker signs.
 * @fires {CustomEvent<AgreementSignDetail>} tirkeu-agreement-sign - The user agreement was signed (CMS, base64; `certificate` when the embedded picker signed it).
 * @fires input - The user typed in a field.
 * @fires change - The user committed a field.
 *
 * @slot before - Above the sections (e.g. the certificate picker).
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
 * @csspart legal-status - The legal status choice.
 * @csspart send-code-button - "Send code" / "Send again".
 * @csspart verify-code-button - Checks the typed code.
 * @csspart email-status - What happened to the code.
 * @csspart code-status - The state of the code check.
 * @csspart warning - The ownership-form warning under the company name.
 * @csspart warning-action - Its "remove" button.
 * @csspart lookup - The state-register lookup status.
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
 * @csspart certificate-note - The note asking for a certificate when none was given.
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
export class TirkeuResidentForm extends RegistrationFormElement<ResidentRegistration> {
  static override styles = [themeStyles, fieldStyles, registrationFormStyles, residentFormStyles];

  protected readonly kind = 'resident' as const;

  /**
   * The certificate the user picked (`detail.certificate` of `tirkeu-certificate-select`, a
   * CertificateInfo): IIN, names and birth date become read-only, the e-mail is prefilled.
   */
  @property({ attribute: false }) certificate?: CertificateFields | null;

  /**
   * The backend's answer to the certificate (`presentCertificate`): prefills user and company,
   * and `organisationRegistered` reduces the form to its personal part.
   */
  @property({ attribute: false }) outcome?: CertificateOutcome | null;

  /** The portal accepts natural persons: "natural person" joins the legal statuses. */
  @property({ type: Boolean, attribute: 'allow-natural-person' }) allowNaturalPerson = false;

  @state() private chosenStatus?: LegalStatus;
  @state() private lookup: { state: LookupState; number?: string } = { state: 'idle' };
  @state() private certificateValues: FieldValues = {};
  /**
   * The register's entry the company was filled from, and the locale its names were picked in:
   * on a locale switch the names follow, where the user left them as filled in.
   */
  private register?: { organisation: Organisation; locale: Locale };
  private lookupAbort?: AbortController;

  /** The certificate's public fields go with the draft (never a signature: the challenge it signed is spent). */
  protected override draftData(): Record<string, unknown> {
    return { ...super.draftData(), certificate: this.certificate ?? null };
  }

  protected override restoreDraft(saved: Record<string, unknown> | undefined): void {
    const certificate = saved?.['certificate'] as CertificateFields | null | undefined;
    if (certificate && !this.certificate) this.certificate = certificate;
    super.restoreDraft(saved);
  }

  protected override get legalStatuses(): readonly LegalStatus[] {
    return legalStatusesFor(this.allowNaturalPerson);
  }

  protected override get legalStatus(): LegalStatus {
    const allowed = this.legalStatuses;
    return this.chosenStatus && allowed.includes(this.chosenStatus) ? this.chosenStatus : allowed[0];
  }

  /** No certificate yet: its fields wait for it, not for the user's typing. */
  private get certificateMissing(): boolean {
    return !this.certificate && !this.outcome;
  }

  protected override get locked(): ReadonlySet<FieldKey> {
    if (this.certificateMissing) return new Set(CERTIFICATE_KEYS);
    return this.fixed;
  }

  protected override get fixed(): ReadonlySet<FieldKey> {
    return new Set((Object.keys(this.certificateValues) as FieldKey[]).filter((k) => k !== 'user.email'));
  }

  protected override initialValues(): FieldValues {
    const register = this.register ? companyFromOrganisation(this.register.organisation, this.localize.locale) : {};
    return { ...register, ...this.certificateValues, ...this.certificateEmail() };
  }

  /**
   * Without a certificate, what its fields lack is the certificate: the summary asks for it once,
   * first, and its link leads to the note that says so.
   */
  protected override adjustCodes(codes: Record<string, string | undefined>): Record<string, string | undefined> {
    if (!this.certificateMissing || !CERTIFICATE_KEYS.some((key) => codes[key])) return codes;
    const rest = { ...codes };
    for (const key of CERTIFICATE_KEYS) delete rest[key];
    return { [CERTIFICATE]: 'certificate-missing', ...rest };
  }

  private certificateEmail(): FieldValues {
    const email = this.certificate ? userFromCertificate(this.certificate)['user.email'] : this.outcome?.user.email;
    return email ? { 'user.email': email } : {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('certificate') && this.certificate) this.applyCertificate(this.certificate);
    if (changed.has('outcome') && this.outcome) this.applyOutcome(this.outcome);
    this.followRegisterLocale();
    if ((changed.has('apiBase') || changed.has('backend')) && this.activeBackend && this.lookup.state === 'idle') {
      void this.lookUp(this.values['company.idNumber'] ?? '');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lookupAbort?.abort();
  }

  /** What the certificate fixes for the current status: identity and the registrant's number. */
  private certificateFields(certificate: CertificateFields, status: LegalStatus): FieldValues {
    const user = userFromCertificate(certificate);
    const fixed: FieldValues = {};
    for (const key of CERTIFICATE_KEYS) if (user[key]) fixed[key] = user[key];
    const number = registrantNumber(certificate, status);
    if (number) fixed['company.idNumber'] = number;
    return fixed;
  }

  private applyCertificate(certificate: CertificateFields): void {
    const status = legalStatusFromCertificate(certificate, this.legalStatuses);
    this.chosenStatus = status;
    this.certificateValues = this.certificateFields(certificate, status);
    this.setValues(this.certificateValues, { force: true });
    this.setValues(this.certificateEmail());
    if (status === 'natural-person') this.setValues({ 'company.name': personName(this.values) ?? '' });
    void this.lookUp(this.values['company.idNumber'] ?? '');
  }

  /** The register's names, picked in another locale, follow the form's: where the user left them as filled in. */
  private followRegisterLocale(): void {
    const register = this.register;
    const locale = this.localize.locale;
    if (!register || register.locale === locale) return;
    const before = companyFromOrganisation(register.organisation, register.locale);
    const after = companyFromOrganisation(register.organisation, locale);
    this.values = { ...this.values, ...followLocale(before, after, this.values, this.edited) };
    this.register = { ...register, locale };
  }

  private applyOutcome(outcome: CertificateOutcome): void {
    const locale = this.localize.locale;
    const prefill = fromOutcome(outcome, locale);
    const fixed: FieldValues = {};
    for (const key of CERTIFICATE_KEYS) if (prefill[key]) fixed[key] = prefill[key];
    if (outcome.organisation) {
      fixed['company.idNumber'] = outcome.organisation.bin;
      if (this.legalStatuses.includes(outcome.organisation.legalStatus)) this.chosenStatus = outcome.organisation.legalStatus;
      this.lookup = { state: 'found', number: outcome.organisation.bin };
      this.register = { organisation: outcome.organisation, locale };
    }
    this.certificateValues = { ...this.certificateValues, ...fixed };
    this.setValues(fixed, { force: true });
    this.setValues(prefill);
    if (outcome.organisationRegistered) this.companyRegistered = true;
  }

  protected override legalStatusChanged(status: LegalStatus): void {
    if (status === this.legalStatus) return;
    this.chosenStatus = status;
    if (this.certificate) {
      this.certificateValues = this.certificateFields(this.certificate, status);
      const number = this.certificateValues['company.idNumber'] ?? '';
      this.setValues({ 'company.idNumber': number }, { force: true });
    }
    if (status === 'natural-person') this.setValues({ 'company.name': personName(this.values) ?? '' });
    void this.lookUp(this.values['company.idNumber'] ?? '');
  }

  /** The invitation's status counts until a certificate or the register says otherwise. */
  protected override invitedLegalStatus(status: LegalStatus): void {
    if (this.certificate || this.outcome || !this.legalStatuses.includes(status)) return;
    this.chosenStatus = status;
  }

  protected override invitationApplied(values: FieldValues): void {
    if (values['company.idNumber']) void this.lookUp(this.values['company.idNumber'] ?? '');
  }

  protected override valueChanged(key: FieldKey, value: string): void {
    if (key === 'company.idNumber') void this.lookUp(value);
  }

  private lookupPromise: Promise<void> = Promise.resolve();

  /**
   * Asks the register about a complete, valid BIN/IIN; a newer number cancels an older
   * question. Fills the company without overwriting what the user typed.
   */
  private lookUp(raw: string): Promise<void> {
    return (this.lookupPromise = this.runLookup(raw));
  }

  private async runLookup(raw: string): Promise<void> {
    const number = compactNumber(raw);
    const backend = this.activeBackend;
    if (this.lookup.number === number && this.lookup.state !== 'idle') return;
    // Another number (or none): the register's entry for the old one no longer fills anything.
    if (this.register?.organisation.bin !== number) this.register = undefined;
    this.lookupAbort?.abort();
    if (!backend || this.legalStatus === 'natural-person' || !validateIinOrBin(number).ok) {
      this.lookup = { state: 'idle' };
      return;
    }
    const abort = (this.lookupAbort = new AbortController());
    this.lookup = { state: 'pending', number };
    try {
      const organisation = await backend.lookupOrganisation(number, { signal: abort.signal });
      if (abort.signal.aborted) return;
      const locale = this.localize.locale;
      this.setValues(companyFromOrganisation(organisation, locale));
      this.register = { organisation, locale };
      if (!this.certificate && this.legalStatuses.includes(organisation.legalStatus)) this.chosenStatus = organisation.legalStatus;
      this.lookup = { state: 'found', number };
      if (organisation.registered) this.companyRegistered = true;
    } catch (error) {
      if (abort.signal.aborted || isBackendError(error, 'aborted')) return;
      this.lookup = { state: isBackendError(error, 'not-found') ? 'not-found' : 'failed', number };
    }
  }

  /** Resolves when a pending register lookup has answered (for hosts and tests). */
  get lookupComplete(): Promise<boolean> {
    return this.lookupPromise.then(() => this.updateComplete);
  }

  private renderLookup() {
    const { state } = this.lookup;
    const t = this.t;
    const text =
      state === 'pending'
        ? companyTexts.lookupPending(t)
        : state === 'found'
          ? companyTexts.lookupFound(t)
          : state === 'not-found'
            ? companyTexts.lookupNotFound(t)
            : state === 'failed'
              ? companyTexts.lookupFailed(t)
              : '';
    return html`<p class="lookup" part="lookup" role="status" data-state=${state}>${text}</p>`;
  }

  protected override renderSections(ctx: SectionContext) {
    // Focusable, so that the summary's link and a blocked submit can lead the user to it.
    return html`${this.certificateMissing && this.shows('user')
        ? html`<p id=${fieldId(CERTIFICATE)} class="certificate-note" part="certificate-note" tabindex="-1">
            ${formTexts.certificateMissing(this.t)}
          </p>`
        : nothing}
      ${this.shows('user') ? userSection(ctx) : nothing} ${this.shows('company') ? companySection(ctx, { before: this.renderLookup() }) : nothing}
      ${this.shows('bank') ? bankSection(ctx) : nothing}`;
  }
}
