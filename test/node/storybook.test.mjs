// Storybook as designers get it: the static build works offline, and every story renders in
// Chromium without a page error or a failed request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../../tools/test/chromium.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('every story renders without errors', { timeout: 10 * 60 * 1000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'tirkeu-storybook-'));
  try {
    execFileSync('npx', ['storybook', 'build', '--quiet', '-o', out], {
      stdio: 'ignore',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    const entries = Object.entries(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries);
    const ids = entries.filter(([, entry]) => entry.type === 'story').map(([id]) => id);
    assert.ok(ids.length >= 40, `${ids.length} stories`);
    // A docs page for every component the stories show (autodocs, with the manifest's tables).
    const titles = new Set(entries.filter(([, entry]) => entry.type === 'story').map(([, entry]) => entry.title));
    const documented = new Set(entries.filter(([, entry]) => entry.type === 'docs').map(([, entry]) => entry.title));
    assert.deepEqual([...titles].filter((title) => !documented.has(title)), [], 'components without a docs page');
    // The accessibility panel is in the build (its vision simulator is in no other addon).
    const managerCode = readdirSync(join(out, 'sb-addons'), { recursive: true })
      .filter((file) => String(file).endsWith('.js'))
      .map((file) => readFileSync(join(out, 'sb-addons', String(file)), 'utf8'))
      .join('\n');
    assert.match(managerCode, /storybook-a11y-vision-filters/, "the accessibility panel (its vision simulator)");

    const server = await serve(out);
    const { port } = server.address();
    const browser = await launchChromium();
    const failures = [];
    try {
      const page = await browser.newPage();
      let errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
      });
      for (const id of ids) {
        errors = [];
        await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
        // A story is rendered once the root holds one of our elements with a shadow root.
        const rendered = await page
          .waitForFunction(
            () => [...document.querySelectorAll('#storybook-root *')].some((el) => el.localName.startsWith('tirkeu-') && el.shadowRoot) ||
              document.querySelector('#storybook-root table'),
            { timeout: 5000 },
          )
          .then(() => true, () => false);
        if (!rendered || errors.length) failures.push(`${id}: ${rendered ? '' : 'nothing rendered '}${errors.slice(0, 2).join(' | ')}`);
      }
    } finally {
      await browser.close();
      server.close();
    }
    assert.deepEqual(failures, []);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
