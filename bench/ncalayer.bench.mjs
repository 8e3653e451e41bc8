#!/usr/bin/env node
/**
 * NCALayer client figures, measured in headless Chromium against the emulator:
 * - how long the client takes to report "unavailable" when nothing listens (budget 1500 ms);
 * - how long it takes to report "not responding" when something accepts and never answers
 *   (the emulator's `silent` scenario; budget 10 s);
 * - per-request overhead of the client over a raw WebSocket round trip to the same emulator
 *   (median of N getActiveTokens, client minus raw; budget 1 ms);
 * - readCertificate() on a basics CMS (median, after the lazy chunk is loaded).
 * `rows()` is picked up by bench/run.mjs; `node bench/ncalayer.bench.mjs` prints the rows alone.
 */
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { startEmulator } from 'tirkeu-ncalayer-emulator';
import { launchChromium } from '../tools/test/chromium.mjs';
import { freePort } from '../tools/test/free-port.mjs';
import { serveFiles as serve } from './serve-files.mjs';

const ROUND_TRIPS = 300;
const WARM_UP = 30;

async function bundleClient() {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../src/ncalayer/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Runs in the page. Raw and client batches alternate so that drift hits both alike. */
async function measureInPage({ url, unusedUrl, roundTrips, warmUp }) {
  const { NcaLayerClient, readCertificate } = await import('/client.js');
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const request = JSON.stringify({ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' });

  const startedUnavailable = performance.now();
  await new NcaLayerClient({ url: unusedUrl }).connect().catch((error) => {
    if (error.code !== 'ncalayer-unavailable') throw error;
  });
  const unavailableMs = performance.now() - startedUnavailable;

  const raw = new WebSocket(url);
  const rawFrames = [];
  let wake = () => {};
  raw.onmessage = (event) => { rawFrames.push(event.data); wake(); };
  const nextRawFrame = () => new Promise((resolve) => {
    if (rawFrames.length) return resolve(rawFrames.shift());
    wake = () => { wake = () => {}; resolve(rawFrames.shift()); };
  });
  await nextRawFrame(); // greeting
  const client = new NcaLayerClient({ url });
  await client.connect();

  const rawTimes = [];
  const clientTimes = [];
  for (let i = 0; i < warmUp + roundTrips; i += 1) {
    let t = performance.now();
    raw.send(request);
    JSON.parse(await nextRawFrame());
    if (i >= warmUp) rawTimes.push(performance.now() - t);
    t = performance.now();
    await client.commonUtils.getActiveTokens();
    if (i >= warmUp) clientTimes.push(performance.now() - t);
  }

  const cms = await client.basics.sign({ data: btoa('bench'), format: 'cms', signingParams: { decode: true } });
  await readCertificate(cms); // loads the lazy chunk
  const parseTimes = [];
  for (let i = 0; i < 50; i += 1) {
    const t = performance.now();
    await readCertificate(cms);
    parseTimes.push(performance.now() - t);
  }
  raw.close();
  client.close();
  /** Mean of the middle 80 %: steadier than a mean against GC pauses, finer than the median. */
  const trimmedMean = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const kept = sorted.slice(Math.floor(sorted.length * 0.1), Math.ceil(sorted.length * 0.9));
    return kept.reduce((sum, value) => sum + value, 0) / kept.length;
  };
  return {
    unavailableMs,
    raw: median(rawTimes),
    client: median(clientTimes),
    // Means average out the page's coarsened timer (0.1 ms steps without cross-origin isolation).
    meanOverhead: trimmedMean(clientTimes) - trimmedMean(rawTimes),
    parse: median(parseTimes),
  };
}

/** Runs in the page: the time to `ncalayer-not-responding` from a port that accepts and stays silent. */
async function measureSilentInPage({ url }) {
  const { NcaLayerClient } = await import('/client.js');
  const started = performance.now();
  const code = await new NcaLayerClient({ url }).connect().then(() => 'connected', (error) => error.code);
  return { code, ms: performance.now() - started };
}

export async function rows() {
  const emulator = await startEmulator({ port: 0, controlPort: 0 });
  const server = await serve({ '/': '<!doctype html><title>ncalayer bench</title>', '/client.js': await bundleClient() });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const figures = await page.evaluate(measureInPage, {
      url: emulator.url,
      unusedUrl: `wss://127.0.0.1:${await freePort()}`,
      roundTrips: ROUND_TRIPS,
      warmUp: WARM_UP,
    });
    emulator.configure({ scenario: 'silent' });
    const silent = await page.evaluate(measureSilentInPage, { url: emulator.url });
    if (silent.code !== 'ncalayer-not-responding') throw new Error(`silent peer: ${silent.code}`);
    const round = (value) => Math.round(value * 1000) / 1000;
    return [
      { name: 'ncalayer: "unavailable" reported, nothing listening', value: Math.round(figures.unavailableMs), unit: 'ms', budget: 1500 },
      { name: 'ncalayer: "not responding" reported, a peer that accepts and stays silent', value: Math.round(silent.ms), unit: 'ms', budget: 10000 },
      { name: `ncalayer: raw WebSocket round trip (median of ${ROUND_TRIPS})`, value: round(figures.raw), unit: 'ms' },
      { name: `ncalayer: client getActiveTokens (median of ${ROUND_TRIPS})`, value: round(figures.client), unit: 'ms' },
      { name: 'ncalayer: client overhead over raw (medians)', value: round(figures.client - figures.raw), unit: 'ms', budget: 1 },
      { name: 'ncalayer: client overhead over raw (trimmed means)', value: round(figures.meanOverhead), unit: 'ms', budget: 1 },
      { name: 'ncalayer: readCertificate(CMS PEM) (median)', value: round(figures.parse), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    server.close();
    await emulator.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await rows()) console.log(`${row.name}: ${row.value} ${row.unit}${row.budget === undefined ? '' : ` (budget ≤ ${row.budget})`}`);
}
