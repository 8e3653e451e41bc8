/**
 * A file's type read from its first bytes ("magic numbers"), never from its name or the type
 * the browser guesses from the name: a PNG renamed `scan.pdf` is a PNG. Only the types a
 * document slot may accept are known; anything else is `undefined`.
 */

/** The types a slot can accept and the uploader can recognise by content. */
export const DOCUMENT_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'image/gif'] as const;
export type DocumentFileType = (typeof DOCUMENT_FILE_TYPES)[number];

/** How many leading bytes `sniffFileType` needs. */
export const SNIFF_BYTES = 1024;

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');

/**
 * The type of the file these bytes begin, or `undefined`. PDF readers accept `%PDF-` anywhere
 * in the first kilobyte (some generators put a byte-order mark or junk before it), so that is
 * where it is looked for; the other formats must start at byte 0.
 */
export function sniffFileType(head: Uint8Array): DocumentFileType | undefined {
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) return 'image/tiff';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'image/webp';
  if (startsWith(head, GIF87) || startsWith(head, GIF89)) return 'image/gif';
  const limit = Math.min(head.length, SNIFF_BYTES) - PDF.length;
  for (let at = 0; at <= limit; at++) if (head[at] === PDF[0] && startsWith(head, PDF, at)) return 'application/pdf';
  return undefined;
}

export function isDocumentFileType(value: unknown): value is DocumentFileType {
  return typeof value === 'string' && (DOCUMENT_FILE_TYPES as readonly string[]).includes(value);
}
