/**
 * msw 2 handlers for the backend contract (docs/openapi.yaml), with in-memory state, so stories,
 * the demo page and tests meet every answer a real server gives.
 *
 * Magic values (see ./data.ts):
 * - e-mail code: `123456` confirms; `000000` is expired; any other code is wrong (5 attempts,
 *   then `too-many-attempts`); every code sent to `expired@example.kz` has expired; asking for a
 *   new code within 60 s answers 429 with `Retry-After`; `taken@example.kz` is already a login
 *   (409 `user-exists`).
 * - certificate: IIN `880520400124` is a registered user (409 `user-exists`); a certificate whose
 *   BIN is `170640001230` belongs to a registered organisation (`organisationRegistered: true`).
 * - register: BINs `150340000129` (the ordinary case), `170640001230` (registered),
 *   `190751000349`, `211152000561`, `200560000781`, `180263000909`, and the entrepreneur IIN
 *   `051231600027` (the emulator's entrepreneur keys); any other valid number is 404, a malformed one 422.
 * - invitations: `demo-invitation`, `nonresident-invitation` (valid), `expired-invitation` (410),
 *   anything else 404.
 * - submission: a company name containing `REJECT` answers 422 `registry-mismatch` on
 *   `company.name`; a wrong IIN/BIN check digit 422 `iin-checksum` / `bin-checksum`; an unconfirmed e-mail 422
 *   `email-not-verified`; BIN `170640001230` 409 `organisation-exists`; a registered IIN or e-mail
 *   409 `user-exists`. A repeated `Idempotency-Key` returns the first answer.
 * An `agreementSignature` part that is no readable signature answers 422 on `agreementSignature`.
 * A payload that holds a password or a code anywhere answers 400: secrets travel only in the
 * unsigned `credentials` part; with `requirePassword`, a submission without one is a 422 on
 * `credentials.password`.
 * Signatures: a real CMS (base64 DER, content attached), verified cryptographically (RSA, as the
 * emulator signs) over the exact payload bytes, or a `mockSignature(data, subject)` stand-in;
 * a PEM-armoured, detached, tampered or other-content CMS is a 422 `signature-invalid`.
 */
import { delay, http, HttpResponse, type DelayMode, type HttpHandler } from 'msw';
import type {
  CertificateOutcome,
  ErrorBody,
  FieldError,
  Organisation,
  RegistrationCredentials,
} from '../../src/backend/index.js';
import {
  DEMO_EMAIL_CODE,
  EXISTING_EMAIL,
  EXISTING_IIN,
  EXPIRED_CODE_EMAIL,
  EXPIRED_EMAIL_CODE,
  invitation,
  REGISTERED_BIN,
  REGISTRY,
  REJECTED_NAME_MARK,
  validId,
} from './data.js';
import { isMockSignature, readSignature, signs } from './signature.js';
import { verifyCms } from './verify-cms.js';

export interface ReceivedRegistration {
  /** The `payload` part as sent. */
  payloadText: string;
  /** The parsed payload, or `undefined` when it was not JSON. */
  payload: any;
  /** File parts by slot (`documents[<slot>]`). */
  documents: Record<string, File[]>;
  signature: string;
  /** The `agreementSignature` part (CMS over the user agreement's text), when sent. */
  agreementSignature?: string;
  /** The unsigned `credentials` part (password, e-mail code), when sent. */
  credentials?: RegistrationCredentials;
  idempotencyKey: string | null;
}

export interface BackendMockOptions {
  /** Where the contract is mounted; default `/api`. May be absolute (`https://portal.example.kz/api`). */
  apiBase?: string;
  /** Milliseconds before each answer, or msw's `real` (100–400 ms, the default) or `infinite`. */
  latency?: number | DelayMode;
  /** Seconds between two codes to one address; default 60. */
  resendAfter?: number;
  /** Lifetime of an e-mail code in seconds; default 600. */
  codeTtl?: number;
  /** Wrong codes allowed per code; default 5. */
  maxAttempts?: number;
  /** Lifetime of a challenge in seconds; default 300. */
  challengeTtl?: number;
  /** The portal uses passwords (seed 001): a submission without `credentials.password` is a 422. */
  requirePassword?: boolean;
  /** A submission must use a confirmed e-mail; default true. */
  requireVerifiedEmail?: boolean;
  /** Every n-th request answers 429 with `Retry-After: rateLimitRetryAfter`. */
  rateLimitEvery?: number;
  /** Seconds; default 1. */
  rateLimitRetryAfter?: number;
  /** Every request answers 503. */
  unavailable?: boolean;
  /** Every certificate and submission belongs to a registered user. */
  everyUserExists?: boolean;
  /** Every organisation is registered already. */
  everyOrganisationRegistered?: boolean;
  /** Field errors every submission is refused with (422). */
  rejectSubmission?: FieldError[];
  /** Called with each submission as it arrived, before it is checked. */
  onRegistration?: (received: ReceivedRegistration) => void;
  /**
   * Where the mock keeps what a real server remembers across the visitor's page loads: confirmed
   * e-mails, registered users and logins (the demo gives `sessionStorage`, so that a reload in the
   * middle of a registration meets the same backend). Without it, in memory: each set of handlers
   * starts afresh, as tests want.
   */
  remember?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** A set of strings that `storage` keeps under `key` as it grows; in memory alone without one. */
class RememberedSet extends Set<string> {
  constructor(
    private readonly storage: BackendMockOptions['remember'],
    private readonly key: string,
    initial: Iterable<string>,
  ) {
    super();
    const saved = storage?.getItem(key);
    for (const value of saved ? (JSON.parse(saved) as string[]) : initial) super.add(value);
  }

  override add(value: string): this {
    super.add(value);
    this.storage?.setItem(this.key, JSON.stringify([...this]));
    return this;
  }
}

interface EmailCode {
  code: string;
  sentAt: number;
  expiresAt: number;
  attempts: number;
}

const MESSAGES: Record<string, string> = {
  'bad-request': 'The request is malformed.',
  'not-found': 'Not found.',
  validation: 'Some fields are invalid.',
  'rate-limited': 'Too many requests; try again later.',
  'user-exists': 'This user already exists.',
  'organisation-exists': 'This organisation is already registered; contact the operator.',
  'code-invalid': 'The confirmation code is wrong.',
  'code-expired': 'The confirmation code has expired; request a new one.',
  'too-many-attempts': 'Too many wrong codes; request a new one.',
  'challenge-expired': 'The challenge expired or was used; sign a new one.',
  'signature-invalid': 'The signature could not be verified.',
  'invitation-expired': 'The invitation has expired.',
  server: 'The service is unavailable.',
};

export const errorResponse = (status: number, code: string, extra: Partial<ErrorBody> = {}, headers?: HeadersInit) =>
  HttpResponse.json({ code, message: MESSAGES[code] ?? code, ...extra } satisfies ErrorBody, { status, headers });

const invalid = (errors: FieldError[]) => errorResponse(422, 'validation', { errors });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** YYYY-MM-DD from an IIN's digits 1–7. */
const birthDate = (iin: string): string | undefined => {
  const century = [0, 1800, 1800, 1900, 1900, 2000, 2000][+iin[6]];
  return century ? `${century + +iin.slice(0, 2)}-${iin.slice(2, 4)}-${iin.slice(4, 6)}` : undefined;
};

async function json(request: Request): Promise<any> {
  try {
    const body = await request.json();
    return body && typeof body == 'object' ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the mock refuses a signature, or `undefined`: a real CMS must be what the contract says
 * (base64 DER, content attached) and verify cryptographically over `text`'s UTF-8 bytes, when a
 * text is given; `mockSignature()` stand-ins are read as they are.
 */
async function signatureProblem(signature: string, text?: string): Promise<string | undefined> {
  const read = readSignature(signature);
  if (read && isMockSignature(signature)) return text === undefined || signs(read, text) ? undefined : 'other-content';
  const verified = await verifyCms(signature);
  if ('problem' in verified) return verified.problem;
  return text === undefined || equalBytes(verified.content, new TextEncoder().encode(text)) ? undefined : 'other-content';
}

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length == b.length && a.every((x, i) => x == b[i]);

/** Keys that name a secret: none may appear anywhere in a signed payload. */
const SECRET_KEY = /^(password|passwordRepeat|emailCode|credentials)$/i;

const holdsSecret = (value: unknown): boolean =>
  !!value && typeof value == 'object' && Object.entries(value).some(([key, v]) => SECRET_KEY.test(key) || holdsSecret(v));

/** The `credentials` part: `undefined` when absent, `null` when it is not the documented JSON. */
async function credentialsPart(part: FormDataEntryValue | null): Promise<RegistrationCredentials | null | undefined> {
  if (part === null) return undefined;
  try {
    const value = JSON.parse(typeof part == 'string' ? part : await part.text());
    const fields = value && typeof value == 'object' ? Object.entries(value) : [];
    if (!fields.length || fields.some(([k, v]) => !['password', 'emailCode'].includes(k) || typeof v != 'string')) return null;
    return value as RegistrationCredentials;
  } catch {
    return null;
  }
}

/** Handlers for one in-memory backend; each call starts from a fresh state. */
export function createBackendHandlers(options: BackendMockOptions = {}): HttpHandler[] {
  const {
    apiBase = '/api',
    latency = 'real',
    resendAfter = 60,
    codeTtl = 600,
    maxAttempts = 5,
    challengeTtl = 300,
    requireVerifiedEmail = true,
    rateLimitRetryAfter = 1,
  } = options;
  const base = apiBase.replace(/\/+$/, '');
  const challenges = new Map<string, number>();
  const codes = new Map<string, EmailCode>();
  const verified = new RememberedSet(options.remember, 'tirkeu-mock:verified', []);
  const users = new RememberedSet(options.remember, 'tirkeu-mock:users', [EXISTING_IIN]);
  const logins = new RememberedSet(options.remember, 'tirkeu-mock:logins', [EXISTING_EMAIL]);
  const registeredOrganisations = new Set([REGISTERED_BIN]);
  const answered = new Map<string, { status: number; body: unknown }>();
  let requests = 0;
  let registrations = 0;

  const organisation = (bin: string): Organisation | undefined => {
    const entry = REGISTRY.get(bin);
    return entry && {
      ...entry,
      registered: !!options.everyOrganisationRegistered || registeredOrganisations.has(bin),
    };
  };

  /** Latency, outage and rate limit around every handler. */
  const wrap =
    <A extends { request: Request }>(resolve: (info: A) => Promise<Response> | Response) =>
    async (info: A): Promise<Response> => {
      if (latency) await delay(latency as number);
      if (options.unavailable) return errorResponse(503, 'server');
      if (options.rateLimitEvery && ++requests % options.rateLimitEvery == 0)
        return errorResponse(429, 'rate-limited', { retryAfter: rateLimitRetryAfter }, { 'Retry-After': String(rateLimitRetryAfter) });
      return resolve(info);
    };

  return [
    http.post(
      `${base}/auth/challenge`,
      wrap(() => {
        const bytes = crypto.getRandomValues(new Uint8Array(32));
        const challenge = btoa(String.fromCharCode(...bytes));
        const expiresAt = Date.now() + challengeTtl * 1000;
        challenges.set(challenge, expiresAt);
        return HttpResponse.json({ challenge, expiresAt: new Date(expiresAt).toISOString() });
      }),
    ),

    http.post(
      `${base}/auth/certificate`,
      wrap(async ({ request }) => {
        const body = await json(request);
        if (typeof body?.signature != 'string' || !['cms', 'xml'].includes(body.format)) return errorResponse(400, 'bad-request');
        const read = body.format == 'cms' ? readSignature(body.signature) : undefined;
        if (!read || (await signatureProblem(body.signature))) return errorResponse(422, 'signature-invalid');
        const challenge = [...challenges.keys()].find((c) => signs(read, c));
        if (!challenge || challenges.get(challenge)! < Date.now()) return errorResponse(410, 'challenge-expired');
        if (!body.checkOnly) challenges.delete(challenge);
        const { subject } = read;
        const iin = subject.iin;
        if (!iin || !validId(iin)) return errorResponse(422, 'signature-invalid', { message: 'The certificate carries no valid IIN.' });
        if (options.everyUserExists || users.has(iin)) return errorResponse(409, 'user-exists');
        const org = subject.bin ? organisation(subject.bin) : undefined;
        const outcome: CertificateOutcome = {
          outcome: 'new-user',
          organisationRegistered: !!org?.registered,
          user: {
            iin,
            surname: subject.surname ?? '',
            name: subject.name ?? '',
            ...(subject.patronymic && { patronymic: subject.patronymic }),
            ...(birthDate(iin) && { birthDate: birthDate(iin) }),
            ...(subject.email && { email: subject.email }),
          },
          ...(org && { organisation: org }),
        };
        return HttpResponse.json(outcome);
      }),
    ),

    http.post(
      `${base}/email/code`,
      wrap(async ({ request }) => {
        const body = await json(request);
        const email = typeof body?.email == 'string' ? body.email.trim().toLowerCase() : undefined;
        if (email == null) return errorResponse(400, 'bad-request');
        if (!EMAIL.test(email)) return invalid([{ path: 'email', code: 'email-format' }]);
        if (logins.has(email)) return errorResponse(409, 'user-exists');
        const now = Date.now();
        const previous = codes.get(email);
        if (previous && now < previous.sentAt + resendAfter * 1000) {
          const wait = Math.ceil((previous.sentAt + resendAfter * 1000 - now) / 1000);
          return errorResponse(429, 'rate-limited', { retryAfter: wait }, { 'Retry-After': String(wait) });
        }
        const expiresAt = email == EXPIRED_CODE_EMAIL ? now : now + codeTtl * 1000;
        codes.set(email, { code: DEMO_EMAIL_CODE, sentAt: now, expiresAt, attempts: 0 });
        return HttpResponse.json({ resendAfter, expiresAt: new Date(expiresAt).toISOString() }, { status: 202 });
      }),
    ),

    http.post(
      `${base}/email/verify`,
      wrap(async ({ request }) => {
        const body = await json(request);
        if (typeof body?.email != 'string' || typeof body.code != 'string') return errorResponse(400, 'bad-request');
        const email = body.email.trim().toLowerCase();
        const sent = codes.get(email);
        if (!sent || sent.expiresAt <= Date.now() || body.code == EXPIRED_EMAIL_CODE) return errorResponse(410, 'code-expired');
        if (body.code != sent.code) {
          const attemptsLeft = maxAttempts - ++sent.attempts;
          if (attemptsLeft > 0) return errorResponse(422, 'code-invalid', { attemptsLeft });
          sent.expiresAt = 0;
          return errorResponse(429, 'too-many-attempts');
        }
        codes.delete(email);
        verified.add(email);
        return HttpResponse.json({ verified: true });
      }),
    ),

    http.get(
      `${base}/organisations/:bin`,
      wrap(({ params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
        const bin = String(params.bin);
        if (!/^\d{12}$/.test(bin)) return invalid([{ path: 'bin', code: 'bin-format' }]);
        if (!validId(bin)) return invalid([{ path: 'bin', code: 'bin-checksum' }]);
        const org = organisation(bin);
        return org ? HttpResponse.json(org) : errorResponse(404, 'not-found');
      }),
    ),

    http.get(
      `${base}/invitations/:token`,
      wrap(({ params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
        const found = invitation(String(params.token));
        return found == 'expired'
          ? errorResponse(410, 'invitation-expired')
          : found
            ? HttpResponse.json(found)
            : errorResponse(404, 'not-found');
      }),
    ),

    http.post(
      `${base}/registrations`,
      wrap(async ({ request }) => {
        const key = request.headers.get('idempotency-key');
        const earlier = key ? answered.get(key) : undefined;
        if (earlier) return HttpResponse.json(earlier.body as object, { status: earlier.status });
        const answer = async (): Promise<{ status: number; body: unknown }> => {
          let form: FormData;
          try {
            form = await request.formData();
          } catch {
            return { status: 400, body: { code: 'bad-request', message: MESSAGES['bad-request'] } };
          }
          const part = form.get('payload');
          const payloadText = typeof part == 'string' ? part : part ? await part.text() : '';
          const signature = String(form.get('signature') ?? '');
          const agreementPart = form.get('agreementSignature');
          const agreementSignature = typeof agreementPart == 'string' ? agreementPart : undefined;
          const documents: Record<string, File[]> = {};
          for (const [name, value] of form) {
            const slot = /^documents\[(.+)\]$/.exec(name)?.[1];
            if (slot && typeof value != 'string') (documents[slot] ??= []).push(value);
          }
          let payload: any;
          try {
            payload = JSON.parse(payloadText);
          } catch {
            payload = undefined;
          }
          const credentials = await credentialsPart(form.get('credentials'));
          options.onRegistration?.({
            payloadText,
            payload,
            documents,
            signature,
            ...(agreementSignature !== undefined && { agreementSignature }),
            ...(credentials && { credentials }),
            idempotencyKey: key,
          });
          const fail = (status: number, code: string, extra: Partial<ErrorBody> = {}) => ({
            status,
            body: { code, message: MESSAGES[code] ?? code, ...extra },
          });
          if (!payload || typeof payload != 'object' || !signature || credentials === null) return fail(400, 'bad-request');
          // A secret inside the signed application would be kept with it for ever: refuse it.
          if (holdsSecret(payload))
            return fail(400, 'bad-request', { message: 'Passwords and codes belong in the credentials part, not in the signed payload.' });
          const read = readSignature(signature);
          const user = payload.user ?? {};
          const company = payload.company;
          const resident = payload.kind == 'resident';
          const problem = await signatureProblem(signature, payloadText);
          if (problem || !read || (resident && read.subject.iin && read.subject.iin != user.iin))
            return fail(422, 'signature-invalid', problem ? { message: `The signature is refused: ${problem}.` } : {});
          if (agreementSignature !== undefined && (!readSignature(agreementSignature) || (await signatureProblem(agreementSignature))))
            return fail(422, 'validation', { errors: [{ path: 'agreementSignature', code: 'signature-invalid' }] });

          const errors: FieldError[] = [...(options.rejectSubmission ?? [])];
          if (options.requirePassword && !credentials?.password) errors.push({ path: 'credentials.password', code: 'required' });
          const email = typeof user.email == 'string' ? user.email.trim().toLowerCase() : '';
          if (!['resident', 'non-resident'].includes(payload.kind)) errors.push({ path: 'kind', code: 'required' });
          if (!EMAIL.test(email)) errors.push({ path: 'user.email', code: email ? 'email-format' : 'required' });
          else if (requireVerifiedEmail && !verified.has(email) && !logins.has(email))
            errors.push({ path: 'user.email', code: 'email-not-verified' });
          if (resident && !validId(String(user.iin ?? ''))) errors.push({ path: 'user.iin', code: 'iin-checksum' });
          const idNumber = resident ? company?.idNumber : undefined;
          if (idNumber != null && !validId(String(idNumber)))
            errors.push({ path: 'company.idNumber', code: /^\d\d\d\d[456]/.test(String(idNumber)) ? 'bin-checksum' : 'iin-checksum' });
          if (String(company?.name ?? '').toUpperCase().includes(REJECTED_NAME_MARK))
            errors.push({ path: 'company.name', code: 'registry-mismatch', message: 'The register knows no organisation by this name.' });
          const manifest: Array<{ slot?: string; sha256?: string }> = Array.isArray(payload.documents) ? payload.documents : [];
          // Every manifest entry names a part of its slot with exactly its bytes, and every part is in the manifest.
          const hashes = await partHashes(documents);
          manifest.forEach((entry, i) => {
            if (!entry?.slot || !documents[entry.slot]?.length) errors.push({ path: `documents.${i}`, code: 'document-missing' });
            else if (!hashes[entry.slot]!.includes(String(entry.sha256))) errors.push({ path: `documents.${i}`, code: 'document-mismatch' });
          });
          for (const [slot, list] of Object.entries(hashes)) {
            for (const hash of list) {
              if (!manifest.some((entry) => entry?.slot === slot && entry.sha256 === hash)) errors.push({ path: 'documents', code: 'document-unlisted' });
            }
          }
          if (errors.length) return fail(422, 'validation', { errors });

          if (options.everyUserExists || logins.has(email) || (user.iin && users.has(user.iin))) return fail(409, 'user-exists');
          if (idNumber && (options.everyOrganisationRegistered || registeredOrganisations.has(idNumber)))
            return fail(409, 'organisation-exists');

          if (user.iin) users.add(user.iin);
          logins.add(email);
          const id = `REG-${new Date().getFullYear()}-${String(++registrations).padStart(6, '0')}`;
          return { status: 201, body: { id, status: 'moderation' } };
        };
        const result = await answer();
        if (key) answered.set(key, result);
        return HttpResponse.json(result.body as object, { status: result.status });
      }),
    ),
  ];
}

/**
 * Ready-made scenarios, each a fresh backend at `/api` (read a property once per story or test):
 * `default`, `fast` (no latency, for tests), `slow` (3 s per answer), `userExists` (every
 * certificate and submission: 409 `user-exists`), `companyExists` (every organisation is
 * registered: `organisationRegistered: true`, submissions with a company 409
 * `organisation-exists`), `serverValidation` (every submission 422 with field errors),
 * `rateLimited` (every second request 429, `Retry-After: 2`), `unavailable` (every request 503),
 * `pending` (no answer ever: loading states).
 */
export const handlers = {
  get default() {
    return createBackendHandlers();
  },
  get fast() {
    return createBackendHandlers({ latency: 0 });
  },
  get slow() {
    return createBackendHandlers({ latency: 3000 });
  },
  get userExists() {
    return createBackendHandlers({ everyUserExists: true });
  },
  get companyExists() {
    return createBackendHandlers({ everyOrganisationRegistered: true });
  },
  get serverValidation() {
    return createBackendHandlers({
      rejectSubmission: [
        { path: 'company.name', code: 'registry-mismatch', message: 'The register knows no organisation by this name.' },
        { path: 'bankAccounts.0.iban', code: 'iban-checksum' },
        { path: 'user.phone', code: 'phone-kz-mobile' },
      ],
    });
  },
  get rateLimited() {
    return createBackendHandlers({ rateLimitEvery: 2, rateLimitRetryAfter: 2 });
  },
  get unavailable() {
    return createBackendHandlers({ unavailable: true });
  },
  get pending() {
    return createBackendHandlers({ latency: 'infinite' });
  },
};

export type ScenarioName = keyof typeof handlers;

/** SHA-256 (hex) of each file part, by slot. */
async function partHashes(documents: Record<string, File[]>): Promise<Record<string, string[]>> {
  const hashes: Record<string, string[]> = {};
  for (const [slot, files] of Object.entries(documents)) {
    hashes[slot] = await Promise.all(
      files.map(async (file) =>
        Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer())), (b) => b.toString(16).padStart(2, '0')).join(''),
      ),
    );
  }
  return hashes;
}
