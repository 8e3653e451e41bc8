import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../shared/form-element.js';
import { ValidationController } from '../shared/validation-controller.js';
import { HintController } from '../shared/hint-controller.js';
import { FormatController } from '../shared/format-controller.js';
import { errorSummary, fieldId } from '../shared/field.js';
import type { TirkeuErrorDetail } from '../shared/events.js';
import { TirkeuCombobox, type ComboboxOption } from '../shared/combobox/combobox.js';
import { TirkeuCertificatePicker, type CertificateSelectDetail, type ChallengeSource } from '../certificate-picker/certificate-picker.js';
import { TirkeuBankDetails, type BankAccount } from '../bank-details/bank-details.js';
import { issueLabel, issueMessage } from '../bank-details/account-texts.js';
import { HttpBackend, type Invitation, type RegistrationBackend } from '../../backend/index.js';
import type { Lookup } from '../../i18n/lookup.js';
import {
  formatPhone,
  listCountries,
  stripOwnershipForm,
  type LegalStatus,
  type ModelLocale,
  type RegistrantKind,
} from '../../model/index.js';
import { EmailCodeController } from './email-code-controller.js';
import { InvitationController, invitationValues, type InvitationState } from './invitation-controller.js';
import { SubmissionController, type FormMessage, type Words } from './submission-controller.js';
import { agreementTexts, emailProblemMessage, fieldCodeMessage, fieldLabel, formTexts, legalStatusLabel } from './labels.js';
import { bankCodes, isBankIssueKey, keepBankIssues, listPath, serverBankIssues } from './bank-issues.js';
import {
  allFields,
  compactNumber,
  credentialsOf,
  evaluate,
  legalStatusesFor,
  tidyValue,
  type Evaluation,
  type FieldKey,
  type FieldSpec,
  type FieldValues,
  type SectionConfig,
} from './rules.js';
import type { PlacedKey, ServerFieldError } from './server-errors.js';
import { fromPayload } from './prefill.js';
import { PickerSigningController } from './picker-signing-controller.js';
import { utf8Base64 } from './utf8-base64.js';
import { DraftLink } from '../shared/draft-link.js';
import type { DraftStore } from '../../drafts/types.js';
import { renderField, type AgreementPicker, type AgreementState, type SectionContext } from './sections.js';
import { fieldStep, type DocumentSource, type FormFlow, type FormStep } from './form-steps.js';

/** What a signature is made for. */
export type SignPurpose = 'agreement' | 'registration';

/**
 * Signs `data` with the user's signing key (through NCALayer) and resolves with a CMS
 * (base64). Hosts wire it to their NCALayer client; without it the form asks through the
 * `tirkeu-sign-request` event.
 */
export type Signer = (data: string, purpose: SignPurpose) => Promise<string>;

export interface SignRequestDetail {
  data: string;
  purpose: SignPurpose;
  /** A listener sets this to the signature (or a promise of it). */
  signature?: string | Promise<string>;
}

export type { RegistrationAcceptDetail, SubmitDetail } from './submission-controller.js';

/** Detail of `tirkeu-agreement-sign`: the agreement's text and its CMS (base64); `certificate` when the form's own picker signed it. */
export interface AgreementSignDetail {
  text: string;
  signature: string;
  certificate?: CertificateSelectDetail['certificate'];
}

/**
 * Detail of the forms' `tirkeu-error`: `code` is a `BackendError` code (`user-exists`,
 * `organisation-exists`, `validation`, `network`…), `signing`, `invitation-expired` or
 * `invitation-not-found`; `message` is what the form says about it, in its language; `cause` the
 * original error.
 */
export type FormErrorDetail = TirkeuErrorDetail;


/**
 * The machinery both registration forms share: state, rules, e-mail confirmation, agreement,
 * submission, form association. The forms subclass it and compose the shared sections their
 * own way; this class never renders a field itself.
 *
 * Not registered as an element: `tirkeu-resident-form` and `tirkeu-nonresident-form` are.
 */
export abstract class RegistrationFormElement<P> extends TirkeuFormElement {
  static override dependencies = {
    'tirkeu-combobox': TirkeuCombobox,
    'tirkeu-bank-details': TirkeuBankDetails,
    'tirkeu-certificate-picker': TirkeuCertificatePicker,
  };

  /** Where the backend contract lives (e.g. `/api`); with it the form sends codes and submits. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A backend object of the contract's interface; beats `api-base`. */
  @property({ attribute: false }) backend?: RegistrationBackend;

  /** The portal uses passwords (seed 001): show password and repeat. */
  @property({ type: Boolean, attribute: 'require-password' }) requirePassword = false;

  /** The user agreement must be signed with the signing key before submitting (seed 001). */
  @property({ type: Boolean, attribute: 'require-agreement' }) requireAgreement = false;

  /** The organisation is on the portal already: only the personal part is asked (seed 000). */
  @property({ type: Boolean, reflect: true, attribute: 'company-registered' }) companyRegistered = false;

  /**
   * Signs the agreement and the registration; see `Signer`. Without it both are signed with the
   * form's own `tirkeu-certificate-picker` (signing keys, through NCALayer), unless a
   * `tirkeu-sign-request` listener answers for the registration.
   */
  @property({ attribute: false }) signer?: Signer;

  /**
   * An invitation token (seed 002): resolved through the backend on connect; the fields it
   * carries are shown filled in, with a note asking the user to check them.
   */
  @property() invitation?: string;

  /** NCALayer's address for the agreement's certificate picker; the picker's default when unset. */
  @property({ attribute: 'ncalayer-url' }) ncalayerUrl?: string;

  /**
   * The agreement's certificate picker accepts certificates that do not chain to NCA's
   * production CAs (NCA's test CA, the emulator). Never in production.
   */
  @property({ type: Boolean, attribute: 'test-certificates' }) testCertificates = false;

  /**
   * The draft database's name (`tirkeu/drafts`): what the user types is kept, encrypted, in this
   * browser, and a `draft-id` continues it. Without `drafts` or `draftStore`, nothing is kept.
   */
  @property() drafts?: string;

  /** A draft store the host opened (`openDraftStore`); beats `drafts`. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** The draft to continue (from `<tirkeu-draft-banner>`'s `tirkeu-draft-restore`); a new draft sets it. */
  @property({ attribute: 'draft-id', reflect: true }) draftId?: string;

  /**
   * In a step-by-step flow (`<tirkeu-registration>`): the part of the form shown, `user`,
   * `company`, `bank`, or `finish` (the agreement, the signature and the submit button). Unset:
   * the whole form. The values of every part stay, shown or not.
   */
  @property({ attribute: false }) step?: FormStep;

  /**
   * The documents that go with the registration (a `<tirkeu-document-uploader>`): their manifest
   * becomes the payload's `documents`, their files the request's `documents[<slot>]` parts.
   */
  @property({ attribute: false }) documents?: DocumentSource;

  /** The step-by-step flow the form is a part of: Enter before the last step is its "Next"; a submit with a step not done opens that step. */
  @property({ attribute: false }) flow?: FormFlow;

  /** Values as typed, by field key. */
  @state() protected values: FieldValues = {};
  @state() protected bankAccounts: BankAccount[] = [];
  /** A 422's errors by field; a bank account's by its own path (`bankAccounts.1.iban`). */
  @state() protected serverErrors: Partial<Record<PlacedKey, ServerFieldError>> = {};
  @state() protected agreement: AgreementState = 'unsigned';
  /** Why the agreement is not signed (its signer failed); said in the locale of each render. */
  @state() protected agreementError?: Words;
  /** Choosing another key for the agreement came to nothing: the signature made before stands. */
  @state() protected agreementKept = false;

  /** Keys the user edited themselves: prefills never overwrite them. */
  protected readonly edited = new Set<FieldKey>();
  protected agreementSignature?: string;
  /** What the invitation filled in: a reset goes back to it, as the note above the form still says. */
  private invited: FieldValues = {};
  private evaluation?: Evaluation;
  private ownBackend?: { base: string; backend: RegistrationBackend };
  /** The text the agreement picker was given to sign. */
  private agreementText?: string;
  private readonly agreementSource: ChallengeSource = {
    getChallenge: async () => {
      this.agreementText = this.currentAgreementText();
      return { challenge: utf8Base64(this.agreementText), expiresAt: '' };
    },
  };
  private readonly agreementPicker: AgreementPicker = {
    source: this.agreementSource,
    testCertificates: false,
    selected: (event) => this.onAgreementPicked(event),
    failed: () => this.onAgreementPickerFailed(),
  };

  protected abstract readonly kind: RegistrantKind;

  /** The form's part of the draft: its registration (never a secret: those are not in `value`). */
  protected readonly draft = new DraftLink(this, {
    name: 'form',
    kind: () => this.kind,
    data: () => this.draftData(),
    restore: (draft) => this.restoreDraft(draft.data['form'] as Record<string, unknown> | undefined),
    lookup: () => this.t,
    locked: (held) => (this.draftLocked = held),
  });

  /** Another tab holds this draft: this one saves nothing until the user continues here. */
  @state() protected draftLocked = false;

  constructor() {
    super();
    // Typing anywhere in the form (its bank editor too: `input` crosses shadow roots) is saved after a pause.
    this.addEventListener('input', () => this.draft.changed());
    // Submitted and accepted: the draft has done its job.
    this.addEventListener('tirkeu-registration-accept', () => void this.draft.finish());
  }

  /**
   * When the draft is open in another tab (`tirkeu-error` with `draft-locked`), this tab saves
   * nothing. Offer the user to continue here: this takes the draft over, the other tab stops
   * saving and is told, and what is in this tab's widgets is saved.
   */
  takeOverDraft(): Promise<void> {
    return this.draft.takeOver();
  }

  /**
   * What the form keeps in a draft: the registration as typed, and the address the user confirmed
   * (not the code: that is a secret), so that a reload does not ask for another code.
   */
  protected draftData(): Record<string, unknown> {
    return { value: this.value, ...(this.email.status === 'verified' && { confirmedEmail: this.email.email }) };
  }

  /** Puts a draft's values back; fields the user typed since stay. */
  protected restoreDraft(saved: Record<string, unknown> | undefined): void {
    if (saved?.['value']) this.value = saved['value'] as Partial<P>;
    const confirmed = saved?.['confirmedEmail'];
    // Only for the address the form now holds: one typed since is not confirmed.
    if (typeof confirmed === 'string' && confirmed.toLowerCase() === (this.values['user.email'] ?? '').trim().toLowerCase()) {
      this.email.restoreVerified(confirmed);
    }
  }

  /**
   * The form's lookup: every text it builds, in `render()` or not (a validity message, an event's
   * message, a prefill chosen in `willUpdate`), is in the form's own locale.
   */
  protected get t(): Lookup {
    return this.localize.msg;
  }

  protected readonly validation = new ValidationController(this, {
    validate: () => this.codes(),
    message: (code, key) => this.messageFor(code, key as FieldKey),
    idFor: (key) => fieldId(key),
    // A bank account's issue is named by account and field: "Account 2: Opened on".
    label: (key) => (isBankIssueKey(key) && issueLabel(listPath(key), this.t)) || this.labelOf(key),
    // ... and its field is inside the bank editor, which opens the account and focuses it.
    focus: (key) => isBankIssueKey(key) && !!this.bankElement()?.focusField(listPath(key)),
  });
  protected readonly hints = new HintController(this);
  protected readonly formats = new FormatController(this, {
    // A complete number is shown grouped; anything else stays as typed (spaces included).
    phone: (raw) => {
      const formatted = formatPhone(raw);
      return formatted === raw.trim() ? raw : formatted;
    },
    compact: compactNumber,
  });
  protected readonly email = new EmailCodeController(this, {
    backend: () => this.activeBackend,
    locale: () => this.localize.locale,
    failed: (problem, cause) =>
      this.emit<FormErrorDetail>('tirkeu-error', { code: problem.code, message: emailProblemMessage(problem, this.t), cause }),
  });
  protected readonly invitations = new InvitationController(this, {
    backend: () => this.activeBackend,
    token: () => this.invitation,
    fill: (invitation) => this.fillFromInvitation(invitation),
    filled: (values) => this.invitationApplied(values),
    error: (detail) => this.emit<FormErrorDetail>('tirkeu-error', detail),
    t: this.t,
  });
  protected readonly submission = new SubmissionController<P>(this, {
    backend: () => this.activeBackend,
    sign: (text) => this.sign(text, 'registration'),
    agreementSignature: () => (this.requireAgreement ? this.agreementSignature : undefined),
    documents: () => this.documents?.files(),
    credentials: () => credentialsOf(this.values, this.config),
    emit: (type, detail, options) => this.emit(type, detail, options),
    t: this.t,
    fields: () => allFields(this.config),
    fieldErrors: (fields) => {
      this.serverErrors = fields;
      this.validation.submit();
    },
    organisationExists: () => (this.companyRegistered = true),
    settled: () => this.focusMessage(),
  });

  /** Signs the registration with an embedded picker when the host gives no signer. */
  protected readonly registrationSigning = new PickerSigningController(this, {
    picker: () => (this.renderRoot as ShadowRoot | undefined)?.querySelector?.<TirkeuCertificatePicker>('[part~="signature-picker"]'),
    // "Try again" in the picker after a failed signature; never a second registration.
    retry: () => {
      if (this.message?.tone !== 'success') void this.submit();
    },
  });

  /** The message above the form (the submission's outcome). */
  protected get message(): FormMessage | undefined {
    return this.submission.message;
  }

  /** A registration is being signed and sent. */
  protected get submitting(): boolean {
    return this.submission.submitting;
  }

  /** Where the invitation link stands. */
  protected get invitationState(): InvitationState | undefined {
    return this.invitations.state;
  }

  /** The backend in use: the `backend` property, else an HttpBackend for `api-base`. */
  protected get activeBackend(): RegistrationBackend | undefined {
    if (this.backend) return this.backend;
    if (!this.apiBase) return undefined;
    if (this.ownBackend?.base !== this.apiBase) this.ownBackend = { base: this.apiBase, backend: new HttpBackend({ apiBase: this.apiBase }) };
    return this.ownBackend.backend;
  }

  /** The legal status the sections follow. */
  protected get legalStatus(): LegalStatus {
    return 'legal-entity';
  }

  /** Resident statuses the portal accepts. */
  protected get legalStatuses(): readonly LegalStatus[] {
    return legalStatusesFor(false);
  }

  /** Fields the user cannot edit (they come from the certificate). */
  protected get locked(): ReadonlySet<FieldKey> {
    return new Set();
  }

  /** Fields whose values the certificate gave: a payload set as `value` does not replace them. */
  protected get fixed(): ReadonlySet<FieldKey> {
    return this.locked;
  }

  /** The configuration the sections render. */
  protected get config(): SectionConfig {
    return {
      kind: this.kind,
      legalStatus: this.legalStatus,
      requirePassword: this.requirePassword,
      requireAgreement: this.requireAgreement,
      emailCode: !!this.activeBackend,
      companyRegistered: this.companyRegistered,
      legalStatuses: this.legalStatuses,
      locked: this.locked,
    };
  }

  // ————— Public API —————

  /**
   * The registration: the model's typed payload (normalised: E.164 phones, trimmed texts) when
   * the form is valid; otherwise the same shape with the values as typed. When the organisation
   * is registered already, `company` is absent and `bankAccounts` empty: only the personal part
   * is sent.
   */
  get value(): P {
    const evaluation = this.evaluate();
    const payload = (evaluation.payload ?? evaluation.raw) as P;
    return this.documents ? { ...payload, documents: this.documents.manifest() } : payload;
  }

  /**
   * Fills the form from a payload (a saved draft, a host's record). Fields from the certificate
   * keep the certificate's values; passwords are never taken.
   */
  set value(payload: Partial<P> | null | undefined) {
    const { values, legalStatus, bankAccounts } = fromPayload(payload);
    for (const key of this.fixed) delete values[key];
    this.values = { ...this.values, ...values };
    for (const key of Object.keys(values) as FieldKey[]) this.edited.add(key);
    if (legalStatus) this.legalStatusChanged(legalStatus);
    this.bankAccounts = bankAccounts as BankAccount[];
    this.requestUpdate('value');
  }

  /**
   * Shows the errors of one step's fields and moves focus to the first of them; true when the
   * step is valid (the flow's "Next").
   */
  validateStep(step: FormStep): boolean {
    if (step === 'bank') this.bankElement()?.validate();
    const codes = this.validation.check();
    const keys = Object.keys(codes).filter((key) => codes[key] && this.stepOf(key) === step);
    if (!keys.length) return true;
    this.validation.touch(...keys);
    void this.updateComplete.then(() => this.validation.focus(keys[0]!));
    return false;
  }

  /** The first step with an invalid field, in the flow's order; undefined when the form is valid. */
  firstInvalidStep(): FormStep | undefined {
    const codes = this.validation.check();
    const steps = Object.keys(codes).filter((key) => codes[key]).map((key) => this.stepOf(key));
    return (['user', 'company', 'bank', 'finish'] as const).find((step) => steps.includes(step));
  }

  /**
   * What the user entered, section by section, as label and text (for a review page): the form's
   * own labels, in its locale. Empty optional fields are left out; secrets are never listed.
   */
  reviewEntries(): { step: FormStep; label: string; value: string }[] {
    const config = this.config;
    return allFields(config)
      .filter((spec) => !['password', 'code', 'agreement', 'bank-accounts'].includes(spec.control))
      .map((spec) => ({ step: fieldStep(spec), label: fieldLabel(spec.key, config, this.t), value: this.displayValue(spec) }))
      .filter((entry) => entry.value);
  }

  /** A field's value as the user reads it (a choice's label, not its code). */
  protected displayValue(spec: FieldSpec): string {
    if (spec.control === 'legal-status') return legalStatusLabel(this.legalStatus, this.t);
    const value = (this.values[spec.key] ?? '').trim();
    if (spec.control === 'country') return countryOptions(this.localize.locale).find((c) => c.value === value)?.label ?? value;
    // As the field shows a complete number: grouped.
    if (spec.control === 'tel') return formatPhone(value);
    return value;
  }

  /** Which step shows a key of the validation (a field, a bank account's field, the certificate). */
  private stepOf(key: string): FormStep {
    if (isBankIssueKey(key)) return 'bank';
    const spec = allFields(this.config).find((s) => s.key === key);
    return spec ? fieldStep(spec) : 'user';
  }

  /** Shows every error and the summary, moves focus to the summary; true when the form is valid. */
  validate(): boolean {
    this.showErrors({ focus: true });
    return this.isValid();
  }

  /**
   * Empties what the user typed and hides every error; what came from the certificate, the
   * register and the invitation is filled in again, as a native control goes back to its
   * default value. What the form said about its steps (code sent, agreement signed, the
   * submission's outcome) is gone with them.
   */
  reset(): void {
    this.values = { ...this.invited, ...this.initialValues() };
    this.bankAccounts = [];
    this.edited.clear();
    this.serverErrors = {};
    this.agreement = 'unsigned';
    this.agreementSignature = undefined;
    this.agreementError = undefined;
    this.agreementKept = false;
    this.agreementText = undefined;
    (this.renderRoot as ShadowRoot | undefined)?.querySelector?.<TirkeuCertificatePicker>('[part~="agreement-picker"]')?.reset();
    this.registrationSigning.reset();
    this.submission.reset();
    this.email.reset();
    this.validation.reset();
  }

  /**
   * Validates, confirms a typed e-mail code, then fires `tirkeu-submit`; unless a listener
   * cancels it and when a backend is set, signs and submits the registration.
   */
  async submit(): Promise<void> {
    if (this.submitting) return;
    this.submission.say(undefined);
    const config = this.config;
    if (config.emailCode && (this.email.status === 'sent' || this.email.status === 'wrong') && (this.values['user.emailCode'] ?? '').trim()) {
      await this.email.verify(this.values['user.emailCode']!);
    }
    if (!this.validate()) {
      const step = this.firstInvalidStep();
      if (step && step !== this.step) this.flow?.incomplete(step);
      return;
    }
    await this.submission.submit(this.value, this.agreementSignature);
  }

  // ————— Hooks for the forms —————

  /** Values a reset goes back to (the certificate's and the register's); they win over the invitation's. */
  protected initialValues(): FieldValues {
    return {};
  }

  /** A value changed (typed, prefilled or tidied). */
  protected valueChanged(_key: FieldKey, _value: string): void {}

  /** The legal status radio changed. */
  protected legalStatusChanged(_status: LegalStatus): void {}

  /** An invitation names the registrant's legal status: take it where the form allows. */
  protected invitedLegalStatus(_status: LegalStatus): void {}

  /** An invitation's fields were filled in (the resident form looks the BIN up). */
  protected invitationApplied(_values: FieldValues): void {}

  /**
   * The codes of the fields, adjusted for what the form lacks as a whole (the resident form
   * without a certificate asks for it rather than for the fields it fills). Default: as they are.
   */
  protected adjustCodes(codes: Record<string, string | undefined>): Record<string, string | undefined> {
    return codes;
  }

  /** Sets values from code (prefill); keys the user edited keep their values unless `force`. */
  protected setValues(values: FieldValues, { force = false } = {}): void {
    const next = { ...this.values };
    for (const [key, value] of Object.entries(values) as [FieldKey, string][]) {
      if (!force && this.edited.has(key) && (next[key] ?? '').trim()) continue;
      next[key] = value;
    }
    this.values = next;
  }

  /** The context the section helpers render with. */
  protected sectionContext(): SectionContext {
    return {
      config: this.config,
      values: this.values,
      locale: this.localize.locale,
      t: this.t,
      error: (key) => this.validation.error(key),
      idFor: (key) => fieldId(key),
      input: (key, value) => this.onInput(key, value),
      commit: (spec, value) => this.onCommit(spec, value),
      keydown: (spec, event) => this.onKeydown(spec, event),
      email: this.email,
      sendCode: () => void this.sendCode(),
      verifyCode: () => void this.verifyCode(),
      agreement: this.agreement,
      agreementError: this.agreementError?.(this.t),
      agreementReady: this.agreementReady(),
      agreementKept: this.agreementKept,
      signAgreement: () => void this.signAgreement(),
      agreementPicker: this.signer
        ? undefined
        : Object.assign(this.agreementPicker, { ncalayerUrl: this.ncalayerUrl, testCertificates: this.testCertificates }),
      prefilled: this.invitations.prefilled,
      setLegalStatus: (status) => this.legalStatusChanged(status),
      stripOwnershipForm: () => this.onStripOwnership(),
      countryOptions: () => countryOptions(this.localize.locale),
      bankAccounts: this.bankAccounts,
      bankErrors: serverBankIssues(this.serverErrors),
      bankChanged: (element) => this.onBankChange(element),
      // Disabled (itself or by a <fieldset>) leaves nothing inside operable, as while submitting.
      busy: this.submitting || this.isDisabled,
      step: this.step,
    };
  }

  /** The sections, in the form's order (see sections.ts). */
  protected abstract renderSections(ctx: SectionContext): TemplateResult | TemplateResult[] | typeof nothing;

  // ————— Invitation —————

  /** Resolves when a pending invitation has been answered and applied (for hosts and tests). */
  get invitationComplete(): Promise<boolean> {
    // A token set just now is picked up by the pending update.
    return this.updateComplete.then(() => this.invitations.complete).then(() => this.updateComplete);
  }

  /**
   * Fills the fields the invitation carries, where the form shows them: never over what the
   * user typed or what the certificate fixes.
   */
  private fillFromInvitation(invitation: Invitation): FieldValues {
    const status = invitation.prefill.company?.legalStatus;
    if (status) this.invitedLegalStatus(status);
    const shown = new Set(allFields(this.config).map((spec) => spec.key));
    const typed = (key: FieldKey) => this.edited.has(key) && !!(this.values[key] ?? '').trim();
    const prefill = invitationValues(invitation, shown, this.locked, typed);
    this.invited = prefill;
    this.setValues(prefill);
    if (prefill['user.email']) this.email.emailChanged(prefill['user.email']);
    return prefill;
  }

  // ————— Rules —————

  private evaluate(): Evaluation {
    return evaluate(this.values, this.config, this.bankAccounts, {
      emailStatus: this.email.status,
      agreementSigned: this.agreement === 'signed',
    });
  }

  private bankElement(): TirkeuBankDetails | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector?.('tirkeu-bank-details') ?? null;
  }

  /** Codes in display order: the model's and the form's, then what the server said. */
  private codes(): Record<string, string | undefined> {
    this.evaluation = this.evaluate();
    const codes: Record<string, string | undefined> = {};
    for (const spec of allFields(this.config)) {
      // Each issue on the accounts under its own key, so that the summary names account and field.
      if (spec.key === 'bankAccounts') Object.assign(codes, bankCodes(this.evaluation.bankIssues, this.serverErrors));
      const code = spec.key === 'bankAccounts' ? undefined : (this.evaluation.codes[spec.key] ?? this.serverErrors[spec.key]?.code);
      if (code) codes[spec.key] = code;
    }
    // A refused send (taken address) belongs to the e-mail field.
    if (!codes['user.email'] && this.email.problem?.code === 'user-exists') codes['user.email'] = 'user-exists';
    return this.adjustCodes(codes);
  }

  /**
   * Whether the agreement can be signed: every other field is valid. The e-mail's code is not a
   * detail the agreement covers; seed 001 confirms the address after the signature.
   */
  private agreementReady(): boolean {
    const codes = this.validation.codes;
    return Object.keys(codes).every((key) => !codes[key] || key === 'agreement' || key === 'user.emailCode');
  }

  /** A field's label for the summary; none for a key that is not a field (the certificate). */
  private labelOf(key: string): string | undefined {
    const config = this.config;
    return allFields(config).some((spec) => spec.key === key) ? fieldLabel(key as FieldKey, config, this.t) : undefined;
  }

  private isValid(): boolean {
    return Object.values(this.validation.check()).every((code) => !code);
  }

  private messageFor(code: string, key: FieldKey): string {
    // The bank editor's words, so that its field and this summary say the same.
    return isBankIssueKey(key) ? issueMessage(code, key === 'bankAccounts', this.t) : fieldCodeMessage(key, code, this.config, this.t);
  }

  // ————— Events from the sections —————

  private onInput(key: FieldKey, value: string): void {
    if (this.values[key] === value) return;
    this.edited.add(key);
    this.values = { ...this.values, [key]: value };
    this.clearServerError(key);
    if (key === 'user.email') this.email.emailChanged(value);
    if (key === 'user.emailCode') this.email.codeEdited();
    this.valueChanged(key, value);
  }

  private onCommit(spec: FieldSpec, value: string): void {
    const tidy = tidyValue(spec.control, value);
    if (tidy !== value) this.onInput(spec.key, tidy);
  }

  private onKeydown(spec: FieldSpec, event: KeyboardEvent): void {
    // A step of a flow has no submit button, so no implicit submission: Enter is its "Next".
    if (event.key === 'Enter' && this.step && this.step !== 'finish' && spec.key !== 'user.emailCode') {
      event.preventDefault();
      this.flow?.next();
      return;
    }
    // Enter in the code field checks the code rather than submitting the whole form.
    if (spec.key === 'user.emailCode' && event.key === 'Enter' && this.email.sent && this.email.status !== 'verified') {
      event.preventDefault();
      void this.verifyCode();
    }
  }

  private onStripOwnership(): void {
    const name = this.values['company.name'] ?? '';
    this.onInput('company.name', stripOwnershipForm(name));
    this.validation.touch('company.name');
    (this.renderRoot as ShadowRoot).getElementById(fieldId('company.name'))?.focus();
  }

  private onBankChange(element: TirkeuBankDetails): void {
    this.bankAccounts = element.value;
    // The editor drops a server's complaint once the user edits its field: keep what it still shows.
    this.serverErrors = keepBankIssues(this.serverErrors, element.errors);
  }

  private clearServerError(key: FieldKey): void {
    if (!this.serverErrors[key]) return;
    const next = { ...this.serverErrors };
    delete next[key];
    this.serverErrors = next;
  }

  private async sendCode(): Promise<void> {
    const email = this.values['user.email'] ?? '';
    this.validation.touch('user.email');
    const code = this.evaluate().codes['user.email'];
    if (code) {
      (this.renderRoot as ShadowRoot).getElementById(fieldId('user.email'))?.focus();
      return;
    }
    const sent = await this.email.send(email);
    if (sent) {
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).getElementById(fieldId('user.emailCode'))?.focus();
    }
  }

  private async verifyCode(): Promise<void> {
    const ok = await this.email.verify(this.values['user.emailCode'] ?? '');
    this.validation.touch('user.emailCode');
    if (ok) {
      await this.updateComplete;
      // The code field is gone from the flow: keep focus on something meaningful.
      (this.renderRoot as ShadowRoot).getElementById(fieldId('user.emailCode'))?.focus();
    }
  }

  // ————— Signing and sending —————

  /**
   * Signs `data` with the `signer`; else asks the host through `tirkeu-sign-request`; else signs
   * the registration with the form's own certificate picker.
   */
  protected async sign(data: string, purpose: SignPurpose): Promise<string> {
    if (this.signer) return this.signer(data, purpose);
    const detail: SignRequestDetail = { data, purpose };
    this.emit('tirkeu-sign-request', detail);
    if (detail.signature !== undefined) return await detail.signature;
    if (purpose === 'registration') return this.registrationSigning.sign(data);
    throw new Error('No signer: set `signer` or answer `tirkeu-sign-request`.');
  }

  /** The agreement as the user reads it: the slotted text, else the default sentence. */
  private currentAgreementText(): string {
    const slotted = (this.querySelector('[slot="agreement"]')?.textContent ?? '').trim();
    return slotted || agreementTexts.text(this.t);
  }

  /** The embedded picker signed the agreement's text: keep the CMS for the submission. */
  private onAgreementPicked(event: CustomEvent<CertificateSelectDetail>): void {
    // The picker's choice is the agreement's signature, not the host's log-in certificate.
    event.stopPropagation();
    const text = this.agreementText ?? this.currentAgreementText();
    this.agreementSignature = event.detail.signature;
    this.agreement = 'signed';
    this.agreementError = undefined;
    this.agreementKept = false;
    this.validation.touch('agreement');
    this.emit<AgreementSignDetail>('tirkeu-agreement-sign', { text, signature: event.detail.signature, certificate: event.detail.certificate });
  }

  /**
   * The picker failed (it says why, and its `tirkeu-error` goes on to the host). A first
   * signature was not made; a choice of another key that was cancelled or failed leaves the
   * signature made before as it was, and the form says so.
   */
  private onAgreementPickerFailed(): void {
    if (this.agreement === 'signed' && this.agreementSignature) {
      this.agreementKept = true;
      return;
    }
    this.agreement = 'unsigned';
    this.agreementSignature = undefined;
  }

  private async signAgreement(): Promise<void> {
    if (this.agreement !== 'unsigned') return;
    this.agreement = 'signing';
    this.agreementError = undefined;
    const text = this.currentAgreementText();
    try {
      this.agreementSignature = await this.sign(text, 'agreement');
      this.agreement = 'signed';
      this.emit<AgreementSignDetail>('tirkeu-agreement-sign', { text, signature: this.agreementSignature });
    } catch (error) {
      this.agreement = 'unsigned';
      this.agreementError = formTexts.signing;
      this.emit<FormErrorDetail>('tirkeu-error', { code: 'signing', message: formTexts.signing(this.t), cause: error });
    }
  }

  /** Puts a backend's refusal where the user sees it: 422 on the fields, 409 as a form message. */
  protected showBackendError(error: unknown): void {
    this.submission.showBackendError(error);
  }

  private focusMessage(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.validation.summary().length && this.message?.tone === 'error' && this.serverErrors && Object.keys(this.serverErrors).length) {
      root.querySelector<HTMLElement>('[data-error-summary]')?.focus();
      return;
    }
    root.querySelector<HTMLElement>('[data-form-message]')?.focus();
  }

  // ————— Form association —————

  protected override showErrors({ focus = false }: { focus?: boolean } = {}): void {
    this.bankElement()?.validate();
    this.validation.submit({ focus });
  }

  protected override formValue(): FormValue {
    return JSON.stringify(this.value);
  }

  protected override formState(): FormValue {
    // Never the password or the code: only what a draft may keep.
    const { 'user.password': _p, 'user.passwordRepeat': _r, 'user.emailCode': _c, ...rest } = this.values;
    return JSON.stringify({ values: rest, bankAccounts: this.bankAccounts });
  }

  protected override formRestore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as { values?: FieldValues; bankAccounts?: BankAccount[] };
      if (saved.values) this.values = { ...this.values, ...saved.values };
      if (Array.isArray(saved.bankAccounts)) this.bankAccounts = saved.bankAccounts;
    } catch {
      // Not ours.
    }
  }

  protected override formValidity(): FormValidity | null {
    const codes = this.validation.check();
    const key = Object.keys(codes).find((k) => codes[k]) as FieldKey | undefined;
    if (!key) return null;
    const root = this.renderRoot as ShadowRoot;
    // A bank account's field is inside the editor, which aims at it.
    const anchor = root.getElementById?.(fieldId(isBankIssueKey(key) ? 'bankAccounts' : key)) ?? undefined;
    return { flags: { customError: true }, message: this.messageFor(codes[key]!, key), anchor };
  }

  protected override formReset(): void {
    this.reset();
  }

  // ————— Rendering —————

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.draft.follow();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('apiBase') || changed.has('backend')) && !this.activeBackend && this.email.status !== 'idle') this.email.reset();
    if (changed.has('invitation') || changed.has('apiBase') || changed.has('backend')) this.invitations.load();
  }

  private onSubmitEvent(event: Event): void {
    event.preventDefault();
    if (this.step && this.step !== 'finish') this.flow?.next();
    else void this.submit();
  }

  private renderMessage(): TemplateResult | typeof nothing {
    const message = this.message;
    if (!message) return nothing;
    return html`<div
      class="message ${message.tone}"
      part="message message-${message.tone}"
      role=${message.tone === 'success' ? 'status' : 'alert'}
      tabindex="-1"
      data-form-message
    >
      <p>${message.text(this.t)}</p>
      ${message.details?.length ? html`<ul>${message.details.map((d) => html`<li>${d(this.t)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderDraftLocked(): TemplateResult | typeof nothing {
    if (!this.draftLocked) return nothing;
    return html`<div class="message warning" part="message message-warning draft-locked" role="status">
      <p>
        ${this.t('This registration is open in another tab, which saves it: what you change here is not saved.', { id: 'form.draft-locked' })}
      </p>
      <button type="button" class="button" part="draft-take-over" @click=${() => void this.takeOverDraft()}>
        ${this.t('Continue in this tab', { id: 'form.draft-take-over' })}
      </button>
    </div>`;
  }

  /** Whether a part of the form is shown (every part, outside a step-by-step flow). */
  protected shows(step: FormStep): boolean {
    return !this.step || this.step === step;
  }

  /** The flow's last step: the agreement alone, where the portal asks for it. */
  private renderFinish(ctx: SectionContext): TemplateResult | typeof nothing {
    const agreement = allFields(ctx.config).find((spec) => spec.key === 'agreement');
    return agreement ? html`<div class="grid" part="finish">${renderField(ctx, agreement)}</div>` : nothing;
  }

  override render() {
    const ctx = this.sectionContext();
    const finishing = this.shows('finish');
    return html`<form part="form" novalidate @submit=${this.onSubmitEvent} aria-busy=${this.submitting ? 'true' : 'false'}>
      ${this.renderDraftLocked()} ${this.renderMessage()} ${this.invitations.render(this.config, this.localize.locale)}
      ${finishing ? errorSummary(this.validation.summary(), this.t) : nothing}
      <slot name="before"></slot>
      ${this.step === 'finish' ? this.renderFinish(ctx) : this.renderSections(ctx)}
      <slot name="after"></slot>
      ${!finishing ? nothing : this.signer
        ? nothing
        : this.registrationSigning.render({
            ncalayerUrl: this.ncalayerUrl,
            testCertificates: this.testCertificates,
            disabled: this.isDisabled,
            locale: this.localize.locale,
          })}
      ${finishing
        ? html`<div class="actions" part="actions">
            <button type="submit" class="button primary" part="submit" ?disabled=${this.submitting || this.isDisabled}>
              ${this.submitting ? formTexts.submitting(this.t) : formTexts.submit(this.t)}
            </button>
          </div>`
        : nothing}
    </form>`;
  }
}

/** Country options in a locale, Kazakhstan first; built once per locale. */
const countryCache = new Map<string, ComboboxOption[]>();
function countryOptions(locale: ModelLocale): ComboboxOption[] {
  let options = countryCache.get(locale);
  if (!options) {
    const all = listCountries(locale).map((c) => ({ value: c.code, label: c.name, detail: c.code }));
    options = [...all.filter((c) => c.value === 'KZ'), ...all.filter((c) => c.value !== 'KZ')];
    countryCache.set(locale, options);
  }
  return options;
}
