// Small helpers for the PDF inspection tests, independent of pdf.js and of src/pdf/.
import { latin1, concat } from '../../mocks/documents/pdf-writer.js';
import { plainPdf } from '../../mocks/documents/index.js';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A 2-page file with an incremental update appended (one 3 kB stream object, a new xref section
 * and a trailer pointing /Prev at the original), whole and cut off in the middle of that stream:
 * the cut file still holds the first revision's complete xref, trailer and %%EOF, but not
 * within its last 1024 bytes.
 */
export async function cutInsideUpdate(): Promise<{ whole: Uint8Array; cut: Uint8Array }> {
  const original = await plainPdf(2);
  const text = new TextDecoder('latin1').decode(original);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number(/\/Size (\d+)/.exec(text)?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(text)?.[1];
  if (!Number.isInteger(prev) || !Number.isInteger(size) || !root) throw new Error('unexpected plainPdf trailer');
  const body = ' '.repeat(3000);
  const object = latin1(`\n${size} 0 obj\n<< /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\n`);
  const objectOffset = original.length + 1; // after the leading newline
  const xrefOffset = original.length + object.length;
  const xref = latin1(
    `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
      `trailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
  );
  const whole = concat([original, object, xref]);
  return { whole, cut: whole.slice(0, original.length + 1500) };
}
