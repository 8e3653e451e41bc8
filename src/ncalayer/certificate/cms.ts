import { children, contentsOf, encodedOf, hexOf, isContextTag, oidOf, parseDer, type DerNode } from './der.js';
import { subjectKeyIdentifier, tbsParts } from './x509.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/** True when the DER is a CMS ContentInfo (as opposed to a certificate). */
export function isContentInfo(root: DerNode): boolean {
  return oidOf(children(root)[0]) === SIGNED_DATA;
}

/**
 * The signer's certificate (DER) of the first SignerInfo, matched by issuer + serial number or by
 * subject key identifier; NCALayer puts only the signer's certificate in, but a co-signed or
 * chain-carrying CMS may hold several.
 */
export function signerCertificateDer(contentInfo: DerNode): Uint8Array {
  const signedData = children(children(contentInfo)[1])[0];
  const fields = children(signedData);
  const certificateSet = fields.find((node) => isContextTag(node, 0));
  const certificates = children(certificateSet).map(encodedOf);
  if (certificates.length === 0) throw new TypeError('The CMS carries no certificate');
  const signerInfo = children(fields.at(-1))[0];
  const sid = children(signerInfo)[1];
  if (!sid) return certificates[0]!;

  const matches = (certificateDer: Uint8Array): boolean => {
    const parts = tbsParts(parseDer(certificateDer, 'certificate'));
    if (isContextTag(sid, 0)) return subjectKeyIdentifier(parts) === hexOf(contentsOf(sid));
    const [issuer, serial] = children(sid);
    return !!issuer && !!serial
      && hexOf(issuer.encoded) === hexOf(parts.issuer.encoded)
      && hexOf(serial.encoded) === hexOf(parts.serial.encoded);
  };
  return certificates.find(matches) ?? certificates[0]!;
}
