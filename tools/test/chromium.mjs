import { existsSync } from 'node:fs';

/** Debian's Chromium (installed by .ci/run) unless CHROME_PATH names another. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROME_PATH.');
  return found;
}
