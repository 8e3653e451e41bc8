// Loaded lazily by readCertificate(), like everything under certificate/: pages that never read a
// certificate do not download the DER reader.
import type { CertificateInfo } from '../certificate.js';
import { isContentInfo, signerCertificateDer } from './cms.js';
import { parseDer } from './der.js';
import { toDer } from './encoding.js';
import { certificateInfoFromDer } from './x509.js';

export function parseCertificateInput(input: string | ArrayBuffer | Uint8Array): CertificateInfo {
  const { der } = toDer(input);
  const root = parseDer(der, 'certificate or CMS');
  return certificateInfoFromDer(isContentInfo(root) ? signerCertificateDer(root) : der);
}
