#!/usr/bin/env node
/**
 * `<tirkeu-registration>` figures:
 * - bytes a visitor downloads before the first step is interactive: the define file and its
 *   static imports, min+gzip, file by file as a server sends them (budget 60 kB);
 * - the whole flow, every step: every chunk a registration can load, pdf.js apart (budget 90 kB),
 *   for a visitor in English; the Russian or Kazakh strings add one locale pack (in the detail);
 * - "Next" to the next step rendered: headless Chromium, a non-resident's steps filled in, from
 *   the click (the step's check included) to the next step's widgets updated and laid out (budget
 *   50 ms, median); the time to the next frame is in the detail (it waits for the display's tick).
 * `rows()` is picked up by bench/run.mjs; `node bench/registration.bench.mjs` prints the rows alone
 * (after `npm run build`: the sizes read dist/).
 */
import { fileURLToPath } from 'node:url';
import { bundlePage } from './bundle-page.mjs';
import { bundleEntry, eagerSize, gzip } from './sizes.mjs';
import { launchChromium } from '../tools/test/chromium.mjs';
import { serveFiles as serve } from './serve-files.mjs';

const ROUNDS = 15;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** pdf.js itself (the library, loaded with the first PDF) and the locale packs are counted apart. */
const isPdfJs = (output) => Object.keys(output.inputs).some((input) => input.includes('node_modules/pdfjs-dist/'));
const isLocalePack = (output) => Object.keys(output.inputs).some((input) => /i18n\/generated\/locales\//.test(input));

async function sizes() {
  const { files, outputs, own } = await bundleEntry('dist/components/registration/define.js');
  const first = eagerSize(files, own);
  let flow = 0;
  let locale = 0;
  let pdf = 0;
  for (const { name, output } of outputs) {
    const size = gzip(files.get(name));
    if (isPdfJs(output)) pdf += size;
    else if (isLocalePack(output)) locale = Math.max(locale, size);
    else flow += size;
  }
  return { first, flow, locale, pdf, chunks: outputs.length };
}

const ENTRY = `
import '${fileURLToPath(new URL('../src/components/registration/define.ts', import.meta.url))}';
import { sampleNonResident } from '${fileURLToPath(new URL('../mocks/sample-registration.ts', import.meta.url))}';
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
async function settled(el) {
  await el.updateComplete;
  const form = el.shadowRoot.querySelector('[part~="form"]');
  if (form) {
    await form.updateComplete;
    for (const inner of form.shadowRoot.querySelectorAll('tirkeu-combobox, tirkeu-bank-details')) await inner.updateComplete;
  }
  await el.updateComplete;
}
window.measure = async ({ rounds }) => {
  const times = [];
  const frames = [];
  const steps = {};
  for (let round = 0; round < rounds + 2; round++) {
    const el = document.createElement('tirkeu-registration');
    // No documents: the uploader's step waits for files, not for rendering.
    el.preset = { id: 'bench', name: { en: 'Bench', ru: 'Bench', kk: 'Bench' }, paths: ['non-resident'], documents: false };
    document.body.append(el);
    await settled(el);
    await el.next();
    await settled(el);
    el.shadowRoot.querySelector('[part~="form"]').value = sampleNonResident;
    await settled(el);
    await frame();
    while (el.step !== 'review') {
      const from = el.step;
      const t = performance.now();
      el.shadowRoot.querySelector('[part~="next"]').click();
      await settled(el);
      // Laid out: what the next frame paints is ready.
      el.offsetHeight;
      const updated = performance.now() - t;
      await frame();
      const painted = performance.now() - t;
      if (el.step === from) throw new Error('stuck at ' + from + ' of ' + el.steps.join(','));
      // Two rounds of warm-up (the first renders of every step).
      if (round >= 2) {
        times.push(updated);
        frames.push(painted);
        (steps[from + '→' + el.step] ??= []).push(updated);
      }
    }
    el.remove();
  }
  const per = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)]));
  return { median: median(times), p95: sorted(times)[Math.ceil(times.length * 0.95) - 1], frame: median(frames), per, count: times.length };
};
`;

async function nextToRendered() {
  const server = await serve(await bundlePage(ENTRY));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => process.env.DEBUG && console.log(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.measure === 'function' && customElements.get('tirkeu-registration'));
    return await page.evaluate((o) => window.measure(o), { rounds: ROUNDS });
  } finally {
    await browser.close();
    server.close();
  }
}

export async function rows() {
  const size = await sizes();
  const speed = await nextToRendered();
  const ms = (n) => `${Math.round(n * 10) / 10} ms`;
  return [
    {
      name: 'registration: before the first step is interactive',
      value: kb(size.first.gz),
      unit: 'kB min+gz',
      budget: 60,
      detail: `${size.first.files} file(s), ${kb(size.first.min)} kB min`,
    },
    {
      name: 'registration: the whole flow, pdf.js apart',
      value: kb(size.flow),
      unit: 'kB min+gz',
      budget: 90,
      detail: `${size.chunks} chunks in all; in Russian or Kazakh + ${kb(size.locale)} kB (the locale pack); pdf.js ${kb(size.pdf)} kB with the first PDF`,
    },
    {
      name: 'registration: "Next" to the next step rendered',
      value: Math.round(speed.median * 10) / 10,
      unit: 'ms',
      budget: 50,
      detail: `median of ${speed.count}, to the step updated and laid out; p95 ${ms(speed.p95)}; to the next frame ${ms(speed.frame)} (60 Hz); ${Object.entries(speed.per).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await rows());
