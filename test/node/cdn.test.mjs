// The single-file CDN bundle as a partner uses it: one <script type="module"> on a plain page
// with a strict CSP, no build step. A second copy of the library on the same page must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { launchChromium } from '../../tools/test/chromium.mjs';

const CDN = join(process.cwd(), 'dist/cdn');
const PAGE = `<!doctype html>
<html lang="kk"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
<script type="module" src="/cdn/tirkeu.js"></script>
<script type="module" src="/copy/tirkeu.js"></script>
</head><body>
<form><tirkeu-bank-details name="accounts" resident></tirkeu-bank-details></form>
<tirkeu-certificate-picker></tirkeu-certificate-picker>
<tirkeu-resident-form></tirkeu-resident-form>
<tirkeu-nonresident-form></tirkeu-nonresident-form>
</body></html>`;

function serve() {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    // /cdn/… and /copy/… are the same files under two URLs: two module instances, two copies.
    const file = join(CDN, normalize(path.replace(/^\/(cdn|copy)\//, '/')));
    if (!file.startsWith(CDN) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/javascript' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('the CDN bundle registers every element under a strict CSP, twice on one page without an error', { timeout: 60000 }, async () => {
  const server = await serve();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
    const rendered = await page.waitForFunction(
      () => {
        const tags = ['tirkeu-bank-details', 'tirkeu-certificate-picker', 'tirkeu-resident-form', 'tirkeu-nonresident-form'];
        const ready = tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim());
        // In Kazakh, from <html lang="kk">, once the lazy locale pack arrived.
        const button = document.querySelector('tirkeu-certificate-picker')?.shadowRoot?.querySelector('button')?.textContent ?? '';
        return ready && /[әғқңөұүһі]/i.test(button) && button;
      },
      { timeout: 15000 },
    );
    assert.ok(await rendered.jsonValue());
    const formData = await page.evaluate(() => [...new FormData(document.querySelector('form')).keys()]);
    assert.deepEqual(formData, ['accounts']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});
