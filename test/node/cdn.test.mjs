// The single-file CDN bundle as a partner uses it: one <script type="module"> on a plain page
// with a strict CSP, no build step. A second copy of the library on the same page must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { TWO_COPIES, cdnPage, openCdnPage, serveCdnPage, waitForWidgets } from '../../tools/test/cdn-server.mjs';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">`;

test('the CDN bundle registers every element under a strict CSP, twice on one page without an error', { timeout: 60000 }, async () => {
  const server = await serveCdnPage(cdnPage({ copies: TWO_COPIES, head: CSP }));
  const browser = await launchChromium();
  try {
    const { page, problems } = await openCdnPage(browser, server);
    assert.ok(await waitForWidgets(page));
    const formData = await page.evaluate(() => [...new FormData(document.querySelector('form')).keys()]);
    assert.deepEqual(formData, ['accounts']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
  }
});
