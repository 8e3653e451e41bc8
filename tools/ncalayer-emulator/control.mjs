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

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  // Chrome's Local Network Access preflight for pages on public origins (demos).
  'access-control-allow-private-network': 'true',
};

async function readJson(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body ? JSON.parse(body) : {};
}

export async function startControlServer({ port, host, caPem, state, requests, configure, reset, disconnect, push }) {
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
      response.writeHead(400, { ...CORS, 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error?.message ?? error) }));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
