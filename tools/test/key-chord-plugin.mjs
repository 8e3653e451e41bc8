/**
 * Server command `tirkeu-key-chord` { keys: ['Shift', 'Tab'] }: holds every key but the last,
 * presses the last, releases them (Shift+Tab). sendKeys' `down` / `up` would do it in Chromium and
 * Firefox, but @web/test-runner-commands refuses them for WebDriver launchers ("Only press and type
 * are supported by webdriver"), so WebKit could not. Browser tests call it through test/keys.ts.
 */
export const KEY_CHORD_COMMAND = 'tirkeu-key-chord';

export function keyChordPlugin() {
  return {
    name: 'tirkeu-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== KEY_CHORD_COMMAND) return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || !keys.length || !keys.every((key) => typeof key === 'string')) {
        throw new Error(`${KEY_CHORD_COMMAND} takes { keys: string[] }`);
      }
      const { browser } = session;
      if (typeof browser.sendKeyChord === 'function') {
        await browser.sendKeyChord(session.id, keys);
        return true;
      }
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        const held = keys.slice(0, -1);
        for (const key of held) await keyboard.down(key);
        await keyboard.press(keys.at(-1));
        for (const key of held.reverse()) await keyboard.up(key);
        return true;
      }
      throw new Error(`${KEY_CHORD_COMMAND} is not supported by the ${browser.type} launcher`);
    },
  };
}
