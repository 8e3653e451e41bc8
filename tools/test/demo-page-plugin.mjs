/**
 * The demo page as a visitor opens it, for test/demo/: the plugin runs `npm start`'s server
 * (tools/demo-server.mjs, a child process) on free PORT, NCALAYER_PORT and NCALAYER_CONTROL_PORT,
 * and opens its page top-level in a new tab of the engine the test runs in — the page on its own
 * origin, under its own CSP header, with nothing of the test runner in it. Tests drive it with
 * server commands (executeServerCommand from @web/test-runner-commands):
 *
 *   'demo-start'            → {url, port, ncalayerPort, controlPort, unusedPort, csp, output}  (once per run)
 *   'demo-open' {hash}      opens the page in a new tab; 'demo-reload'; 'demo-close'
 *   'demo-eval' {fn, args}  runs `fn` (a function's source) in the page → {value}: its (awaited) value
 *   'demo-press' {key}      a real key press ('ArrowRight', 'Home', …) on what has focus
 *   'demo-type' {text}      real key presses typing `text` into what has focus
 *   'demo-problems'         → {violations, errors}: securitypolicyviolation events and console errors seen
 *   'demo-csp-reports'      → the report-uri reports the server printed since 'demo-open'
 *   'demo-emulator-state'   → the emulator's GET /state, or {error} when nothing answers
 *   'demo-ncalayer-open'    → whether anything accepts connections on NCALAYER_PORT
 *
 * Chromium and Firefox (puppeteer) watch the page from before its first script and collect
 * console errors; WebKit's WebDriver can run a script only after a page has loaded, so there the
 * watchers start after each load, and the server's CSP reports cover what happens before.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT = 60000;

/** Installed in the page: what the test asks back through 'demo-problems'. */
const WATCH = `(() => {
  if (window.__tirkeuDemoVisit) return;
  const seen = (window.__tirkeuDemoVisit = { violations: [], errors: [] });
  document.addEventListener('securitypolicyviolation', (e) => seen.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
  window.addEventListener('error', (e) => seen.errors.push(String(e.message)));
  // After the page's own listeners: a rejection the page handles (preventDefault) is no error.
  window.addEventListener('unhandledrejection', (e) => setTimeout(() => e.defaultPrevented || seen.errors.push('unhandled rejection: ' + String(e.reason))));
  const error = console.error;
  console.error = function (...args) { seen.errors.push(args.map(String).join(' ')); return error.apply(this, args); };
})()`;

async function startDemoServer() {
  const [port, ncalayerPort, controlPort, unusedPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['tools/demo-server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NCALAYER_PORT: String(ncalayerPort), NCALAYER_CONTROL_PORT: String(controlPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const reports = [];
  const collect = (chunk) => {
    output += chunk;
    for (const line of String(chunk).split('\n')) if (line.startsWith('CSP violation:')) reports.push(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo server did not start: ${output}`)), START_TIMEOUT);
    const ready = () => {
      if (!output.includes('Trust it once')) return;
      clearTimeout(timer);
      child.stdout.off('data', ready);
      resolve();
    };
    child.stdout.on('data', ready);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited with ${code}: ${output}`));
    });
  });
  const url = `http://localhost:${port}/`;
  const csp = (await fetch(url)).headers.get('content-security-policy');
  return {
    child,
    reports,
    info: () => ({ url, port, ncalayerPort, controlPort, unusedPort, csp, output }),
  };
}

/** A new tab in a puppeteer-driven engine (Chromium over CDP, Firefox over WebDriver BiDi). */
async function puppeteerVisitor(testPage) {
  const page = await testPage.browser().newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  await page.evaluateOnNewDocument(WATCH);
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    evaluate: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    consoleErrors: () => errors,
    async close() {
      await page.close();
      await testPage.bringToFront().catch(() => undefined);
    },
  };
}

/** A new window of a WebDriver session (WebKit): switched to while the test asks, switched back on close. */
async function webdriverVisitor(driver) {
  const original = await driver.getWindowHandle();
  const { handle } = await driver.createWindow('tab');
  await driver.switchToWindow(handle);
  const watch = () => driver.execute(WATCH);
  return {
    goto: async (url) => { await driver.navigateTo(url); await watch(); },
    reload: async () => { await driver.refresh(); await watch(); },
    async evaluate(source) {
      const result = await driver.executeAsync(
        `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => ${source}).then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
      );
      if (result?.error) throw new Error(result.error);
      return result?.value;
    },
    press: (key) => driver.keys([key]),
    // One action per character: in one sequence WebKit's driver drops a key that repeats the one
    // before it ("ll" types "l").
    async type(text) {
      for (const character of text) await driver.keys([character]);
    },
    consoleErrors: () => [],
    async close() {
      await driver.closeWindow();
      await driver.switchToWindow(original);
    },
  };
}

function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

export function demoPagePlugin() {
  /** @type {Promise<Awaited<ReturnType<typeof startDemoServer>>> | undefined} */
  let demo;
  const visitors = new Map();
  const visitorOf = (session) => {
    const visitor = visitors.get(session.id);
    if (!visitor) throw new Error("'demo-open' first");
    return visitor;
  };

  return {
    name: 'demo-page',
    async serverStop() {
      const running = await demo?.catch(() => undefined);
      running?.child.kill('SIGTERM');
      demo = undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('demo-')) return undefined;
      if (command === 'demo-start') {
        // Started once, on the first test that asks: the other test files never pay for it.
        demo ??= startDemoServer();
        return (await demo).info();
      }
      const server = await demo;
      if (!server) throw new Error("'demo-start' first");
      const { url, ncalayerPort, controlPort } = server.info();
      switch (command) {
        case 'demo-open': {
          await visitors.get(session.id)?.close();
          const browser = session.browser;
          const visitor = typeof browser.getPage === 'function' ? await puppeteerVisitor(browser.getPage(session.id)) : await webdriverVisitor(browser.driver);
          // Reports from here on are this visit's (engines take turns; the server is shared).
          visitor.reportsFrom = server.reports.length;
          visitors.set(session.id, visitor);
          await visitor.goto(`${url}${payload?.hash ?? ''}`);
          return true;
        }
        case 'demo-reload':
          await visitorOf(session).reload();
          return true;
        case 'demo-eval':
          // Wrapped: a command that answers undefined or null counts as not handled.
          return { value: await visitorOf(session).evaluate(`(${payload.fn})(...${JSON.stringify(payload.args ?? [])})`) };
        case 'demo-press':
          await visitorOf(session).press(payload.key);
          return true;
        case 'demo-type':
          await visitorOf(session).type(payload.text);
          return true;
        case 'demo-problems': {
          const visitor = visitorOf(session);
          const seen = (await visitor.evaluate('window.__tirkeuDemoVisit')) ?? { violations: [], errors: [] };
          return { violations: seen.violations, errors: [...seen.errors, ...visitor.consoleErrors()] };
        }
        case 'demo-close':
          await visitors.get(session.id)?.close();
          visitors.delete(session.id);
          return true;
        case 'demo-csp-reports':
          return server.reports.slice(visitorOf(session).reportsFrom);
        case 'demo-emulator-state':
          try {
            return await (await fetch(`http://127.0.0.1:${controlPort}/state`)).json();
          } catch (error) {
            return { error: String(error.cause?.code ?? error.message) };
          }
        case 'demo-ncalayer-open':
          return isListening(ncalayerPort);
        default:
          return undefined;
      }
    },
  };
}
