// Builds a CMS SignedData (CAdES-BES: contentType, signingTime, messageDigest and
// signingCertificateV2 signed attributes) with RSA/SHA-256, as NCALayer returns for RSA keys.
// asn1js is already a runtime dependency of the package; hashes and signatures come from
// WebCrypto, so the same code signs in the Node emulator and in the in-page fake (mocks/ncalayer),
// and neither needs an openssl binary.
import * as asn1js from 'asn1js';

const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

/** @param {string} oid */
const algorithm = (oid) => new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), new asn1js.Null()] });
/**
 * @param {string} oid
 * @param {asn1js.BaseBlock} value
 */
const attribute = (oid, value) => new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), new asn1js.Set({ value: [value] })] });
/** @param {asn1js.BaseBlock} node */
const der = (node) => new Uint8Array(node.toBER(false));
/**
 * The members of a constructed node (SEQUENCE, SET, an explicit [n]).
 * @param {asn1js.BaseBlock} node
 */
const members = (node) => /** @type {asn1js.Constructed} */ (node).valueBlock.value;

/**
 * The DER inside a PEM block.
 * @param {string} pem
 */
function pemDer(pem) {
  const body = pem.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
}

/**
 * @param {Uint8Array} bytes
 * The cast: TypeScript's DOM types want a view of an ArrayBuffer (not a SharedArrayBuffer), which these are.
 */
const sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', /** @type {Uint8Array<ArrayBuffer>} */ (bytes)));

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 */
function compareBytes(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** @param {Uint8Array} bytes */
function parseDer(bytes) {
  const parsed = asn1js.fromBER(new Uint8Array(bytes).buffer);
  if (parsed.offset === -1) throw new Error(`Bad DER: ${parsed.result.error}`);
  return parsed.result;
}

/**
 * issuer Name and serialNumber INTEGER of a certificate, re-used as they are encoded.
 * @param {Uint8Array} certDer
 */
function issuerAndSerial(certDer) {
  const tbs = members(members(parseDer(certDer))[0]);
  const offset = tbs[0].idBlock.tagClass === 3 ? 1 : 0; // [0] version is optional
  return new asn1js.Sequence({ value: [tbs[offset + 2], tbs[offset]] });
}

/**
 * DER wants SET OF members sorted by their encodings; OpenSSL re-encodes the signed attributes
 * before checking the signature, so an unsorted set would not verify.
 * @param {asn1js.BaseBlock[]} nodes
 */
function sortedByEncoding(nodes) {
  return nodes.map((node) => ({ node, bytes: der(node) })).sort((a, b) => compareBytes(a.bytes, b.bytes)).map(({ node }) => node);
}

/**
 * @param {object} options
 * @param {string} options.certificatePem  the signer's certificate
 * @param {string} options.privateKeyPem   its PKCS#8 key
 * @param {Uint8Array} options.content     the bytes to sign (or, with `digested`, their SHA-256)
 * @param {boolean} [options.encapsulate]  attach the content (default true)
 * @param {boolean} [options.digested]     `content` is already the digest; nothing is attached
 * @param {string[]} [options.chainPems]   extra certificates to include (e.g. the CA)
 * @param {Date} [options.signingTime]
 * @returns {Promise<Uint8Array>} DER-encoded ContentInfo
 */
export async function createSignedData({ certificatePem, privateKeyPem, content, encapsulate = true, digested = false, chainPems = [], signingTime = new Date() }) {
  const certDer = pemDer(certificatePem);
  const digest = digested ? new Uint8Array(content) : await sha256(content);
  const certHash = await sha256(certDer);

  const signedAttributes = sortedByEncoding([
    attribute(OIDS.contentType, new asn1js.ObjectIdentifier({ value: OIDS.data })),
    attribute(OIDS.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
    attribute(OIDS.messageDigest, new asn1js.OctetString({ valueHex: digest })),
    // ESSCertIDv2 with the default hash algorithm (SHA-256) left out, as DER requires.
    attribute(OIDS.signingCertificateV2, new asn1js.Sequence({ value: [
      new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })] }),
    ] })),
  ]);
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] that carries them.
  const toBeSigned = der(new asn1js.Set({ value: signedAttributes }));
  const key = await crypto.subtle.importKey('pkcs8', pemDer(privateKeyPem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, toBeSigned));

  const signerInfo = new asn1js.Sequence({ value: [
    new asn1js.Integer({ value: 1 }),
    issuerAndSerial(certDer),
    algorithm(OIDS.sha256),
    new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: signedAttributes }),
    algorithm(OIDS.sha256WithRsa),
    new asn1js.OctetString({ valueHex: signature }),
  ] });

  /** @type {asn1js.BaseBlock[]} */
  const encapsulated = [new asn1js.ObjectIdentifier({ value: OIDS.data })];
  if (encapsulate && !digested) {
    encapsulated.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.OctetString({ valueHex: content })] }));
  }
  const certificates = [certDer, ...chainPems.map(pemDer)].map(parseDer);

  const signedData = new asn1js.Sequence({ value: [
    new asn1js.Integer({ value: 1 }),
    new asn1js.Set({ value: [algorithm(OIDS.sha256)] }),
    new asn1js.Sequence({ value: encapsulated }),
    new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: certificates }),
    new asn1js.Set({ value: [signerInfo] }),
  ] });
  return der(new asn1js.Sequence({ value: [
    new asn1js.ObjectIdentifier({ value: OIDS.signedData }),
    new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [signedData] }),
  ] }));
}
