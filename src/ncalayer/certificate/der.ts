import * as asn1js from 'asn1js';

/** Parses DER, or throws a TypeError naming what was expected. */
export function parseDer(bytes: Uint8Array, what: string): asn1js.AsnType {
  const view = bytes.slice().buffer;
  const parsed = asn1js.fromBER(view);
  if (parsed.offset === -1) throw new TypeError(`Not a ${what}: ${parsed.result.error}`);
  return parsed.result;
}

/** The children of a constructed node (SEQUENCE, SET, [n] EXPLICIT). */
export function children(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  const value = (node as asn1js.Constructed | undefined)?.valueBlock?.value;
  return Array.isArray(value) ? (value as asn1js.AsnType[]) : [];
}

export function isContextTag(node: asn1js.AsnType | undefined, tagNumber: number): boolean {
  return node?.idBlock.tagClass === 3 && node.idBlock.tagNumber === tagNumber;
}

export function oidOf(node: asn1js.AsnType | undefined): string | undefined {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : undefined;
}

export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The raw contents of a primitive node (OCTET STRING, INTEGER, BIT STRING…). */
export function contentsOf(node: asn1js.AsnType): Uint8Array {
  return new Uint8Array((node as asn1js.OctetString).valueBlock.valueHexView);
}

/** The text of any ASN.1 string type (UTF8String, PrintableString, IA5String, BMPString…). */
export function textOf(node: asn1js.AsnType | undefined): string | null {
  const value = (node as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return typeof value === 'string' ? value : null;
}
