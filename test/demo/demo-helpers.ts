// Driving the demo page (tools/test/demo-page-plugin.mjs runs its server and the tab) from a test:
// commands to the plugin, functions run in the page, polls, and the page's own controls.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Demo {
  url: string;
  port: number;
  ncalayerPort: number;
  controlPort: number;
  unusedPort: number;
  csp: string;
  output: string;
}
export interface EmulatorState {
  config?: { scenario: string; cert: string };
  error?: string;
}

export const command = <T>(name: string, payload?: unknown) => executeServerCommand(name, payload) as Promise<T>;
/** Runs `fn` in the demo page. It must stand alone: only its source and `args` get there. */
export const evaluate = async <T>(fn: string, args: unknown[]) => (await command<{ value: T }>('demo-eval', { fn, args })).value;
export const inPage = <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) => evaluate<T>(fn.toString(), args);
export const press = (key: string) => command('demo-press', { key });

/**
 * Polls `check` in the page until it returns a truthy value (then returns it), or fails with
 * `what`. The loop is written around `check`'s source here: the page's CSP allows no eval.
 */
export async function pageUntil<A extends unknown[]>(what: string, check: (...args: A) => unknown, ...args: A): Promise<unknown> {
  const poll = `async (...values) => {
    const check = ${check.toString()};
    for (let i = 0; i < 150; i++) {
      const value = await check(...values);
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }`;
  const found = await evaluate(poll, args);
  if (!found) throw new Error(`timed out waiting until ${what}`);
  return found;
}

/** Real key presses typing `text` into what has focus in the page. */
export const type = (text: string) => command('demo-type', { text });

export const waitForPage = () =>
  pageUntil('the page is up (tabs, panel and emulator panel filled)', () => {
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
    const status = document.getElementById('emulator-status')?.textContent;
    return !!panel?.firstElementChild && !!status;
  });

/** Chooses `value` in a <select> of the page as a visitor's pick does: value, then input and change. */
export const choose = (id: string, value: string) =>
  inPage(
    (selectId: string, option: string) => {
      const select = document.getElementById(selectId) as HTMLSelectElement;
      select.value = option;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return select.value;
    },
    id,
    value,
  );
/** The panel disables its selects while it talks to the emulator. */
export const panelSettled = () => pageUntil('the emulator panel is done', () => !(document.getElementById('emulator-scenario') as HTMLSelectElement).disabled);
