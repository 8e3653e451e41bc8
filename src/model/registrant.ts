/** Who registers: the two paths of the flow and the legal statuses that shape fields and documents. */

export const REGISTRANT_KINDS = ['resident', 'non-resident'] as const;
export type RegistrantKind = (typeof REGISTRANT_KINDS)[number];

/** Seed 002: legal entity, individual entrepreneur, natural person (non-resident is the path). */
export const LEGAL_STATUSES = ['legal-entity', 'individual-entrepreneur', 'natural-person'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export function isLegalStatus(value: unknown): value is LegalStatus {
  return typeof value === 'string' && (LEGAL_STATUSES as readonly string[]).includes(value);
}
