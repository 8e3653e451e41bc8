import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isBackendError, type RegistrationBackend } from '../../backend/index.js';
import type { EmailCodeStatus } from './rules.js';

/** Why the last send or check failed, for the message under the field. */
export interface EmailCodeProblem {
  /** A backend error code (`rate-limited`, `user-exists`, `network`, `too-many-attempts`…) or a validation code. */
  code: string;
  /** `rate-limited`: seconds before another try. */
  retryAfter?: number;
}

export interface EmailCodeOptions {
  backend: () => RegistrationBackend | undefined;
  /** The language the e-mail is written in. */
  locale: () => 'kk' | 'ru' | 'en';
  /** A send or a check failed (the backend's error as `cause`): the form fires `tirkeu-error`. */
  failed: (problem: EmailCodeProblem, cause: unknown) => void;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * The e-mail confirmation step (seed 000: "Send code", then the code from the e-mail): sends a
 * code through the backend, counts down the cool-down before another may be sent, checks the
 * typed code. States: `idle` (not sent), `sending`, `sent`, `verifying`, `verified`, `wrong`,
 * `expired`, `error` (the backend could not be reached).
 *
 * Changing the address after a code went out starts over: a confirmation belongs to one address.
 */
export class EmailCodeController implements ReactiveController {
  status: EmailCodeStatus = 'idle';
  /** The address the last code went to (as sent, trimmed). */
  email?: string;
  /** When another code may be requested (ms since the epoch); 0 when now. */
  resendAt = 0;
  /** When the code sent last stops working. */
  expiresAt?: number;
  problem?: EmailCodeProblem;
  /** Wrong codes the backend still accepts for this code. */
  attemptsLeft?: number;
  private timer?: ReturnType<typeof setInterval>;
  private readonly now: () => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EmailCodeOptions,
  ) {
    host.addController(this);
    this.now = options.now ?? Date.now;
  }

  hostConnected(): void {
    if (this.secondsLeft > 0) this.tick();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Whole seconds until another code may be sent. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.resendAt - this.now()) / 1000));
  }

  get busy(): boolean {
    return this.status === 'sending' || this.status === 'verifying';
  }

  /** Whether "Send code" (or "Send again") can be pressed now. */
  get canSend(): boolean {
    return !this.busy && this.status !== 'verified' && this.secondsLeft === 0;
  }

  /** A code went out for this address (so "Send again" and the code field make sense). */
  get sent(): boolean {
    return this.status !== 'idle' && this.status !== 'sending' && !!this.email;
  }

  /** The address in the field changed: a confirmation of another address does not count. */
  emailChanged(email: string): void {
    if (this.email === undefined || email.trim().toLowerCase() === this.email.toLowerCase()) return;
    this.reset();
  }

  reset(): void {
    this.status = 'idle';
    this.email = undefined;
    this.resendAt = 0;
    this.expiresAt = undefined;
    this.problem = undefined;
    this.attemptsLeft = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }

  /** Asks the backend to mail a code to `email`. Resolves when it answered. */
  async send(email: string): Promise<boolean> {
    const backend = this.options.backend();
    if (!backend || !this.canSend) return false;
    const address = email.trim();
    const previous = this.status;
    this.status = 'sending';
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      const sent = await backend.sendEmailCode({ email: address, locale: this.options.locale() });
      this.email = address;
      this.status = 'sent';
      this.attemptsLeft = undefined;
      this.resendAt = this.now() + Math.max(0, sent.resendAfter) * 1000;
      const expires = Date.parse(sent.expiresAt);
      this.expiresAt = Number.isNaN(expires) ? undefined : expires;
      this.tick();
      return true;
    } catch (error) {
      this.status = previous === 'sending' ? 'idle' : previous;
      if (isBackendError(error, 'rate-limited')) {
        this.resendAt = this.now() + (error.retryAfter ?? 30) * 1000;
        this.tick();
      }
      this.problem = problemOf(error);
      this.options.failed(this.problem, error);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Checks `code` for the address the code went to. */
  async verify(code: string): Promise<boolean> {
    const backend = this.options.backend();
    if (!backend || !this.email || this.busy || this.status === 'verified') return this.status === 'verified';
    this.status = 'verifying';
    this.problem = undefined;
    this.host.requestUpdate();
    try {
      await backend.verifyEmailCode({ email: this.email, code: code.replace(/[\s-]+/g, '') });
      this.status = 'verified';
      this.attemptsLeft = undefined;
      clearInterval(this.timer);
      return true;
    } catch (error) {
      if (isBackendError(error, 'code-invalid')) {
        this.status = 'wrong';
        this.attemptsLeft = error.attemptsLeft;
      } else if (isBackendError(error, 'code-expired', 'too-many-attempts')) {
        this.status = 'expired';
        if (error.code === 'too-many-attempts') this.problem = problemOf(error);
      } else {
        this.status = 'sent';
        this.problem = problemOf(error);
      }
      this.options.failed(this.problem ?? problemOf(error), error);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /**
   * A confirmation made before (kept in a draft, brought back after a reload): `email` counts as
   * confirmed without a new code. The backend remembers confirmations too and has the last word
   * at submission (`email-not-verified`).
   */
  restoreVerified(email: string): void {
    this.reset();
    this.email = email.trim();
    this.status = 'verified';
    this.host.requestUpdate();
  }

  /** The typed code changed after a wrong or expired answer: back to "sent", ready to check. */
  codeEdited(): void {
    if (this.status === 'wrong') {
      this.status = 'sent';
      this.host.requestUpdate();
    }
  }

  private tick(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.secondsLeft === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }, 1000);
  }
}

function problemOf(error: unknown): EmailCodeProblem {
  if (isBackendError(error)) {
    const fieldCode = error.code === 'validation' ? Object.values(error.fieldErrors)[0] : undefined;
    if (error.code === 'rate-limited') return { code: error.code, retryAfter: error.retryAfter ?? 30 };
    return { code: fieldCode ?? error.code };
  }
  return { code: 'network' };
}
