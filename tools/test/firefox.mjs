import { existsSync } from 'node:fs';

/** Debian's Firefox ESR (installed by .ci/run) unless FIREFOX_PATH names another. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Firefox found: run `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  return found;
}

/**
 * puppeteer-core drives Firefox over WebDriver BiDi, with no geckodriver. The NCALayer emulator
 * serves wss:// with its own test CA, as NCALayer does with NCA's: the session accepts it.
 */
export function firefoxLaunchOptions() {
  return { browser: 'firefox', protocol: 'webDriverBiDi', executablePath: firefoxPath(), headless: true, acceptInsecureCerts: true };
}

/**
 * A test page whose keyboard also takes the key name 'Space': puppeteer's CDP keyboard (Chromium)
 * does, its WebDriver BiDi keyboard throws "Unknown key", so `sendKeys({ press: 'Space' })` would
 * work in one engine only.
 */
export async function createFirefoxPage({ context }) {
  const page = await context.newPage();
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
  }
  return page;
}
