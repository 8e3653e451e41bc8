import type { CertificateInfo, KeyUsageBit } from '../certificate.js';
import { PURPOSE_OIDS, roleOf, type CertificateRole, type KeyPurpose } from '../oids.js';
import { bitStringOf, children, contentsOf, hexOf, integerHexOf, isContextTag, octetsOf, oidOf, parseDer, type DerNode } from './der.js';
import { dateOf, textOf } from './der-text.js';
import { toPem } from './encoding.js';

const NAME_KEYS: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.4': 'SURNAME', '2.5.4.5': 'SERIALNUMBER', '2.5.4.6': 'C', '2.5.4.7': 'L',
  '2.5.4.8': 'S', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.42': 'G', '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
};

const KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.10045.2.1': 'EC',
  '1.2.398.3.10.1.1.1.1': 'GOST 34.310-2004',
  '1.2.398.3.10.1.1.2.1': 'GOST R 34.10-2015 256',
  '1.2.398.3.10.1.1.2.2': 'GOST R 34.10-2015 512',
};

const KEY_USAGE_BITS: KeyUsageBit[] = [
  'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
  'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
];

const EXT = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  certificatePolicies: '2.5.29.32',
  extKeyUsage: '2.5.29.37',
};

interface NameEntry { key: string; value: string }

export interface TbsParts {
  serial: DerNode;
  issuer: DerNode;
  validity: DerNode;
  subject: DerNode;
  subjectPublicKeyInfo: DerNode;
  extensions: Map<string, Uint8Array>;
}

/** The TBSCertificate fields, with extensions by OID (their extnValue contents). */
export function tbsParts(certificate: DerNode): TbsParts {
  const tbs = children(children(certificate)[0]);
  const offset = isContextTag(tbs[0], 0) ? 1 : 0; // [0] version is absent in v1 certificates
  const [serial, , issuer, validity, subject, subjectPublicKeyInfo] = tbs.slice(offset);
  if (!serial || !issuer || !validity || !subject || !subjectPublicKeyInfo) throw new TypeError('Not an X.509 certificate');
  const extensions = new Map<string, Uint8Array>();
  for (const extension of children(children(tbs.find((node) => isContextTag(node, 3)))[0])) {
    const parts = children(extension);
    const id = oidOf(parts[0]);
    const value = parts.at(-1);
    const octets = octetsOf(value);
    if (id && octets) extensions.set(id, octets);
  }
  return { serial, issuer, validity, subject, subjectPublicKeyInfo, extensions };
}

export function subjectKeyIdentifier(parts: TbsParts): string | null {
  const raw = parts.extensions.get(EXT.subjectKeyIdentifier);
  return raw ? hexOf(contentsOf(parseDer(raw, 'key identifier'))) : null;
}

function readName(name: DerNode): NameEntry[] {
  return children(name).flatMap((rdn) => children(rdn).map((pair) => {
    const [type, value] = children(pair);
    const oid = oidOf(type) ?? '';
    return { key: NAME_KEYS[oid] ?? oid, value: textOf(value) ?? '' };
  }));
}

const first = (entries: NameEntry[], key: string): string | null => entries.find((entry) => entry.key === key)?.value ?? null;

/** Backslash-escapes as BouncyCastle does, so a quoted organisation name stays one value. */
const dnString = (entries: NameEntry[]): string =>
  entries.map(({ key, value }) => `${key}=${value.replace(/[,"\\+=<>;]/g, (c) => `\\${c}`)}`).join(',');

function prefixed(value: string | null, prefix: string): string | null {
  return value?.toUpperCase().startsWith(prefix) ? value.slice(prefix.length) : null;
}

function givenNameFrom(commonName: string | null, surname: string | null): string | null {
  if (!commonName || !surname) return null;
  if (commonName.startsWith(`${surname} `)) return commonName.slice(surname.length + 1).trim() || null;
  if (commonName.endsWith(` ${surname}`)) return commonName.slice(0, -surname.length - 1).trim() || null;
  return null;
}

function timeOf(node: DerNode | undefined): string {
  const date = dateOf(node);
  if (!date) throw new TypeError('Bad certificate validity');
  return date.toISOString();
}

function oidsIn(raw: Uint8Array | undefined, what: string, pick: (node: DerNode) => DerNode | undefined = (n) => n): string[] {
  if (!raw) return [];
  return children(parseDer(raw, what)).map((node) => oidOf(pick(node))).filter((oid): oid is string => oid !== undefined);
}

function keyUsageBits(raw: Uint8Array | undefined): KeyUsageBit[] {
  if (!raw) return [];
  const bytes = bitStringOf(parseDer(raw, 'key usage'));
  if (!bytes) throw new TypeError('Not a key usage: no BIT STRING');
  // Bit 0 is the most significant bit of the first byte.
  return KEY_USAGE_BITS.filter((_, index) => ((bytes[index >> 3] ?? 0) >> (7 - (index & 7))) & 1);
}

function emailFromAltName(raw: Uint8Array | undefined): string | null {
  if (!raw) return null;
  const rfc822 = children(parseDer(raw, 'subject alternative name')).find((node) => isContextTag(node, 1));
  return rfc822 ? new TextDecoder().decode(contentsOf(rfc822)) : null;
}

function purposesFrom(extendedKeyUsage: string[], bits: KeyUsageBit[]): KeyPurpose[] {
  const purposes: KeyPurpose[] = [];
  if (extendedKeyUsage.length > 0) {
    if (extendedKeyUsage.includes(PURPOSE_OIDS.authentication)) purposes.push('authentication');
    if (extendedKeyUsage.includes(PURPOSE_OIDS.signing)) purposes.push('signing');
    return purposes;
  }
  // No EKU: fall back to NCANode's reading of the key usage bits (research §7).
  if (bits.includes('digitalSignature') && bits.includes('keyEncipherment')) purposes.push('authentication');
  if (bits.includes('digitalSignature') && bits.includes('nonRepudiation')) purposes.push('signing');
  return purposes;
}

/** Reads the fields a page shows from a DER certificate. */
export function certificateInfoFromDer(der: Uint8Array): CertificateInfo {
  const parts = tbsParts(parseDer(der, 'certificate'));
  const subject = readName(parts.subject);
  const issuer = readName(parts.issuer);
  const [notBefore, notAfter] = children(parts.validity);
  const extendedKeyUsage = oidsIn(parts.extensions.get(EXT.extKeyUsage), 'extended key usage');
  const bits = keyUsageBits(parts.extensions.get(EXT.keyUsage));
  const roles = extendedKeyUsage.map(roleOf).filter((role): role is CertificateRole => role !== undefined);

  const serialNumberAttribute = first(subject, 'SERIALNUMBER');
  const surname = first(subject, 'SURNAME');
  const commonName = first(subject, 'CN');
  const bin = prefixed(first(subject, 'OU'), 'BIN') ?? prefixed(serialNumberAttribute, 'BIN');
  const serialHex = integerHexOf(parts.serial)?.replace(/^0+(?=.)/, '');
  if (serialHex === undefined) throw new TypeError('Not an X.509 certificate: the serial number is no INTEGER');
  const algorithmOid = oidOf(children(children(parts.subjectPublicKeyInfo)[0])[0]) ?? '';

  return {
    iin: prefixed(serialNumberAttribute, 'IIN'),
    bin,
    surname,
    givenName: givenNameFrom(commonName, surname),
    patronymic: first(subject, 'G'),
    commonName,
    organisation: first(subject, 'O'),
    email: first(subject, 'E') ?? emailFromAltName(parts.extensions.get(EXT.subjectAltName)),
    country: first(subject, 'C'),
    locality: first(subject, 'L'),
    region: first(subject, 'S'),
    serialNumber: serialHex,
    issuer: { commonName: first(issuer, 'CN'), organisation: first(issuer, 'O'), country: first(issuer, 'C'), dn: dnString(issuer) },
    subjectDn: dnString(subject),
    notBefore: timeOf(notBefore),
    notAfter: timeOf(notAfter),
    keyAlgorithm: KEY_ALGORITHMS[algorithmOid] ?? algorithmOid,
    subjectKind: bin !== null || roles.some((role) => role !== 'individual' && role !== 'individual-information-system') ? 'legal-entity' : 'individual',
    roles,
    keyUsage: { purposes: purposesFrom(extendedKeyUsage, bits), bits, extendedKeyUsage },
    policies: oidsIn(parts.extensions.get(EXT.certificatePolicies), 'certificate policies', (policy) => children(policy)[0]),
    pem: toPem(der),
  };
}
