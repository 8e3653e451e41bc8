// Enveloped XMLDSig in the shape NCALayer produces for RSA keys (SIGEX's recorded replies):
// `ds:` prefix, inclusive C14N, rsa-sha256, one Reference URI="" with the enveloped-signature and
// C14N-with-comments transforms, sha256 digest, the signer's certificate in KeyInfo/X509Data.
import { SignedXml } from 'xml-crypto';
// xml-crypto's own parser; used only to refuse malformed input before signing.
import { DOMParser } from '@xmldom/xmldom';

const C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';

/** NCALayer's own parse error text for malformed input (research §3.2). */
export class XmlParseError extends Error {}

/** @param {string} xml */
function assertWellFormed(xml) {
  /** @type {string | null} */
  let failure = null;
  // xmldom 0.8 is lenient: it reports problems (even an unclosed root) as warnings through a
  // two-argument callback, and closes what is left open. Any report, or a root left open, fails.
  /** @type {(level: string, message: unknown) => void} */
  const errorHandler = (_level, message) => { failure ??= String(message).split('\n')[0].replace(/^\[xmldom \w+\]\s*/, ''); };
  const doc = new DOMParser({ errorHandler }).parseFromString(xml, 'text/xml');
  if (!failure && !/(<\/[^<>]+>|\/>)\s*$/.test(xml)) failure = 'XML document structures must start and end within the same entity.';
  if (failure || !doc?.documentElement) {
    throw new XmlParseError(`org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: 1; ${failure ?? 'Premature end of file.'}`);
  }
}

/**
 * @param {object} options
 * @param {string} options.xml
 * @param {string} options.certificatePem
 * @param {string} options.privateKeyPem
 * @param {string} [options.signatureParentXPath]  where to append ds:Signature (default: the root)
 * @returns {string} the signed document, with an XML declaration as NCALayer writes it
 */
export function signXmlDocument({ xml, certificatePem, privateKeyPem, signatureParentXPath = '' }) {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  assertWellFormed(body);
  const signer = new SignedXml({
    privateKey: privateKeyPem,
    publicCert: certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: C14N,
  });
  signer.addReference({
    xpath: '/*',
    isEmptyUri: true,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', `${C14N}#WithComments`],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signer.computeSignature(body, {
    prefix: 'ds',
    location: { reference: signatureParentXPath || '/*', action: 'append' },
  });
  return XML_DECLARATION + signer.getSignedXml();
}
