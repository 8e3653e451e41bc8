// HTTP control endpoint of the emulator, reachable from browser tests (CORS open: it listens on
// 127.0.0.1 only and holds nothing but test data).
//   GET  /state        config, scenario list, fixture list, open connections, max requests in flight
//   GET  /requests     every request frame received since the last reset
//   POST /config       {scenario?, cert?, delayMs?, version?, activeTokens?, errorCode?, errorMessage?, errorDetails?, silentHttp?}
//   POST /reset        back to the start-up config; clears the request log
//   POST /disconnect   drops every open WebSocket (as when NCALayer quits)
//   POST /push         {text}: sends a frame to every open WebSocket, unsolicited
//   GET  /ca.pem       the test CA certificate
import { createServer } from 'node:http';
import { errorText } from './error-text.mjs';
/** @import { IncomingMessage } from 'node:http' */
/** @import { AddressInfo } from 'node:net' */
/** @import { EmulatorConfig } from './responder.mjs' */

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  // Chrome's Local Network Access preflight for pages on public origins (demos).
  'access-control-allow-private-network': 'true',
};

/**
 * @param {IncomingMessage} request
 * @returns {Promise<any>} whatever JSON the test sent; the emulator checks what it uses
 */
async function readJson(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body ? JSON.parse(body) : {};
}

/**
 * @param {object} options
 * @param {number} options.port  0 picks a free one
 * @param {string} options.host
 * @param {string} options.caPem
 * @param {() => unknown} options.state
 * @param {() => unknown} options.requests
 * @param {(partial: Partial<EmulatorConfig>) => unknown} options.configure  throws on an unknown name
 * @param {() => unknown} options.reset
 * @param {() => void} options.disconnect
 * @param {(text: string) => void} options.push
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startControlServer({ port, host, caPem, state, requests, configure, reset, disconnect, push }) {
  /** @type {Record<string, (request: IncomingMessage) => unknown>} */
  const routes = {
    'GET /': () => state(),
    'GET /state': () => state(),
    'GET /requests': () => requests(),
    'POST /config': async (request) => configure(await readJson(request)),
    'POST /reset': () => reset(),
    'POST /disconnect': () => { disconnect(); return { ok: true }; },
    'POST /push': async (request) => { push(String((await readJson(request)).text ?? '')); return { ok: true }; },
  };

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://control').pathname;
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    if (request.method === 'GET' && path === '/ca.pem') {
      return void response.writeHead(200, { ...CORS, 'content-type': 'application/x-pem-file' }).end(caPem);
    }
    const route = routes[`${request.method} ${path}`];
    if (!route) return void response.writeHead(404, { ...CORS, 'content-type': 'application/json' }).end('{"error":"not found"}');
    try {
      const result = await route(request);
      response.writeHead(200, { ...CORS, 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      response.writeHead(400, { ...CORS, 'content-type': 'application/json' }).end(JSON.stringify({ error: errorText(error) }));
    }
  });
  await /** @type {Promise<void>} */ (new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  }));
  // Listening on a host and port, so the address is an AddressInfo (not a pipe's name).
  const actualPort = /** @type {AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () => /** @type {Promise<void>} */ (new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); })),
  };
}
