// wss:// NCALayer emulator on 127.0.0.1 (never another interface), plus an HTTP control endpoint
// through which tests and demos choose the scenario and the certificate the "user" picks.
import { createServer as createHttpsServer } from 'node:https';
import { WebSocketServer, WebSocket } from 'ws';
import { CA_PEM_PATH, loadFixtures } from './fixtures.mjs';
import { createResponder, DEFAULT_CONFIG, greetingFrame, HEARTBEAT, SCENARIOS } from './responder.mjs';
import { createNodeSigner } from './signer.mjs';
import { startControlServer } from './control.mjs';
/** @import { AddressInfo } from 'node:net' */
/** @import { Duplex } from 'node:stream' */
/** @import { Session } from './responder.mjs' */

// The types a user of the package works with, from the modules that define them.
/**
 * @typedef {import('./responder.mjs').EmulatorConfig} EmulatorConfig
 * @typedef {import('./responder.mjs').ScenarioName} ScenarioName
 * @typedef {import('./responder.mjs').EmulatorFixture} EmulatorFixture
 * @typedef {import('./responder.mjs').KeyInfo} KeyInfo
 */

const HOST = '127.0.0.1';
const isLoopback = (address = '') => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * One request frame as the emulator received it (JSON parsed, or the text when it is not JSON).
 * @typedef {{ at: string, connection: number, origin: string | null, frame: unknown }} LoggedRequest
 */

/**
 * A running emulator.
 * @typedef {object} Emulator
 * @property {string} url  wss://127.0.0.1:<port>
 * @property {number} port
 * @property {string} controlUrl  http://127.0.0.1:<port> of the control endpoint
 * @property {number} controlPort
 * @property {string} caPemPath  the test CA certificate's file, to trust in a browser
 * @property {string} caPem  the same certificate, PEM
 * @property {Readonly<EmulatorConfig>} config  the config in force
 * @property {(partial: Partial<EmulatorConfig>) => Readonly<EmulatorConfig>} configure  throws on an unknown scenario or certificate
 * @property {() => LoggedRequest[]} requests  the request frames received since the start or the last reset
 * @property {() => Promise<void>} close
 */

/**
 * @param {object} [options]
 * @param {number} [options.port]         wss port; 0 picks a free one (default 13579, NCALayer's)
 * @param {number} [options.controlPort]  HTTP control port; 0 picks a free one (default 0)
 * @param {Partial<EmulatorConfig>} [options.config]  initial scenario/cert/…
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<Emulator>}
 */
export async function startEmulator({ port = 13579, controlPort = 0, config: initial = {}, log = () => {} } = {}) {
  const bundle = loadFixtures();
  const fixtureNames = bundle.fixtures.map((fixture) => fixture.name);
  let config = validateConfig({ ...DEFAULT_CONFIG, ...initial }, fixtureNames);
  /** @type {LoggedRequest[]} */
  let requests = [];
  let maxInFlight = 0;
  let connectionCount = 0;
  /** @type {Set<WebSocket>} */
  const sockets = new Set();

  const responder = createResponder({ fixtures: bundle.fixtures, signer: createNodeSigner() });

  // The same port answers plain HTTPS GETs, like NCALayer: clients use that as a cheap liveness probe.
  /**
   * Connections a silent scenario left hanging. They are ended when the scenario changes: a
   * browser keeps them in its pool for minutes (Firefox allows six per host), and later tests
   * against the same port would wait behind them.
   */
  /** @type {Set<Duplex>} */
  const hanging = new Set();
  /** @param {Duplex} raw */
  const hang = (raw) => { hanging.add(raw); raw.on('close', () => hanging.delete(raw)); };
  const endHanging = () => { for (const raw of hanging) raw.destroy(); hanging.clear(); };
  const https = createHttpsServer({ key: bundle.tls.privateKey, cert: bundle.tls.certificate }, (request, response) => {
    // The request hangs until the client gives up, or until the scenario changes.
    if (config.silentHttp || config.scenario === 'silent') return void hang(request.socket);
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('NCALayer emulator (tirkeu)\n');
  });
  // Hanging requests and upgrades keep their sockets open: close() ends them itself.
  /** @type {Set<Duplex>} */
  const rawSockets = new Set();
  https.on('connection', (raw) => { rawSockets.add(raw); raw.on('close', () => rawSockets.delete(raw)); });
  const wss = new WebSocketServer({
    server: https,
    // `silent`: the upgrade is accepted at the TCP/TLS level and never answered, so the page's
    // WebSocket never opens.
    verifyClient: (info, accept) => {
      if (config.scenario !== 'silent') accept(true);
      else hang(info.req.socket);
    },
  });
  // ws re-emits the HTTPS server's errors (a port in use); the listen promise below reports them.
  wss.on('error', () => {});

  wss.on('connection', (socket, request) => {
    if (!isLoopback(request.socket.remoteAddress)) return socket.close(1008, 'You shall not pass!');
    const connection = ++connectionCount;
    const origin = request.headers.origin ?? null;
    const closed = new AbortController();
    let inFlight = 0;
    sockets.add(socket);
    socket.on('close', () => { sockets.delete(socket); closed.abort(); });
    socket.on('error', () => {});

    /** @type {Session} */
    const session = {
      get config() { return config; },
      send: (text) => { if (socket.readyState === WebSocket.OPEN) socket.send(text); },
      drop: () => socket.terminate(),
      sleep: (ms) => new Promise((resolve) => {
        if (closed.signal.aborted) return resolve(false);
        const timer = setTimeout(() => resolve(socket.readyState === WebSocket.OPEN), ms);
        closed.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(false); }, { once: true });
      }),
    };

    if (config.scenario !== 'mute') socket.send(greetingFrame(config.version));
    socket.on('message', async (data, isBinary) => {
      const text = isBinary ? '' : data.toString();
      // Heartbeats are answered by the responder too (not under `mute`), but not logged as requests.
      if (text === HEARTBEAT) return void responder.handle(text, session);
      requests.push({ at: new Date().toISOString(), connection, origin, frame: parseOrText(text) });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await responder.handle(text, session);
      } catch (error) {
        log(`ncalayer-emulator: ${error instanceof Error ? error.stack : error}`);
      } finally {
        inFlight -= 1;
      }
    });
  });

  await /** @type {Promise<void>} */ (new Promise((resolve, reject) => {
    https.once('error', reject);
    https.listen(port, HOST, () => { https.off('error', reject); resolve(); });
  }));
  // Listening on a host and port, so the address is an AddressInfo (not a pipe's name).
  const wssPort = /** @type {AddressInfo} */ (https.address()).port;

  const control = await startControlServer({
    port: controlPort,
    host: HOST,
    caPem: bundle.ca.certificate,
    state: () => ({ config, scenarios: SCENARIOS, fixtures: bundle.fixtures.map(({ name, description, purpose, iin, bin, notBefore, notAfter }) => ({ name, description, purpose, iin, bin, notBefore, notAfter })), connections: sockets.size, maxInFlight }),
    requests: () => requests,
    configure: (partial) => {
      config = validateConfig({ ...config, ...partial }, fixtureNames);
      if (!config.silentHttp && config.scenario !== 'silent') endHanging();
      return config;
    },
    reset: () => {
      config = validateConfig({ ...DEFAULT_CONFIG, ...initial }, fixtureNames);
      endHanging();
      requests = [];
      maxInFlight = 0;
      return config;
    },
    disconnect: () => { for (const socket of sockets) socket.terminate(); },
    push: (text) => { for (const socket of sockets) socket.send(text); },
  });

  const url = `wss://${HOST}:${wssPort}`;
  log(`NCALayer emulator on ${url} (control ${control.url}); CA: ${CA_PEM_PATH}`);
  return {
    url,
    port: wssPort,
    controlUrl: control.url,
    controlPort: control.port,
    caPemPath: CA_PEM_PATH,
    caPem: bundle.ca.certificate,
    get config() { return config; },
    configure: (partial) => (config = validateConfig({ ...config, ...partial }, fixtureNames)),
    requests: () => requests,
    async close() {
      for (const socket of sockets) socket.terminate();
      for (const raw of rawSockets) raw.destroy();
      await /** @type {Promise<void>} */ (new Promise((resolve) => wss.close(() => resolve())));
      await /** @type {Promise<void>} */ (new Promise((resolve) => https.close(() => resolve())));
      await control.close();
    },
  };
}

/**
 * Refuses unknown scenario/fixture names early, so a typo in a test fails loudly. The config may
 * come from a test's JSON (POST /config), so every field is checked, whatever its type says.
 * @param {EmulatorConfig} config
 * @param {string[]} fixtureNames
 * @returns {Readonly<EmulatorConfig>}
 */
function validateConfig(config, fixtureNames) {
  if (!(config.scenario in SCENARIOS)) throw new Error(`Unknown scenario "${config.scenario}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
  if (config.cert !== 'auto' && !fixtureNames.includes(config.cert)) throw new Error(`Unknown certificate "${config.cert}"; known: auto, ${fixtureNames.join(', ')}`);
  if (!Number.isFinite(config.delayMs) || config.delayMs < 0) throw new Error('delayMs must be a number ≥ 0');
  if (!Array.isArray(config.activeTokens)) throw new Error('activeTokens must be an array');
  return Object.freeze({ ...config, activeTokens: [...config.activeTokens] });
}

/** @param {string} text */
function parseOrText(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export { SCENARIOS, DEFAULT_CONFIG, CA_PEM_PATH };
