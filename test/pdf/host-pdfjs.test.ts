// A host page may run its own pdf.js: through the `window.pdfjsLib` global (the script-tag way),
// or as the same module as ours (the npm build keeps pdfjs-dist external, so bundlers dedupe it).
// Inspecting a PDF must leave both alone. Its own page, so pdf.js is loaded here for the first time.
import { expect } from '@open-wc/testing';
import { inspectPdf } from '../../src/pdf/index.js';
import { plainPdf } from '../../mocks/documents/index.js';

describe("a host's own pdf.js", function () {
  this.timeout(30000);

  it("keeps its window.pdfjsLib, and pdf.js' test helper global does not appear", async () => {
    const hosts = { getDocument: () => 'the host copy' };
    (globalThis as { pdfjsLib?: unknown }).pdfjsLib = hosts;
    const result = await inspectPdf(await plainPdf(1), { thumbnailWidth: 0 });
    expect(result.ok).to.equal(true);
    expect((globalThis as { pdfjsLib?: unknown }).pdfjsLib).to.equal(hosts);
    expect('_pdfjsTestingUtils' in globalThis).to.equal(false);
  });

  it('keeps its GlobalWorkerOptions: the inspection brings its own worker port', async () => {
    // Imported only now (a static import would evaluate pdf.js before the test above): the module ours used.
    const { GlobalWorkerOptions } = await import('pdfjs-dist');
    expect([GlobalWorkerOptions.workerSrc, GlobalWorkerOptions.workerPort]).to.deep.equal(['', null]);
  });
});
