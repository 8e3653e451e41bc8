// Loaded lazily by readCertificate(): everything under certificate/ pulls in asn1js.
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
