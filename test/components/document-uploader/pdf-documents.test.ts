// <tirkeu-document-uploader> with real PDFs: pdf.js arrives with the first PDF and not before,
// and each kind of PDF gets its facts, its warning or its error, in place.
import { expect } from '@open-wc/testing';
import {
  encryptedPdf,
  formPdf,
  ownerOnlyEncryptedPdf,
  pdfaPdf,
  plainPdf,
  pngBytes,
  signedPdf,
  signatureFieldOnlyPdf,
  truncatedPdf,
} from '../../../mocks/documents/index.js';
import { extendCatalogue, SUPPLIER_PORTAL_CATALOGUE } from '../../../src/model/index.js';
import { dropOn, fileOf, mountUploader, problemCodes, problemTexts, rowsOf, slotOf } from './helpers.js';

/** What the page fetched of pdf.js so far: its module and its worker. */
const pdfjsRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /pdfjs-dist|pdf\.worker/.test(name));
const meta = (row: HTMLElement) => row.querySelector('[part~="file-meta"]')!.textContent!;

describe('tirkeu-document-uploader with PDFs', () => {
  it('fetches pdf.js with the first PDF, not before', async () => {
    // The test page's own modules fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(5000);
    performance.clearResourceTimings();
    const el = await mountUploader();
    await dropOn(el, 'bank-certificate', [fileOf(await pngBytes(), 'scan.png')]);
    expect(pdfjsRequests(), 'after an image').to.deep.equal([]);
    await dropOn(el, 'appendix-5', [fileOf(await plainPdf(3), 'appendix.pdf')]);
    const fetched = pdfjsRequests();
    expect(fetched.some((name) => name.includes('pdfjs-dist/build/pdf')), `pdf.js: ${fetched}`).to.equal(true);
    expect(fetched.some((name) => name.includes('pdf.worker')), `its worker: ${fetched}`).to.equal(true);
    const [row] = rowsOf(el, 'appendix-5');
    expect(row!.dataset.state).to.equal('ready');
    expect(meta(row!)).to.contain('Pages: 3');
    const thumbnail = row!.querySelector<HTMLImageElement>('img[part~="thumbnail"]')!;
    await thumbnail.decode();
    expect(thumbnail.naturalWidth, 'a rendered page 1').to.be.greaterThan(10);
  });

  it('refuses a password-protected PDF: the moderator could not open it', async () => {
    const el = await mountUploader();
    await dropOn(el, 'appendix-5', [fileOf(await encryptedPdf(), 'locked.pdf')]);
    const [row] = rowsOf(el, 'appendix-5');
    expect(row!.dataset.state).to.equal('error');
    expect(problemTexts(row!)).to.deep.equal([
      'Error: This PDF is protected by a password, so the moderator cannot open it. Save it without a password and add it again.',
    ]);
    expect(el.validate()).to.equal(false);
  });

  it('refuses a truncated PDF and a PDF whose body is not a PDF', async () => {
    const el = await mountUploader();
    const garbage = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all, only its first line\n');
    await dropOn(el, 'other', [fileOf(await truncatedPdf(), 'half.pdf'), fileOf(garbage, 'fake.pdf')]);
    expect(rowsOf(el, 'other').map((r) => problemCodes(r))).to.deep.equal([['pdf-invalid'], ['pdf-invalid']]);
    expect(problemTexts(rowsOf(el, 'other')[0]!)[0]).to.equal('Error: This PDF is damaged or incomplete and cannot be opened. Save or scan it again.');
  });

  it('shows the PDF/A claim in both XMP forms and the signer of a signed PDF', async () => {
    const el = await mountUploader();
    await dropOn(el, 'other', [
      fileOf(await pdfaPdf('attribute', 2, 'B'), 'attr.pdf'),
      fileOf(await pdfaPdf('element', 1, 'A'), 'elem.pdf'),
      fileOf(await signedPdf({ signerName: 'Сейтқали Айгерім' }), 'signed.pdf'),
      fileOf(await signatureFieldOnlyPdf(), 'unsigned-field.pdf'),
    ]);
    const rows = rowsOf(el, 'other');
    expect(meta(rows[0]!)).to.contain('PDF/A-2B');
    expect(meta(rows[1]!)).to.contain('PDF/A-1A');
    expect(meta(rows[2]!)).to.contain('Signed by: Сейтқали Айгерім');
    expect(meta(rows[3]!), 'an empty signature field is no signature').not.to.contain('Signed');
    expect(el.value.other![2]!.inspection!.signatures[0]!.signerName).to.equal('Сейтқали Айгерім');
  });

  it('warns about unflattened form fields and restrictions, and about a missing signature where one is expected', async () => {
    const catalogue = extendCatalogue(SUPPLIER_PORTAL_CATALOGUE, [{ id: 'appendix-5', signatureExpected: true }]);
    const el = await mountUploader({ catalogue });
    await dropOn(el, 'other', [fileOf(await formPdf(), 'form.pdf'), fileOf(await ownerOnlyEncryptedPdf(), 'restricted.pdf')]);
    await dropOn(el, 'appendix-5', [fileOf(await plainPdf(1), 'appendix.pdf')]);
    expect(rowsOf(el, 'other').map((r) => problemCodes(r))).to.deep.equal([['pdf-form-fields'], ['pdf-restricted']]);
    expect(rowsOf(el, 'other').map((r) => r.dataset.state)).to.deep.equal(['warning', 'warning']);
    expect(problemCodes(rowsOf(el, 'appendix-5')[0]!)).to.deep.equal(['pdf-unsigned']);
    expect(el.manifest().map((m) => m.fileName), 'warnings do not refuse a file').to.deep.equal(['appendix.pdf', 'form.pdf', 'restricted.pdf']);
  });

  it('inspects a 200-page PDF', async () => {
    const el = await mountUploader();
    await dropOn(el, 'charter', [fileOf(await plainPdf(200), 'charter.pdf')]);
    expect(meta(rowsOf(el, 'charter')[0]!)).to.contain('Pages: 200');
  });

  it('keeps a PDF it cannot check (no pdf.js worker) with a warning, not an error', async () => {
    const el = await mountUploader();
    el.pdfWorkerUrl = '/no/such/pdf.worker.min.mjs';
    await dropOn(el, 'appendix-5', [fileOf(await plainPdf(1), 'appendix.pdf')]);
    const [row] = rowsOf(el, 'appendix-5');
    expect(problemCodes(row!)).to.deep.equal(['pdf-not-checked']);
    expect(row!.dataset.state).to.equal('warning');
    expect(el.manifest().map((m) => m.fileName)).to.deep.equal(['appendix.pdf']);
  });

  it('says the PDF problems in Kazakh', async () => {
    const el = await mountUploader({ locale: 'kk' });
    await dropOn(el, 'appendix-5', [fileOf(await encryptedPdf(), 'locked.pdf')]);
    expect(problemTexts(rowsOf(el, 'appendix-5')[0]!)[0]).to.equal(
      'Қате: PDF құпия сөзбен қорғалған, сондықтан модератор оны аша алмайды. Оны құпия сөзсіз сақтап, қайта қосыңыз.',
    );
    expect(slotOf(el, 'appendix-5').querySelector('[part~="file-state"]')!.textContent).to.equal('Қабылдау мүмкін емес');
  });
});
