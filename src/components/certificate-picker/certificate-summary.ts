import { ROLE_OIDS, type CertificateRole } from '../../ncalayer/oids.js';
import { formatPersonName } from '../../model/person-name.js';

/**
 * Pure functions over a read certificate: what the picker shows and what it refuses.
 * No lit, no DOM, no strings for people (those are in `messages.ts`).
 */

/** Which certificates the picker accepts: any, a natural person's, or an organisation's. */
export type SubjectFilter = 'any' | 'individual' | 'legal-entity';

/** What the chosen key is for: logging in (authentication) or signing documents. */
export type Purpose = 'authentication' | 'signing';

/** The part of a certificate the summary needs; `CertificateInfo` fits it. */
export interface SummarySource {
  surname?: string | null;
  givenName?: string | null;
  patronymic?: string | null;
  commonName?: string | null;
  subjectKind?: 'individual' | 'legal-entity';
  notBefore: Date | string | number;
  notAfter: Date | string | number;
}

/** Days before expiry from which the picker warns. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

/**
 * The roles worth showing, each once, in `ROLE_OIDS` order. The generic "legal entity" role is
 * dropped when a more precise one (first head, employee…) says more.
 */
export function displayRoles(roles: readonly CertificateRole[] | undefined): CertificateRole[] {
  const found = new Set(roles ?? []);
  const ordered = (Object.keys(ROLE_OIDS) as CertificateRole[]).filter((role) => found.has(role));
  const precise = ordered.some((role) => role !== 'legal-entity' && role !== 'individual');
  return precise ? ordered.filter((role) => role !== 'legal-entity') : ordered;
}

/**
 * The owner as the picker names them: surname, first name, patronymic as the certificate
 * writes them (`formatPersonName`, the rule the forms follow too); the common name when the
 * parts are missing.
 */
export function ownerName(certificate: SummarySource): string {
  return formatPersonName(certificate) || (certificate.commonName?.trim() ?? '');
}

export function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

export type Validity =
  | { status: 'not-yet-valid'; daysLeft: number }
  | { status: 'expired'; daysLeft: number }
  | { status: 'expiring'; daysLeft: number }
  | { status: 'valid'; daysLeft: number };

/**
 * Where `now` falls in the certificate's validity. `daysLeft` counts calendar days in local time
 * (0 on the last day, 1 the day before), for "expires tomorrow" style text.
 */
export function validity(certificate: SummarySource, now: Date = new Date()): Validity {
  const from = toDate(certificate.notBefore).getTime();
  const end = toDate(certificate.notAfter);
  const to = end.getTime();
  const time = now.getTime();
  const midnight = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const daysLeft = Number.isFinite(to) ? Math.max(0, Math.round((midnight(end) - midnight(now)) / DAY)) : 0;
  if (Number.isFinite(from) && time < from) return { status: 'not-yet-valid', daysLeft };
  if (!Number.isFinite(to) || time > to) return { status: 'expired', daysLeft: 0 };
  return { status: to - time <= EXPIRY_WARNING_DAYS * DAY ? 'expiring' : 'valid', daysLeft };
}

/** `true` when the certificate is of the kind the picker was asked for. */
export function matchesSubject(certificate: SummarySource, subject: SubjectFilter): boolean {
  if (subject === 'any') return true;
  return certificate.subjectKind === subject;
}

/** `any` for anything the attribute does not know, so a typo never locks users out. */
export function parseSubject(value: string | null | undefined): SubjectFilter {
  return value === 'individual' || value === 'legal-entity' ? value : 'any';
}

export function parsePurpose(value: string | null | undefined): Purpose {
  return value === 'signing' ? 'signing' : 'authentication';
}

/** 32 random bytes in base64: the nonce signed when the host gives no backend. */
export function randomNonce(bytes = 32): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let binary = '';
  for (const byte of buffer) binary += String.fromCharCode(byte);
  return btoa(binary);
}
