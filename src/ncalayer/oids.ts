/** Extended key usage OIDs that tell an authentication key from a signing key (research §8.2). */
export const PURPOSE_OIDS = {
  authentication: '1.3.6.1.5.5.7.3.2', // clientAuth: AUTH_RSA256_… / authentication keys
  signing: '1.3.6.1.5.5.7.3.4', // emailProtection: RSA256_… / GOST… signing keys
} as const;

export type KeyPurpose = keyof typeof PURPOSE_OIDS;

/**
 * NCA subject roles. They live in the extended key usage, not in the certificate policies.
 * Order 383/НҚ of 13.10.2020; research/ncalayer.md §8.2.
 */
export const ROLE_OIDS = {
  individual: '1.2.398.3.3.4.1.1',
  'individual-information-system': '1.2.398.3.3.4.1.1.1',
  'legal-entity': '1.2.398.3.3.4.1.2',
  'first-head': '1.2.398.3.3.4.1.2.1',
  signer: '1.2.398.3.3.4.1.2.2',
  'financial-signer': '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
  'legal-entity-information-system': '1.2.398.3.3.4.1.2.6',
} as const;

export type CertificateRole = keyof typeof ROLE_OIDS;

const ROLE_BY_OID = new Map<string, CertificateRole>(Object.entries(ROLE_OIDS).map(([role, oid]) => [oid, role as CertificateRole]));

export function roleOf(oid: string): CertificateRole | undefined {
  return ROLE_BY_OID.get(oid);
}
