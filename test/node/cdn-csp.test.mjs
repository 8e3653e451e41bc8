// The Content-Security-Policy that docs/embedding.md tells hosts to send, read from that page and
// sent as a header with the built CDN files in Chromium: the loader (which defines elements by
// dynamic import(), no Trusted Types sink) once and twice, the all-in-one file twice, and what
// breaks without each Trusted Types part, so that every claim of the doc is tried.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { ALL_IN_ONE_TWICE, ONE_COPY, TWO_COPIES, cdnPage, openCdnPage, serveCdnPage, waitForWidgets } from '../../tools/test/cdn-server.mjs';

/** The policy and the two-copies directive, from the code blocks of the doc's CSP section. */
function documentedPolicy() {
  const doc = readFileSync('docs/embedding.md', 'utf8');
  const start = doc.indexOf('## Content Security Policy');
  const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```\n([\s\S]*?)```/g)].map((match) => match[1].trim());
  const policy = blocks.find((block) => block.startsWith('default-src'));
  const duplicates = blocks.find((block) => block.startsWith('trusted-types'));
  assert.ok(policy && duplicates, 'docs/embedding.md shows the policy and the two-copies directive');
  // Page, bundle and API share one test origin here, so the doc's example hosts become 'self'.
  const directives = policy
    .replace(/https:\/\/(cdn|portal)\.example/g, "'self'")
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return { directives, duplicates };
}

const { directives, duplicates } = documentedPolicy();
/** The documented policy as a header, with directive `name` replaced by `replacement`. */
const policyWith = (name, replacement) =>
  directives.map((directive) => (directive.split(' ')[0] === name ? replacement : directive)).join('; ');
const ONE_COPY_POLICY = directives.join('; ');
const TWO_COPIES_POLICY = policyWith('trusted-types', duplicates);

/** Runs in the page before its scripts: records every CSP report and every tirkeu-error code. */
function watch() {
  window.violations = [];
  window.errorCodes = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
  );
  document.addEventListener('tirkeu-error', (event) => window.errorCodes.push(event.detail.code));
}

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Loads the page with `copies` (and `body`, the four widgets unless given) under `policy` and waits until the network is idle. */
async function load(copies, policy, body) {
  const server = await serveCdnPage(cdnPage({ copies, body }), { 'content-security-policy': policy });
  const { page, problems, requests, consoleMessages } = await openCdnPage(browser, server, { before: watch });
  return {
    page,
    problems,
    requests,
    consoleMessages,
    violations: () => page.evaluate(() => window.violations),
    close: async () => {
      await page.close();
      server.close();
    },
  };
}

/** Whether each widget has its shadow styles applied: constructable sheets adopted, :host not inline. */
const styled = (page) =>
  page.evaluate(() =>
    ['tirkeu-bank-details', 'tirkeu-certificate-picker', 'tirkeu-resident-form', 'tirkeu-nonresident-form'].map((tag) => {
      const el = document.querySelector(tag);
      return `${tag} ${el.shadowRoot.adoptedStyleSheets.length > 0 && getComputedStyle(el).display !== 'inline'}`;
    }),
  );
const allStyled = ['bank-details', 'certificate-picker', 'resident-form', 'nonresident-form'].map((name) => `tirkeu-${name} true`);

test('the documented policy reads as the doc says', () => {
  assert.ok(directives.includes("require-trusted-types-for 'script'"));
  assert.ok(directives.includes('trusted-types lit-html tirkeu-pdf'));
  assert.ok(!ONE_COPY_POLICY.includes('unsafe'), 'no unsafe-inline, no unsafe-eval');
  assert.equal(duplicates, "trusted-types lit-html tirkeu-pdf 'allow-duplicates'");
});

test('one copy under the documented policy: widgets render and are styled, the picker reaches for NCALayer, nothing is refused', { timeout: 60000 }, async () => {
  const { page, problems, violations, close } = await load(ONE_COPY, ONE_COPY_POLICY);
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(await styled(page), allStyled);
    // The https:// probe and the wss:// socket both fall under connect-src; NCALayer is not running here.
    await page.evaluate(() => document.querySelector('tirkeu-certificate-picker').shadowRoot.querySelector('button').click());
    await page.waitForFunction(() => window.errorCodes.length, { timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => window.errorCodes), ['ncalayer-unavailable'], 'nothing may listen on 127.0.0.1:13579 during this test');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the loader under the documented policy defines an element added later inside an open shadow root; nothing is refused', { timeout: 60000 }, async () => {
  const { page, problems, violations, close } = await load(ONE_COPY, ONE_COPY_POLICY, '');
  try {
    const defined = await page.evaluate(async () => {
      // No innerHTML here: under require-trusted-types-for it would be the test's own violation.
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(document.createElement('tirkeu-bank-details'));
      document.body.append(host);
      await customElements.whenDefined('tirkeu-bank-details');
      const el = host.shadowRoot.querySelector('tirkeu-bank-details');
      await el.updateComplete;
      return Boolean(el.shadowRoot.textContent.trim());
    });
    assert.equal(defined, true);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("two copies of the loader without 'allow-duplicates': the second fetches no element, so no second lit-html policy; nothing is refused", { timeout: 60000 }, async () => {
  const { page, problems, requests, violations, close } = await load(TWO_COPIES, ONE_COPY_POLICY);
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(await styled(page), allStyled);
    assert.deepEqual(requests.filter((path) => path.startsWith('/copy/')), ['/copy/tirkeu.js']);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("two copies of the all-in-one file under the documented policy with 'allow-duplicates': both load, nothing is refused", { timeout: 60000 }, async () => {
  const { page, problems, violations, close } = await load(ALL_IN_ONE_TWICE, TWO_COPIES_POLICY);
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(await styled(page), allStyled);
    assert.deepEqual(await violations(), []);
    // A copy that failed to create its policy would have thrown while loading.
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("two copies of the all-in-one file without 'allow-duplicates': the second lit-html policy is refused and that copy does not load", { timeout: 60000 }, async () => {
  const { page, problems, violations, close } = await load(ALL_IN_ONE_TWICE, ONE_COPY_POLICY);
  try {
    assert.ok(await waitForWidgets(page), 'the first copy still registers the elements');
    assert.deepEqual(await violations(), [{ directive: 'trusted-types', blocked: 'trusted-types-policy', sample: 'lit-html' }]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /createPolicy.*Policy with name "lit-html" already exists/);
  } finally {
    await close();
  }
});

test('without lit-html in trusted-types the library does not load at all', { timeout: 60000 }, async () => {
  const { page, problems, consoleMessages, violations, close } = await load(ONE_COPY, policyWith('trusted-types', "trusted-types 'none'"));
  try {
    assert.deepEqual(await violations(), [{ directive: 'trusted-types', blocked: 'trusted-types-policy', sample: 'lit-html' }]);
    // The loader reports each element whose file failed to evaluate (lit's module threw), and throws nothing itself.
    const failed = consoleMessages.filter(({ type, text }) => type === 'error' && /element-load-failed/.test(text));
    assert.deepEqual(failed.map(({ text }) => /Policy "lit-html" disallowed/.test(text)), [true, true, true, true]);
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => customElements.get('tirkeu-certificate-picker')), undefined);
  } finally {
    await close();
  }
});

test("style-src does not govern the widgets' styles: with style-src 'none' they are still styled, nothing is refused", { timeout: 60000 }, async () => {
  const { page, problems, violations, close } = await load(ONE_COPY, policyWith('style-src', "style-src 'none'"));
  try {
    assert.ok(await waitForWidgets(page));
    assert.deepEqual(await styled(page), allStyled);
    // Open a country list: floating-ui places the popup through the CSSOM, which style-src does not govern either.
    const position = await page.evaluate(async () => {
      const combobox = document.querySelector('tirkeu-nonresident-form').shadowRoot.querySelector('tirkeu-combobox');
      combobox.focus();
      const input = combobox.shadowRoot.querySelector('input');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      const popup = combobox.shadowRoot.querySelector('.popup');
      for (let i = 0; i < 100 && (popup.style.visibility === 'hidden' || !popup.style.top); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return { open: popup.matches(':popover-open'), below: popup.getBoundingClientRect().top > input.getBoundingClientRect().top };
    });
    assert.deepEqual(position, { open: true, below: true });
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
