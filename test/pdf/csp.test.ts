// inspectPdf on a page with a strict Content-Security-Policy and Trusted Types enforced, the
// policy docs/embedding.md asks hosts for (workers from the page's origin only): pdf.js runs in
// its real worker, started with a TrustedScriptURL from our `tirkeu-pdf` policy, and nothing is
// refused. Each test file gets its own page, so the policy does not leak into other tests.
import { expect } from '@open-wc/testing';
import { inspectPdf } from '../../src/pdf/index.js';
import { plainPdf, signedPdf } from '../../mocks/documents/index.js';
import { applyPolicy, watchWorkers, type Violation } from './csp-helpers.js';

const WORKER_PATH = '/src/pdf/pdf.worker.min.mjs';

describe("under require-trusted-types-for 'script' and worker-src 'self'", function () {
  this.timeout(30000);
  const violations: Violation[] = [];
  const workers = watchWorkers();
  const warnings: string[] = [];

  before(() => {
    applyPolicy(violations, `default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html tirkeu-pdf`);
    // pdf.js logs its warnings ("Warning: Setting up fake worker.") through console.log.
    for (const method of ['log', 'warn'] as const) {
      const original = console[method].bind(console);
      console[method] = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        original(...args);
      };
    }
  });

  it('the policy is in force: a string is refused where script URLs and HTML go', async () => {
    expect(() => new Worker(WORKER_PATH, { type: 'module' })).to.throw(TypeError);
    expect(() => (document.createElement('div').innerHTML = '<b>x</b>')).to.throw(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.map((v) => v.directive)).to.include('require-trusted-types-for');
    violations.splice(0);
    workers.created.splice(0);
  });

  it('inspects a signed file and renders its thumbnail, in a real worker, without a violation', async () => {
    const result = await inspectPdf(await signedPdf({ signerName: 'Test Signer' }), { thumbnailWidth: 96 });
    if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
    expect(result.inspection.signatures[0]?.signerName).to.equal('Test Signer');
    expect(result.thumbnail?.type).to.equal('image/png');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
  });

  it('the worker was ours: one module worker from beside src/pdf/, started, then terminated', () => {
    expect(workers.created.map(({ url, type }) => [new URL(url).pathname, type])).to.deep.equal([[WORKER_PATH, 'module']]);
    expect(workers.created[0]?.ready, 'pdf.js in the worker said "ready"').to.equal(true);
    expect(workers.created[0]?.terminated).to.equal(true);
  });

  it("pdf.js never fell back to its main-thread fake worker", () => {
    // The fake worker imports the worker module into this thread, which defines globalThis.pdfjsWorker.
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).to.equal(undefined);
    expect(warnings.filter((text) => /fake worker/i.test(text))).to.deep.equal([]);
  });

  it('the worker file was fetched from the server', () => {
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include(WORKER_PATH);
  });

  it('our policy blesses no URL but the one being started', () => {
    const policy = workers.policies.get('tirkeu-pdf');
    expect(policy, 'tirkeu-pdf was created').to.not.equal(undefined);
    expect(() => policy!.createScriptURL('https://attacker.example/x.js')).to.throw(TypeError, /tirkeu-pdf/);
    expect(() => policy!.createScriptURL(new URL(WORKER_PATH, location.href).href)).to.throw(TypeError, /tirkeu-pdf/);
  });

  it("a second copy of the library cannot make tirkeu-pdf without 'allow-duplicates': it does not throw, it falls back to a string that Trusted Types then refuse", async () => {
    const copy = '../../src/pdf/trusted-script-url.ts?copy=2';
    const { trustedScriptUrl } = (await import(/* @vite-ignore */ copy)) as typeof import('../../src/pdf/trusted-script-url.js');
    const href = new URL(WORKER_PATH, location.href).href;
    const url = trustedScriptUrl(href);
    expect(url, 'falls back to the plain string').to.equal(href);
    expect(() => new Worker(url, { type: 'module' })).to.throw(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.map((v) => v.directive)).to.deep.equal(['trusted-types', 'require-trusted-types-for']);
    expect(violations[0]?.sample).to.equal('tirkeu-pdf');
    violations.splice(0);
  });

  it('a worker on another origin needs worker-src blob:, which this policy lacks: pdf-unavailable, not a throw or a hang', async () => {
    const other = `http://127.0.0.1:${location.port}${WORKER_PATH}`;
    const error = (await inspectPdf(await plainPdf(1), { workerUrl: other }).catch((e: unknown) => e)) as { name?: string; code?: string };
    expect([error.name, error.code]).to.deep.equal(['PdfUnavailableError', 'pdf-unavailable']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.map((v) => `${v.directive} ${v.blocked}`)).to.deep.equal(['worker-src blob']);
    violations.splice(0);
  });
});
