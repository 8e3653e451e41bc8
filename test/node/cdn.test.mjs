// The CDN files as a partner uses them, on plain pages with a strict CSP, no build step:
// dist/cdn/tirkeu.js, the loader, defines an element when it first appears and fetches only its
// code (in the document, in open shadow roots, in a closed one handed to `discover`);
// dist/cdn/tirkeu.all.js defines everything at once; a second copy of either never throws;
// dist/cdn/sri.json holds the integrity of every file, and an import map carrying it lets the
// lazy files load while refusing a changed one. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { ALL_IN_ONE, ALL_IN_ONE_TWICE, TWO_COPIES, cdnPage, openCdnPage, serveCdnPage, waitForWidgets } from '../../tools/test/cdn-server.mjs';
import { elementDefines, elementFile } from '../../tools/build/cdn-elements.mjs';
import { cdnFolder, reachable } from '../../bench/sizes.mjs';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">`;
const TAGS = elementDefines().map(({ tag }) => tag);
const ELEMENT_FILES = new Set(TAGS.map(elementFile));
/** The loader's folder, flat: what `./x.js` in its files refers to. */
const files = new Map(cdnFolder('dist/cdn'));

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Serves a page (cdnPage's options, and `files` beside it) and opens it; `close` ends both. */
async function load({ files: extra = {}, ...options } = {}) {
  const server = await serveCdnPage(cdnPage({ head: CSP, ...options }), {}, extra);
  const opened = await openCdnPage(browser, server);
  return {
    ...opened,
    /** The loader folder's files fetched so far, by name (`tirkeu.js`, …). */
    fetched: () => opened.requests.filter((path) => path.startsWith('/cdn/')).map((path) => path.slice('/cdn/'.length)),
    defined: () => opened.page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS),
    close: async () => {
      await opened.page.close();
      server.close();
    },
  };
}

test('the list of elements is the define files, and the loader knows each one', () => {
  assert.deepEqual(TAGS, [
    'tirkeu-bank-details',
    'tirkeu-certificate-picker',
    'tirkeu-combobox',
    'tirkeu-document-uploader',
    'tirkeu-draft-banner',
    'tirkeu-nonresident-form',
    'tirkeu-registration',
    'tirkeu-resident-form',
  ]);
  const loader = readFileSync('dist/cdn/tirkeu.js', 'utf8');
  for (const tag of TAGS) assert.ok(loader.includes(`import("./${elementFile(tag)}")`), `the loader imports ${elementFile(tag)}`);
});

test('the loader: a page with only the bank editor fetches the loader, that element\'s file and what they import, nothing of the others', { timeout: 60000 }, async () => {
  const { page, problems, fetched, defined, close } = await load({ body: '<form><tirkeu-bank-details name="accounts" resident></tirkeu-bank-details></form>' });
  try {
    await page.waitForFunction(() => document.querySelector('tirkeu-bank-details')?.shadowRoot?.textContent?.trim(), { timeout: 15000 });
    await page.waitForNetworkIdle();
    const needed = reachable(files, ['tirkeu.js', elementFile('tirkeu-bank-details')]);
    // What those files may import later (the Kazakh strings, the bank directory), but no other element's file.
    const allowed = reachable(files, [...needed], { lazy: true });
    assert.deepEqual([...needed].filter((name) => !fetched().includes(name)), [], 'every file the bank editor imports statically was fetched');
    assert.deepEqual(fetched().filter((name) => !allowed.has(name)), [], 'nothing else was fetched');
    assert.deepEqual(fetched().filter((name) => ELEMENT_FILES.has(name)), ['tirkeu-bank-details.js']);
    // The combobox it renders is registered by its define file, not by the loader.
    assert.deepEqual(await defined(), ['tirkeu-bank-details', 'tirkeu-combobox']);
    assert.deepEqual(await page.evaluate(() => [...new FormData(document.querySelector('form')).keys()]), ['accounts']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a page with only the picker fetches NCALayer's client when the pointer reaches the button, not with the page", { timeout: 60000 }, async () => {
  const { page, problems, fetched, close } = await load({ body: '<tirkeu-certificate-picker></tirkeu-certificate-picker>' });
  try {
    await page.waitForFunction(() => document.querySelector('tirkeu-certificate-picker')?.shadowRoot?.querySelector('button'), { timeout: 15000 });
    await page.waitForNetworkIdle();
    const clientFile = (name) => name.startsWith('shared-client-');
    assert.deepEqual(fetched().filter(clientFile), [], 'not with the page');
    await page.hover('tirkeu-certificate-picker >>> [part~="button"]');
    await page.waitForNetworkIdle();
    assert.equal(fetched().filter(clientFile).length, 1, 'on the way to a click');
    assert.equal(await page.evaluate(() => document.querySelector('tirkeu-certificate-picker').client?.url), 'wss://127.0.0.1:13579');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

/**
 * A host element of the page's own, defined by a script that runs after the loader looked at the
 * document: its open shadow root comes with its upgrade, and what it renders comes a little later.
 */
const HOST_SCRIPT = `customElements.define('x-host', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    setTimeout(() => root.append(document.createElement('tirkeu-draft-banner')), 50);
  }
});`;

test('the loader defines an element added later, one in an open shadow root (also one upgraded late), and one in a closed root given to discover', { timeout: 60000 }, async () => {
  const { page, problems, fetched, close } = await load({ body: '<x-host></x-host>', scripts: ['/host.js'], files: { '/host.js': HOST_SCRIPT } });
  try {
    await page.waitForFunction(() => customElements.get('tirkeu-draft-banner'), { timeout: 15000 });
    assert.deepEqual(fetched().filter((name) => ELEMENT_FILES.has(name)), ['tirkeu-draft-banner.js'], 'only what the page shows so far');
    const outcome = await page.evaluate(async () => {
      const defined = (tag) => Boolean(customElements.get(tag));
      const within = (tag) => Promise.race([customElements.whenDefined(tag).then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10000))]);
      document.body.append(document.createElement('tirkeu-certificate-picker'));
      const open = document.createElement('div');
      open.attachShadow({ mode: 'open' }).append(document.createElement('tirkeu-combobox'));
      document.body.append(open);
      const closed = document.createElement('div');
      const closedRoot = closed.attachShadow({ mode: 'closed' });
      closedRoot.append(document.createElement('tirkeu-document-uploader'));
      document.body.append(closed);
      const later = await within('tirkeu-certificate-picker');
      const inOpenRoot = await within('tirkeu-combobox');
      // The loader cannot see into a closed root: nothing defines the uploader until the host says where it is.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const closedBefore = defined('tirkeu-document-uploader');
      const { discover } = await import('/cdn/tirkeu.js');
      await discover(closedRoot);
      return { later, inOpenRoot, closedBefore, closedAfter: defined('tirkeu-document-uploader') };
    });
    assert.deepEqual(outcome, { later: true, inOpenRoot: true, closedBefore: false, closedAfter: true });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('an unknown tirkeu-* tag is ignored with one warning, however often it appears', { timeout: 60000 }, async () => {
  const { page, problems, consoleMessages, fetched, close } = await load({ body: '<tirkeu-nope></tirkeu-nope><tirkeu-nope></tirkeu-nope>' });
  try {
    await page.evaluate(async () => {
      document.body.append(document.createElement('tirkeu-nope'));
      const { discover } = await import('/cdn/tirkeu.js');
      await discover(document);
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    const warnings = consoleMessages.filter(({ text }) => text.includes('tirkeu-nope'));
    assert.deepEqual(warnings.map(({ type }) => type), ['warn']);
    assert.match(warnings[0].text, /unknown-element <tirkeu-nope>/);
    assert.deepEqual(fetched(), ['tirkeu.js']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the all-in-one file defines every element at once and fetches no element file', { timeout: 60000 }, async () => {
  const { problems, fetched, defined, close } = await load({ copies: ALL_IN_ONE, body: '' });
  try {
    assert.deepEqual(await defined(), TAGS);
    assert.deepEqual(fetched().filter((name) => name === 'tirkeu.js' || ELEMENT_FILES.has(name)), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('two copies of the loader on one page: the first defines the elements, the second fetches nothing more and throws nothing', { timeout: 60000 }, async () => {
  const { page, problems, requests, close } = await load({ copies: TWO_COPIES });
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(await page.evaluate(() => [...new FormData(document.querySelector('form')).keys()]), ['accounts']);
    assert.deepEqual(requests.filter((path) => path.startsWith('/copy/')), ['/copy/tirkeu.js']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('two copies of the all-in-one file on one page: the second defines nothing and throws nothing', { timeout: 60000 }, async () => {
  const { page, problems, close } = await load({ copies: ALL_IN_ONE_TWICE });
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

/** Every file under dist/cdn/ but sri.json, with `/`. */
const cdnTree = (dir = 'dist/cdn', prefix = '') =>
  readdirSync(dir).flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? cdnTree(`${dir}/${name}`, `${prefix}${name}/`) : [`${prefix}${name}`]));

test('sri.json holds the sha384 integrity of every file of dist/cdn/', () => {
  const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
  const names = cdnTree().filter((name) => name !== 'sri.json').sort();
  assert.ok(names.includes('tirkeu.js') && names.includes('tirkeu.all.js') && names.some((name) => name.startsWith('all/')));
  assert.deepEqual(Object.keys(sri).sort(), names);
  for (const name of names) assert.equal(sri[name], `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${name}`)).digest('base64')}`, name);
});

/** A page that loads the loader with `integrity` and gives every lazy file's integrity in an import map, as docs/embedding.md shows. */
function sriPage(integrity) {
  const map = JSON.stringify({ integrity: Object.fromEntries(Object.entries(integrity).map(([name, value]) => [`/cdn/${name}`, value])) });
  // An import map is an inline script: a strict CSP lets it in by its hash.
  const hash = createHash('sha256').update(map).digest('base64');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'; connect-src 'self'">
<script type="importmap">${map}</script>
<script type="module" src="/cdn/tirkeu.js" integrity="${integrity['tirkeu.js']}" crossorigin="anonymous"></script>
</head><body><tirkeu-bank-details></tirkeu-bank-details></body></html>`;
}

test('with sri.json in an import map the lazy files load; a file that does not match is refused', { timeout: 60000 }, async () => {
  const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
  for (const [integrity, expected] of [
    [sri, ['tirkeu-bank-details', 'tirkeu-combobox']],
    [{ ...sri, 'tirkeu-bank-details.js': sri['tirkeu-combobox.js'] }, []],
  ]) {
    const server = await serveCdnPage(sriPage(integrity));
    const { page, problems, consoleMessages } = await openCdnPage(browser, server);
    try {
      await page.waitForNetworkIdle();
      assert.deepEqual(await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS), expected);
      if (expected.length) assert.deepEqual(problems, []);
      else assert.ok(consoleMessages.some(({ type, text }) => type === 'error' && text.includes('element-load-failed <tirkeu-bank-details>')), 'the loader reports the refused file');
    } finally {
      await page.close();
      server.close();
    }
  }
});
