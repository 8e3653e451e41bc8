/**
 * Render helpers for the user, company and bank sections. Each form composes them in its own
 * way (the resident form puts the certificate and the register lookup around them); the fields
 * a section shows come from `sectionFields()` in rules.ts, so there is one implementation of
 * each section and the two forms differ only in configuration and what they put around it.
 *
 * The helpers render into the form's own shadow root with the shared field parts, so labels,
 * help, hints and errors are tied by id, and the ValidationController finds every control by
 * its `data-field`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { field, fieldError, type ControlA11y } from '../shared/field.js';
import type { ComboboxOption } from '../shared/combobox/combobox.js';
import type { AccountIssue, BankAccount, TirkeuBankDetails } from '../bank-details/bank-details.js';
import type { LegalStatus } from '../../model/index.js';
import type { Lookup } from '../../i18n/lookup.js';
import type { EmailCodeController } from './email-code-controller.js';
import type { CertificateSelectDetail, ChallengeSource } from '../certificate-picker/certificate-picker.js';
import {
  agreementTexts,
  emailProblemMessage,
  companyTexts,
  emailTexts,
  fieldHelp,
  fieldHint,
  fieldLabel,
  formTexts,
  legalStatusLabel,
  sectionTitle,
} from './labels.js';
import { shownAt, type FormStep } from './form-steps.js';
import { ownershipWarning, sectionFields, type FieldKey, type FieldSpec, type SectionConfig, type SectionName } from './rules.js';

export type AgreementState = 'unsigned' | 'signing' | 'signed';

/** The agreement is signed with an embedded `tirkeu-certificate-picker` (no `signer` is set). */
export interface AgreementPicker {
  ncalayerUrl?: string;
  testCertificates: boolean;
  /** Gives the picker the agreement's text (base64 of its UTF-8) as the data to sign. */
  source: ChallengeSource;
  selected(event: CustomEvent<CertificateSelectDetail>): void;
  failed(event: Event): void;
}

/** What the section helpers read from and call on the form that renders them. */
export interface SectionContext {
  config: SectionConfig;
  values: Readonly<Record<string, string | undefined>>;
  locale: string;
  /** The form's lookup: every word of the sections is in the form's locale. */
  t: Lookup;
  /** The error to show now under a field (after touch or submit). */
  error(key: FieldKey): string | undefined;
  idFor(key: FieldKey): string;
  input(key: FieldKey, value: string): void;
  /** The user committed the field (blur): tidy what they typed. */
  commit(spec: FieldSpec, value: string): void;
  /** Enter in a field that has its own action (the code: check it). */
  keydown?(spec: FieldSpec, event: KeyboardEvent): void;
  email: EmailCodeController;
  sendCode(): void;
  verifyCode(): void;
  agreement: AgreementState;
  agreementError?: string;
  /**
   * Every other field is valid: the agreement can be signed. Seed 001 signs it last, once the
   * details it goes with are complete; until then its button waits and says why.
   */
  agreementReady: boolean;
  /** Choosing another key was cancelled or failed: the signature made before stands, and the form says so. */
  agreementKept: boolean;
  signAgreement(): void;
  /** Set when the agreement is signed in the form itself, through the certificate picker. */
  agreementPicker?: AgreementPicker;
  /** Fields an invitation filled in: marked, so that the user checks them. */
  prefilled?: ReadonlySet<FieldKey>;
  setLegalStatus(status: LegalStatus): void;
  stripOwnershipForm(): void;
  countryOptions(): ComboboxOption[];
  bankAccounts: readonly BankAccount[];
  /** A server's complaints about the accounts, shown by the editor on their fields. */
  bankErrors: readonly AccountIssue[];
  bankChanged(element: TirkeuBankDetails): void;
  /** Disables every control (while submitting). */
  busy: boolean;
  /** The step of a step-by-step flow: a section shows only the fields of that step. */
  step?: FormStep;
}

/**
 * Dates are text boxes, not `type="date"`: a native date box shows the browser's own format
 * (12/31/2024 in an English browser), whatever the form's language, while the form and its
 * error example write 31.12.2024 (see `tidyValue`).
 */
const INPUT_TYPES: Partial<Record<FieldSpec['control'], string>> = {
  email: 'email',
  tel: 'tel',
  password: 'password',
};

const INPUT_MODES: Partial<Record<FieldSpec['control'], string>> = {
  'id-number': 'numeric',
  code: 'numeric',
  tel: 'tel',
  email: 'email',
};

/** A native text box for a field. */
function textInput(ctx: SectionContext, spec: FieldSpec, a: ControlA11y): TemplateResult {
  const readonly = spec.readonly;
  return html`<input
    id=${a.id}
    part="input"
    type=${INPUT_TYPES[spec.control] ?? 'text'}
    name=${spec.key}
    data-field=${spec.key}
    data-prefilled=${ifDefined(ctx.prefilled?.has(spec.key) ? 'invitation' : undefined)}
    data-format=${ifDefined(spec.control === 'tel' ? 'phone' : spec.control === 'id-number' || spec.control === 'code' ? 'compact' : undefined)}
    inputmode=${ifDefined(INPUT_MODES[spec.control])}
    autocomplete=${ifDefined(spec.autocomplete)}
    spellcheck=${spec.control === 'text' || spec.control === 'name' ? 'true' : 'false'}
    placeholder=${ifDefined(spec.control === 'date' && !readonly ? formTexts.datePattern(ctx.t) : undefined)}
    aria-describedby=${ifDefined(a.describedBy)}
    aria-invalid=${a.invalid ? 'true' : 'false'}
    aria-required=${spec.required && !readonly ? 'true' : 'false'}
    ?readonly=${readonly}
    ?disabled=${ctx.busy && !readonly}
    .value=${live(ctx.values[spec.key] ?? '')}
    @input=${(e: Event) => ctx.input(spec.key, (e.target as HTMLInputElement).value)}
    @change=${(e: Event) => ctx.commit(spec, (e.target as HTMLInputElement).value)}
    @keydown=${ctx.keydown ? (e: KeyboardEvent) => ctx.keydown!(spec, e) : undefined}
  />`;
}

function emailActions(ctx: SectionContext): TemplateResult | typeof nothing {
  if (!ctx.config.emailCode) return nothing;
  const { email, t } = ctx;
  if (email.status === 'verified') {
    return html`<p class="status success" part="email-status" role="status">✓ ${emailTexts.verified(t)}</p>`;
  }
  const seconds = email.secondsLeft;
  const label = seconds > 0 ? emailTexts.resendIn(seconds, t) : email.sent ? emailTexts.resend(t) : emailTexts.send(t);
  return html`<div class="inline-actions">
    <button
      type="button"
      class="button"
      part="send-code-button"
      data-action="send-code"
      ?disabled=${!email.canSend || ctx.busy}
      aria-describedby="email-status"
      @click=${() => ctx.sendCode()}
    >
      ${label}
    </button>
    <p id="email-status" class="status" part="email-status" role="status">
      ${email.status === 'sending' ? emailTexts.sending(t) : email.sent && email.email ? emailTexts.sent(email.email, t) : nothing}
      ${email.problem && email.problem.code !== 'user-exists' ? html`<span class="problem">${emailProblemMessage(email.problem, t)}</span>` : nothing}
    </p>
  </div>`;
}

function codeActions(ctx: SectionContext): TemplateResult {
  const { email, t } = ctx;
  // A confirmed address has nothing left to check: "Confirm" stays off until the address changes.
  const done = email.status === 'verified';
  return html`<div class="inline-actions">
    <button
      type="button"
      class="button"
      part="verify-code-button"
      data-action="verify-code"
      ?disabled=${done || !email.sent || email.busy || ctx.busy || !(ctx.values['user.emailCode'] ?? '').trim()}
      @click=${() => ctx.verifyCode()}
    >
      ${emailTexts.verify(t)}
    </button>
    <p class="status" part="code-status" role="status">
      ${email.status === 'verifying' ? emailTexts.verifying(t) : nothing}
      ${email.status === 'wrong' && email.attemptsLeft !== undefined ? emailTexts.attemptsLeft(email.attemptsLeft, t) : nothing}
    </p>
  </div>`;
}

function ownershipNote(ctx: SectionContext): TemplateResult | typeof nothing {
  const form = ownershipWarning('company.name', ctx.values['company.name']);
  if (!form || (ctx.config.kind === 'resident' && ctx.config.legalStatus === 'natural-person')) return nothing;
  return html`<div class="warning" part="warning" role="status">
    <span>${companyTexts.ownershipWarning(form, ctx.t)}</span>
    <button type="button" class="button quiet" part="warning-action" @click=${() => ctx.stripOwnershipForm()}>
      ${companyTexts.ownershipStrip(form, ctx.t)}
    </button>
  </div>`;
}

function legalStatusControl(ctx: SectionContext, spec: FieldSpec): TemplateResult {
  const id = ctx.idFor(spec.key);
  const error = ctx.error(spec.key);
  return html`<fieldset class="choice wide" part="legal-status" aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
    <legend part="label">${fieldLabel(spec.key, ctx.config, ctx.t)}</legend>
    <div class="options">
      ${ctx.config.legalStatuses.map(
        (status, i) => html`<label class="option">
          <input
            type="radio"
            name="legalStatus"
            id=${i === 0 ? id : `${id}-${status}`}
            data-field="legalStatus"
            value=${status}
            .checked=${live(ctx.config.legalStatus === status)}
            ?disabled=${ctx.busy || spec.readonly}
            @change=${() => ctx.setLegalStatus(status)}
          />
          ${legalStatusLabel(status, ctx.t)}
        </label>`,
      )}
    </div>
    ${fieldError(id, error, ctx.t)}
  </fieldset>`;
}

/** "The agreement is signed.", or, after another choice of key came to nothing, that it still is. */
function agreementStatus(ctx: SectionContext): TemplateResult {
  const text = ctx.agreementKept ? agreementTexts.kept(ctx.t) : agreementTexts.signed(ctx.t);
  return html`<p class="status success" part="agreement-status" role="status">✓ ${text}</p>`;
}

/**
 * The picker signs the agreement's text with a signing key; the form keeps the CMS. Its button
 * says what it does here ("Sign the agreement"), not the picker's own "Select certificate".
 */
function agreementPicker(ctx: SectionContext, picker: AgreementPicker, id: string, waiting: boolean): TemplateResult {
  return html`<tirkeu-certificate-picker
      id=${id}
      part="agreement-picker"
      data-field="agreement"
      purpose="signing"
      locale=${ctx.locale}
      select-label=${agreementTexts.sign(ctx.t)}
      ncalayer-url=${ifDefined(picker.ncalayerUrl)}
      ?test-certificates=${picker.testCertificates}
      ?disabled=${ctx.busy || waiting}
      .backend=${picker.source}
      @tirkeu-certificate-select=${picker.selected}
      @tirkeu-error=${picker.failed}
    ></tirkeu-certificate-picker>
    ${ctx.agreement === 'signed' ? agreementStatus(ctx) : nothing}`;
}

function agreementControl(ctx: SectionContext, spec: FieldSpec): TemplateResult {
  const { t } = ctx;
  const id = ctx.idFor(spec.key);
  const error = ctx.error(spec.key) ?? ctx.agreementError;
  const signed = ctx.agreement === 'signed';
  // A signature already made stays usable; only a first one waits for the rest of the form.
  const waiting = !signed && !ctx.agreementReady;
  const describedBy = [`${id}-help`, waiting ? `${id}-waiting` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="agreement wide" part="agreement" role="group" aria-labelledby="${id}-title">
    <p id="${id}-title" class="agreement-title">${fieldLabel(spec.key, ctx.config, t)}</p>
    <div class="agreement-text" part="agreement-text"><slot name="agreement">${agreementTexts.text(t)}</slot></div>
    <p id="${id}-help" class="help" part="help">${agreementTexts.help(t)}</p>
    ${waiting ? html`<p id="${id}-waiting" class="help" part="agreement-waiting">${agreementTexts.waiting(t)}</p>` : nothing}
    ${ctx.agreementPicker ? agreementPicker(ctx, ctx.agreementPicker, id, waiting) : signed
      ? agreementStatus(ctx)
      : html`<div class="inline-actions">
          <button
            type="button"
            id=${id}
            class="button"
            part="sign-button"
            data-field="agreement"
            aria-describedby=${describedBy}
            ?disabled=${ctx.agreement === 'signing' || ctx.busy || waiting}
            @click=${() => ctx.signAgreement()}
          >
            ${ctx.agreement === 'signing' ? agreementTexts.signing(t) : agreementTexts.sign(t)}
          </button>
        </div>`}
    ${fieldError(id, error, t)}
  </div>`;
}

/**
 * The bank accounts editor. It shows every issue on the accounts itself, on its account's field
 * (the model's, which it finds with the same rules, and the server's, handed over in `errors`),
 * while the form's summary lists them: no error under it, no summary of its own, so that each
 * error is shown once.
 */
function bankControl(ctx: SectionContext, spec: FieldSpec): TemplateResult {
  return html`<div class="wide" part="bank">
    <tirkeu-bank-details
      id=${ctx.idFor(spec.key)}
      part="bank-details"
      data-field="bankAccounts"
      heading-level="3"
      required
      hide-summary
      locale=${ctx.locale}
      ?resident=${ctx.config.kind === 'resident'}
      ?disabled=${ctx.busy}
      .value=${ctx.bankAccounts}
      .errors=${ctx.bankErrors}
      @change=${(e: Event) => ctx.bankChanged(e.currentTarget as TirkeuBankDetails)}
      @input=${(e: Event) => ctx.bankChanged(e.currentTarget as TirkeuBankDetails)}
    ></tirkeu-bank-details>
  </div>`;
}

/** One field of a section, with the control its kind asks for. */
export function renderField(ctx: SectionContext, spec: FieldSpec): TemplateResult {
  const { config } = ctx;
  switch (spec.control) {
    case 'legal-status':
      return legalStatusControl(ctx, spec);
    case 'agreement':
      return agreementControl(ctx, spec);
    case 'bank-accounts':
      return bankControl(ctx, spec);
    case 'country':
      return html`<tirkeu-combobox
        id=${ctx.idFor(spec.key)}
        class=${spec.wide ? 'wide' : ''}
        part="combobox"
        exportparts="input: combobox-input"
        data-field=${spec.key}
        required
        locale=${ctx.locale}
        label=${fieldLabel(spec.key, config, ctx.t)}
        ?disabled=${ctx.busy}
        .options=${ctx.countryOptions()}
        .value=${ctx.values[spec.key] ?? ''}
        .error=${ctx.error(spec.key) ?? ''}
        @change=${(e: Event) => ctx.input(spec.key, (e.currentTarget as HTMLInputElement).value)}
      ></tirkeu-combobox>`;
    default:
      break;
  }
  const after =
    spec.key === 'user.email'
      ? emailActions(ctx)
      : spec.key === 'user.emailCode'
        ? codeActions(ctx)
        : spec.key === 'company.name'
          ? ownershipNote(ctx)
          : nothing;
  return field({
    id: ctx.idFor(spec.key),
    t: ctx.t,
    label: fieldLabel(spec.key, config, ctx.t),
    help: fieldHelp(spec.key, config, ctx.t),
    hint: fieldHint(spec.key, ctx.t),
    error: ctx.error(spec.key),
    required: spec.required,
    class: spec.wide ? 'wide' : '',
    control: (a) => textInput(ctx, spec, a),
    after,
  });
}

export interface SectionOptions {
  /** Content at the top of the section (a status line, an explanation). */
  before?: TemplateResult | typeof nothing;
  /** Replaces the fields (e.g. "your company is registered already"). */
  replace?: TemplateResult;
}

/** A section: heading, then its fields in a responsive grid. */
export function renderSection(ctx: SectionContext, name: SectionName, options: SectionOptions = {}): TemplateResult | typeof nothing {
  const fields = sectionFields(name, ctx.config).filter((spec) => shownAt(spec, ctx.step));
  if (!fields.length && !options.replace) return nothing;
  return html`<section class="section" part="section section-${name}" aria-labelledby="${name}-title">
    <h2 id="${name}-title" class="section-title" part="section-title">${sectionTitle(name, ctx.config, ctx.t)}</h2>
    ${options.before ?? nothing}
    ${options.replace ?? html`<div class="grid">${fields.map((spec) => renderField(ctx, spec))}</div>`}
  </section>`;
}

/** The user section: identity, contacts, e-mail confirmation, password and agreement where asked. */
export const userSection = (ctx: SectionContext, options?: SectionOptions) => renderSection(ctx, 'user', options);

/** The company section; when the organisation is registered already, an explanation instead. */
export function companySection(ctx: SectionContext, options: SectionOptions = {}): TemplateResult | typeof nothing {
  if (ctx.config.companyRegistered) {
    return html`<section class="section" part="section section-company" aria-labelledby="company-title">
      <h2 id="company-title" class="section-title" part="section-title">${sectionTitle('company', ctx.config, ctx.t)}</h2>
      <div class="notice" part="company-registered" role="status">
        <p class="notice-title">${companyTexts.registeredTitle(ctx.t)}</p>
        <p>${companyTexts.registeredText(ctx.t)}</p>
      </div>
    </section>`;
  }
  return renderSection(ctx, 'company', options);
}

/** The bank section: the shared bank-accounts editor. */
export const bankSection = (ctx: SectionContext, options?: SectionOptions) => renderSection(ctx, 'bank', options);
