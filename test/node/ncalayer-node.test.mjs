// tirkeu/ncalayer in Node, as a server-side integrator uses it from the built package: Node before
// 22 has no global WebSocket, and the client must say so rather than report NCALayer as absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket, WebSocketServer } from 'ws';
import { NcaLayerClient } from '../../dist/ncalayer/index.js';

/** Runs `body` with no global WebSocket, as in Node 20 (Node 22 has one: it is hidden here). */
async function withoutGlobalWebSocket(body) {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'WebSocket');
  if (own) delete globalThis.WebSocket;
  try {
    assert.equal(typeof globalThis.WebSocket, 'undefined');
    return await body();
  } finally {
    if (own) Object.defineProperty(globalThis, 'WebSocket', own);
  }
}

test('without a WebSocket and without createSocket the client says it needs one', () =>
  withoutGlobalWebSocket(() => {
    assert.throws(() => new NcaLayerClient(), (error) => {
      assert.ok(error instanceof TypeError, 'a TypeError, not an NcaLayerError a widget would show');
      assert.equal(error.code, 'ncalayer-no-websocket');
      assert.match(error.message, /needs a WebSocket/);
      assert.match(error.message, /createSocket/);
      assert.match(error.message, /'ws'/);
      return true;
    });
  }));

test('with createSocket from ws, as docs/ncalayer.md says, it talks to NCALayer', () =>
  withoutGlobalWebSocket(async () => {
    // A stand-in NCALayer: the greeting, then one commonUtils answer.
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    server.on('connection', (socket) => {
      socket.send(JSON.stringify({ result: { version: '1.4' } }));
      socket.on('message', (data) => {
        const request = JSON.parse(String(data));
        assert.equal(request.method, 'getActiveTokens');
        socket.send(JSON.stringify({ code: '200', responseObject: ['AKKaztokenStore'] }));
      });
    });
    const client = new NcaLayerClient({ url: `ws://127.0.0.1:${server.address().port}`, createSocket: (url) => new WebSocket(url) });
    try {
      assert.deepEqual(await client.commonUtils.getActiveTokens(), ['AKKaztokenStore']);
    } finally {
      client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }));
