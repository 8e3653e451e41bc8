import type { SignerParams, SigningParams } from './basics.js';
import { PURPOSE_OIDS, ROLE_OIDS, type CertificateRole, type KeyPurpose } from './oids.js';

export interface SigningOptionsRequest {
  /** 'authentication' selects clientAuth keys (log-in), 'signing' emailProtection keys (documents). */
  purpose: KeyPurpose;
  /** Only certificates that carry this NCA role, e.g. 'legal-entity' or 'first-head'. */
  role?: CertificateRole;
  iin?: string;
  bin?: string;
  /**
   * Accept certificates that do not chain to NCA's production CAs (`chain: []`), e.g. NCA's
   * test CA or the Tirkeu emulator. Never in production.
   */
  testCertificates?: boolean;
  /** Leave the data out of the CMS. Default: attached for authentication, detached for signing. */
  detached?: boolean;
  /** Ask NCALayer for a TSA timestamp. Default: only for signing. */
  timestamp?: boolean;
}

/**
 * The basics `signingParams`/`signerParams` pair for a purpose (research §4.1). The data is taken
 * as base64 (`decode: true`), as a server challenge or a file would be.
 *
 * Caution (research §8.3): GOST-2015 (GOST512_…) certificates may carry emailProtection only,
 * so an authentication filter (clientAuth) can hide them; verify with real certificates.
 */
export function basicsSigningOptions({ purpose, role, iin, bin, testCertificates = false, detached, timestamp }: SigningOptionsRequest): {
  signingParams: SigningParams;
  signerParams: SignerParams;
} {
  const signing = purpose === 'signing';
  const signingParams: SigningParams = {
    decode: true,
    encapsulate: !(detached ?? signing),
    digested: false,
    ...((timestamp ?? signing) ? { tsaProfile: {} } : {}),
  };
  const signerParams: SignerParams = {
    extKeyUsageOids: [PURPOSE_OIDS[purpose], ...(role ? [ROLE_OIDS[role]] : [])],
    ...(iin ? { iin } : {}),
    ...(bin ? { bin } : {}),
    ...(testCertificates ? { chain: [] } : {}),
  };
  return { signingParams, signerParams };
}
