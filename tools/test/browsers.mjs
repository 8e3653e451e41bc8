/**
 * The browser engines the browser tests run in: Chromium, Firefox and WebKit, or those that
 * TIRKEU_BROWSERS names (`TIRKEU_BROWSERS=chromium npx wtr --files …`). Each launcher module is
 * imported only when its engine is chosen, so a machine with one engine can still run that one.
 */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines TIRKEU_BROWSERS names (comma-separated, any case), all three when it is unset or empty. */
export function selectedEngines(value = process.env.TIRKEU_BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!names.length) return [...ENGINES];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`TIRKEU_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return ENGINES.filter((name) => names.includes(name));
}

/** One @web/test-runner launcher per selected engine. */
export async function browserLaunchers(engines = selectedEngines()) {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  const launchers = {
    async chromium() {
      const { CHROME_ARGS, chromiumPath } = await import('./chromium.mjs');
      return chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: ['--headless=new', ...CHROME_ARGS] } });
    },
    async firefox() {
      // What @web/test-runner-puppeteer does, with puppeteer-core: that package depends on the full
      // `puppeteer`, whose install script downloads a Chrome, and installs offline fail on it.
      const [{ default: puppeteer }, { createFirefoxPage, firefoxLaunchOptions }] = await Promise.all([import('puppeteer-core'), import('./firefox.mjs')]);
      return chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions(), createPage: createFirefoxPage });
    },
    async webkit() {
      const { webkitLauncher } = await import('./webkit.mjs');
      return webkitLauncher();
    },
  };
  return Promise.all(engines.map((engine) => launchers[engine]()));
}
