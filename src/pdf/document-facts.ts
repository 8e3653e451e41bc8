/**
 * Turns pdf.js' answers (document info, field objects, signatures) into the small, plain facts
 * of a `PdfInspection`. Pure: pdf.js' objects come in as `unknown` and every property is
 * checked, since they describe a file anyone could have written.
 */
import type { PdfSignatureInfo } from './types.js';

/** Field types that hold a value a user fills in; buttons and signatures do not count as an unflattened form. */
const FILLABLE = new Set(['text', 'checkbox', 'radiobutton', 'combobox', 'listbox']);
/** File-borne names are for a label, not a page of text. */
const MAX_TEXT = 200;

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/**
 * A string from the file made safe to show as text: no control or bidirectional-formatting
 * characters (which could reorder what the user reads), white space collapsed, length capped.
 */
export function fileText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? [...text].slice(0, MAX_TEXT).join('') : undefined;
}

/**
 * Editable fields that hold a value. pdf.js gives field name → widgets (a plain object up to
 * 6.2, a Map from 6.3); a radio group is one field with several widgets, a parent such as
 * `company` in `company.bin` has type '' and is not counted.
 */
export function countFormFields(fieldObjects: unknown): number {
  if (!fieldObjects || typeof fieldObjects !== 'object') return 0;
  const fields = fieldObjects instanceof Map ? [...fieldObjects.values()] : Object.values(fieldObjects);
  return fields.filter(
    (widgets) => Array.isArray(widgets) && widgets.some((widget) => FILLABLE.has(record(widget).type as string) && record(widget).editable !== false),
  ).length;
}

/** pdf.js' PDF date reader ("D:YYYYMMDDHHmmSS+HH'mm'"), passed in so this module stays pure. */
export type PdfDateReader = (value: string) => Date | null;

/**
 * The filled signature fields. pdf.js lists only fields whose /V has a sane /ByteRange and
 * non-empty /Contents (and only when the form's SigFlags say signatures exist), so an empty
 * signature field — a place to sign — is not among them.
 */
export function signaturesOf(signatures: unknown, readDate: PdfDateReader): PdfSignatureInfo[] {
  if (!Array.isArray(signatures)) return [];
  return signatures.map((entry) => {
    const { fieldName, signerName, signingTime } = record(entry);
    const info: PdfSignatureInfo = {};
    const field = fileText(fieldName);
    if (field) info.fieldName = field;
    const signer = fileText(signerName);
    if (signer) info.signerName = signer;
    const time = typeof signingTime === 'string' ? readDate(signingTime) : null;
    if (time && Number.isFinite(time.getTime())) info.signingTime = time.toISOString();
    return info;
  });
}

/** What pdf.js' document info (`getMetadata().info`) says about encryption and XFA. */
export function infoFlags(info: unknown): { restricted: boolean; xfa: boolean } {
  const { EncryptFilterName, IsXFAPresent } = record(info);
  // A file that needed a user password never gets this far, so an encryption filter here means owner-only.
  return { restricted: typeof EncryptFilterName === 'string' && EncryptFilterName !== '', xfa: IsXFAPresent === true };
}
