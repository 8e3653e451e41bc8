// The CDN case of docs/embedding.md: the worker file on another origin (here 127.0.0.1 instead
// of localhost, served with CORS as a CDN does). A module worker cannot be started from another
// origin, so inspectPdf starts a blob: module that imports it: the page's policy needs
// `worker-src blob:` and the CDN in `worker-src` as well (a module worker fetches its whole
// import graph as "worker" requests). With `'allow-duplicates'` a second copy of the library
// makes its own tirkeu-pdf policy too.
import { expect } from '@open-wc/testing';
import { inspectPdf } from '../../src/pdf/index.js';
import { plainPdf } from '../../mocks/documents/index.js';
import { applyPolicy, watchWorkers, type Violation } from './csp-helpers.js';

const CDN = `http://127.0.0.1:${location.port}`;
const WORKER_URL = `${CDN}/src/pdf/pdf.worker.min.mjs`;

describe("a worker on another origin under worker-src 'self' blob: <its origin>", function () {
  this.timeout(30000);
  const violations: Violation[] = [];
  const workers = watchWorkers();

  before(() => {
    applyPolicy(
      violations,
      `default-src 'none'; script-src 'self' ${CDN}; connect-src 'self'; worker-src 'self' blob: ${CDN}; require-trusted-types-for 'script'; trusted-types lit-html tirkeu-pdf 'allow-duplicates'`,
    );
  });

  it('inspects through a blob: module that imports the worker, without a violation', async () => {
    const result = await inspectPdf(await plainPdf(3), { workerUrl: WORKER_URL });
    expect(result.ok && result.inspection.pages).to.equal(3);
    expect(workers.created.map(({ url }) => new URL(url).protocol)).to.deep.equal(['blob:']);
    // The blob: module holds nothing but the import, so pdf.js' "ready" means the CDN file ran.
    expect(workers.created[0]?.ready).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });

  it("a second copy makes its own tirkeu-pdf policy and starts the worker with it", async () => {
    const copy = '../../src/pdf/worker-port.ts?copy=2';
    const { startPdfWorker } = (await import(/* @vite-ignore */ copy)) as typeof import('../../src/pdf/worker-port.js');
    const worker = await startPdfWorker(WORKER_URL);
    worker.terminate();
    expect(workers.created.at(-1)?.ready).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });
});
