import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { TirkeuElement } from '../shared/tirkeu-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { DraftLink } from '../shared/draft-link.js';
import type { TirkeuErrorDetail } from '../shared/events.js';
import { HttpBackend, isBackendError, type CertificateOutcome, type RegistrationBackend, type RegistrationReceipt } from '../../backend/index.js';
import type { DraftStore } from '../../drafts/types.js';
import { checkPortalPreset, documentName, documentRegistrant, SUPPLIER_PORTAL_CATALOGUE, flowSteps, PORTAL_PRESETS, SUPPLIER_PORTAL, type FlowStep, type PortalPreset, type PortalPresetInput, type RegistrantKind } from '../../model/index.js';
import type { CertificateSelectDetail, TirkeuCertificatePicker } from '../certificate-picker/certificate-picker.js';
import type { RegistrationFormElement, Signer } from '../registration-sections/registration-form.js';
import type { DocumentSource, FormFlow, FormStep } from '../registration-sections/form-steps.js';
import type { TirkeuDocumentUploader } from '../document-uploader/document-uploader.js';
import type { DraftRestoreDetail } from '../draft-banner/draft-banner.js';
import { registrationStyles } from './registration.styles.js';
import { flowTexts, pathHint, pathName, stepName } from './registration-texts.js';
import { renderReview } from './review.js';
import { renderStepList, type StepMark } from './step-list.js';

/** Detail of `tirkeu-step-change`: the step shown now, its place, the step before. */
export interface StepChangeDetail {
  step: FlowStep | 'complete';
  /** 0-based place among the steps of this registration. */
  index: number;
  previous?: FlowStep;
}

/** Detail of `tirkeu-complete`: what the backend answered. */
export interface RegistrationCompleteDetail {
  receipt: RegistrationReceipt;
  kind: RegistrantKind;
}

/** The parts the flow loads on the way (define files register them): a first step needs none of them. */
export interface FlowModules {
  resident(): Promise<unknown>;
  nonResident(): Promise<unknown>;
  documents(): Promise<unknown>;
  banner(): Promise<unknown>;
}

/** The steps a form shows itself. */
const FORM_STEPS: Partial<Record<FlowStep, FormStep>> = { user: 'user', company: 'company', bank: 'bank', review: 'finish' };

const RESIDENT_FORM = literal`tirkeu-resident-form`;
const NON_RESIDENT_FORM = literal`tirkeu-nonresident-form`;

/** The flow's step that shows a form's step. */
const flowStepOf = (step: FormStep) => (Object.keys(FORM_STEPS) as FlowStep[]).find((s) => FORM_STEPS[s] === step);

type RegistrationForm = RegistrationFormElement<unknown> & {
  certificate?: unknown;
  outcome?: CertificateOutcome | null;
  allowNaturalPerson?: boolean;
};

/**
 * The whole registration in one element, built from the other widgets: the path (resident or
 * non-resident), the certificate (residents, through NCALayer), the user, the company, the bank
 * accounts, the documents, a review of everything with a link back to each part, and the
 * application signed with the signing key and sent. A step is checked before the next opens;
 * Back and the step list keep every value.
 *
 * `portal` picks a preset (`supplier`: seed 000, the default; `ppp`: seed 001); `preset` takes
 * the host's own (`checkPortalPreset`). With `drafts`, the registration is kept in an encrypted
 * draft and resumes at its step; a page with a draft offers to continue it. `invitation`
 * prefills; a registered user is sent to `login-url`; a registered organisation asks only for
 * the personal part.
 *
 * @summary The whole registration, step by step: path, certificate, user, company, bank accounts, documents, review, signature.
 *
 * @fires {CustomEvent<StepChangeDetail>} tirkeu-step-change - Another step is shown; `detail: { step, index, previous }`.
 * @fires {CustomEvent<SubmitDetail<RegistrationPayload>>} tirkeu-submit - The application is complete and about to be signed and sent. Cancelable: cancel to send it yourself.
 * @fires {CustomEvent<RegistrationCompleteDetail>} tirkeu-complete - The backend accepted the application; `detail: { receipt, kind }`.
 * @fires {CustomEvent<TirkeuErrorDetail>} tirkeu-error - Something failed (the backend, NCALayer, signing, drafts, an invalid preset: `portal-preset-invalid`); `detail: { code, message }`, `message` localised.
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The step list.
 * @csspart step - One step in it (with `step-current`, `step-done` or `step-error`).
 * @csspart step-button - A step that can be gone back to.
 * @csspart heading - The current step's heading (focused when the step changes).
 * @csspart status - The polite live region that announces the step.
 * @csspart path - The choice of resident or non-resident.
 * @csspart path-option - One choice.
 * @csspart notice - A note about the registration (a registered organisation, a registered user).
 * @csspart login-link - The "Log in" link for a registered user.
 * @csspart review - The review of everything.
 * @csspart review-section - One part of it.
 * @csspart edit - A part's "Edit" button.
 * @csspart navigation - The row of Back and Next.
 * @csspart back - Back.
 * @csspart next - Next.
 * @csspart complete - The notice that the application was sent.
 * @csspart error - An error of the flow itself (a step not done).
 *
 * @cssprop --tirkeu-color-primary - Current step, buttons.
 * @cssprop --tirkeu-color-success - Done steps.
 * @cssprop --tirkeu-color-danger - Steps with errors.
 * @cssprop --tirkeu-color-border - Borders.
 * @cssprop --tirkeu-color-surface-alt - Notices and the review.
 * @cssprop --tirkeu-form-max-width - Widest the flow grows (default 56rem).
 */
export class TirkeuRegistration extends TirkeuElement {
  static override styles = [themeStyles, fieldStyles, registrationStyles];

  /** Set by the define file: how the steps' widgets are loaded and registered. */
  static modules?: FlowModules;

  /** A preset by name: `supplier` (seed 000, default) or `ppp` (seed 001). */
  @property() portal = 'supplier';

  /** The host's own preset (see `PortalPreset`); beats `portal`. Checked: an invalid one is reported and the named preset stays. */
  @property({ attribute: false }) preset?: PortalPresetInput;

  /** Where the backend contract lives (e.g. `/api`). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A backend object of the contract's interface; beats `api-base`. */
  @property({ attribute: false }) backend?: RegistrationBackend;

  /** NCALayer's address for the certificate pickers; their default when unset. */
  @property({ attribute: 'ncalayer-url' }) ncalayerUrl?: string;

  /** Accept certificates of NCA's test CA and the emulator. Never in production. */
  @property({ type: Boolean, attribute: 'test-certificates' }) testCertificates = false;

  /**
   * Signs the application (and the agreement, where the portal asks) instead of the flow's own
   * certificate picker; see the forms' `Signer`.
   */
  @property({ attribute: false }) signer?: Signer;

  /** An invitation token (seed 002): the fields it carries are filled in. */
  @property() invitation?: string;

  /** The host's log-in page, offered to a user who is registered already. */
  @property({ attribute: 'login-url' }) loginUrl?: string;

  /** The draft database's name (`tirkeu/drafts`); see the forms. */
  @property() drafts?: string;

  /** A draft store the host opened; beats `drafts`. */
  @property({ attribute: false }) draftStore?: DraftStore;

  /** The draft to continue; a new draft sets it. */
  @property({ attribute: 'draft-id', reflect: true }) draftId?: string;

  @state() private path?: RegistrantKind;
  @state() private current: FlowStep | 'complete' = 'path';
  /** The furthest step reached: the step list lets the user go back to any step up to it. */
  @state() private reached = 0;
  @state() private marks: Partial<Record<FlowStep, StepMark>> = {};
  @state() private notice?: 'user-exists' | 'organisation-registered' | 'certificate-failed';
  @state() private stepError?: (t: typeof this.t) => string;
  @state() private checking = false;
  @state() private outcome?: CertificateOutcome;
  @state() private receipt?: RegistrationReceipt;
  @state() private loaded = false;
  /** The host's preset, checked and completed (`checkPortalPreset`); unset when it has none or it is invalid. */
  @state() private hostPreset?: PortalPreset;
  private ownBackend?: { base: string; backend: RegistrationBackend };
  /** The flow starts a draft only once the user starts (the path chosen or a draft continued). */
  private started = false;

  private readonly draft = new DraftLink(this, {
    name: 'flow',
    kind: () => this.path ?? 'resident',
    data: () => ({ path: this.path, step: this.current === 'complete' ? undefined : this.current, reached: this.reached, organisationRegistered: !!this.outcome?.organisationRegistered || !!this.form?.companyRegistered }),
    place: () => ({ step: Math.max(0, this.steps.indexOf(this.current as FlowStep)), steps: this.steps.length }),
    restore: (draft) => this.restoreDraft(draft.data['flow'] as Record<string, unknown> | undefined),
    lookup: () => this.t,
  });

  private get t() {
    return this.localize.msg;
  }

  /** The preset in force: the host's when valid, else the named one. */
  get activePreset(): PortalPreset {
    return this.hostPreset ?? PORTAL_PRESETS[this.portal] ?? SUPPLIER_PORTAL;
  }

  /** The steps of this registration now (a registered organisation trims them). */
  get steps(): FlowStep[] {
    const preset = this.activePreset;
    const path = this.path ?? preset.paths[0]!;
    const registered = !!this.outcome?.organisationRegistered || !!this.form?.companyRegistered;
    return flowSteps(preset, path, registered);
  }

  /** The step shown now. */
  get step(): FlowStep | 'complete' {
    return this.current;
  }

  private get activeBackend(): RegistrationBackend | undefined {
    if (this.backend) return this.backend;
    if (!this.apiBase) return undefined;
    if (this.ownBackend?.base !== this.apiBase) this.ownBackend = { base: this.apiBase, backend: new HttpBackend({ apiBase: this.apiBase }) };
    return this.ownBackend.backend;
  }

  private get form(): RegistrationForm | null {
    return this.renderRoot?.querySelector?.<RegistrationForm>('[part~="form"]') ?? null;
  }

  private get uploader(): TirkeuDocumentUploader | null {
    return this.renderRoot?.querySelector?.<TirkeuDocumentUploader>('tirkeu-document-uploader') ?? null;
  }

  // ————— Moving between steps —————

  /** Checks the step shown and, when it is done, opens the next one. Resolves with whether it moved. */
  async next(): Promise<boolean> {
    if (this.current === 'complete' || this.current === 'review') return false;
    const step = this.current;
    const ok = await this.stepDone(step);
    this.marks = { ...this.marks, [step]: ok ? 'done' : 'error' };
    if (!ok) return false;
    const steps = this.steps;
    await this.show(steps[steps.indexOf(step) + 1] ?? 'review');
    return true;
  }

  /** Opens the step before, keeping everything. */
  async back(): Promise<void> {
    const steps = this.steps;
    const index = steps.indexOf(this.current as FlowStep);
    if (index > 0) await this.show(steps[index - 1]!);
  }

  /** Opens a step reached before (the step list, the review's "Edit"). */
  async goTo(step: FlowStep): Promise<void> {
    const index = this.steps.indexOf(step);
    if (index >= 0 && index <= this.reached) await this.show(step);
  }

  private async show(step: FlowStep | 'complete'): Promise<void> {
    const previous = this.current === 'complete' ? undefined : this.current;
    this.stepError = undefined;
    if (step !== 'path' && step !== 'complete') await this.loadWidgets();
    this.current = step;
    const index = step === 'complete' ? this.steps.length : this.steps.indexOf(step);
    this.reached = Math.max(this.reached, index);
    await this.updateComplete;
    // Where the user is now: the heading of the step, which the live region also announces.
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    if (this.started) this.draft.saveNow();
    this.emit<StepChangeDetail>('tirkeu-step-change', { step, index, ...(previous && { previous }) });
  }

  /** Whether a step is done; when not, its own widget shows why and focus goes there. */
  private async stepDone(step: FlowStep): Promise<boolean> {
    switch (step) {
      case 'path':
        if (this.path) return true;
        this.stepError = flowTexts.pathMissing;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('input[name="path"]')?.focus();
        return false;
      case 'certificate':
        // Chosen, and accepted by the backend where there is one (its answer prefills the next steps).
        if (this.form?.certificate && !this.checking && (this.outcome || !this.activeBackend)) return true;
        if (!this.form?.certificate) this.stepError = flowTexts.certificateMissing;
        return false;
      case 'documents': {
        const uploader = this.uploader;
        if (!uploader) return true;
        await uploader.settled();
        return uploader.validate();
      }
      case 'review':
        return true;
      default:
        return this.form?.validateStep(FORM_STEPS[step]!) ?? false;
    }
  }

  private async loadWidgets(): Promise<void> {
    if (this.loaded) return;
    const modules = (this.constructor as typeof TirkeuRegistration).modules;
    const path = this.path ?? this.activePreset.paths[0]!;
    await Promise.all([path === 'resident' ? modules?.resident() : modules?.nonResident(), this.activePreset.documents ? modules?.documents() : undefined]);
    this.loaded = true;
  }

  // ————— The steps' events —————

  private choosePath(path: RegistrantKind): void {
    if (this.path === path) return;
    // Another path is another registration: its widgets start afresh.
    if (this.path) {
      this.loaded = false;
      this.outcome = undefined;
      this.notice = undefined;
      this.reached = 0;
      this.marks = {};
    }
    this.path = path;
    this.stepError = undefined;
    this.start();
  }

  /** The user began: from now on the registration is kept in a draft (where the host gave a store). */
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.draft.follow();
  }

  private async onCertificate(event: CustomEvent<CertificateSelectDetail>): Promise<void> {
    const form = this.form;
    if (!form) return;
    this.stepError = undefined;
    this.notice = undefined;
    this.outcome = undefined;
    form.certificate = event.detail.certificate;
    const backend = this.activeBackend;
    if (!backend) return;
    this.checking = true;
    try {
      this.outcome = await backend.presentCertificate({ signature: event.detail.signature, format: event.detail.format });
      form.outcome = this.outcome;
      if (this.outcome.organisationRegistered) this.notice = 'organisation-registered';
    } catch (error) {
      this.notice = isBackendError(error, 'user-exists') ? 'user-exists' : 'certificate-failed';
      const message = this.notice === 'user-exists' ? flowTexts.userExists(this.t) : flowTexts.certificateFailed(this.t);
      this.emit<TirkeuErrorDetail>('tirkeu-error', { code: isBackendError(error) ? error.code : 'network', message, cause: error });
    } finally {
      this.checking = false;
    }
  }

  private async onFormError(event: CustomEvent<TirkeuErrorDetail>): Promise<void> {
    const code = event.detail.code;
    if (code === 'user-exists') this.notice = 'user-exists';
    if (code === 'organisation-exists') this.notice = 'organisation-registered';
    if (code === 'validation') {
      // The server found problems: open the first step that shows one.
      await this.updateComplete;
      const step = this.form?.firstInvalidStep();
      if (step) await this.reopen(step);
    }
  }

  private async onRegistered(event: CustomEvent<{ receipt: RegistrationReceipt }>): Promise<void> {
    this.receipt = event.detail.receipt;
    await this.show('complete');
    this.emit<RegistrationCompleteDetail>('tirkeu-complete', { receipt: this.receipt, kind: this.path ?? 'resident' });
  }

  /** What the form tells the flow: Enter is Next; a submit with a step not done opens it. */
  private readonly formFlow: FormFlow = {
    next: () => void this.next(),
    incomplete: (step) => void this.reopen(step),
  };

  /** The documents that go with the application: the uploader's, looked up when sent. */
  private readonly documentSource: DocumentSource = {
    manifest: () => this.uploader?.manifest() ?? [],
    files: () => this.uploader?.files() ?? {},
  };

  /** A step found not done at the end (the submit, the server's 422): open it, with its errors shown. */
  private async reopen(step: FormStep): Promise<void> {
    const target = flowStepOf(step);
    if (!target || target === 'review') return;
    this.marks = { ...this.marks, [target]: 'error' };
    await this.show(target);
    this.form?.validateStep(step);
  }

  private async onDraftRestore(event: CustomEvent<DraftRestoreDetail>): Promise<void> {
    this.draftId = event.detail.id;
    this.path = event.detail.kind;
    this.start();
  }

  private async restoreDraft(saved: Record<string, unknown> | undefined): Promise<void> {
    if (!saved) return;
    const path = saved['path'];
    if (path === 'resident' || path === 'non-resident') this.path = path;
    if (typeof saved['reached'] === 'number') this.reached = saved['reached'];
    const step = saved['step'] as FlowStep | undefined;
    if (step && step !== 'path') {
      await this.loadWidgets();
      await this.updateComplete;
      if (saved['organisationRegistered'] && this.form) this.form.companyRegistered = true;
      if (this.steps.includes(step)) await this.show(step);
    }
  }

  // ————— Rendering —————

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('preset')) this.checkPreset();
    // One path on the portal: nothing to choose.
    const paths = this.activePreset.paths;
    if (!this.path && paths.length === 1) this.path = paths[0];
    if (this.current === 'path' && !this.steps.includes('path')) this.current = this.steps[0]!;
    if ((changed.has('invitation') || changed.has('apiBase') || changed.has('backend')) && this.invitation) void this.followInvitation(this.invitation);
    // A draft id from the host continues that draft at once.
    if (changed.has('draftId') && this.draftId && !this.started) this.start();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((this.drafts || this.draftStore) && !this.started) void (this.constructor as typeof TirkeuRegistration).modules?.banner();
    if (this.current !== 'path' && this.current !== 'complete' && !this.loaded) void this.loadWidgets();
    if (this.started) this.draft.follow();
  }

  /** An invitation names the path (the form itself fills in its fields, and says when it cannot be used). */
  private async followInvitation(token: string): Promise<void> {
    try {
      const kind = (await this.activeBackend?.resolveInvitation(token))?.kind;
      if (kind && !this.path && this.activePreset.paths.includes(kind)) this.choosePath(kind);
    } catch {
      // Expired or unknown: the form says so once it is shown.
    }
  }

  private checkPreset(): void {
    this.hostPreset = undefined;
    if (!this.preset) return;
    const result = checkPortalPreset(this.preset);
    if (result.ok) this.hostPreset = result.value;
    else {
      console.error('tirkeu-registration: invalid preset', result.issues);
      this.emit<TirkeuErrorDetail>('tirkeu-error', { code: 'portal-preset-invalid', message: flowTexts.presetInvalid(this.t), cause: result.issues });
    }
  }

  private renderPath(): TemplateResult {
    const t = this.t;
    const error = this.stepError?.(t);
    return html`<fieldset class="path" part="path" aria-describedby=${error ? 'flow-error' : nothing} aria-invalid=${error ? 'true' : 'false'}>
      <legend>${flowTexts.choosePath(t)}</legend>
      ${this.activePreset.paths.map(
        (path) => html`<label class="path-option" part="path-option">
          <input type="radio" name="path" .value=${path} .checked=${this.path === path} @change=${() => this.choosePath(path)} />
          <span class="path-name">${pathName(path, t)}</span>
          <span class="path-hint">${pathHint(path, t)}</span>
        </label>`,
      )}
    </fieldset>
    ${(this.drafts || this.draftStore) && !this.started ? html`<tirkeu-draft-banner .drafts=${this.drafts} .store=${this.draftStore} .locale=${this.locale} @tirkeu-draft-restore=${this.onDraftRestore}></tirkeu-draft-banner>` : nothing}`;
  }

  private renderCertificate(): TemplateResult {
    const t = this.t;
    return html`<p>${flowTexts.certificateIntro(t)}</p>
      <tirkeu-certificate-picker
        part="certificate-picker"
        purpose="authentication"
        subject=${this.activePreset.certificate}
        .backend=${this.activeBackend}
        .locale=${this.locale}
        ncalayer-url=${this.ncalayerUrl ?? nothing}
        ?test-certificates=${this.testCertificates}
        @tirkeu-certificate-select=${this.onCertificate}
      ></tirkeu-certificate-picker>
      ${this.checking ? html`<p role="status">${flowTexts.certificateChecking(t)}</p>` : nothing}`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this.notice) {
      case 'user-exists':
        return html`<div class="notice error" part="notice" role="alert">
          <p>${flowTexts.userExists(t)}</p>
          ${this.loginUrl ? html`<a part="login-link" href=${this.loginUrl}>${flowTexts.logIn(t)}</a>` : nothing}
        </div>`;
      case 'organisation-registered':
        return html`<div class="notice warning" part="notice" role="status"><p>${flowTexts.organisationRegistered(t)}</p></div>`;
      case 'certificate-failed':
        return html`<div class="notice error" part="notice" role="alert"><p>${flowTexts.certificateFailed(t)}</p></div>`;
      default:
        return nothing;
    }
  }

  /** The form of the path: one element for the user, company, bank and finish steps, so its values live across them. */
  private renderForm(): TemplateResult | typeof nothing {
    if (!this.loaded || !this.path) return nothing;
    const formStep = this.current === 'complete' ? undefined : FORM_STEPS[this.current];
    const preset = this.activePreset;
    // One template for both forms: they take the same properties (the non-resident form ignores `allow-natural-person`).
    const tag = this.path === 'resident' ? RESIDENT_FORM : NON_RESIDENT_FORM;
    return staticHtml`<${tag}
      part="form"
      ?hidden=${!formStep}
      .step=${formStep ?? 'user'}
      .flow=${this.formFlow}
      .documents=${preset.documents ? this.documentSource : undefined}
      .signer=${this.signer}
      .backend=${this.activeBackend}
      .locale=${this.locale}
      .drafts=${this.drafts}
      .draftStore=${this.draftStore}
      .draftId=${this.draftId}
      .invitation=${this.invitation}
      ?require-password=${preset.password}
      ?require-agreement=${preset.agreement}
      ?allow-natural-person=${preset.naturalPerson}
      ?test-certificates=${this.testCertificates}
      ncalayer-url=${this.ncalayerUrl ?? nothing}
      @tirkeu-error=${this.onFormError}
      @tirkeu-registration-accept=${this.onRegistered}
    ></${tag}>`;
  }

  private renderDocuments(): TemplateResult | typeof nothing {
    if (!this.loaded || !this.path || !this.activePreset.documents) return nothing;
    const form = this.form;
    const value = (form?.value ?? {}) as { legalStatus?: string; company?: { ownershipForm?: string } };
    const registrant = documentRegistrant({
      kind: this.path,
      legalStatus: value.legalStatus as never,
      ownershipForm: value.company?.ownershipForm,
    });
    return html`<tirkeu-document-uploader
      ?hidden=${this.current !== 'documents'}
      name="documents"
      .registrant=${registrant}
      .catalogue=${this.activePreset.catalogue}
      .locale=${this.locale}
      .drafts=${this.drafts}
      .draftStore=${this.draftStore}
      .draftId=${this.draftId}
    ></tirkeu-document-uploader>`;
  }

  /** A document's name as the portal's catalogue gives it (the uploader's, seed 000's by default). */
  private documentName(slot: string): string {
    const spec = (this.activePreset.catalogue ?? SUPPLIER_PORTAL_CATALOGUE).find((s) => s.id === slot);
    return spec ? documentName(spec, this.localize.locale) : slot;
  }

  private renderComplete(): TemplateResult {
    const t = this.t;
    return html`<div class="complete" part="complete" role="status">
      <p>${flowTexts.completeNumber(this.receipt?.id ?? '', t)}</p>
      <p>${flowTexts.completeNext(t)}</p>
    </div>`;
  }

  private renderNavigation(): TemplateResult | typeof nothing {
    if (this.current === 'complete') return nothing;
    const t = this.t;
    const index = this.steps.indexOf(this.current);
    return html`<div class="navigation" part="navigation">
      ${index > 0 ? html`<button type="button" class="button" part="back" @click=${() => void this.back()}>${flowTexts.back(t)}</button>` : nothing}
      ${this.current !== 'review'
        ? html`<button type="button" class="button primary" part="next" ?disabled=${this.checking} @click=${() => void this.next()}>${flowTexts.next(t)}</button>`
        : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    const steps = this.steps;
    const current = this.current;
    const index = current === 'complete' ? steps.length : steps.indexOf(current);
    const title = current === 'complete' ? flowTexts.completeTitle(t) : stepName(current, t);
    const error = this.stepError?.(t);
    return html`<div class="base" part="base">
      ${renderStepList({ steps, current, reached: this.reached, marks: this.marks, t, go: (step) => void this.goTo(step) })}
      <h2 class="heading" part="heading" tabindex="-1">${title}</h2>
      <p class="status ${current === 'complete' ? 'visually-hidden' : ''}" part="status" role="status">
        ${current === 'complete' ? title : flowTexts.stepOf(index + 1, steps.length, title, t)}
      </p>
      ${error ? html`<p id="flow-error" class="error" part="error" role="alert">${error}</p>` : nothing}
      ${this.renderNotice()}
      ${current === 'path' ? this.renderPath() : nothing}
      ${current === 'certificate' ? this.renderCertificate() : nothing}
      ${current === 'review' && this.form ? renderReview({ form: this.form, uploader: this.uploader, steps, t, edit: (step) => void this.goTo(step), slotName: (slot) => this.documentName(slot) }) : nothing}
      ${current === 'complete' ? this.renderComplete() : nothing}
      ${this.renderDocuments()} ${current === 'complete' ? nothing : this.renderForm()}
      ${this.renderNavigation()}
    </div>`;
  }
}
