// inspectPdf against every kind of file the uploader meets, with pdf.js in its real worker. The
// files come from mocks/documents/ (pdf-lib or hand-written, never pdf.js), so the
// expected values are the fixtures' own facts, not something this code computed.
import { expect } from '@open-wc/testing';
import { inspectPdf, type PdfInspection, type PdfInspectionResult } from '../../src/pdf/index.js';
import {
  corruptPdf,
  encryptedPdf,
  fakePdf,
  fileOf,
  flattenedFormPdf,
  formPdf,
  jpegBytes,
  ownerOnlyEncryptedPdf,
  pdfaPdf,
  plainPdf,
  pngBytes,
  signatureFieldOnlyPdf,
  signedPdf,
  truncatedPdf,
} from '../../mocks/documents/index.js';
import { cutInsideUpdate, pngSize } from './pdf-helpers.js';

/** The inspection of a file that must open; fails the test with the code otherwise. */
async function inspection(bytes: Uint8Array | Blob, thumbnailWidth = 0): Promise<PdfInspection> {
  const result = await inspectPdf(bytes, { thumbnailWidth });
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${String(result.cause)}`);
  return result.inspection;
}

const code = (result: PdfInspectionResult) => (result.ok ? 'ok' : result.code);

const PLAIN: Omit<PdfInspection, 'pages'> = { restricted: false, signed: false, signatures: [], formFields: 0, xfa: false };

describe('inspectPdf', function () {
  // The first call loads pdf.js and starts its worker; WebKit under Xvfb is the slowest.
  this.timeout(30000);

  describe('page count and plain files', () => {
    it('a 3-page file: 3 pages, nothing else to report', async () => {
      expect(await inspection(await plainPdf(3))).to.deep.equal({ pages: 3, ...PLAIN });
    });

    it('a 200-page file: 200 pages', async () => {
      expect((await inspection(await plainPdf(200))).pages).to.equal(200);
    });

    it('reads a File (a Blob) as well as bytes', async () => {
      expect((await inspection(fileOf(await plainPdf(2), 'scan.pdf', 'application/pdf'))).pages).to.equal(2);
    });

    it("leaves the caller's bytes whole (pdf.js transfers what it is given to its worker)", async () => {
      const bytes = await plainPdf(1);
      const length = bytes.length;
      await inspection(bytes);
      expect(bytes.length).to.equal(length);
      expect(bytes.buffer.byteLength).to.equal(length);
    });
  });

  describe('PDF/A claim', () => {
    it('the attribute form (what pdf.js metadata.get() cannot see): part and conformance', async () => {
      expect((await inspection(await pdfaPdf('attribute', 2, 'B'))).pdfa).to.deep.equal({ part: 2, conformance: 'B' });
    });

    it('the element form: part and conformance', async () => {
      expect((await inspection(await pdfaPdf('element', 1, 'A'))).pdfa).to.deep.equal({ part: 1, conformance: 'A' });
    });

    it('PDF/A-3U and PDF/A-4 without a conformance level', async () => {
      expect((await inspection(await pdfaPdf('attribute', 3, 'U'))).pdfa).to.deep.equal({ part: 3, conformance: 'U' });
      expect((await inspection(await pdfaPdf('element', 4, ''))).pdfa).to.deep.equal({ part: 4 });
    });

    it('no claim on a plain file', async () => {
      expect(await inspection(await plainPdf(1))).not.to.have.property('pdfa');
    });
  });

  describe('signatures', () => {
    it('a signed file: signed, with the field, the signer name and the signing time', async () => {
      const signingTime = new Date('2026-03-14T09:26:53Z');
      const result = await inspection(await signedPdf({ signerName: 'Test Signer', signingTime }));
      expect(result.signed).to.equal(true);
      expect(result.signatures).to.deep.equal([{ fieldName: 'Signature1', signerName: 'Test Signer', signingTime: '2026-03-14T09:26:53.000Z' }]);
      expect(result.formFields, 'a signature is not an unflattened form').to.equal(0);
    });

    it('a Kazakh signer name (UTF-16 in the file) comes through as written', async () => {
      const result = await inspection(await signedPdf({ signerName: 'СЕЙТҚАЛИ АЙГЕРІМ' }));
      expect(result.signatures[0]?.signerName).to.equal('СЕЙТҚАЛИ АЙГЕРІМ');
    });

    it('an empty signature field with SigFlags set (pdf.js: IsSignaturesPresent) is not signed', async () => {
      expect(await inspection(await signatureFieldOnlyPdf())).to.deep.equal({ pages: 1, ...PLAIN });
    });

    it('an empty signature field without SigFlags is not signed either', async () => {
      expect(await inspection(await signatureFieldOnlyPdf({ sigFlags: 0 }))).to.deep.equal({ pages: 1, ...PLAIN });
    });
  });

  describe('forms', () => {
    it('an unflattened form: its two fillable fields (company.bin, agree), not the parent "company"', async () => {
      expect((await inspection(await formPdf())).formFields).to.equal(2);
    });

    it('the same form flattened: no fields', async () => {
      expect(await inspection(await flattenedFormPdf())).to.deep.equal({ pages: 1, ...PLAIN });
    });
  });

  describe('encryption', () => {
    it('a user password: pdf-password', async () => {
      expect(code(await inspectPdf(await encryptedPdf({ userPassword: 'secret', ownerPassword: 'owner' })))).to.equal('pdf-password');
    });

    it('an owner password only: it opens, restricted, with its pages', async () => {
      const result = await inspection(await ownerOnlyEncryptedPdf());
      expect(result).to.deep.equal({ pages: 1, ...PLAIN, restricted: true });
    });
  });

  describe('files that are not readable PDFs: pdf-invalid, never a throw', () => {
    const cases: Array<[string, () => Promise<Uint8Array>]> = [
      ['truncated (an interrupted upload)', truncatedPdf],
      ['corrupt (a header, noise and %%EOF)', corruptPdf],
      ['fake (a text file named .pdf)', fakePdf],
      ['PNG bytes', () => pngBytes()],
      ['JPEG bytes', () => jpegBytes()],
      ['empty', async () => new Uint8Array()],
    ];
    for (const [name, bytes] of cases) {
      it(name, async () => {
        const result = await inspectPdf(await bytes());
        expect(code(result)).to.equal('pdf-invalid');
      });
    }

    it('cut off inside an incremental update, which pdf.js alone would open as the older revision', async () => {
      const { whole, cut } = await cutInsideUpdate();
      expect((await inspection(whole)).pages, 'the uncut file opens').to.equal(2);
      expect(code(await inspectPdf(cut))).to.equal('pdf-invalid');
    });
  });

  describe('thumbnail', () => {
    it('page 1 as a PNG, thumbnailWidth CSS pixels × devicePixelRatio wide, A4-shaped', async () => {
      const result = await inspectPdf(await plainPdf(3), { thumbnailWidth: 120 });
      if (!result.ok || !result.thumbnail) throw new Error('no thumbnail');
      expect(result.thumbnail.type).to.equal('image/png');
      const { width, height } = pngSize(new Uint8Array(await result.thumbnail.arrayBuffer()));
      const expected = Math.round(120 * devicePixelRatio);
      expect(width).to.equal(expected);
      expect(height).to.equal(Math.round((expected * 842) / 595));
    });

    it('96 CSS pixels by default', async () => {
      const result = await inspectPdf(await plainPdf(1));
      if (!result.ok || !result.thumbnail) throw new Error('no thumbnail');
      expect(pngSize(new Uint8Array(await result.thumbnail.arrayBuffer())).width).to.equal(Math.round(96 * devicePixelRatio));
    });

    it('is drawn in a tab that gets no animation frames (hidden: the user went to find the next file)', async () => {
      const original = window.requestAnimationFrame;
      // A hidden tab's frames never come.
      window.requestAnimationFrame = () => 0;
      try {
        const result = await Promise.race([
          inspectPdf(await plainPdf(1), { thumbnailWidth: 96 }),
          new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 10000)),
        ]);
        if (result === 'stalled') throw new Error('the inspection waited for an animation frame');
        expect(result.ok && result.thumbnail?.type).to.equal('image/png');
      } finally {
        window.requestAnimationFrame = original;
      }
    });

    it('the page is drawn: the thumbnail of a page with text is not all white', async () => {
      const result = await inspectPdf(await plainPdf(1), { thumbnailWidth: 200 });
      if (!result.ok || !result.thumbnail) throw new Error('no thumbnail');
      const bitmap = await createImageBitmap(result.thumbnail);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
      expect(dark).to.be.greaterThan(20);
    });

    it('thumbnailWidth 0: no thumbnail', async () => {
      const result = await inspectPdf(await plainPdf(1), { thumbnailWidth: 0 });
      expect(result.ok && result.thumbnail).to.equal(undefined);
    });

    it('does not add fonts to the page (a host pdf.js would see them in document.fonts)', async () => {
      const before = document.fonts.size;
      let during = 0;
      const watch = setInterval(() => (during = Math.max(during, document.fonts.size)), 1);
      await inspectPdf(await formPdf(), { thumbnailWidth: 300 });
      clearInterval(watch);
      expect([during, document.fonts.size]).to.deep.equal([before, before]);
    });
  });

  describe('abort', () => {
    it('an aborted signal rejects with its reason before anything starts', async () => {
      const reason = new DOMException('gone', 'AbortError');
      const error = await inspectPdf(await plainPdf(1), { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
      expect(error).to.equal(reason);
    });

    it('aborting during the inspection rejects with the reason and stops the worker', async () => {
      const controller = new AbortController();
      const started = inspectPdf(await plainPdf(200), { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      const error = await started.catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      // The next inspection gets a fresh worker and works.
      expect((await inspection(await plainPdf(1))).pages).to.equal(1);
    });
  });

  describe('when pdf.js cannot run', () => {
    it('a worker file that is not there: rejects with code pdf-unavailable, does not hang', async () => {
      const error = (await inspectPdf(await plainPdf(1), { workerUrl: '/src/pdf/no-such-worker.mjs' }).catch((e: unknown) => e)) as { name?: string; code?: string };
      expect([error.name, error.code]).to.deep.equal(['PdfUnavailableError', 'pdf-unavailable']);
    });

    it('a worker URL that does not parse: the same', async () => {
      const error = (await inspectPdf(await plainPdf(1), { workerUrl: 'http://[' }).catch((e: unknown) => e)) as { code?: string };
      expect(error.code).to.equal('pdf-unavailable');
    });
  });

  it('inspections side by side each get their answer', async () => {
    const results = await Promise.all([plainPdf(2), formPdf(), encryptedPdf(), fakePdf()].map(async (bytes) => inspectPdf(await bytes, { thumbnailWidth: 0 })));
    expect(results.map((r) => (r.ok ? r.inspection.pages : r.code))).to.deep.equal([2, 1, 'pdf-password', 'pdf-invalid']);
  });
});
