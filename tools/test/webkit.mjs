/**
 * WebKit for the browser tests: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver
 * through @web/test-runner-webdriver. MiniBrowser has no headless mode, so the launcher starts
 * its own Xvfb (on a display the X server picks itself) and its own driver (on a free port), and
 * stops both, with every browser process they started, when the run ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

const START_TIMEOUT = 15000;
/** What ends a runner without its 'exit' event (it handles SIGINT itself and stops the launchers). */
const SIGNALS = ['SIGTERM', 'SIGHUP'];

/** WebKitGTK's MiniBrowser (package webkit2gtk-driver pulls it in) unless WEBKIT_MINIBROWSER names another. */
export function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const candidates = readdirSync('/usr/lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((dir) => `/usr/lib/${entry.name}/${dir}/MiniBrowser`));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No WebKitGTK MiniBrowser found: run `apt-get install -y webkit2gtk-driver xvfb` or set WEBKIT_MINIBROWSER.');
  return found;
}

/** Starts Xvfb on a display it chooses (-displayfd writes the number back), so parallel runs never collide. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => fail(new Error(`Xvfb did not start: ${stderr}`)), START_TIMEOUT);
    const fail = (error) => {
      clearTimeout(timer);
      stop(xvfb);
      reject(error);
    };
    xvfb.once('error', (error) => fail(new Error(`Cannot run Xvfb (apt-get install -y xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

/** Starts WebKitWebDriver on a free loopback port and waits until it answers /status. */
async function startDriver(display) {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so stopping it also stops the MiniBrowser and web processes it spawned.
    detached: true,
  });
  let stderr = '';
  // The last few kB only, for the error message should it not start: it logs for the whole run.
  driver.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  const failed = new Promise((_, reject) => driver.once('error', reject));
  const deadline = Date.now() + START_TIMEOUT;
  for (;;) {
    try {
      const response = await Promise.race([fetch(`http://127.0.0.1:${port}/status`), failed]);
      if (response.ok) return { process: driver, port };
    } catch (error) {
      if (error?.code === 'ENOENT') throw new Error('Cannot run WebKitWebDriver (apt-get install -y webkit2gtk-driver).');
    }
    const gone = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(undefined), 100))]);
    if (gone !== undefined || Date.now() > deadline) {
      stop(driver);
      throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr}`);
    }
  }
}

/** WebDriver's code points for the named keys a chord may hold or press (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ', Backspace: '\uE003', Delete: '\uE017',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011', End: '\uE010',
};
function webdriverKey(key) {
  if (key in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[key];
  if ([...key].length === 1) return key;
  throw new Error(`No WebDriver key for ${JSON.stringify(key)}`);
}

/** Ends a process this module started, with its whole process group (it was spawned detached). */
function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/**
 * A WebdriverLauncher that owns its Xvfb and WebKitWebDriver, and evens out two things so that
 * tests need not know which engine runs them:
 * - in one key action of several characters WebKitWebDriver loses a key that comes again
 *   ('DE89 3704 0044 0532 0130 00' arrived as 'DE89 37040405320130'), so text goes one key per action;
 * - @web/test-runner-webdriver supports mouse actions only with one page per browser (its
 *   SessionManager), so this launcher runs one test file at a time whatever the global concurrency;
 *   each file so starts where the last one left the browser, service workers included.
 */
export class WebkitLauncher extends WebdriverLauncher {
  #options;
  #xvfb;
  #driver;
  #onExit = () => {
    stop(this.#driver?.process);
    stop(this.#xvfb?.process);
  };
  /** Both run in their own process groups, so a runner killed by a signal must end them itself. */
  #onSignal = (signal) => {
    this.#onExit();
    process.kill(process.pid, signal);
  };

  constructor() {
    const options = {
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for BiDi, which WebKitWebDriver lacks: "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        // The NCALayer emulator serves wss:// with its own test CA, as NCALayer does with NCA's.
        acceptInsecureCerts: true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      },
    };
    super(options);
    this.#options = options;
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    process.once('exit', this.#onExit);
    for (const signal of SIGNALS) process.once(signal, this.#onSignal);
    this.#xvfb = await startXvfb();
    this.#driver = await startDriver(this.#xvfb.display);
    this.#options.port = this.#driver.port;
  }

  async stop() {
    await super.stop();
    this.#onExit();
    process.off('exit', this.#onExit);
    for (const signal of SIGNALS) process.off(signal, this.#onSignal);
  }

  /**
   * Unregisters the page's service workers before the next test file. msw's worker stays
   * registered for the test origin, and in WebKit a request from a page it controls that was
   * aborted keeps its connection while the peer stays silent (as the NCALayer emulator's `silent`
   * faults do); after a few of them WebKit opens no new connection, fetch or WebSocket, to that
   * host and port, and every later file that talks to the emulator times out.
   */
  async stopSession(sessionId) {
    await this.driver
      ?.executeAsync(
        `const done = arguments[arguments.length - 1];
        const registrations = navigator.serviceWorker ? navigator.serviceWorker.getRegistrations() : Promise.resolve([]);
        registrations.then((all) => Promise.all(all.map((r) => r.unregister()))).then(() => done(), () => done());`,
      )
      .catch(() => undefined);
    return super.stopSession(sessionId);
  }

  /** Holds every key but the last, presses the last, releases them (see key-chord-plugin.mjs). */
  async sendKeyChord(sessionId, keys) {
    const values = keys.map(webdriverKey);
    const down = values.map((value) => ({ type: 'keyDown', value }));
    const up = values.reverse().map((value) => ({ type: 'keyUp', value }));
    await this.driverManager.performActions(sessionId, [{ type: 'key', id: 'chord', actions: [...down, ...up] }]);
  }

  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }
}

export function webkitLauncher() {
  return new WebkitLauncher();
}
