// Wire types of the REST contract (docs/openapi.yaml). Types only: nothing here reaches a bundle.
import type { RegistrationPayload } from '../model/index.js';

export type { RegistrationPayload };

/** Options every backend call accepts. */
export interface RequestOptions {
  /** Aborting rejects the call with a `BackendError` whose code is `aborted`. */
  signal?: AbortSignal;
}

/** A nonce to sign with the authentication key. */
export interface Challenge {
  /** Base64 of the random bytes to sign. */
  challenge: string;
  /** ISO 8601 instant after which the server refuses a signature over this nonce. */
  expiresAt: string;
}

export type SignatureFormat = 'cms' | 'xml';

export interface CertificatePresentation {
  /** CMS (base64 DER, attached) over the challenge, or signed XML when `format` is `xml`. */
  signature: string;
  format: SignatureFormat;
  /**
   * Only report what the certificate would lead to; the challenge is not used up and no
   * registration is started. Safe to repeat.
   */
  checkOnly?: boolean;
}

/** The user's fields the server read from the certificate. */
export interface UserPrefill {
  iin: string;
  surname: string;
  name: string;
  patronymic?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  email?: string;
}

/** As in the domain model; a non-resident is told apart by the registration's `kind`. */
export type LegalStatus = 'legal-entity' | 'individual-entrepreneur' | 'natural-person';

export interface LocalisedText {
  kk: string;
  ru: string;
  en?: string;
}

/** What the state business register holds on an organisation, as the backend reports it. */
export interface Organisation {
  bin: string;
  /** The organisation already has an account on the portal: only the personal part is needed. */
  registered: boolean;
  /** Full name without the ownership form. */
  name: LocalisedText;
  /** Ownership form as registered, e.g. "ТОО" / "ЖШС". */
  legalForm?: LocalisedText;
  legalStatus: LegalStatus;
  /** YYYY-MM-DD. */
  registrationDate: string;
  /** Number of the state registration document. */
  registrationNumber: string;
  registeringAuthority: LocalisedText;
  /** ISO 3166-1 alpha-2. */
  country: string;
  legalAddress: string;
  head: { fullName: string; position?: LocalisedText };
  email?: string;
}

/** What the certificate leads to when the user may register (an existing user is a 409). */
export interface CertificateOutcome {
  outcome: 'new-user';
  /** The certificate's organisation is already registered: only the personal part is needed. */
  organisationRegistered: boolean;
  user: UserPrefill;
  /** Registry data, when the certificate carries a BIN the register knows. */
  organisation?: Organisation;
}

export interface EmailCodeRequest {
  email: string;
  /** Language of the e-mail. */
  locale?: 'kk' | 'ru' | 'en';
}

export interface EmailCodeSent {
  /** Seconds before another code may be requested. */
  resendAfter: number;
  /** ISO 8601 instant after which the code is refused. */
  expiresAt: string;
}

export interface EmailVerification {
  email: string;
  code: string;
}

export interface EmailVerified {
  verified: true;
}

export interface Invitation {
  token: string;
  expiresAt: string;
  kind?: 'resident' | 'non-resident';
  invitedBy?: string;
  /** Fields to show prefilled; the user checks them. */
  prefill: {
    user?: Partial<Pick<UserPrefill, 'surname' | 'name' | 'patronymic' | 'email'>> & { phone?: string };
    company?: {
      /** Residents: BIN, or the entrepreneur's IIN. */
      idNumber?: string;
      /** Non-residents: the home country's registration or tax number. */
      identifier?: string;
      name?: string;
      country?: string;
      email?: string;
      phone?: string;
      legalStatus?: LegalStatus;
    };
  };
}

/** What `submitRegistration` sends; the payload is the domain model's `RegistrationPayload`. */
export interface RegistrationSubmission<P = RegistrationPayload> {
  /**
   * The registration. A string is sent as it is: pass the exact text that was signed.
   * An object is serialised with `serializePayload`, which is what the signer must sign.
   */
  payload: P | string;
  /** Files by document slot id; a slot that takes several files gets an array. */
  documents?: Record<string, Blob | readonly Blob[]>;
  /** CMS (base64) over the UTF-8 bytes of the serialised payload. */
  signature: string;
  /**
   * CMS (base64, attached) over the UTF-8 bytes of the user agreement's text, made with the
   * signing key, where the portal asks for a signed agreement (seed 001).
   */
  agreementSignature?: string;
  /**
   * The secrets the registration is proven with, sent in their own unsigned part
   * (`credentials`): never inside the signed payload.
   */
  credentials?: RegistrationCredentials;
}

/**
 * What the user proves the registration with: the portal password (seed 001) and the e-mail
 * confirmation code. Sent only as the submit request's unsigned `credentials` part; never part
 * of the payload, an event, a value, a log or a draft.
 */
export interface RegistrationCredentials {
  password?: string;
  /** The code the e-mail confirmation sent (already checked by `verifyEmailCode`). */
  emailCode?: string;
}

export interface SubmitOptions extends RequestOptions {
  /**
   * Sent as `Idempotency-Key`. Reuse the same key when the user retries a submit whose answer
   * was lost: the server then returns the first answer instead of registering twice.
   */
  idempotencyKey?: string;
}

export interface RegistrationReceipt {
  id: string;
  status: 'moderation';
}

export interface FieldError {
  /** Dotted path into the payload, e.g. `company.idNumber`, `bankAccounts.0.iban`. */
  path: string;
  code: string;
  message?: string;
}

/** The error envelope of every non-2xx answer. */
export interface ErrorBody {
  code: string;
  message?: string;
  errors?: FieldError[];
  /** Seconds; mirrors `Retry-After` for clients that cannot read the header. */
  retryAfter?: number;
  /** `code-invalid`: attempts left for this code. */
  attemptsLeft?: number;
}

/** One method per operation of the contract. A host may pass its own implementation. */
export interface RegistrationBackend {
  /** `POST /auth/challenge`. Idempotent. */
  getChallenge(options?: RequestOptions): Promise<Challenge>;
  /** `POST /auth/certificate`. Throws `user-exists`, `challenge-expired`, `signature-invalid`. */
  presentCertificate(request: CertificatePresentation, options?: RequestOptions): Promise<CertificateOutcome>;
  /** `POST /email/code`. Throws `rate-limited` (with `retryAfter`), `user-exists`. */
  sendEmailCode(request: EmailCodeRequest, options?: RequestOptions): Promise<EmailCodeSent>;
  /** `POST /email/verify`. Throws `code-invalid`, `code-expired`, `too-many-attempts`. */
  verifyEmailCode(request: EmailVerification, options?: RequestOptions): Promise<EmailVerified>;
  /** `GET /organisations/{bin}`. Idempotent. Throws `not-found`. */
  lookupOrganisation(bin: string, options?: RequestOptions): Promise<Organisation>;
  /** `GET /invitations/{token}`. Idempotent. Throws `not-found`, `invitation-expired`. */
  resolveInvitation(token: string, options?: RequestOptions): Promise<Invitation>;
  /**
   * `POST /registrations`. Never retried automatically. Throws `user-exists`,
   * `organisation-exists`, `validation` (see `fieldErrors`), `rate-limited`.
   */
  submitRegistration(submission: RegistrationSubmission, options?: SubmitOptions): Promise<RegistrationReceipt>;
}
