import type { FieldError } from './types.js';

/** Stable codes of `BackendError`. Codes the server sends are kept when they are in this list. */
export type BackendErrorCode =
  /** No answer: offline, DNS, CORS, connection reset. */
  | 'network'
  /** No answer within `HttpBackend`'s `timeout`. */
  | 'timeout'
  /** The caller's `AbortSignal` fired. */
  | 'aborted'
  /** An answer that is not the documented JSON. */
  | 'protocol'
  /** 5xx. */
  | 'server'
  /** 429; see `retryAfter`. */
  | 'rate-limited'
  /** 400 or another 4xx without a more precise code. */
  | 'bad-request'
  /** 401 / 403: the host's session is missing or expired. */
  | 'unauthorized'
  | 'not-found'
  /** 422; see `fieldErrors`. */
  | 'validation'
  | 'user-exists'
  | 'organisation-exists'
  | 'code-invalid'
  | 'code-expired'
  | 'too-many-attempts'
  | 'challenge-expired'
  | 'signature-invalid'
  | 'invitation-expired';

const SERVER_CODES = new Set<string>([
  'rate-limited', 'bad-request', 'unauthorized', 'not-found', 'validation', 'user-exists',
  'organisation-exists', 'code-invalid', 'code-expired', 'too-many-attempts', 'challenge-expired',
  'signature-invalid', 'invitation-expired', 'server',
]);

export interface BackendErrorInit {
  status?: number;
  retryAfter?: number;
  errors?: FieldError[];
  attemptsLeft?: number;
  /** The code the server sent, even one this version does not know. */
  serverCode?: string;
  cause?: unknown;
}

/** Every failure of a backend call. Nothing is swallowed: `cause` holds the underlying error. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly code: BackendErrorCode;
  /** HTTP status, when there was an answer. */
  readonly status?: number;
  /** Seconds to wait before trying again (from `Retry-After` or the body). */
  readonly retryAfter?: number;
  /** 422: the server's field errors as sent. */
  readonly errors: FieldError[];
  /** 422: field path → error code, e.g. `{ 'company.idNumber': 'bin-checksum' }`. */
  readonly fieldErrors: Record<string, string>;
  readonly attemptsLeft?: number;
  readonly serverCode?: string;

  constructor(code: BackendErrorCode, message?: string, init: BackendErrorInit = {}) {
    super(message || code, { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.errors = init.errors ?? [];
    this.fieldErrors = {};
    for (const e of this.errors) this.fieldErrors[e.path] ??= e.code;
    this.attemptsLeft = init.attemptsLeft;
    this.serverCode = init.serverCode;
  }
}

/**
 * `true` when `error` is a `BackendError` (with one of `codes`, when given). Recognised by its
 * `name` and `code`, not by class: a backend made by another copy of the library (the npm build
 * and the CDN bundle on one page) throws another copy's class.
 */
export const isBackendError = (error: unknown, ...codes: BackendErrorCode[]): error is BackendError =>
  typeof error == 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === 'BackendError' &&
  typeof (error as { code?: unknown }).code == 'string' &&
  (!codes.length || codes.includes((error as BackendError).code));

/** The code for an answer with `status` whose body said `serverCode`. */
export const codeFor = (status: number, serverCode?: string): BackendErrorCode =>
  serverCode && SERVER_CODES.has(serverCode)
    ? (serverCode as BackendErrorCode)
    : status == 401 || status == 403
      ? 'unauthorized'
      : status == 404 || status == 410
        ? 'not-found'
        : status == 422
          ? 'validation'
          : status == 429
            ? 'rate-limited'
            : status >= 500
              ? 'server'
              : 'bad-request';
