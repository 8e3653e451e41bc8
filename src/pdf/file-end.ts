/**
 * Whether a file ends as a PDF does: with `%%EOF` in its last 1024 bytes, the tolerance Acrobat
 * allows. pdf.js alone would accept more: a file cut off inside an incremental update (a
 * signature, an edit) still holds the previous revision's trailer, and pdf.js opens that older
 * revision as if it were the whole document.
 */
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const TAIL = 1024;

export function endsLikePdf(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - TAIL);
  for (let i = bytes.length - EOF_MARKER.length; i >= from; i--) {
    if (EOF_MARKER.every((byte, j) => bytes[i + j] === byte)) return true;
  }
  return false;
}
