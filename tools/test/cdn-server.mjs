/**
 * The built CDN bundle (`npm run build` → dist/cdn) on a plain host page, as a partner uses it:
 * for the Node tests that load it in Chromium (test/node/cdn*.test.mjs).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';

export const CDN_DIR = join(process.cwd(), 'dist/cdn');

/**
 * The loader (dist/cdn/tirkeu.js) once, and under two URLs: two module instances, that is two
 * copies of the library on one page; the same for the all-in-one file (dist/cdn/tirkeu.all.js).
 */
export const ONE_COPY = ['/cdn/tirkeu.js'];
export const TWO_COPIES = ['/cdn/tirkeu.js', '/copy/tirkeu.js'];
export const ALL_IN_ONE = ['/cdn/tirkeu.all.js'];
export const ALL_IN_ONE_TWICE = ['/cdn/tirkeu.all.js', '/copy/tirkeu.all.js'];

/** The four widgets, the bank editor in a form. */
export const FOUR_WIDGETS = `<form><tirkeu-bank-details name="accounts" resident></tirkeu-bank-details></form>
<tirkeu-certificate-picker></tirkeu-certificate-picker>
<tirkeu-resident-form></tirkeu-resident-form>
<tirkeu-nonresident-form></tirkeu-nonresident-form>`;

/** A Kazakh host page with `body` (the four widgets unless given) and `head` (a CSP <meta>, say). */
export function cdnPage({ copies = ONE_COPY, head = '', body = FOUR_WIDGETS, scripts = [] } = {}) {
  return `<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
${head}
${[...copies, ...scripts].map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>
${body}
</body></html>`;
}

/**
 * Serves `page` at / with the response headers given (a Content-Security-Policy, say), the
 * `files` given (`{ '/host.js': code }`) and dist/cdn under both /cdn/ and /copy/, on a free
 * loopback port.
 */
export function serveCdnPage(page, headers = {}, files = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html', ...headers }).end(page);
      return;
    }
    if (Object.hasOwn(files, path)) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(files[path]);
      return;
    }
    const file = join(CDN_DIR, normalize(path.replace(/^\/(cdn|copy)\//, '/')));
    if (!file.startsWith(CDN_DIR) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/javascript' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Opens the served page in a new tab. `problems` collects uncaught page errors and failed
 * requests (but the favicon); `requests` every path the page asked the server for, in order
 * (`/cdn/tirkeu.js`, …); `consoleMessages` what the page logged (`{ type, text }`); `before`
 * runs in the page ahead of its own scripts (puppeteer injects it, so a CSP that forbids inline
 * scripts does not stop it).
 */
export async function openCdnPage(browser, server, { before } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  const consoleMessages = [];
  const origin = `http://127.0.0.1:${server.address().port}`;
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) requests.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  return { page, problems, requests, consoleMessages };
}

/** Waits until the four widgets rendered, in Kazakh (so the lazy locale chunk loaded too); gives the picker's button text. */
export async function waitForWidgets(page) {
  const rendered = await page.waitForFunction(
    () => {
      const tags = ['tirkeu-bank-details', 'tirkeu-certificate-picker', 'tirkeu-resident-form', 'tirkeu-nonresident-form'];
      const ready = tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim());
      const button = document.querySelector('tirkeu-certificate-picker')?.shadowRoot?.querySelector('button')?.textContent ?? '';
      return ready && /[әғқңөұүһі]/i.test(button) && button.trim();
    },
    { timeout: 15000 },
  );
  return rendered.jsonValue();
}
