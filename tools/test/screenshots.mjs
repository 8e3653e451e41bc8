#!/usr/bin/env node
/**
 * Screenshots of every widget state (test/components/widget-states.ts) in every locale, theme and
 * width, for test/node/screenshots.test.mjs; run directly (`npm run screenshots:update`), it
 * writes them as the new baselines in test/screenshots/baselines/ (`… -- bank-open` only that state's).
 *
 * What makes a shot the same from run to run: the page is bundled from the sources and served
 * from memory (no network), the NCALayer and the backend are in-page fakes answering at once, the
 * clock stands still, the font is DejaVu Sans loaded from its file (Debian's fonts-dejavu-core),
 * motion is reduced, the caret is transparent, and pixels are CSS pixels (deviceScaleFactor 1).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { WORKER_FILE, WORKER_NAME } from '../build/pdf-worker.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, chromiumPath } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASELINES = join(ROOT, 'test/screenshots/baselines');
export const RESULTS = join(ROOT, '.test-results/screenshots');
export const UPDATE_COMMAND = 'npm run screenshots:update';

export const LOCALES = ['en', 'ru', 'kk'];
export const THEMES = ['light', 'dark'];
export const WIDTHS = [1280, 375];

/**
 * A shot matches its baseline when at most 0.5 % of its pixels differ by more than pixelmatch's
 * threshold 0.1 (anti-aliasing not counted): text rendered a hair differently passes, a field
 * that moved by a line does not.
 */
export const TOLERANCE = { threshold: 0.1, maxDiffRatio: 0.005 };

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONTS = {
  '/fonts/regular.ttf': 'DejaVuSans.ttf',
  '/fonts/bold.ttf': 'DejaVuSans-Bold.ttf',
  '/fonts/mono.ttf': 'DejaVuSansMono.ttf',
};

// The monospace face is given under the names the picker asks for first, so that fontconfig's
// choice for `monospace` never enters a shot.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tirkeu screenshots</title>
<style>
  @font-face { font-family: 'Tirkeu Shot'; src: url(/fonts/regular.ttf); font-weight: 100 500; }
  @font-face { font-family: 'Tirkeu Shot'; src: url(/fonts/bold.ttf); font-weight: 600 900; }
  @font-face { font-family: 'SFMono-Regular'; src: url(/fonts/mono.ttf); }
  html { font: 16px/1.4 'Tirkeu Shot'; caret-color: transparent; }
  body { margin: 0; }
  #stage { display: flow-root; background: Canvas; color: CanvasText; }
</style>
<script type="module" src="/page.js"></script>
</head><body><div id="stage"></div></body></html>`;

/** The page's modules, bundled from test/screenshots/page.ts into memory. */
async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { page: join(ROOT, 'test/screenshots/page.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/',
    write: false,
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  // Every chunk sits at the root, so src/pdf/ finds pdf.js' worker beside it there.
  files.set(`/${WORKER_NAME}`, readFileSync(WORKER_FILE));
  return files;
}

function fontFiles() {
  const files = new Map();
  for (const [url, name] of Object.entries(FONTS)) {
    const path = join(FONT_DIR, name);
    if (!existsSync(path)) throw new Error(`${path} is missing: the screenshots use DejaVu Sans (apt-get install fonts-dejavu-core).`);
    files.set(url, readFileSync(path));
  }
  return files;
}

/** Serves the page, its modules and the fonts from memory on a loopback port. */
export async function startPageServer() {
  const files = await bundle();
  const fonts = fontFiles();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (fonts.has(path)) return void response.writeHead(200, { 'content-type': 'font/ttf' }).end(fonts.get(path));
    if (files.has(path)) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(files.get(path));
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Chromium with the test's flags, plus what keeps text and colours the same between machines. */
export async function launchForScreenshots() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROME_ARGS, '--lang=en-US', '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'],
  });
}

/** A page with the screenshot harness loaded; page errors are collected in `errors`. */
export async function openShotPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  await page.setViewport({ width: Math.max(...WIDTHS) + 40, height: 900, deviceScaleFactor: 1 });
  await page.emulateTimezone('UTC');
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true' && document.fonts.status === 'loaded');
  const states = await page.evaluate(() => [...window.tirkeuShots.states]);
  return { page, errors, states };
}

export const shotName = ({ state, locale, theme, width }) => `${state}.${locale}.${theme}.${width}.png`;

/**
 * Renders `state` in each locale once, then photographs the widget at each width and theme.
 * Calls `take(shot, png)` for each.
 */
export async function shootState(page, state, take) {
  for (const locale of LOCALES) {
    await page.evaluate((s, l) => window.tirkeuShots.render(s, l), state, locale);
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        await page.evaluate((w, t) => window.tirkeuShots.frame(w, t), width, theme);
        const widget = await page.$('#stage > *');
        const png = Buffer.from(await widget.screenshot({ type: 'png' }));
        await take({ state, locale, theme, width }, png);
      }
    }
  }
}

/**
 * Compares a shot with its baseline: `{ ok, reason, diff }`, `diff` being a PNG that marks the
 * differing pixels in red over the faded baseline.
 */
export async function compareShots(actual, baseline) {
  const [{ PNG }, { default: pixelmatch }] = await Promise.all([import('pngjs'), import('pixelmatch')]);
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(baseline);
  const options = { threshold: TOLERANCE.threshold };
  const drawDiff = (x, y, width, height) => {
    const diff = new PNG({ width, height });
    pixelmatch(x, y, diff.data, width, height, options);
    return PNG.sync.write(diff);
  };
  if (a.width !== b.width || a.height !== b.height) {
    // Compared on a canvas both fit in, so that the diff shows where the layout moved.
    const width = Math.max(a.width, b.width);
    const height = Math.max(a.height, b.height);
    return {
      ok: false,
      reason: `size ${a.width}×${a.height} px, baseline ${b.width}×${b.height} px`,
      diff: drawDiff(padded(b, width, height), padded(a, width, height), width, height),
    };
  }
  if (a.data.equals(b.data)) return { ok: true };
  const pixels = pixelmatch(b.data, a.data, undefined, a.width, a.height, options);
  const ratio = pixels / (a.width * a.height);
  const reason = `${pixels} px differ (${(ratio * 100).toFixed(2)} %, at most ${TOLERANCE.maxDiffRatio * 100} % allowed)`;
  if (ratio <= TOLERANCE.maxDiffRatio) return { ok: true, reason };
  // Drawn only for a failure: encoding a tall diff costs more than comparing it.
  return { ok: false, reason, diff: drawDiff(b.data, a.data, a.width, a.height) };
}

/** An image's RGBA pixels at the top left of a larger transparent canvas. */
function padded(image, width, height) {
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < image.height; row++) {
    data.set(image.data.subarray(row * image.width * 4, (row + 1) * image.width * 4), row * width * 4);
  }
  return data;
}

/**
 * A shot as stored: RGB (the stage is opaque), no PNG filter, zlib's default strategy at level 9,
 * which for these flat pictures is a fifth smaller than Chromium's own encoding.
 */
export async function compactPng(png) {
  const { PNG } = await import('pngjs');
  return PNG.sync.write(PNG.sync.read(png), { colorType: 2, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

/** Writes a failed shot and its diff next to each other for a person to look at. */
export function keepFailure(name, actual, diff) {
  mkdirSync(RESULTS, { recursive: true });
  const base = join(RESULTS, name.replace(/\.png$/, ''));
  writeFileSync(`${base}.actual.png`, actual);
  if (diff) writeFileSync(`${base}.diff.png`, diff);
  return base;
}

/** Writes the baselines of `only` (state names), or of every state, removing those of states gone. */
async function updateBaselines(only) {
  const started = performance.now();
  mkdirSync(BASELINES, { recursive: true });
  const server = await startPageServer();
  const browser = await launchForScreenshots();
  let count = 0;
  let bytes = 0;
  try {
    const { page, errors, states } = await openShotPage(browser, server.url);
    const unknown = only.filter((state) => !states.includes(state));
    if (unknown.length) throw new Error(`no such state: ${unknown.join(', ')} (states: ${states.join(', ')})`);
    if (!only.length) {
      for (const file of readdirSync(BASELINES)) if (file.endsWith('.png')) rmSync(join(BASELINES, file));
    }
    for (const state of only.length ? only : states) {
      await shootState(page, state, async (shot, shotPng) => {
        const png = await compactPng(shotPng);
        writeFileSync(join(BASELINES, shotName(shot)), png);
        count += 1;
        bytes += png.length;
      });
    }
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${count} baselines in test/screenshots/baselines/ (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${seconds} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await updateBaselines(process.argv.slice(2));
}
