// The object commonUtils.getKeyInfo answers with (research §3.3), built from a certificate:
// alias = keyId = subject key identifier (hex), DNs comma-joined without spaces in certificate
// order with Kalkan's keys (SURNAME, SERIALNUMBER, S, G, E), serial in lower-case hex without
// leading zeros, dates as epoch milliseconds in a string, PEM with \r\n line breaks.
import * as asn1js from 'asn1js';
import { X509Certificate } from 'node:crypto';
/** @import { KeyInfo } from './responder.mjs' */

/** @type {Record<string, string>} */
const DN_KEYS = {
  '2.5.4.3': 'CN', '2.5.4.4': 'SURNAME', '2.5.4.5': 'SERIALNUMBER', '2.5.4.6': 'C', '2.5.4.7': 'L',
  '2.5.4.8': 'S', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.42': 'G', '1.2.840.113549.1.9.1': 'E',
};

/**
 * BouncyCastle-style escaping, so a quoted organisation name cannot be mistaken for two RDNs.
 * @param {string} value
 */
const escapeDnValue = (value) => value.replace(/[,"\\+=<>;]/g, (c) => `\\${c}`);

/**
 * The members of a constructed node (SEQUENCE, SET, an explicit [n]).
 * @param {asn1js.BaseBlock} node
 */
const members = (node) => /** @type {asn1js.Constructed} */ (node).valueBlock.value;

/** @typedef {{ key: string, value: string }} DnPart */

/**
 * @param {asn1js.BaseBlock} nameNode  a Name: SEQUENCE OF SET OF {type OID, value string}
 * @returns {DnPart[]}
 */
function readName(nameNode) {
  return members(nameNode).flatMap((rdn) => members(rdn).map((pair) => {
    const [type, value] = members(pair);
    const oid = /** @type {asn1js.ObjectIdentifier} */ (type).valueBlock.toString();
    return { key: DN_KEYS[oid] ?? oid, value: /** @type {asn1js.Utf8String} */ (value).valueBlock.value };
  }));
}

/** @param {Uint8Array} certDer */
function nameParts(certDer) {
  const parsed = asn1js.fromBER(new Uint8Array(certDer).buffer);
  const tbs = members(members(parsed.result)[0]);
  const offset = tbs[0].idBlock.tagClass === 3 ? 1 : 0;
  return { issuer: readName(tbs[offset + 2]), subject: readName(tbs[offset + 4]) };
}

/** @param {DnPart[]} parts */
const dnString = (parts) => parts.map(({ key, value }) => `${key}=${escapeDnValue(value)}`).join(',');
/** @param {DnPart[]} parts */
const cnOf = (parts) => parts.find(({ key }) => key === 'CN')?.value ?? '';

/**
 * @param {string} certificatePem
 * @returns {KeyInfo}
 */
export function keyInfoFor(certificatePem) {
  const cert = new X509Certificate(certificatePem);
  const { issuer, subject } = nameParts(cert.raw);
  const keyId = extensionHex(cert.raw, '2.5.29.14');
  return {
    alias: keyId,
    keyId,
    algorithm: 'RSA',
    subjectCn: cnOf(subject),
    subjectDn: dnString(subject),
    issuerCn: cnOf(issuer),
    issuerDn: dnString(issuer),
    serialNumber: cert.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''),
    certNotBefore: String(Date.parse(cert.validFrom)),
    certNotAfter: String(Date.parse(cert.validTo)),
    authorityKeyIdentifier: extensionHex(cert.raw, '2.5.29.35'),
    pem: certificatePem.trim().replace(/\r?\n/g, '\r\n'),
  };
}

/**
 * The key identifier inside the SKI (OCTET STRING) or AKI ([0] keyIdentifier) extension.
 * @param {Uint8Array} certDer
 * @param {string} oid
 */
function extensionHex(certDer, oid) {
  const parsed = asn1js.fromBER(new Uint8Array(certDer).buffer);
  const tbs = members(members(parsed.result)[0]);
  const extensionsTag = tbs.find((node) => node.idBlock.tagClass === 3 && node.idBlock.tagNumber === 3);
  for (const extension of extensionsTag ? members(members(extensionsTag)[0]) : []) {
    const [id, ...rest] = members(extension);
    if (/** @type {asn1js.ObjectIdentifier} */ (id).valueBlock.toString() !== oid) continue;
    // extnValue, the last member: an OCTET STRING around the extension's own DER.
    const extnValue = /** @type {asn1js.OctetString} */ (rest.at(-1));
    const inner = asn1js.fromBER(extnValue.valueBlock.valueHexView.slice().buffer).result;
    const holder = /** @type {asn1js.OctetString} */ (oid === '2.5.29.35' ? members(inner)[0] : inner);
    return Buffer.from(holder.valueBlock.valueHexView).toString('hex');
  }
  return '';
}
