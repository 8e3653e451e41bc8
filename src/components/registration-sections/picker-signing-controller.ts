import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CertificateSelectDetail, ChallengeSource, PickerErrorDetail, TirkeuCertificatePicker } from '../certificate-picker/certificate-picker.js';
import { utf8Base64 } from './utf8-base64.js';

export interface PickerSigningOptions {
  /** The form's embedded picker, once rendered. */
  picker: () => TirkeuCertificatePicker | null | undefined;
  /** The user pressed the picker's own "Try again" after a failed signature: submit once more. */
  retry: () => void;
}

/** Why a signature was not made: the picker's error, as it told the user. */
export class PickerSigningError extends Error {
  override readonly name = 'PickerSigningError';
  constructor(readonly detail?: PickerErrorDetail) {
    super(detail?.message ?? 'The registration was not signed.');
  }
}

/**
 * Signs the registration with the form's own certificate picker (a signing key, through
 * NCALayer), so that a form signs without host code. The picker is shown from the first
 * signature on: it says what NCALayer is doing, and after a failure its own "Try again" signs
 * the same text and resumes the submission.
 *
 * The picker signs what `sign()` was given as the challenge, so its CMS (base64 DER, content
 * attached) is over exactly the UTF-8 bytes of the serialised registration, as the backend
 * contract asks. A signature is kept for its text only: a changed registration is signed anew.
 */
export class PickerSigningController implements ReactiveController {
  /** The picker is on the page (a signature was asked for). */
  shown = false;
  private pending?: { text: string; resolve(signature: string): void; reject(error: unknown): void };
  /** The last text asked for: what the picker's "Try again" signs. */
  private asked?: string;
  private signed?: { text: string; signature: string };

  readonly source: ChallengeSource = {
    getChallenge: async () => {
      const text = this.pending?.text ?? this.asked;
      if (text === undefined) throw new PickerSigningError();
      return { challenge: utf8Base64(text), expiresAt: '' };
    },
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PickerSigningOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pending?.reject(new PickerSigningError());
    this.pending = undefined;
  }

  /** Resolves with the CMS over `text`; rejects with `PickerSigningError` when it was not made. */
  async sign(text: string): Promise<string> {
    if (this.signed?.text === text) return this.signed.signature;
    this.pending?.reject(new PickerSigningError());
    this.asked = text;
    const signature = new Promise<string>((resolve, reject) => (this.pending = { text, resolve, reject }));
    this.shown = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const picker = this.options.picker();
    if (!picker) {
      this.pending = undefined;
      throw new PickerSigningError();
    }
    await picker.updateComplete;
    const asked = this.pending;
    void picker.start().then(() => {
      // The run ended without a signature and without an error (the picker's own Cancel): no
      // event says so, and the submission must not wait for ever. An error comes as its event.
      if (this.pending === asked && picker.state !== 'error') {
        this.pending = undefined;
        asked?.reject(new PickerSigningError());
      }
    });
    return signature;
  }

  /** Forgets the signature and hides the picker (a form reset). */
  reset(): void {
    this.pending?.reject(new PickerSigningError());
    this.pending = this.asked = this.signed = undefined;
    this.options.picker()?.reset();
    this.shown = false;
    this.host.requestUpdate();
  }

  private readonly onSelected = (event: CustomEvent<CertificateSelectDetail>): void => {
    // The registration's signature, not the host's log-in certificate.
    event.stopPropagation();
    const text = this.pending?.text ?? this.asked;
    if (text === undefined) return;
    this.signed = { text, signature: event.detail.signature };
    const pending = this.pending;
    this.pending = undefined;
    if (pending) pending.resolve(event.detail.signature);
    else this.options.retry();
  };

  private readonly onFailed = (event: CustomEvent<PickerErrorDetail>): void => {
    // The form reports the failure once, as `signing`, with the picker's detail as its cause.
    event.stopPropagation();
    this.pending?.reject(new PickerSigningError(event.detail));
    this.pending = undefined;
  };

  /** The picker, once a signature was asked for, in the form's locale: a form's `locale` is no `lang` the picker would find. */
  render(options: { ncalayerUrl?: string; testCertificates: boolean; disabled: boolean; locale: string }): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    return html`<tirkeu-certificate-picker
      part="signature-picker"
      purpose="signing"
      locale=${options.locale}
      ncalayer-url=${ifDefined(options.ncalayerUrl)}
      ?test-certificates=${options.testCertificates}
      ?disabled=${options.disabled}
      .backend=${this.source}
      @tirkeu-certificate-select=${this.onSelected}
      @tirkeu-error=${this.onFailed}
    ></tirkeu-certificate-picker>`;
  }
}
