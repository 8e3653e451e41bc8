/**
 * What the client needs of a WebSocket. The browser's WebSocket satisfies it; tests and the
 * in-page fake (mocks/ncalayer) pass their own through `createSocket`.
 */
export interface NcaLayerSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: NcaLayerSocketEvent) => void): void;
}

/**
 * What the client reads of a socket's events: a 'message' event's `data`. Typed by that alone,
 * not as the DOM's Event, so that `ws`'s WebSocket (whose events are its own classes) fits too.
 */
export interface NcaLayerSocketEvent {
  readonly type: string;
  readonly data?: unknown;
}

export type CreateSocket = (url: string) => NcaLayerSocket;

/**
 * The runtime's own WebSocket: every browser has one, Node only from version 22. Without it the
 * client could only ever fail to connect, and "NCALayer is not running" would be a lie, so this
 * is a setup mistake, thrown as a TypeError when the client is made (Node's way with a bad
 * setup), with a stable `code`; never an NcaLayerError, which a widget would show to the user.
 */
export function runtimeSocket(): CreateSocket {
  if (typeof WebSocket === 'function') return (url) => new WebSocket(url);
  throw Object.assign(
    new TypeError(
      "NcaLayerClient needs a WebSocket, and this runtime has none (Node before 22): pass one as `createSocket`, e.g. `new NcaLayerClient({ createSocket: (url) => new WebSocket(url) })` with `import { WebSocket } from 'ws'`",
    ),
    { code: 'ncalayer-no-websocket' as const },
  );
}
