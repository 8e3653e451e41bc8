// examples/ as a portal developer runs them: each is built (the React app by its Vite config,
// the plain page by its build script) against the built package, their TypeScript type-checks
// (the React app with the package's JSX types), and in Chromium a non-resident registers in each by hand, against the
// mock backend, signing through the NCALayer emulator, to the moderation notice.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { build, runnerImport } from 'vite';
import { buildPlainHtml } from '../../examples/plain-html/build.mjs';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { startEmulator } from '../../tools/ncalayer-emulator/index.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, '.test-results/examples');
const REACT = join(ROOT, 'examples/react');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const FLOW = 'tirkeu-registration';
const FORM = `${FLOW} >>> tirkeu-nonresident-form`;
const BANK = `${FORM} >>> tirkeu-bank-details`;
const UPLOADER = `${FLOW} >>> tirkeu-document-uploader`;
/** What the supplier portal asks of a non-resident company (seed 000's catalogue). */
const DOCUMENTS = ['state-registration', 'bank-certificate', 'supplier-questionnaire', 'appendix-5', 'responsible-sourcing-letter', 'human-rights-letter', 'shareholders-register', 'charter'];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** A built example on a free loopback port (a service worker needs a secure context: 127.0.0.1 is one). */
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The repository's TypeScript on one example's tsconfig.json; its errors are the failure's message. */
function typeCheck(project) {
  try {
    execFileSync(process.execPath, [TSC, '--noEmit', '-p', project], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc -p ${project}: ${error.stdout}${error.stderr}`);
  }
}

/** One small PDF per slot, each with its own text (so with its own hash), as a user's scans are. */
async function documentFiles(dir) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const slot of DOCUMENTS) {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([595, 842]).drawText(`Rhein Anlagenbau GmbH: ${slot}`, { x: 50, y: 780, size: 14, font });
    files[slot] = join(dir, `${slot}.pdf`);
    writeFileSync(files[slot], await pdf.save());
  }
  return files;
}

/** dd.mm.yyyy, as the forms take dates, `days` ago. */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86400000);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/** The example page's own status line, which its `tirkeu-step-change` listener writes. */
const waitForStep = (page, step) =>
  page.waitForFunction((text) => document.getElementById('step')?.textContent === text, { timeout: 15000 }, `Step: ${step}`);

/** Waits until the element of `selector` (re-rendered meanwhile, perhaps) shows `text`; a timeout says what it showed. */
async function waitForText(page, selector, text, timeout = 10000) {
  let shown = '';
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    shown = (await page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim()).catch(() => '')) ?? '';
    if (shown.includes(text)) return;
  }
  throw new Error(`${selector} shows "${shown}", not "${text}"`);
}

async function typeInto(page, selector, text) {
  const input = await page.waitForSelector(selector, { visible: true });
  await input.click({ count: 3 });
  await input.type(text);
}

/** A combobox (country, currency): type the start of a name and take the first match. */
async function choose(page, selector, text) {
  await typeInto(page, `${selector} >>> input`, text);
  await page.keyboard.press('Enter');
}

/** Clicks once the control is shown and enabled (a button waits for its request, as a user waits). */
async function click(page, selector) {
  const control = await page.waitForSelector(selector, { visible: true });
  await page.waitForFunction((el) => !el.disabled, { timeout: 10000 }, control);
  await control.click();
}
const next = (page) => click(page, `${FLOW} >>> [part~="next"]`);

/** The whole registration of a German company, as its employee would fill it in. */
async function registerNonResident(page, { emailCode, files }) {
  await click(page, `${FLOW} >>> input[name="path"][value="non-resident"]`);
  await next(page);

  await waitForStep(page, 'user');
  await typeInto(page, `${FORM} >>> #f-user-surname`, 'Schmidt');
  await typeInto(page, `${FORM} >>> #f-user-name`, 'Anna');
  await typeInto(page, `${FORM} >>> #f-user-phone`, '+49 30 1234567');
  await typeInto(page, `${FORM} >>> #f-user-email`, 'anna.schmidt@example.de');
  await click(page, `${FORM} >>> [part~="send-code-button"]`);
  await waitForText(page, `${FORM} >>> [part~="email-status"]`, 'We sent a code to anna.schmidt@example.de.');
  await typeInto(page, `${FORM} >>> #f-user-emailCode`, emailCode);
  await click(page, `${FORM} >>> [part~="verify-code-button"]`);
  await waitForText(page, `${FORM} >>> [part~="email-status"]`, 'E-mail confirmed.');
  await next(page);

  await waitForStep(page, 'company');
  await typeInto(page, `${FORM} >>> #f-company-name`, 'Rhein Anlagenbau GmbH');
  await typeInto(page, `${FORM} >>> #f-company-identifier`, 'HRB 123456');
  await choose(page, `${FORM} >>> #f-company-country`, 'Germ');
  await typeInto(page, `${FORM} >>> #f-company-email`, 'info@rhein.example.de');
  await typeInto(page, `${FORM} >>> #f-company-phone`, '+49 30 7654321');
  await typeInto(page, `${FORM} >>> #f-company-legalAddress`, 'Berlin, Unter den Linden 1');
  await next(page);

  await waitForStep(page, 'bank');
  await click(page, `${BANK} >>> [part~="add-button"]`);
  await choose(page, `${BANK} >>> tirkeu-combobox[data-field$=".country"]`, 'Germ');
  await typeInto(page, `${BANK} >>> input[data-field$=".account"]`, 'DE89 3704 0044 0532 0130 00');
  await typeInto(page, `${BANK} >>> input[data-field$=".bic"]`, 'DEUTDEFF');
  await typeInto(page, `${BANK} >>> input[data-field$=".bankName"]`, 'Deutsche Bank AG');
  await choose(page, `${BANK} >>> tirkeu-combobox[data-field$=".currency"]`, 'eur');
  await typeInto(page, `${BANK} >>> input[data-field$=".kbe"]`, '27');
  await typeInto(page, `${BANK} >>> input[data-field$=".openedOn"]`, '02.05.2019');
  await click(page, `${BANK} >>> [part~="done-button"]`);
  await page.waitForSelector(`${BANK} >>> [part~="account-overview"]`);
  await next(page);

  await waitForStep(page, 'documents');
  for (const slot of DOCUMENTS) {
    const input = await page.waitForSelector(`${UPLOADER} >>> [data-slot="${slot}"] input[type="file"]`);
    await input.uploadFile(files[slot]);
  }
  // The registration certificate's date of issue, asked once its file is in.
  await typeInto(page, `${UPLOADER} >>> [data-slot="state-registration"] input[part~="input"]`, daysAgo(3));
  // Each file is checked (PDFs read by pdf.js) before Next accepts the step, as a user waits for the ticks.
  await page.$eval(FLOW, (flow) => flow.shadowRoot.querySelector('tirkeu-document-uploader').settled());
  await next(page);

  await waitForStep(page, 'review');
  // No `signer`: the flow's own picker signs the application through NCALayer (the emulator).
  await click(page, `${FORM} >>> [part~="submit"]`);
  await waitForStep(page, 'complete');
}

describe('examples', { timeout: 180000 }, () => {
  let browser;
  let emulator;
  let emailCode;
  let files;

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/components/registration/define.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    rmSync(OUT, { recursive: true, force: true });
    // The mock backend's code, from the mock itself (a TypeScript module, so through Vite's runner).
    ({ DEMO_EMAIL_CODE: emailCode } = (await runnerImport(join(ROOT, 'mocks/backend/data.ts'), { configFile: false, logLevel: 'silent' })).module);
    files = await documentFiles(join(OUT, 'documents'));
    // The user's key for signing: the emulator's test individual, whom the mock backend verifies.
    emulator = await startEmulator({ port: 0, controlPort: 0, config: { cert: 'individual-sign' } });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await emulator?.close();
  });

  /** Opens a built example with the emulator as its NCALayer and registers; returns what the page shows then. */
  async function registerIn(dir) {
    const server = await serve(dir);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const requestsBefore = emulator.requests().length;
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}/?ncalayer=${encodeURIComponent(emulator.url)}`, { waitUntil: 'load' });
      await registerNonResident(page, { emailCode, files });
      const heading = await page.$eval(`${FLOW} >>> [part~="heading"]`, (el) => el.textContent.trim());
      const notice = await page.$eval(`${FLOW} >>> [part~="complete"]`, (el) => el.textContent.replace(/\s+/g, ' ').trim());
      const receipt = await page.$eval('#receipt', (el) => el.innerText.replace(/\s+/g, ' ').trim());
      // What this page asked NCALayer: the application's signature, from the emulator.
      const signed = emulator.requests().slice(requestsBefore).some(({ frame }) => /sign|CMS|CAdES/i.test(JSON.stringify(frame)));
      return { heading, notice, receipt, signed, problems };
    } finally {
      await page.close();
      server.close();
    }
  }

  function assertRegistered({ heading, notice, receipt, signed, problems }) {
    assert.equal(heading, 'Your application is with the moderator');
    const number = notice.match(/Application number: (\S+)\./)?.[1];
    assert.ok(number, `the notice names the application: ${notice}`);
    assert.match(notice, /The operator checks the application and the documents\./);
    assert.equal(receipt, `Application received Number ${number}, status moderation.`, 'the page shows the receipt of tirkeu-complete');
    assert.ok(signed, 'signed through NCALayer (the emulator)');
    assert.deepEqual(problems, []);
  }

  test('React 19 + Vite + TypeScript: type-checks, builds, registers a non-resident', async () => {
    typeCheck(join(REACT, 'tsconfig.json'));
    const outDir = join(OUT, 'react');
    await build({ root: REACT, configFile: join(REACT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    assert.ok(existsSync(join(outDir, 'mockServiceWorker.js')), 'msw worker emitted');
    assertRegistered(await registerIn(outDir));
  });

  test('plain HTML with the lazy loader: its module type-checks, builds, registers a non-resident', async () => {
    typeCheck(join(ROOT, 'examples/plain-html/tsconfig.json'));
    const outDir = await buildPlainHtml(join(OUT, 'plain-html'));
    assert.ok(existsSync(join(outDir, 'tirkeu/tirkeu.js')), 'the CDN files beside the page');
    assertRegistered(await registerIn(outDir));
  });
});
