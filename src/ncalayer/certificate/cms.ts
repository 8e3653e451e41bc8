import type * as asn1js from 'asn1js';
import { children, contentsOf, hexOf, isContextTag, oidOf, parseDer } from './der.js';
import { subjectKeyIdentifier, tbsParts } from './x509.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/** True when the DER is a CMS ContentInfo (as opposed to a certificate). */
export function isContentInfo(root: asn1js.AsnType): boolean {
  return oidOf(children(root)[0]) === SIGNED_DATA;
}

const encoded = (node: asn1js.AsnType): Uint8Array => new Uint8Array(node.valueBeforeDecodeView);

/**
 * The signer's certificate (DER) of the first SignerInfo, matched by issuer + serial number or by
 * subject key identifier; NCALayer puts only the signer's certificate in, but a co-signed or
 * chain-carrying CMS may hold several.
 */
export function signerCertificateDer(contentInfo: asn1js.AsnType): Uint8Array {
  const signedData = children(children(contentInfo)[1])[0];
  const fields = children(signedData);
  const certificateSet = fields.find((node) => isContextTag(node, 0));
  const certificates = children(certificateSet).map(encoded);
  if (certificates.length === 0) throw new TypeError('The CMS carries no certificate');
  const signerInfo = children(fields.at(-1))[0];
  const sid = children(signerInfo)[1];
  if (!sid) return certificates[0]!;

  const matches = (certificateDer: Uint8Array): boolean => {
    const parts = tbsParts(parseDer(certificateDer, 'certificate'));
    if (isContextTag(sid, 0)) return subjectKeyIdentifier(parts) === hexOf(contentsOf(sid));
    const [issuer, serial] = children(sid);
    return !!issuer && !!serial
      && hexOf(encoded(issuer)) === hexOf(encoded(parts.issuer))
      && hexOf(encoded(serial)) === hexOf(encoded(parts.serial));
  };
  return certificates.find(matches) ?? certificates[0]!;
}
