import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isBackendError,
  serializePayload,
  type RegistrationBackend,
  type RegistrationCredentials,
  type RegistrationReceipt,
} from '../../backend/index.js';
import type { TirkeuErrorDetail } from '../shared/events.js';
import type { Lookup } from '../../i18n/lookup.js';
import { codeMessage, formTexts } from './labels.js';
import type { FieldSpec } from './rules.js';
import { placeServerErrors, type PlacedErrors } from './server-errors.js';

export interface SubmitDetail<P> {
  /** The typed, normalised payload (model's schema output). */
  payload: P;
  /** The CMS over the user agreement, where the portal asked for one. */
  agreementSignature?: string;
}

export interface RegistrationAcceptDetail<P> {
  payload: P;
  receipt: RegistrationReceipt;
}

/**
 * Words to be said in the locale of the moment they are shown: a message kept from an event
 * (a refused submit) is looked up again at each render, so it follows a locale switch.
 */
export type Words = (t: Lookup) => string;

/** The message above the form: the submission's outcome. */
export type FormMessage = { tone: 'error' | 'warning' | 'success'; text: Words; details?: Words[] };

export interface SubmissionOptions {
  backend: () => RegistrationBackend | undefined;
  /** Signs the serialised registration (rejects when it could not be signed). */
  sign: (text: string) => Promise<string>;
  /** The agreement's CMS to send along, where the portal asked for one. */
  agreementSignature: () => string | undefined;
  /** The documents' files by slot, sent as `documents[<slot>]` parts (their manifest is in the payload). */
  documents?: () => Record<string, Blob[]> | undefined;
  /** The password and e-mail code: sent in their own unsigned part, never in the payload or an event. */
  credentials: () => RegistrationCredentials;
  /** Fires an event on the host; false when a listener cancelled it. */
  emit: <T>(type: string, detail: T, options?: { cancelable?: boolean }) => boolean;
  /** The host's lookup, for the message of `tirkeu-error` (said once, in the locale of the moment). */
  t: Lookup;
  /** The fields the form shows, to place a 422's errors on. */
  fields: () => readonly FieldSpec[];
  /** A 422: the errors placed on the fields the form shows. */
  fieldErrors: (placed: PlacedErrors['fields']) => void;
  /** A 409 for the organisation: it is on the portal already. */
  organisationExists: () => void;
  /** The submission settled and the host rendered its outcome. */
  settled: () => void;
}

let idempotencySeed = 0;
const newKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tirkeu-${Date.now()}-${++idempotencySeed}`;

/**
 * Sending a registration: fires `tirkeu-submit`; unless a listener cancels it and when a backend
 * is set, signs the payload, submits it (a retry of the same payload reuses its idempotency key),
 * says how it went (`message`) and fires `tirkeu-registration-accept`, or puts the backend's refusal where
 * the user sees it and fires `tirkeu-error`.
 */
export class SubmissionController<P> implements ReactiveController {
  submitting = false;
  message?: FormMessage;
  private last?: { text: string; key: string };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmissionOptions,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: a submission under way carries on when the host moves in the page. */
  hostConnected(): void {}

  /** Shows `message` (or none). */
  say(message: FormMessage | undefined): void {
    if (message === this.message) return;
    this.message = message;
    this.host.requestUpdate();
  }

  /** Forgets the message and the last registration sent (its idempotency key). */
  reset(): void {
    this.last = undefined;
    this.say(undefined);
  }

  /** Fires `tirkeu-submit` for a valid `payload`; unless cancelled, signs and sends it. */
  async submit(payload: P, agreementSignature?: string): Promise<void> {
    const detail: SubmitDetail<P> = { payload, ...(agreementSignature && { agreementSignature }) };
    const proceed = this.options.emit('tirkeu-submit', detail, { cancelable: true });
    const backend = this.options.backend();
    if (!proceed || !backend) return;
    await this.send(backend, payload);
  }

  private async send(backend: RegistrationBackend, payload: P): Promise<void> {
    this.submitting = true;
    this.host.requestUpdate();
    const text = serializePayload(payload);
    // A retry of the very same registration reuses its key: the server answers as the first time.
    if (this.last?.text !== text) this.last = { text, key: newKey() };
    try {
      let signature: string;
      try {
        signature = await this.options.sign(text);
      } catch (error) {
        this.say({ tone: 'error', text: formTexts.signing });
        this.options.emit<TirkeuErrorDetail>('tirkeu-error', { code: 'signing', message: formTexts.signing(this.options.t), cause: error });
        return;
      }
      const agreementSignature = this.options.agreementSignature();
      const credentials = this.options.credentials();
      const documents = this.options.documents?.();
      const receipt = await backend.submitRegistration(
        {
          payload: text,
          signature,
          ...(agreementSignature && { agreementSignature }),
          ...(Object.keys(credentials).length && { credentials }),
          ...(documents && { documents }),
        },
        { idempotencyKey: this.last.key },
      );
      this.say({ tone: 'success', text: (t) => formTexts.success(receipt.id, t) });
      this.options.emit<RegistrationAcceptDetail<P>>('tirkeu-registration-accept', { payload, receipt });
    } catch (error) {
      this.showBackendError(error);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.options.settled();
    }
  }

  /** Puts a backend's refusal where the user sees it: 422 on the fields, 409 as a form message. */
  showBackendError(error: unknown): void {
    const code = isBackendError(error) ? error.code : 'network';
    let message: FormMessage;
    if (isBackendError(error, 'validation')) {
      const placed = placeServerErrors(error.errors, this.options.fields());
      const details = placed.unplaced.map((e): Words => (t) => codeMessage(e.code, t));
      this.options.fieldErrors(placed.fields);
      message = { tone: 'error', text: formTexts.checkFields, details };
    } else if (isBackendError(error, 'organisation-exists')) {
      this.options.organisationExists();
      message = { tone: 'warning', text: formTexts.organisationExists };
    } else if (isBackendError(error, 'user-exists')) {
      message = { tone: 'error', text: formTexts.userExists };
    } else if (isBackendError(error, 'rate-limited')) {
      const seconds = error.retryAfter ?? 30;
      message = { tone: 'error', text: (t) => formTexts.rateLimited(seconds, t) };
    } else if (isBackendError(error, 'network', 'timeout', 'server', 'aborted')) {
      message = { tone: 'error', text: formTexts.network };
    } else if (isBackendError(error)) {
      // The server's own words stay in `cause`: they are not in the user's language.
      const refused = error.serverCode ?? error.code;
      message = { tone: 'error', text: (t) => formTexts.refused(refused, t) };
    } else {
      message = { tone: 'error', text: formTexts.network };
    }
    this.say(message);
    this.options.emit<TirkeuErrorDetail>('tirkeu-error', { code, message: message.text(this.options.t), cause: error });
  }
}
