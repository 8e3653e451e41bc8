// README's first command: the demo host page, under its strict Content Security Policy, with the
// mock backend and the NCALayer emulator, works end to end in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { launchChromium } from '../../tools/test/chromium.mjs';
import { freePort } from '../../tools/test/free-port.mjs';

async function startDemo() {
  const [port, ncalayerPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, ['tools/demo-server.mjs'], { env: { ...process.env, PORT: String(port), NCALAYER_PORT: String(ncalayerPort) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start: ${output}`)), 30000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Tirkeu demo:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`demo exited ${code}: ${output}`)));
  });
  return { url: `http://localhost:${port}/`, output: () => output, stop: () => child.kill('SIGTERM') };
}

test('the demo page signs with the emulator on its key tab and fills the resident form, with no CSP violation', { timeout: 120000 }, async () => {
  const demo = await startDemo();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
    });
    page.on('console', (message) => {
      if (message.text().startsWith('CSP:')) problems.push(message.text());
    });
    // Each widget is on its own tab (test/demo/demo-page.test.ts visits them all in three engines).
    await page.goto(`${demo.url}#certificate`, { waitUntil: 'load' });

    const button = await page.waitForSelector('#panel-certificate tirkeu-certificate-picker >>> button');
    await button.click();
    await page.waitForFunction(() => document.querySelector('tirkeu-certificate-picker')?.state === 'selected', { timeout: 20000 });
    await page.click('#tab-resident');
    const iin = await page.waitForFunction(
      () => {
        const form = document.querySelector('tirkeu-resident-form');
        const input = [...(form?.shadowRoot?.querySelectorAll('input') ?? [])].find((el) => /^\d{12}$/.test(el.value));
        return input?.value;
      },
      { timeout: 10000 },
    );
    assert.match(await iin.jsonValue(), /^\d{12}$/);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    demo.stop();
  }
});
