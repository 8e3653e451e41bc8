import type { SignedRequest } from './certificate/coverage.js';
import { NcaLayerError } from './errors.js';

export type { SignedRequest };

/**
 * Refuses a CMS that is not over the data that was sent to be signed. NCALayer's answers carry
 * no request id, so a stale or foreign answer that has the right shape is caught only here.
 * Throws `ncalayer-signature-mismatch`, or `ncalayer-protocol` when the answer is not a CMS.
 * The ASN.1 parser is loaded on first use. A detached CMS whose digest this browser cannot
 * compute (GOST 34.11) passes: the server, which verifies every signature, has the last word.
 */
export async function expectSignatureCovers(cms: string, request: SignedRequest): Promise<void> {
  const { coverageOf } = await import('./certificate/coverage.js');
  let coverage;
  try {
    coverage = await coverageOf(cms, request);
  } catch (cause) {
    throw new NcaLayerError('ncalayer-protocol', 'NCALayer answered with something other than a CMS', { cause });
  }
  if (coverage === 'mismatch') {
    throw new NcaLayerError('ncalayer-signature-mismatch', 'The CMS from NCALayer is not over the data that was sent to be signed');
  }
}
