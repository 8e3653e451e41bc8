/**
 * The built CDN bundle (`npm run build` → dist/cdn) on a plain host page, as a partner uses it:
 * for the Node tests that load it in Chromium (test/node/cdn*.test.mjs).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';

export const CDN_DIR = join(process.cwd(), 'dist/cdn');

/** The bundle under two URLs: two module instances, that is two copies of the library on one page. */
export const ONE_COPY = ['/cdn/tirkeu.js'];
export const TWO_COPIES = ['/cdn/tirkeu.js', '/copy/tirkeu.js'];

/** A Kazakh host page with the four widgets, the bank editor in a form, and `head` (a CSP <meta>, say). */
export function cdnPage({ copies = ONE_COPY, head = '' } = {}) {
  return `<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
${head}
${copies.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>
<form><tirkeu-bank-details name="accounts" resident></tirkeu-bank-details></form>
<tirkeu-certificate-picker></tirkeu-certificate-picker>
<tirkeu-resident-form></tirkeu-resident-form>
<tirkeu-nonresident-form></tirkeu-nonresident-form>
</body></html>`;
}

/**
 * Serves `page` at / with the response headers given (a Content-Security-Policy, say) and
 * dist/cdn under both /cdn/ and /copy/, on a free loopback port.
 */
export function serveCdnPage(page, headers = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html', ...headers }).end(page);
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
 * requests (but the favicon); `before` runs in the page ahead of its own scripts (puppeteer
 * injects it, so a CSP that forbids inline scripts does not stop it).
 */
export async function openCdnPage(browser, server, { before } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  return { page, problems };
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
