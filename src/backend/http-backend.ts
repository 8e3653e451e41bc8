import { BackendError, codeFor } from './errors.js';
import type {
  CertificateOutcome,
  CertificatePresentation,
  Challenge,
  EmailCodeRequest,
  EmailCodeSent,
  EmailVerification,
  EmailVerified,
  FieldError,
  Invitation,
  Organisation,
  RegistrationBackend,
  RegistrationReceipt,
  RegistrationSubmission,
  RequestOptions,
  SubmitOptions,
} from './types.js';

export interface HttpBackendOptions {
  /** Where the contract's paths live, e.g. `/api` or `https://portal.example.kz/api/v1`. */
  apiBase: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Extra headers for every request (CSRF token, authorisation); a function is called per request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Defaults to `same-origin`; use `include` for a cross-origin backend that uses cookies. */
  credentials?: RequestCredentials;
  /** Retries of an idempotent call after a network error, 502/503/504 or 429. Default 2. */
  retries?: number;
  /** First backoff delay in ms, doubled per retry, with jitter. Default 300. */
  retryDelay?: number;
  /** Per-attempt timeout in ms; 0 turns it off. Default 30000. */
  timeout?: number;
  /** Longest `Retry-After` (seconds) an idempotent call waits out before giving up. Default 10. */
  maxRetryAfter?: number;
  /** How to wait between attempts (tests pass a fast one). Must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface Call {
  method?: 'POST';
  path: string;
  body?: unknown;
  /** Safe to send again: retried on transient failures. */
  idem?: boolean;
  /** Light check of the answer's shape: "key:type" words, keys may be dotted. */
  shape: string;
  key?: string;
}

const TYPES: Record<string, string> = { s: 'string', n: 'number', b: 'boolean', o: 'object' };

const fits = (value: unknown, shape: string): boolean =>
  !!value &&
  typeof value == 'object' &&
  shape.split(' ').every((word) => {
    const [path, type] = word.split(':');
    let v: any = value;
    for (const key of path.split('.')) v = v?.[key];
    return typeof v == TYPES[type] && v !== null;
  });

const abortError = (cause?: unknown) => new BackendError('aborted', undefined, { cause });

/** Seconds from a `Retry-After` value: delta-seconds or an HTTP date. */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | undefined => {
  if (!value) return;
  value = value.trim();
  if (/^\d+$/.test(value)) return +value;
  const at = Date.parse(value);
  return at ? Math.max(0, Math.ceil((at - now) / 1000)) : undefined;
};

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(abortError(signal!.reason));
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });

/** The text that is sent as the `payload` part, and so the text the user signs. */
export const serializePayload = (payload: unknown): string => JSON.stringify(payload);

/** `RegistrationBackend` over `fetch`, speaking the contract in docs/openapi.yaml. */
export class HttpBackend implements RegistrationBackend {
  readonly #o: HttpBackendOptions;
  readonly #base: string;

  constructor(options: HttpBackendOptions) {
    this.#o = options;
    this.#base = options.apiBase.replace(/\/+$/, '');
  }

  getChallenge(options?: RequestOptions): Promise<Challenge> {
    return this.#call({ method: 'POST', path: '/auth/challenge', idem: true, shape: 'challenge:s expiresAt:s' }, options);
  }

  presentCertificate(request: CertificatePresentation, options?: RequestOptions): Promise<CertificateOutcome> {
    return this.#call(
      {
        method: 'POST',
        path: '/auth/certificate',
        body: request,
        idem: request.checkOnly,
        shape: 'outcome:s organisationRegistered:b user.iin:s',
      },
      options,
    );
  }

  sendEmailCode(request: EmailCodeRequest, options?: RequestOptions): Promise<EmailCodeSent> {
    return this.#call({ method: 'POST', path: '/email/code', body: request, shape: 'resendAfter:n expiresAt:s' }, options);
  }

  verifyEmailCode(request: EmailVerification, options?: RequestOptions): Promise<EmailVerified> {
    return this.#call({ method: 'POST', path: '/email/verify', body: request, shape: 'verified:b' }, options);
  }

  lookupOrganisation(bin: string, options?: RequestOptions): Promise<Organisation> {
    return this.#call(
      {
        path: '/organisations/' + encodeURIComponent(bin),
        idem: true,
        shape: 'bin:s registered:b name.ru:s legalStatus:s',
      },
      options,
    );
  }

  resolveInvitation(token: string, options?: RequestOptions): Promise<Invitation> {
    return this.#call(
      { path: '/invitations/' + encodeURIComponent(token), idem: true, shape: 'token:s expiresAt:s prefill:o' },
      options,
    );
  }

  submitRegistration(submission: RegistrationSubmission, options?: SubmitOptions): Promise<RegistrationReceipt> {
    const form = new FormData();
    const { payload, documents = {} } = submission;
    // A Blob keeps the signed bytes exact (string parts get their line breaks normalised).
    const text = typeof payload == 'string' ? payload : serializePayload(payload);
    form.append('payload', new Blob([text], { type: 'application/json' }), 'payload.json');
    for (const [slot, files] of Object.entries(documents))
      for (const file of ([] as Blob[]).concat(files as Blob)) form.append(`documents[${slot}]`, file);
    form.append('signature', submission.signature);
    if (submission.agreementSignature) form.append('agreementSignature', submission.agreementSignature);
    // Secrets go in a part of their own: never inside the signed payload.
    const { credentials } = submission;
    if (credentials && (credentials.password !== undefined || credentials.emailCode !== undefined))
      form.append('credentials', new Blob([JSON.stringify(credentials)], { type: 'application/json' }), 'credentials.json');
    return this.#call(
      { method: 'POST', path: '/registrations', body: form, shape: 'id:s status:s', key: options?.idempotencyKey },
      options,
    );
  }

  async #call<T>(call: Call, options: RequestOptions = {}): Promise<T> {
    const { signal } = options;
    const { retries = 2, retryDelay = 300, maxRetryAfter = 10, sleep = defaultSleep } = this.#o;
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      try {
        return await this.#once<T>(call, signal);
      } catch (error) {
        const e = error as BackendError;
        const backoff = retryDelay * 2 ** attempt * (0.5 + Math.random() / 2);
        if (!call.idem || attempt >= retries || e.code == 'aborted') throw e;
        if (e.code == 'rate-limited') {
          if (e.retryAfter! > maxRetryAfter) throw e;
          wait = e.retryAfter == null ? backoff : e.retryAfter * 1000;
        } else if (e.code == 'network' || e.code == 'timeout' || [502, 503, 504].includes(e.status!)) wait = backoff;
        else throw e;
      }
      await sleep(wait, signal);
      if (signal?.aborted) throw abortError(signal.reason);
    }
  }

  async #once<T>(call: Call, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw abortError(signal.reason);
    const o = this.#o;
    const timeout = o.timeout ?? 30000;
    const controller = new AbortController();
    const abort = () => controller.abort(signal!.reason);
    let timedOut = false;
    const timer = timeout && setTimeout(() => ((timedOut = true), controller.abort()), timeout);
    signal?.addEventListener('abort', abort);
    try {
      const headers = new Headers(typeof o.headers == 'function' ? await o.headers() : o.headers);
      headers.set('accept', 'application/json');
      let body = call.body as BodyInit | undefined;
      if (body && !(body instanceof FormData)) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(body);
      }
      if (call.key) headers.set('idempotency-key', call.key);
      let response: Response;
      let text: string;
      try {
        response = await (o.fetch ?? fetch)(this.#base + call.path, {
          method: call.method ?? 'GET',
          headers,
          body,
          credentials: o.credentials ?? 'same-origin',
          signal: controller.signal,
        });
        text = await response.text();
      } catch (cause) {
        throw new BackendError(signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'network', undefined, { cause });
      }
      const status = response.status;
      let data: any;
      try {
        data = text ? JSON.parse(text) : undefined;
      } catch (cause) {
        if (response.ok) throw new BackendError('protocol', 'The answer is not JSON', { status, cause });
      }
      if (!response.ok) {
        const b = data && typeof data == 'object' ? data : {};
        const errors = Array.isArray(b.errors)
          ? (b.errors as FieldError[]).filter((e) => fits(e, 'path:s code:s'))
          : undefined;
        throw new BackendError(codeFor(status, b.code), b.message || `HTTP ${status}`, {
          status,
          retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? (+b.retryAfter >= 0 ? +b.retryAfter : undefined),
          errors,
          attemptsLeft: b.attemptsLeft,
          serverCode: b.code,
        });
      }
      if (!fits(data, call.shape)) throw new BackendError('protocol', 'Unexpected answer', { status });
      return data as T;
    } finally {
      clearTimeout(timer as number);
      signal?.removeEventListener('abort', abort);
    }
  }
}
