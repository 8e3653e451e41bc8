/**
 * The character-string and time types of DER. Names are shown, not checked: a character outside
 * a type's alphabet (a Cyrillic letter in a PrintableString) is shown as read, not refused;
 * what cannot be a string of that type at all (a BMPString of odd length) is a TypeError.
 */
import { isUniversal, type DerNode } from './der.js';

const latin1 = (bytes: Uint8Array): string => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

// ignoreBOM keeps a leading U+FEFF as written rather than silently dropping a character of the name.
const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function unitsOf(node: DerNode, size: 2 | 4, type: string): number[] {
  const { contents } = node;
  if (contents.length % size !== 0) throw new TypeError(`Not a ${node.what}: ${type} of ${contents.length} bytes`);
  const view = new DataView(contents.buffer, contents.byteOffset, contents.byteLength);
  return Array.from({ length: contents.length / size }, (_, i) => (size === 2 ? view.getUint16(i * 2) : view.getUint32(i * 4)));
}

// One character at a time: spreading a long string's units into one call can exceed the argument limit.
const bmp = (node: DerNode): string => unitsOf(node, 2, 'BMPString').map((unit) => String.fromCharCode(unit)).join('');

/** UTF-32BE; a value that is no Unicode scalar value reads as U+FFFD, as a decoder would. */
const universal = (node: DerNode): string => unitsOf(node, 4, 'UniversalString')
  .map((code) => String.fromCodePoint(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code))
  .join('');

/** Numeric, Printable, Teletex, Videotex, IA5, Graphic, Visible and General strings: one byte a
 * character. T.61 (Teletex) is read as Latin-1, which is what the CAs that still use it mean. */
const ONE_BYTE_TYPES = new Set([18, 19, 20, 21, 22, 25, 26, 27]);

function decoderOf(tagNumber: number): ((node: DerNode) => string) | undefined {
  if (tagNumber === 12) return (node) => utf8(node.contents); // UTF8String
  if (tagNumber === 28) return universal;
  if (tagNumber === 30) return bmp;
  return ONE_BYTE_TYPES.has(tagNumber) ? (node) => latin1(node.contents) : undefined;
}

/** The text of any ASN.1 string type; null for any other node. */
export function textOf(node: DerNode | undefined): string | null {
  const decode = node?.tagClass === 'universal' ? decoderOf(node.tagNumber) : undefined;
  return decode ? decode(node!) : null;
}

const UTC_TIME = 23;
const GENERALIZED_TIME = 24;

// RFC 5280 §4.1.2.5 and DER: UTC ("Z"), seconds present; fractions only in GeneralizedTime,
// without trailing zeros.
const UTC_TIME_TEXT = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME_TEXT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d*[1-9]))?Z$/;

/** Date.UTC maps years 0–99 to 19xx, so the year is set on its own; a field out of range fails. */
function utcDate(fields: number[], milliseconds: number): Date | null {
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, milliseconds);
  const roundTrip = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return roundTrip.every((value, i) => value === fields[i]) ? date : null;
}

function parseTime(node: DerNode): Date | null {
  const text = latin1(node.contents);
  if (node.tagNumber === UTC_TIME) {
    const match = UTC_TIME_TEXT.exec(text);
    if (!match) return null;
    const fields = match.slice(1).map(Number);
    // RFC 5280: UTCTime years 50–99 are 19xx, 00–49 are 20xx.
    fields[0]! += fields[0]! >= 50 ? 1900 : 2000;
    return utcDate(fields, 0);
  }
  const match = GENERALIZED_TIME_TEXT.exec(text);
  if (!match) return null;
  // Date keeps milliseconds: further digits are cut, not rounded (a certificate has none).
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  return utcDate(match.slice(1, 7).map(Number), milliseconds);
}

/** The instant of a UTCTime or GeneralizedTime; null for any other node. */
export function dateOf(node: DerNode | undefined): Date | null {
  if (!isUniversal(node, UTC_TIME) && !isUniversal(node, GENERALIZED_TIME)) return null;
  const date = parseTime(node);
  if (!date) throw new TypeError(`Not a ${node.what}: bad ${node.tagNumber === UTC_TIME ? 'UTCTime' : 'GeneralizedTime'}`);
  return date;
}
