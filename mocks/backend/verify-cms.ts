/**
 * Cryptographic check of a CMS signature, as the backend contract asks for it: base64 DER (no
 * PEM armour), SignedData with the content attached, a `messageDigest` attribute equal to the
 * content's digest, and a signature over the signed attributes that the signer's certificate
 * verifies. RSA (PKCS #1 v1.5, what the NCALayer emulator makes) and ECDSA (P-256/384/521), with
 * SHA-1/256/384/512.
 * Real NCA keys are often GOST, which WebCrypto cannot verify: a real server uses its own
 * provider; this mock answers "not verified" for them.
 *
 * A small DER reader is used rather than a parser, because verifying needs the exact encoded
 * bytes of the signed attributes, which a parser that re-encodes cannot promise.
 */

import { MESSAGE_DIGEST, WEBCRYPTO_DIGESTS } from '../../src/ncalayer/certificate/digests.js';

interface Tlv {
  /** The identifier octet (class, constructed bit and tag number below 31). */
  tag: number;
  /** The whole element, header included. */
  raw: Uint8Array;
  /** The contents. */
  value: Uint8Array;
}

/** One DER element at `offset`; throws on anything a DER encoder would not write. */
function readTlv(bytes: Uint8Array, offset = 0): Tlv {
  const tag = bytes[offset];
  if (tag === undefined || (tag & 0x1f) === 0x1f) throw new Error('unsupported tag');
  let length = bytes[offset + 1];
  let header = 2;
  if (length === undefined) throw new Error('truncated');
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error('indefinite or huge length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
    header += count;
  }
  const end = offset + header + length;
  if (end > bytes.length) throw new Error('truncated');
  return { tag, raw: bytes.subarray(offset, end), value: bytes.subarray(offset + header, end) };
}

/** The elements inside a constructed element. */
function children(node: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < node.value.length; ) {
    const child = readTlv(node.value, at);
    out.push(child);
    at += child.raw.length;
  }
  return out;
}

function oid(node: Tlv | undefined): string {
  if (!node || node.tag !== 0x06) throw new Error('not an OID');
  const parts: number[] = [];
  let value = 0;
  for (const byte of node.value) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift()!;
  return [Math.min(2, Math.floor(first / 40)), first - 40 * Math.min(2, Math.floor(first / 40)), ...parts].join('.');
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

const RSA = new Set([
  '1.2.840.113549.1.1.1',
  '1.2.840.113549.1.1.5',
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
]);

const ECDSA = new Set(['1.2.840.10045.2.1', '1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4']);
const CURVES: Record<string, { name: string; size: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
  '1.3.132.0.34': { name: 'P-384', size: 48 },
  '1.3.132.0.35': { name: 'P-521', size: 66 },
};

/** CMS carries ECDSA signatures as DER `SEQUENCE { r, s }`; WebCrypto wants `r ‖ s`, each padded. */
function ecdsaRaw(der: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(2 * size);
  children(readTlv(der)).forEach((integer, i) => {
    const digits = integer.value.subarray(Math.max(0, integer.value.length - size));
    out.set(digits, (i + 1) * size - digits.length);
  });
  return out;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
/** A copy in a fresh ArrayBuffer, as WebCrypto's typings want. */
const copy = (bytes: Uint8Array) => new Uint8Array(bytes);

/** The content of an OCTET STRING, primitive or (BER-style) constructed. */
function octets(node: Tlv): Uint8Array {
  if (node.tag === 0x04) return node.value;
  if (node.tag === 0x24) return Uint8Array.from(children(node).flatMap((c) => [...octets(c)]));
  throw new Error('not an OCTET STRING');
}

export interface VerifiedCms {
  /** The attached content: the bytes that were signed. */
  content: Uint8Array;
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
}

/** Why a signature is refused; `undefined` from `verifyCms` means it is good. */
export type CmsProblem = 'not-base64-der' | 'not-signed-data' | 'detached' | 'digest-mismatch' | 'unsupported-algorithm' | 'bad-signature';

/** Verifies `signature` (base64 DER); resolves with the content and signer, or with the problem. */
export async function verifyCms(signature: string): Promise<VerifiedCms | { problem: CmsProblem }> {
  let der: Uint8Array;
  try {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return { problem: 'not-base64-der' };
    der = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0));
  } catch {
    return { problem: 'not-base64-der' };
  }
  let content: Uint8Array;
  let certificate: Uint8Array | undefined;
  let signedAttrs: Uint8Array;
  let messageDigest: Uint8Array | undefined;
  let hash: string | undefined;
  let signatureAlgorithm: string;
  let signatureValue: Uint8Array;
  try {
    const contentInfo = readTlv(der);
    if (contentInfo.raw.length !== der.length) return { problem: 'not-base64-der' };
    const [type, explicit] = children(contentInfo);
    if (oid(type) !== SIGNED_DATA || !explicit) return { problem: 'not-signed-data' };
    const signedData = children(children(explicit)[0]!);
    const encap = children(signedData[2]!);
    if (!encap[1]) return { problem: 'detached' };
    content = octets(children(encap[1])[0]!);
    const certificates = signedData.find((n) => n.tag === 0xa0);
    const signerInfos = signedData[signedData.length - 1]!;
    const signer = children(children(signerInfos)[0]!);
    const [, sid, digestAlgorithm, attrs, sigAlg, sigValue] = signer;
    hash = WEBCRYPTO_DIGESTS[oid(children(digestAlgorithm!)[0])];
    if (!attrs || attrs.tag !== 0xa0) return { problem: 'unsupported-algorithm' };
    // The signature covers the attributes encoded as a SET, not as the [0] they are sent in.
    signedAttrs = Uint8Array.from(attrs.raw);
    signedAttrs[0] = 0x31;
    for (const attribute of children(attrs)) {
      const [type, values] = children(attribute);
      if (oid(type) === MESSAGE_DIGEST) messageDigest = octets(children(values!)[0]!);
    }
    signatureAlgorithm = oid(children(sigAlg!)[0]);
    signatureValue = octets(sigValue!);
    // The signer's certificate: the one whose serial number the SignerInfo names.
    const serial = sid!.tag === 0x30 ? children(sid!)[1]!.raw : undefined;
    for (const cert of certificates ? children(certificates) : []) {
      const tbs = children(children(cert)[0]!);
      const certSerial = tbs[tbs[0]!.tag === 0xa0 ? 1 : 0]!.raw;
      if (!serial || equal(serial, certSerial)) certificate = cert.raw;
      if (certificate) break;
    }
  } catch {
    return { problem: 'not-signed-data' };
  }
  const rsa = RSA.has(signatureAlgorithm);
  if (!certificate || !hash || (!rsa && !ECDSA.has(signatureAlgorithm))) return { problem: 'unsupported-algorithm' };
  const digest = new Uint8Array(await crypto.subtle.digest(hash, copy(content)));
  if (!messageDigest || !equal(digest, messageDigest)) return { problem: 'digest-mismatch' };
  try {
    const tbs = children(children(readTlv(certificate))[0]!);
    const spkiNode = tbs[tbs[0]!.tag === 0xa0 ? 6 : 5]!;
    const spki = copy(spkiNode.raw);
    let good: boolean;
    if (rsa) {
      const key = await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
      good = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, copy(signatureValue), copy(signedAttrs));
    } else {
      const curve = CURVES[oid(children(children(spkiNode)[0]!)[1])];
      if (!curve) return { problem: 'unsupported-algorithm' };
      const key = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: curve.name }, false, ['verify']);
      good = await crypto.subtle.verify({ name: 'ECDSA', hash }, key, copy(ecdsaRaw(signatureValue, curve.size)), copy(signedAttrs));
    }
    return good ? { content, certificate } : { problem: 'bad-signature' };
  } catch {
    return { problem: 'unsupported-algorithm' };
  }
}
