/**
 * What the mock backend reads from a signature: the signed content and the signer's subject.
 * It accepts a real CMS (base64 DER, attached content — what NCALayer and the emulator produce;
 * the mock does not verify it cryptographically, the real server does) and a "mock signature"
 * (`mockSignature()`), for tests and stories that have no signer.
 */
import * as asn1js from 'asn1js';

export interface SignerSubject {
  iin?: string;
  bin?: string;
  surname?: string;
  name?: string;
  patronymic?: string;
  email?: string;
  organisation?: string;
  country?: string;
}

export interface ReadSignature {
  /** The signed bytes. */
  content: Uint8Array;
  subject: SignerSubject;
}

const MOCK_MARK = 'tirkeu-mock-signature';
const utf8 = (text: string) => new TextEncoder().encode(text);
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unbase64 = (text: string) => Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));

/** A stand-in for a CMS: base64 of `{ tirkeu-mock-signature, data, subject }`. Only the mock accepts it. */
export const mockSignature = (data: string, subject: SignerSubject): string =>
  base64(utf8(JSON.stringify({ [MOCK_MARK]: 1, data, subject })));

/** The signature is a `mockSignature()` stand-in, not a CMS. */
export const isMockSignature = (signature: string): boolean => {
  try {
    const mock = JSON.parse(new TextDecoder().decode(unbase64(signature)));
    return !!mock?.[MOCK_MARK];
  } catch {
    return false;
  }
};

/** Subject attribute OIDs used in Kazakhstan NCA certificates. */
const OID = {
  cn: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  unit: '2.5.4.11',
  givenName: '2.5.4.42',
  email: '1.2.840.113549.1.9.1',
} as const;

type Node = asn1js.AsnType & { valueBlock: any; idBlock: { tagClass: number; tagNumber: number } };
const kids = (node: Node | undefined): Node[] => (node?.valueBlock?.value as Node[]) ?? [];
const isContext = (node: Node | undefined, tag: number) => node?.idBlock.tagClass == 3 && node.idBlock.tagNumber == tag;

const octets = (node: Node): Uint8Array =>
  node.valueBlock.isConstructed
    ? new Uint8Array(kids(node).flatMap((k) => [...octets(k)]))
    : new Uint8Array(node.valueBlock.valueHexView);

const subjectOf = (certificate: Node): SignerSubject => {
  const tbs = kids(certificate)[0];
  const fields = kids(tbs);
  const subjectNode = fields[isContext(fields[0], 0) ? 5 : 4];
  const attrs: Record<string, string> = {};
  for (const set of kids(subjectNode))
    for (const attr of kids(set)) {
      const [oid, value] = kids(attr);
      attrs[(oid as unknown as asn1js.ObjectIdentifier).getValue()] = String(value.valueBlock.value);
    }
  const cn = attrs[OID.cn] ?? '';
  const surname = attrs[OID.surname];
  const serial = attrs[OID.serialNumber] ?? '';
  const bin = /BIN(\d{12})/.exec(attrs[OID.unit] ?? '')?.[1];
  return {
    iin: /IIN(\d{12})/.exec(serial)?.[1],
    bin,
    surname,
    name: surname && cn.startsWith(surname) ? cn.slice(surname.length).trim() : cn,
    patronymic: attrs[OID.givenName],
    email: attrs[OID.email],
    organisation: attrs[OID.organisation],
    country: attrs[OID.country],
  };
};

const readCms = (der: Uint8Array): ReadSignature | undefined => {
  const { offset, result } = asn1js.fromBER(der);
  if (offset < 0) return;
  const contentInfo = result as Node;
  const signedData = kids(kids(contentInfo)[1])[0];
  const parts = kids(signedData);
  const eContent = kids(parts[2])[1];
  const certificates = kids(parts.find((p) => isContext(p, 0)));
  if (!eContent || !certificates.length) return;
  const subjects = certificates.map(subjectOf);
  return {
    content: octets(kids(eContent)[0] ?? eContent),
    subject: subjects.find((s) => s.iin) ?? subjects[0],
  };
};

/** The content and signer of a signature, or `undefined` when it is neither a CMS nor a mock. */
export const readSignature = (signature: string): ReadSignature | undefined => {
  try {
    const text = signature.replace(/-----(BEGIN|END) CMS-----/g, '');
    const bytes = unbase64(text);
    if (bytes[0] == 0x7b) {
      const mock = JSON.parse(new TextDecoder().decode(bytes));
      return mock[MOCK_MARK] ? { content: utf8(String(mock.data)), subject: mock.subject ?? {} } : undefined;
    }
    return readCms(bytes);
  } catch {
    return undefined;
  }
};

/** The signed content equals `text`, either as its UTF-8 bytes or, for base64 text, as the bytes it encodes. */
export const signs = (read: ReadSignature, text: string): boolean => {
  const same = (a: Uint8Array, b: Uint8Array) => a.length == b.length && a.every((x, i) => x == b[i]);
  if (same(read.content, utf8(text))) return true;
  try {
    return same(read.content, unbase64(text));
  } catch {
    return false;
  }
};
