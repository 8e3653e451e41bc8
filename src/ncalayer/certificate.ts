import type { CertificateRole, KeyPurpose } from './oids.js';

export type KeyUsageBit =
  | 'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'dataEncipherment' | 'keyAgreement'
  | 'keyCertSign' | 'cRLSign' | 'encipherOnly' | 'decipherOnly';

/**
 * What a page may show about an NCA certificate. Text values are exactly as in the certificate:
 * render them as text, never as HTML. Absent attributes are null.
 *
 * Dates are ISO 8601 strings in UTC (e.g. "2045-12-31T23:59:59.000Z"): they survive JSON (events,
 * drafts, postMessage) unchanged; use `new Date(info.notAfter)` to compute with them.
 */
export interface CertificateInfo {
  /** From SERIALNUMBER=IIN… */
  iin: string | null;
  /** From OU=BIN… (legal entities). */
  bin: string | null;
  surname: string | null;
  /** First name: the common name without the surname (G holds the patronymic, not this). */
  givenName: string | null;
  /** From G / GIVENNAME, which NCA uses for the patronymic (отчество). */
  patronymic: string | null;
  commonName: string | null;
  organisation: string | null;
  /** From E, or else the subjectAltName rfc822Name. */
  email: string | null;
  country: string | null;
  locality: string | null;
  /** ST / S. */
  region: string | null;
  /** Lower-case hex without leading zeros, as NCALayer's getKeyInfo reports it. */
  serialNumber: string;
  issuer: { commonName: string | null; organisation: string | null; country: string | null; dn: string };
  /** Comma-joined, certificate order, NCA keys (CN, SURNAME, SERIALNUMBER, C, L, S, O, OU, G, E). */
  subjectDn: string;
  notBefore: string;
  notAfter: string;
  /** 'RSA', 'EC', 'GOST 34.310-2004', 'GOST R 34.10-2015 256', 'GOST R 34.10-2015 512', or the OID. */
  keyAlgorithm: string;
  subjectKind: 'individual' | 'legal-entity';
  /** NCA roles from the extended key usage (research §8.2). */
  roles: CertificateRole[];
  keyUsage: {
    /** From the EKU (clientAuth → authentication, emailProtection → signing), else from the bits. */
    purposes: KeyPurpose[];
    bits: KeyUsageBit[];
    /** Every EKU OID, roles included. */
    extendedKeyUsage: string[];
  };
  /** Certificate policy OIDs. */
  policies: string[];
  /** The certificate, PEM with \n line breaks. */
  pem: string;
}

/**
 * Reads the signer's certificate out of what NCALayer returns: a CMS (PEM-armoured from basics,
 * bare base64 DER from commonUtils) or a certificate (PEM, e.g. getKeyInfo's `pem`, base64 or DER
 * bytes). The ASN.1 parser is loaded on first use, so pages that never read a certificate do not
 * download it. Throws a TypeError when the input is neither.
 */
export async function readCertificate(input: string | ArrayBuffer | Uint8Array): Promise<CertificateInfo> {
  const { parseCertificateInput } = await import('./certificate/parse-input.js');
  return parseCertificateInput(input);
}

export type CertificateValidity = 'valid' | 'expired' | 'not-yet-valid';

export function certificateValidity(info: Pick<CertificateInfo, 'notBefore' | 'notAfter'>, at: Date = new Date()): CertificateValidity {
  if (at.getTime() < Date.parse(info.notBefore)) return 'not-yet-valid';
  if (at.getTime() > Date.parse(info.notAfter)) return 'expired';
  return 'valid';
}
