import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegistrationBackend } from '../../backend/types.js';
import { isNcaLayerError } from '../../ncalayer/errors.js';
import { basicsSigningOptions } from '../../ncalayer/signing-options.js';
import { readCertificate } from '../../ncalayer/certificate.js';
import type { CertificateInfo, CertificateRole, NcaLayerClient } from '../../ncalayer/index.js';
import { matchesSubject, randomNonce, validity, type Purpose, type SubjectFilter } from './certificate-summary.js';
import type { PickerErrorCode } from './messages.js';

/**
 * - `idle`: nothing chosen yet (or the choice was dropped);
 * - `connecting`: opening the connection to NCALayer (and fetching the challenge);
 * - `permission`: connecting, while the browser asks the user whether the page may reach
 *   NCALayer (Chrome's Local Network Access prompt);
 * - `waiting`: NCALayer's dialog is open: the user picks storage, key and password there;
 * - `selected`: a certificate was read from the signature and accepted;
 * - `error`: see `error.code`; a certificate chosen before may still stand (`selection`, `kept`).
 */
export type PickerState = 'idle' | 'connecting' | 'permission' | 'waiting' | 'selected' | 'error';

/** Every state, for `:state()` bookkeeping. */
export const PICKER_STATES: readonly PickerState[] = ['idle', 'connecting', 'permission', 'waiting', 'selected', 'error'];

/** What the picker needs of a backend: a challenge to sign. `RegistrationBackend` fits. */
export type ChallengeSource = Pick<RegistrationBackend, 'getChallenge'>;

export interface PickerError {
  code: PickerErrorCode;
  /** NCALayer's own failure text (`ncalayer-failed`), to show as text. */
  ncalayerMessage?: string;
  /** The certificate, when the error is about it (expired, not yet valid, wrong kind). */
  certificate?: CertificateInfo;
  /** The kind that was asked for (`certificate-wrong-kind`). */
  subject?: SubjectFilter;
  cause?: unknown;
}

export interface PickerSelection {
  certificate: CertificateInfo;
  /** CMS, base64 DER, with the signed challenge attached. */
  signature: string;
  format: 'cms';
  /** The base64 challenge that was signed. */
  challenge: string;
}

/** What one selection run is asked to do; read from the element's properties at the click. */
export interface SelectRequest {
  /** The client, or its promise while its code loads (the first selection on a page). */
  client: NcaLayerClient | Promise<NcaLayerClient>;
  backend?: ChallengeSource | null;
  purpose: Purpose;
  subject: SubjectFilter;
  /** NCALayer's dialog language. */
  locale: string;
  /** Accept certificates that do not chain to NCA's production CAs (test CA, emulator). */
  testCertificates?: boolean;
}

export interface PickerCallbacks {
  selected(selection: PickerSelection): void;
  failed(error: PickerError): void;
}

const SUBJECT_ROLE: Record<SubjectFilter, CertificateRole | undefined> = {
  any: undefined,
  individual: 'individual',
  'legal-entity': 'legal-entity',
};

/**
 * Drives one picker through its states: challenge → NCALayer connection → NCALayer dialog →
 * certificate read from the CMS → checks. Every run can be cancelled; a run superseded by a
 * newer one (or by cancel/reset) never touches the state again.
 */
export class CertificatePickerController implements ReactiveController {
  state: PickerState = 'idle';
  /**
   * The accepted certificate. A new run leaves it in place until it brings another: choosing
   * another certificate that is cancelled or fails changes nothing the host or a form holds.
   */
  selection?: PickerSelection;
  error?: PickerError;
  /** The last run ended without a new certificate (cancelled or failed) and `selection` still stands. */
  kept = false;

  private run = 0;
  private abortController?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: PickerCallbacks,
    /** The clock for validity checks. */
    private readonly now: () => Date = () => new Date(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // NCALayer's dialog may stay open on the desktop; at least stop waiting for it.
    if (this.busy) this.cancel();
  }

  get busy(): boolean {
    return this.state === 'connecting' || this.state === 'permission' || this.state === 'waiting';
  }

  /** Starts a selection; a run already under way is cancelled first. */
  async select(request: SelectRequest): Promise<void> {
    this.abortController?.abort();
    const run = ++this.run;
    const abort = new AbortController();
    this.abortController = abort;
    const { signal } = abort;
    const current = () => run === this.run;

    this.error = undefined;
    this.kept = false;
    this.set('connecting');

    let client: NcaLayerClient;
    try {
      client = await request.client;
    } catch (cause) {
      // The client's code did not load (the page went offline): nothing to talk to NCALayer with.
      if (current()) this.settleFailure(cause, signal, 'connect');
      return;
    }
    if (!current()) return;

    // While the browser asks about local network access, say so rather than "connecting".
    const onPermission = () => {
      if (current() && (this.state === 'connecting' || this.state === 'permission')) {
        this.set(client.awaitingPermission ? 'permission' : 'connecting');
      }
    };
    client.addEventListener?.('permission', onPermission);
    let challenge: string;
    try {
      onPermission();
      [challenge] = await Promise.all([
        this.challenge(request.backend, signal),
        client.connect({ signal }),
      ]);
    } catch (cause) {
      if (current()) this.settleFailure(cause, signal, 'connect');
      return;
    } finally {
      client.removeEventListener?.('permission', onPermission);
    }
    if (!current()) return;

    this.set('waiting');
    let cms: string;
    try {
      const options = basicsSigningOptions({
        purpose: request.purpose,
        role: SUBJECT_ROLE[request.subject],
        testCertificates: request.testCertificates,
        detached: false,
        timestamp: false,
      });
      cms = await client.basics.sign(
        { data: challenge, format: 'cms', locale: request.locale, ...options },
        { signal },
      );
    } catch (cause) {
      if (current()) this.settleFailure(cause, signal, 'sign');
      return;
    }
    if (!current()) return;

    let certificate: CertificateInfo;
    try {
      certificate = await readCertificate(cms);
    } catch (cause) {
      if (current()) this.fail({ code: 'certificate-unreadable', cause });
      return;
    }
    if (!current()) return;

    const problem = checkCertificate(certificate, request.subject, this.now());
    if (problem) {
      this.fail(problem);
      return;
    }
    this.abortController = undefined;
    this.selection = { certificate, signature: pemBody(cms), format: 'cms', challenge };
    this.set('selected');
    this.callbacks.selected(this.selection);
  }

  /** Stops waiting for NCALayer: back to the certificate chosen before, if any, else to idle. */
  cancel(): void {
    this.run++;
    this.abortController?.abort();
    this.abortController = undefined;
    this.error = undefined;
    // Only a choice under way can come to nothing; a cancel() with nothing running says nothing.
    if (this.busy) this.kept = !!this.selection;
    this.set(this.selection ? 'selected' : 'idle');
  }

  /** Forgets the selection and any error: back to idle. */
  reset(): void {
    this.run++;
    this.abortController?.abort();
    this.abortController = undefined;
    this.selection = undefined;
    this.error = undefined;
    this.kept = false;
    this.set('idle');
  }

  private async challenge(backend: ChallengeSource | null | undefined, signal: AbortSignal): Promise<string> {
    if (!backend) return randomNonce();
    try {
      return (await backend.getChallenge({ signal })).challenge;
    } catch (cause) {
      throw new ChallengeError(cause);
    }
  }

  private settleFailure(cause: unknown, signal: AbortSignal, stage: 'connect' | 'sign'): void {
    if (signal.aborted) {
      // Our own Cancel: cancel() has already moved the state.
      return;
    }
    this.fail(classifyFailure(cause, stage));
  }

  /**
   * A run that brings no certificate. With one chosen before, that one stays: the user who
   * closed NCALayer's dialog changed their mind (back to `selected`); a real failure is shown
   * (`error`) over the certificate that still stands. The callback hears it either way, so a
   * host or a form knows that the other choice came to nothing.
   */
  private fail(error: PickerError): void {
    this.abortController = undefined;
    this.kept = !!this.selection;
    if (this.kept && error.code === 'ncalayer-cancelled') {
      this.error = undefined;
      this.set('selected');
    } else {
      this.error = error;
      this.set('error');
    }
    this.callbacks.failed(error);
  }

  private set(state: PickerState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

class ChallengeError extends Error {
  constructor(cause: unknown) {
    super('The backend gave no challenge', { cause });
  }
}

/** Maps whatever a run threw to the picker's error codes. */
export function classifyFailure(cause: unknown, stage: 'connect' | 'sign' = 'sign'): PickerError {
  if (cause instanceof ChallengeError) return { code: 'challenge-failed', cause: cause.cause };
  // By brand, not class: the client may come from another copy of the library on the page.
  if (isNcaLayerError(cause)) {
    return cause.code === 'ncalayer-failed'
      ? { code: 'ncalayer-failed', ncalayerMessage: cause.message, cause }
      : { code: cause.code, cause };
  }
  return { code: stage === 'connect' ? 'ncalayer-unavailable' : 'ncalayer-protocol', cause };
}

/** Refuses a certificate that is out of its validity or of the wrong kind. */
export function checkCertificate(certificate: CertificateInfo, subject: SubjectFilter, now: Date): PickerError | undefined {
  const { status } = validity(certificate, now);
  if (status === 'expired') return { code: 'certificate-expired', certificate };
  if (status === 'not-yet-valid') return { code: 'certificate-not-yet-valid', certificate };
  if (!matchesSubject(certificate, subject)) return { code: 'certificate-wrong-kind', certificate, subject };
  return undefined;
}

/** `-----BEGIN CMS-----…` → the bare base64 (DER) that backends and NCANode take. */
export function pemBody(text: string): string {
  const armoured = /-----BEGIN [A-Z0-9 ]+-----([\s\S]*?)-----END [A-Z0-9 ]+-----/.exec(text);
  return (armoured ? armoured[1]! : text).replace(/\s+/g, '');
}

