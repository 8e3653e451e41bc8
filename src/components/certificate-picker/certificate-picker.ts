import type { TirkeuErrorDetail } from '../shared/events.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { TirkeuFormElement, type FormValidity, type FormValue } from '../shared/form-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { resolveLocale } from '../../i18n/locale.js';
import { DEFAULT_NCALAYER_URL } from '../../ncalayer/address.js';
import type { CertificateInfo, NcaLayerClient } from '../../ncalayer/index.js';
import {
  CertificatePickerController,
  PICKER_STATES,
  type ChallengeSource,
  type PickerError,
  type PickerSelection,
  type PickerState,
} from './certificate-picker.controller.js';
import {
  displayRoles,
  ownerName,
  parsePurpose,
  parseSubject,
  toDate,
  validity as certificateValidity,
  type Purpose,
  type SubjectFilter,
} from './certificate-summary.js';
import { errorHelp, errorTitle, frameHelp, NCALAYER_DOWNLOAD_URL, permissionPrompt, roleName, type PickerErrorCode } from './messages.js';
import { certificatePickerStyles } from './certificate-picker.styles.js';
import { formatDate, formatDateRange, formatDaysLeft } from '../shared/locale-dates.js';

export type { PickerState, PickerErrorCode, Purpose, SubjectFilter, ChallengeSource };

/** Detail of `tirkeu-certificate-select`. */
export interface CertificateSelectDetail {
  /** What the certificate says, read in the page: for display and prefill only; verify on the server. */
  certificate: CertificateInfo;
  /** CMS over the challenge, base64 (DER), the challenge attached. */
  signature: string;
  format: 'cms';
}

/** Detail of the picker's `tirkeu-error`: the shared shape, with the picker's codes. */
export type PickerErrorDetail = TirkeuErrorDetail<PickerErrorCode>;

type SharedClients = typeof import('./shared-client.js');
let sharedClients: SharedClients | undefined;
let sharedClientsLoading: Promise<SharedClients> | undefined;
/** The shared clients' module, loaded once for the page; a failed load is tried again next time. */
function loadSharedClients(): Promise<SharedClients> {
  return (sharedClientsLoading ??= import('./shared-client.js').then(
    (module) => (sharedClients = module),
    (error: unknown) => {
      sharedClientsLoading = undefined;
      throw error;
    },
  ));
}

/**
 * Lets the user choose a certificate (ЭЦП / ЭЦҚ) in NCALayer and shows what it says: owner,
 * IIN, BIN, organisation, roles, issuer and validity.
 *
 * The button opens NCALayer's own dialog (storage, key, password: the password never reaches the
 * page) by asking it to sign a challenge: `backend.getChallenge()` when a `backend` is set, a
 * random nonce otherwise. The certificate is read from the returned CMS, checked for validity
 * and kind, and announced with `tirkeu-certificate-select`. The page's reading is for display:
 * the server must verify the signature, the chain and revocation.
 *
 * "Choose another certificate" keeps the certificate chosen before as the value until NCALayer
 * brings another one. When the user cancels (in NCALayer's dialog or with the picker's Cancel)
 * or the choice fails, that certificate stays, no `tirkeu-certificate-select` or `change` is
 * fired, and the picker says that nothing changed (under the error, after a failure).
 *
 * Form-associated: its value is the signature (base64 CMS), submitted under `name`; `required`
 * makes it invalid until a certificate is chosen; a form reset returns it to `idle`.
 *
 * The first connection to NCALayer happens on the user's click (Chrome's Local Network Access
 * asks the user then). Inside a cross-origin iframe the embedder must allow it:
 * `<iframe allow="loopback-network">`.
 *
 * @summary Chooses an NCALayer certificate, shows it and signs a challenge with it.
 *
 * @slot - Text shown above the button, e.g. what the certificate is needed for.
 *
 * @fires {CustomEvent<CertificateSelectDetail>} tirkeu-certificate-select - A certificate was chosen and accepted; `detail: { certificate, signature, format }`.
 * @fires {CustomEvent<PickerErrorDetail>} tirkeu-error - Selection failed (or another choice was cancelled in NCALayer: the certificate chosen before stays); `detail: { code, message, cause? }`, `code` is one of `ncalayer-unavailable`, `ncalayer-not-responding`, `ncalayer-blocked-by-csp`, `local-network-blocked`, `ncalayer-cancelled`, `ncalayer-failed`, `ncalayer-protocol`, `ncalayer-signature-mismatch`, `ncalayer-closed`, `certificate-expired`, `certificate-not-yet-valid`, `certificate-wrong-kind`, `certificate-unreadable`, `challenge-failed`; `cause` is the error behind it, for the host's logs (for `ncalayer-blocked-by-csp` its message names the `connect-src` sources to add).
 * @fires change - The value (signature) changed after a selection.
 *
 * @csspart base - The wrapper of everything.
 * @csspart button - Every action button (select, cancel, choose another, try again).
 * @csspart status - The live region: progress while NCALayer works, the error while there is one.
 * @csspart card - The certificate summary.
 * @csspart field - One row (term and value) of the summary.
 * @csspart warning - The "expires soon" notice.
 * @csspart error - The error box: what happened and what to do.
 *
 * @cssprop --tirkeu-picker-card-background - Background of the summary card (default: `--tirkeu-color-surface-alt`).
 * @cssprop --tirkeu-picker-card-border-color - Border of the summary card (default: `--tirkeu-color-border`).
 * @cssprop --tirkeu-picker-button-background - Background of the primary buttons (default: `--tirkeu-color-primary`).
 * @cssprop --tirkeu-picker-button-color - Text of the primary buttons (default: `--tirkeu-color-on-primary`).
 * @cssprop --tirkeu-picker-max-width - Widest the picker grows (default: 40rem).
 * @cssprop --tirkeu-color-primary - Global tier: buttons and links.
 * @cssprop --tirkeu-color-danger - Global tier: errors.
 * @cssprop --tirkeu-color-warning - Global tier: the expiry warning.
 * @cssprop --tirkeu-radius - Global tier: corner radius.
 * @cssprop --tirkeu-font - Global tier: font (default: inherited from the host).
 *
 * @cssstate idle - Nothing chosen.
 * @cssstate connecting - Connecting to NCALayer.
 * @cssstate permission - Connecting, while the browser asks the user to let the page reach NCALayer.
 * @cssstate waiting - NCALayer's dialog is open.
 * @cssstate selected - A certificate is chosen.
 * @cssstate error - Selection failed.
 */
export class TirkeuCertificatePicker extends TirkeuFormElement {
  static override styles = [themeStyles, certificatePickerStyles];
  static override shadowRootOptions: ShadowRootInit = { ...TirkeuFormElement.shadowRootOptions, delegatesFocus: true };

  /** NCALayer's address. */
  @property({ attribute: 'ncalayer-url' }) ncalayerUrl: string = DEFAULT_NCALAYER_URL;

  /** `authentication` (log-in keys, the default) or `signing` (document-signing keys). */
  @property({ reflect: true }) purpose: Purpose = 'authentication';

  /** Which certificates to accept: `any` (default), `individual` or `legal-entity`. */
  @property({ reflect: true }) subject: SubjectFilter = 'any';

  /** Invalid in a form until a certificate is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * Accept certificates that do not chain to NCA's production CAs (NCA's test CA, the emulator).
   * Never in production.
   */
  @property({ type: Boolean, attribute: 'test-certificates' }) testCertificates = false;

  /** Gives the challenge to sign (`RegistrationBackend` or any object with `getChallenge()`). */
  @property({ attribute: false }) backend: ChallengeSource | null = null;

  /**
   * The text of the button that starts a selection, where the page knows better than "Select
   * certificate" what choosing one does (a form's agreement: "Sign the agreement").
   */
  @property({ attribute: 'select-label' }) selectLabel?: string;

  /**
   * The NCALayer client. By default one client per `ncalayer-url`, shared by every picker on the
   * page (one socket; calls queue). Set one to share it with other code or to inject a fake.
   *
   * The shared client's code loads when the first selection begins (or the pointer or focus
   * reaches the button), not with the page: until then this is `undefined` unless one was set.
   * `loadClient()` gives it at any time.
   */
  get client(): NcaLayerClient | undefined {
    return this.ownClient ?? sharedClients?.sharedClient(this.ncalayerUrl);
  }
  set client(client: NcaLayerClient | null | undefined) {
    const old = this.ownClient;
    this.ownClient = client ?? undefined;
    this.requestUpdate('client', old);
  }

  /** The client a selection talks through (see `client`), its code loaded first if need be. */
  async loadClient(): Promise<NcaLayerClient> {
    if (this.ownClient) return this.ownClient;
    const { sharedClient } = await loadSharedClients();
    return this.ownClient ?? sharedClient(this.ncalayerUrl);
  }

  private ownClient?: NcaLayerClient;

  /** A pointer or focus on the button: the click is likely, so the client's code starts loading now. */
  private readonly warmUp = (): void => {
    // A failed load is tried again at the click, which reports it.
    if (!this.ownClient) loadSharedClients().catch(() => {});
  };
  private readonly picker = new CertificatePickerController(this, {
    selected: (selection) => this.onSelected(selection),
    failed: (error) => this.onFailed(error),
  });
  /** Focus was inside the element before the update that changed the state. */
  private focusInside = false;
  private shownState?: PickerState;

  /** `idle`, `connecting`, `permission`, `waiting`, `selected` or `error`. */
  get state(): PickerState {
    return this.picker.state;
  }

  /** The chosen certificate, read from the signature; `null` until one is chosen. */
  get certificate(): CertificateInfo | null {
    return this.picker.selection?.certificate ?? null;
  }

  /** The signature (base64 CMS over the challenge); `null` until a certificate is chosen. */
  get signature(): string | null {
    return this.picker.selection?.signature ?? null;
  }

  /** The same as `signature`: what the form submits. */
  get value(): string {
    return this.signature ?? '';
  }

  /** The error code while `state` is `error`. */
  get errorCode(): PickerErrorCode | null {
    return this.picker.error?.code ?? null;
  }

  /** Opens NCALayer's dialog, as the button does. Call it from a user gesture. Does nothing while disabled. */
  start(): Promise<void> {
    if (this.isDisabled) return Promise.resolve();
    return this.picker.select({
      client: this.loadClient(),
      backend: this.backend,
      purpose: parsePurpose(this.purpose),
      subject: parseSubject(this.subject),
      // What the element asked for, even while its strings are still loading.
      locale: resolveLocale(this, this.locale),
      testCertificates: this.testCertificates,
    });
  }

  /** Stops waiting for NCALayer. */
  cancel(): void {
    this.picker.cancel();
  }

  /** Forgets the chosen certificate: back to `idle`. */
  reset(): void {
    this.picker.reset();
  }

  protected override formValue(): FormValue {
    return this.signature;
  }

  protected override formValidity(): FormValidity | null {
    if (!this.required || this.signature) return null;
    return {
      flags: { valueMissing: true },
      message: this.localize.msg('Choose a certificate in NCALayer.', { id: 'picker.required' }),
      anchor: this.renderRoot.querySelector<HTMLElement>('button') ?? undefined,
    };
  }

  protected override formReset(): void {
    this.picker.reset();
  }

  protected override showErrors({ focus }: { focus?: boolean } = {}): void {
    if (focus) this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const root = this.renderRoot as ShadowRoot | undefined;
    this.focusInside = !!root?.activeElement;
    if (changed.has('ncalayerUrl') && this.picker.busy && !this.ownClient) this.picker.cancel();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.picker.state;
    if (state === this.shownState) return;
    this.shownState = state;
    this.reflectState(state);
    if (this.focusInside) this.focusFor(state);
  }

  private reflectState(state: PickerState): void {
    try {
      const states = this.internals.states;
      for (const name of PICKER_STATES) states.delete(name);
      states.add(state);
    } catch {
      // CustomStateSet is missing or only takes the older `--name` syntax: no :state().
    }
  }

  /** Keeps keyboard and screen-reader users where the action is after a state change. */
  private focusFor(state: PickerState): void {
    const target =
      state === 'selected'
        ? this.renderRoot.querySelector<HTMLElement>('.card .title')
        : state === 'error'
          ? this.renderRoot.querySelector<HTMLElement>('.error .title')
          : this.renderRoot.querySelector<HTMLElement>('button');
    target?.focus();
  }

  private onSelected(selection: PickerSelection): void {
    const detail: CertificateSelectDetail = {
      certificate: selection.certificate,
      signature: selection.signature,
      format: selection.format,
    };
    this.emit('tirkeu-certificate-select', detail);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onFailed(error: PickerError): void {
    // A run started before the first update finished (start() right after creating the element)
    // can fail before the element's strings have loaded: the event waits for them, so that its
    // message is in the element's locale and not in English.
    const ready = this.localize.prepare();
    if (ready) void ready.then(() => this.reportFailure(error));
    else this.reportFailure(error);
  }

  private reportFailure(error: PickerError): void {
    const message = errorTitle(error.code, this.localize.msg, { subject: error.subject });
    this.emit<PickerErrorDetail>('tirkeu-error', {
      code: error.code,
      message: error.ncalayerMessage ? `${message}: ${error.ncalayerMessage}` : message,
      // For the host's developers: e.g. which CSP sources to add; never shown to the user as it is.
      ...(error.cause === undefined ? {} : { cause: error.cause }),
    });
  }

  override render(): TemplateResult {
    const state = this.picker.state;
    const kept = this.picker.kept;
    const t = this.localize.msg;
    // A certificate that stood through another choice is shown under the error, and the status
    // says so on screen: the user must see that nothing changed, not only hear it.
    const card = state === 'selected' || (state === 'error' && kept);
    return html`
      <div class="picker" part="base">
        <slot></slot>
        <div
          class=${state === 'selected' && !kept ? 'status visually-hidden' : 'status'}
          part="status"
          role="status"
          aria-live="polite"
        >${this.renderStatus(state)}</div>
        ${card ? this.renderCard() : nothing}
        <div class="actions">${this.renderActions(state)}</div>
        ${state === 'idle'
          ? html`<p class="hint">
              ${t(
                "NCALayer opens its own window: there you choose the key storage and the key and enter the key's password. The password never reaches this page.",
                { id: 'picker.hint' },
              )}
            </p>`
          : nothing}
      </div>
    `;
  }

  private renderStatus(state: PickerState): TemplateResult | string | typeof nothing {
    const t = this.localize.msg;
    switch (state) {
      case 'connecting':
        return html`<p class="progress">
          <span class="spinner" aria-hidden="true"></span>
          <span>
            ${t('Connecting to NCALayer…', { id: 'picker.connecting' })}
            ${t('If the browser asks whether this site may access apps on your device, allow it.', {
              id: 'picker.connecting.lna',
            })}
          </span>
        </p>`;
      case 'permission': {
        const { title, help } = permissionPrompt(t);
        return html`<p class="progress">
          <span class="spinner" aria-hidden="true"></span>
          <span><strong>${title}</strong> ${help}</span>
        </p>`;
      }
      case 'waiting':
        return html`<p class="progress">
          <span class="spinner" aria-hidden="true"></span>
          <span>
            ${t('Waiting for NCALayer: choose the certificate in its window.', { id: 'picker.waiting' })}
            ${t('Cannot see the window? It may be hidden behind the browser.', { id: 'picker.waiting.hidden' })}
          </span>
        </p>`;
      case 'selected': {
        if (this.picker.kept) return html`<p class="hint">${this.keptText()}</p>`;
        const name = ownerName(this.certificate!);
        // The card shows it; screen readers hear it from here.
        return t(str`Certificate chosen: ${name}`, { id: 'picker.selected' });
      }
      case 'error':
        return this.renderError(this.picker.error!);
      default:
        return nothing;
    }
  }

  /** Another choice came to nothing (cancelled or failed): the certificate chosen before still counts. */
  private keptText(): string {
    const name = ownerName(this.certificate!);
    return this.localize.msg(str`Nothing changed: you are still using the certificate of ${name}.`, { id: 'picker.kept' });
  }

  private renderError(error: PickerError): TemplateResult {
    const t = this.localize.msg;
    const certificate = error.certificate;
    const locale = this.localize.locale;
    const date =
      error.code === 'certificate-expired' && certificate
        ? formatDate(toDate(certificate.notAfter), locale)
        : error.code === 'certificate-not-yet-valid' && certificate
          ? formatDate(toDate(certificate.notBefore), locale)
          : undefined;
    const context = { subject: error.subject, date };
    return html`<div class="error" part="error">
      <p class="title" tabindex="-1">${errorTitle(error.code, t, context)}</p>
      <p>${errorHelp(error.code, t, context)}</p>
      ${error.ncalayerMessage
        ? html`<p>${t("NCALayer's message:", { id: 'picker.error.ncalayer-message' })}
            <span class="quote">${error.ncalayerMessage}</span></p>`
        : nothing}
      ${certificate
        ? html`<p>
            ${t(str`Chosen certificate: ${ownerName(certificate)}`, { id: 'picker.error.chosen' })}
            ${certificate.iin ? html`(${t('IIN', { id: 'picker.field.iin' })} <span class="mono">${certificate.iin}</span>)` : nothing}
          </p>`
        : nothing}
      ${error.code === 'local-network-blocked' ? html`<p>${frameHelp(t)}</p>` : nothing}
      ${error.code === 'ncalayer-unavailable'
        ? html`<p>
            <a href=${NCALAYER_DOWNLOAD_URL} target="_blank" rel="noopener noreferrer"
              >${t('Download NCALayer from pki.gov.kz', { id: 'picker.download' })}</a
            >
          </p>`
        : nothing}
      ${this.picker.kept ? html`<p>${this.keptText()}</p>` : nothing}
    </div>`;
  }

  private renderCard(): TemplateResult {
    const t = this.localize.msg;
    const certificate = this.certificate!;
    const locale = this.localize.locale;
    const from = toDate(certificate.notBefore);
    const to = toDate(certificate.notAfter);
    const roles = displayRoles(certificate.roles).map((role) => roleName(role, t));
    const left = certificateValidity(certificate);
    const field = (term: string, value: string | null | undefined, mono = false) =>
      value
        ? html`<div class="field" part="field">
            <dt>${term}</dt>
            <dd class=${mono ? 'mono' : ''}>${value}</dd>
          </div>`
        : nothing;
    return html`<div class="card" part="card" role="group" aria-labelledby="owner">
      <p class="title" id="owner" tabindex="-1">${ownerName(certificate)}</p>
      <dl>
        ${field(t('IIN', { id: 'picker.field.iin' }), certificate.iin, true)}
        ${field(t('BIN', { id: 'picker.field.bin' }), certificate.bin, true)}
        ${field(t('Organisation', { id: 'picker.field.organisation' }), certificate.organisation)}
        ${field(t('Roles', { id: 'picker.field.roles' }), roles.length ? new Intl.ListFormat(locale, { type: 'unit' }).format(roles) : null)}
        ${field(t('Issuer', { id: 'picker.field.issuer' }), certificate.issuer.commonName ?? certificate.issuer.dn)}
        ${field(t('Valid', { id: 'picker.field.validity' }), formatDateRange(from, to, locale))}
      </dl>
      ${left.status === 'expiring'
        ? html`<p class="warning" part="warning">
            <strong>${t('Expires soon.', { id: 'picker.expiring.title' })}</strong>
            ${t(
              str`This certificate expires ${formatDaysLeft(left.daysLeft, locale)} (${formatDate(to, locale)}). Get a new one from the National Certification Authority in good time.`,
              { id: 'picker.expiring' },
            )}
          </p>`
        : nothing}
    </div>`;
  }

  private renderActions(state: PickerState): TemplateResult {
    const t = this.localize.msg;
    const disabled = this.isDisabled;
    switch (state) {
      case 'connecting':
      case 'permission':
      case 'waiting':
        return html`<button type="button" part="button" class="secondary" @click=${() => this.cancel()}>
          ${t('Cancel', { id: 'picker.cancel' })}
        </button>`;
      case 'selected':
        return html`<button type="button" part="button" class="secondary" ?disabled=${disabled} @click=${() => this.start()}>
          ${t('Choose another certificate', { id: 'picker.another' })}
        </button>`;
      case 'error':
        return html`<button type="button" part="button" ?disabled=${disabled} @click=${() => this.start()}>
          ${t('Try again', { id: 'picker.retry' })}
        </button>`;
      default:
        return html`<button
          type="button"
          part="button"
          ?disabled=${disabled}
          @pointerenter=${this.warmUp}
          @focus=${this.warmUp}
          @click=${() => this.start()}
        >
          ${this.selectLabel || t('Select certificate', { id: 'picker.select' })}
        </button>`;
    }
  }
}
