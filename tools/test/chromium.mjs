import { existsSync } from 'node:fs';

/** Debian's Chromium (installed by .ci/run) unless CHROME_PATH names another. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROME_PATH.');
  return found;
}

/**
 * The flags every headless Chromium of the tests and benchmarks runs with: as root it needs
 * --no-sandbox; this machine's closed network makes background and update traffic fail noisily;
 * the NCALayer emulator serves wss:// with its own test CA, as NCALayer does with NCA's.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--ignore-certificate-errors',
];

/** A headless Chromium driven by puppeteer-core, for the Node tests and the benchmarks. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROME_ARGS });
}
