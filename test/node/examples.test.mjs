// examples/ as a portal developer runs them: each is built (the React and Vue apps by their Vite
// configs, from the packed tarball in a project of their own; the plain page by its build script,
// from dist/), its TypeScript type-checks (the React app with tsc and the package's JSX types, the
// Vue app with vue-tsc and its template types; both also catch three wrong usages), and in Chromium
// a non-resident registers in each by hand, against the mock backend, signing through the NCALayer
// emulator, to the moderation notice. The React and Vue apps' building-blocks pages use every
// other element, set as properties and heard through their events.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { build, runnerImport } from 'vite';
import { buildPlainHtml } from '../../examples/plain-html/build.mjs';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { startEmulator } from 'tirkeu-ncalayer-emulator';
import { installInProject, pack } from './packed.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, '.test-results/examples');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const VUE_TSC = createRequire(import.meta.url).resolve('vue-tsc/bin/vue-tsc.js');
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

/**
 * An example as it sits in a portal's app: the packed tarball as node_modules/tirkeu, and no other
 * tirkeu to fall back on (the project's package.json is the portal's, so no self-reference). Beside
 * it, as in this repository: ../shared/ and ../tsconfig.base.json, and linked, the mock backend that
 * ../shared/ imports (mocks/, and the repository's src/ that the mock's data comes from). The tools
 * and libraries the example and the mock import are linked from this repository's node_modules, as
 * packed.mjs links the package's own dependencies. TypeScript resolves a relative import from where
 * it found the importing file, so the links keep the repository's layout.
 */
async function exampleFromTarball(name, tools) {
  const { project } = installInProject(await pack());
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
  const examples = join(project, 'examples');
  cpSync(join(ROOT, 'examples', name), join(examples, name), { recursive: true, filter: (path) => !/[\\/](dist|node_modules)$/.test(path) });
  cpSync(join(ROOT, 'examples/shared'), join(examples, 'shared'), { recursive: true });
  copyFileSync(join(ROOT, 'examples/tsconfig.base.json'), join(examples, 'tsconfig.base.json'));
  for (const dir of ['mocks', 'src']) symlinkSync(join(ROOT, dir), join(project, dir), 'dir');
  for (const tool of tools) {
    mkdirSync(dirname(join(project, 'node_modules', tool)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', tool), join(project, 'node_modules', tool), 'dir');
  }
  return { project, app: join(examples, name) };
}

/**
 * The consumers built from the packed tarball: their type checker, the tools they import (linked,
 * see exampleFromTarball) and the same three wrong usages of the package in each one's syntax, on
 * lines 3 to 5 of a file beside the app's own: a string for the number `headingLevel`, a handler
 * for another `detail` than `tirkeu-step-change` sends, a number for the combobox's `options`.
 */
const CONSUMERS = {
  react: {
    title: 'React 19 + Vite + TypeScript',
    checker: TSC,
    tools: ['react', 'react-dom', '@types/react', '@types/react-dom', '@vitejs/plugin-react', 'vite', 'msw', 'asn1js'],
    wrong: {
      file: 'src/Wrong.tsx',
      lines: [
        'export const Wrong = () => (',
        '  <>',
        '    <tirkeu-bank-details headingLevel="three" />',
        '    <tirkeu-registration ontirkeu-step-change={(event: CustomEvent<number>) => event.detail} />',
        '    <tirkeu-combobox options={42} />',
        '  </>',
        ');',
      ],
    },
  },
  vue: {
    title: 'Vue 3.5 + Vite + TypeScript',
    checker: VUE_TSC,
    tools: ['vue', '@vitejs/plugin-vue', 'vite', 'msw', 'asn1js'],
    wrong: {
      file: 'src/Wrong.vue',
      lines: [
        '<script setup lang="ts"></script>',
        '<template>',
        '  <tirkeu-bank-details :headingLevel="\'three\'" />',
        '  <tirkeu-registration @tirkeu-step-change="(event: CustomEvent<number>) => event.detail" />',
        '  <tirkeu-combobox :options.prop="42" />',
        '</template>',
      ],
    },
  },
};

/**
 * A consumer's type checker (tsc, vue-tsc) on its app with the wrong file beside it, in one run:
 * the app must have no error and each wrong line its own, which shows that the app is checked
 * against the package's typings at all (without them a tirkeu-* prop would take anything).
 */
function typeCheckWithWrongFile(app, { checker, wrong: { file, lines } }) {
  writeFileSync(join(app, file), lines.join('\n'));
  const result = spawnSync(process.execPath, [checker, '--noEmit', '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  rmSync(join(app, file));
  const output = `${result.stdout}${result.stderr}`;
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.deepEqual(errors.filter((line) => !line.startsWith(file)), [], `the app and the typings type-check:\n${output}`);
  const at = (line) => `${file.replace('.', '\\.')}\\(${line},\\d+\\): error TS2322: `;
  assert.match(output, new RegExp(`${at(3)}Type 'string' is not assignable to type 'number'`));
  assert.match(output, new RegExp(`${at(4)}[\\s\\S]*Type 'StepChangeDetail' is not assignable to type 'number'`));
  assert.match(output, new RegExp(`${at(5)}Type 'number' is not assignable to type 'readonly ComboboxOption\\[\\]'`));
  assert.equal(errors.length, 3, output);
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
  /** Each consumer's app from the packed tarball (CONSUMERS), built once for both of its tests. */
  const apps = new Map();
  /** The consumer projects made, each in its tarball's temp folder (packed.mjs), to remove at the end. */
  const projects = [];
  const appFromTarball = (name) => {
    if (!apps.has(name)) {
      apps.set(name, (async () => {
        const { project, app } = await exampleFromTarball(name, CONSUMERS[name].tools);
        projects.push(project);
        const outDir = join(OUT, name);
        await build({ root: app, configFile: join(app, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
        return { project, app, outDir };
      })());
    }
    return apps.get(name);
  };

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
    for (const project of projects) rmSync(dirname(project), { recursive: true, force: true });
  });

  /** Opens a built example (at `hash`, one of its pages) with the emulator as its NCALayer; `problems` gathers its errors. */
  async function open(dir, hash = '') {
    const server = await serve(dir);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const close = async () => {
      await page.close();
      server.close();
    };
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}/?ncalayer=${encodeURIComponent(emulator.url)}${hash}`, { waitUntil: 'load' });
    } catch (error) {
      await close();
      throw error;
    }
    return { page, problems, close };
  }

  /** Opens a built example and registers; returns what the page shows then. */
  async function registerIn(dir) {
    const { page, problems, close } = await open(dir);
    const requestsBefore = emulator.requests().length;
    try {
      await registerNonResident(page, { emailCode, files });
      const heading = await page.$eval(`${FLOW} >>> [part~="heading"]`, (el) => el.textContent.trim());
      const notice = await page.$eval(`${FLOW} >>> [part~="complete"]`, (el) => el.textContent.replace(/\s+/g, ' ').trim());
      const receipt = await page.$eval('#receipt', (el) => el.innerText.replace(/\s+/g, ' ').trim());
      // What this page asked NCALayer: the application's signature, from the emulator.
      const signed = emulator.requests().slice(requestsBefore).some(({ frame }) => /sign|CMS|CAdES/i.test(JSON.stringify(frame)));
      return { heading, notice, receipt, signed, problems };
    } finally {
      await close();
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

  test('plain HTML with the lazy loader: its module type-checks, builds, registers a non-resident', async () => {
    typeCheck(join(ROOT, 'examples/plain-html/tsconfig.json'));
    const outDir = await buildPlainHtml(join(OUT, 'plain-html'));
    assert.ok(existsSync(join(outDir, 'tirkeu/tirkeu.js')), 'the CDN files beside the page');
    assertRegistered(await registerIn(outDir));
  });

  /**
   * A consumer's app uses every element of the tarball's manifest (a tag that opens a line of its
   * sources, so not one in a comment), and on its building-blocks page (#parts) the framework sets
   * the bindings as properties and hears the elements' events.
   */
  async function assertBuildingBlocks(name) {
    const { project, outDir } = await appFromTarball(name);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/tirkeu/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []).sort();
    assert.ok(tags.length >= 8, 'the manifest lists the elements');
    const src = join(ROOT, 'examples', name, 'src');
    const sources = readdirSync(src).map((file) => readFileSync(join(src, file), 'utf8')).join('\n');
    assert.deepEqual([...new Set(Array.from(sources.matchAll(/^\s*<(tirkeu-[a-z-]+)/gm), (m) => m[1]))].sort(), tags, 'every element of the tarball in the app');

    const { page, problems, close } = await open(outDir, '#parts');
    try {
      await page.waitForSelector('#currency');
      const shown = tags.filter((tag) => tag !== FLOW);
      // Each element on the page is the package's, upgraded, with its shadow root.
      await page.waitForFunction((expected) => expected.every((tag) => document.querySelector(tag)?.matches(':defined') && document.querySelector(tag).shadowRoot), { timeout: 10000 }, shown);

      // `headingLevel` 3 and the accounts reach the element as properties (a number, the array), not as attributes.
      const bank = await page.$eval('tirkeu-bank-details', (el) => ({ headingLevel: el.headingLevel, ibans: el.value.map((a) => a.iban), attributes: el.getAttributeNames() }));
      assert.deepEqual(bank, { headingLevel: 3, ibans: ['DE89370400440532013000'], attributes: ['name'] });
      await waitForText(page, 'tirkeu-bank-details >>> [part~="account-overview"]', 'Deutsche Bank AG');
      assert.equal(await page.$eval('tirkeu-combobox', (el) => el.options.length), 3, '`options` is the array');

      // The element's `change` reaches the app's handler, which reads the value from the (typed) element.
      await choose(page, 'tirkeu-combobox', 'eur');
      await waitForText(page, '#currency', 'Currency: EUR');
      // `tirkeu-certificate-select` and its typed detail: the emulator's test individual signs.
      await click(page, 'tirkeu-certificate-picker >>> [part~="button"]');
      await waitForText(page, '#signer', 'Signer: ТЕСТОВ АРМАН');

      assert.deepEqual(await page.$$eval('#heard li', (items) => items.map((li) => li.textContent)), [], 'no element reported an error');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }

  for (const [name, consumer] of Object.entries(CONSUMERS)) {
    test(`${consumer.title}, from the packed tarball: type-checks (${basename(consumer.checker, '.js')}), builds, registers a non-resident`, async () => {
      const { app, outDir } = await appFromTarball(name);
      typeCheckWithWrongFile(app, consumer);
      assert.ok(existsSync(join(outDir, 'mockServiceWorker.js')), 'msw worker emitted');
      assertRegistered(await registerIn(outDir));
    });

    test(`${consumer.title}: the app uses every element; on its building-blocks page the bindings are properties and the elements' events reach the handlers`, () => assertBuildingBlocks(name));
  }
});
