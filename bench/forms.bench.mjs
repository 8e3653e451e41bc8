#!/usr/bin/env node
/**
 * Registration form figures, measured in headless Chromium in one run:
 * - first render of `tirkeu-resident-form` (from a certificate, rendered and laid out) against a
 *   plain HTML form with the same fields (labels, inputs, help texts, a select), as a ratio of
 *   medians over fresh instances (budget 3);
 * - keystroke to feedback: from the keydown of a real key press in the phone field to the form
 *   having re-rendered (value formatted, error state updated) and laid out, median (budget 2 ms).
 * `rows()` is picked up by bench/run.mjs; `node bench/forms.bench.mjs` prints the rows alone.
 */
import { fileURLToPath } from 'node:url';
import { bundlePage } from './bundle-page.mjs';
import { launchChromium } from '../tools/test/chromium.mjs';
import { serveFiles as serve } from './serve-files.mjs';

const INSTANCES = 40;
const WARM_UP = 5;
const KEYSTROKES = 60;
const ENTRY = `
import '${fileURLToPath(new URL('../src/components/resident-form/define.ts', import.meta.url))}';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const certificate = {
  iin: '900101300017', bin: '150340000129', surname: 'СЕЙТҚАЛИ', givenName: 'АЙГЕРІМ', patronymic: 'ЕРЛАНҚЫЗЫ',
  commonName: 'СЕЙТҚАЛИ АЙГЕРІМ', organisation: 'ТОО «Дала Инжиниринг»', email: 'a@example.kz', subjectKind: 'legal-entity',
};
const FIELDS = [
  ['IIN', 'text', true], ['Surname', 'text', true], ['Name', 'text', true], ['Patronymic', 'text', true],
  ['Date of birth', 'date', true], ['Phone', 'tel'], ['E-mail', 'email'], ['BIN', 'text', true], ['Company name', 'text'],
  ['Full name in Kazakh', 'text'], ['Full name in Russian', 'text'], ['State registration date', 'date'],
  ['Registration document number', 'text'], ['Registering authority', 'text'], ['Company phone', 'tel'],
  ['Official company e-mail', 'email'], ['Legal address', 'text'],
];
function plainForm() {
  const rows = FIELDS.map(([label, type, readonly], i) =>
    '<div class="field"><label for="p' + i + '">' + label + '</label><p class="help" id="p' + i + '-help">Help text</p>' +
    '<input id="p' + i + '" type="' + type + '" aria-describedby="p' + i + '-help"' + (readonly ? ' readonly value="x"' : '') + '>' +
    '<p class="error" id="p' + i + '-error" aria-live="polite"></p></div>').join('');
  const status = '<fieldset><legend>Legal status</legend><label><input type="radio" name="s" checked> Legal entity</label>' +
    '<label><input type="radio" name="s"> Individual entrepreneur</label></fieldset>';
  const bank = '<section><h2>Bank accounts</h2><p>No bank accounts yet.</p><button type="button">Add account</button></section>';
  const form = document.createElement('form');
  form.innerHTML = '<section><h2>User</h2>' + rows + '</section>' + status + bank + '<button type="submit">Register</button>';
  return form;
}
async function settle(el) {
  await el.updateComplete;
  for (const inner of el.shadowRoot.querySelectorAll('tirkeu-combobox, tirkeu-bank-details')) await inner.updateComplete;
}
window.measure = async ({ instances, warmUp }) => {
  const host = document.getElementById('host');
  const plain = [];
  const lit = [];
  for (let i = 0; i < warmUp + instances; i++) {
    // Alternate the two so that drift (GC, JIT) hits both alike.
    let t = performance.now();
    const form = plainForm();
    host.append(form);
    host.offsetHeight;
    if (i >= warmUp) plain.push(performance.now() - t);
    form.remove();

    t = performance.now();
    const el = document.createElement('tirkeu-resident-form');
    el.certificate = certificate;
    host.append(el);
    await settle(el);
    host.offsetHeight;
    if (i >= warmUp) lit.push(performance.now() - t);
    el.remove();
  }
  return { plain: median(plain), lit: median(lit) };
};
window.prepareTyping = async () => {
  const el = document.createElement('tirkeu-resident-form');
  el.certificate = certificate;
  document.getElementById('host').append(el);
  await settle(el);
  const input = el.shadowRoot.getElementById('f-user-phone');
  input.focus();
  window.times = [];
  let started = 0;
  input.addEventListener('keydown', () => (started = performance.now()), true);
  input.addEventListener('input', async () => {
    await el.updateComplete;
    document.body.offsetHeight;
    window.times.push(performance.now() - started);
  });
};
window.typingResult = () => ({ median: median(window.times), count: window.times.length });
`;

export async function rows() {
  const server = await serve(await bundlePage(ENTRY, { body: '<div id="host"></div>', splitting: true }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.measure === 'function' && customElements.get('tirkeu-resident-form'));
    const render = await page.evaluate((o) => window.measure(o), { instances: INSTANCES, warmUp: WARM_UP });
    await page.evaluate(() => window.prepareTyping());
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(String(i % 10));
      if (i % 12 === 11) for (let j = 0; j < 12; j++) await page.keyboard.press('Backspace');
    }
    await page.waitForFunction((n) => window.times.length >= n, {}, KEYSTROKES);
    const typing = await page.evaluate(() => window.typingResult());
    const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
    return [
      {
        name: 'forms: first render, resident form / plain HTML form',
        value: round(render.lit / render.plain),
        unit: '×',
        budget: 3,
        detail: `median of ${INSTANCES}: ${round(render.lit)} ms vs ${round(render.plain)} ms (render + layout)`,
      },
      {
        name: 'forms: keystroke to feedback (phone field)',
        value: round(typing.median),
        unit: 'ms',
        budget: 2,
        detail: `median of ${typing.count} key presses: keydown → re-rendered and laid out`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
