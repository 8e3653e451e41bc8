import { NcaLayerError } from './errors.js';
import { classifyFrame, greetingVersion } from './frames.js';
import type { CreateSocket, NcaLayerSocket } from './socket.js';

export interface ConnectionEvents {
  /** A parsed JSON frame after the greeting. */
  onFrame(value: unknown): void;
  /** A corrupted frame after the greeting. */
  onGarbage(reason: string): void;
  /** The socket ended after the greeting (dropped, or closed by either side). */
  onClosed(): void;
}

export interface OpenOptions {
  /** Give up when the greeting has not arrived by then; undefined = wait (LNA prompt showing). */
  timeoutMs: number | undefined;
}

/**
 * One WebSocket to NCALayer, from the greeting to its end. It neither queues nor interprets
 * answers: it reports frames, and the client decides what they mean.
 */
export class Connection {
  private closedByUs = false;

  private constructor(
    private readonly socket: NcaLayerSocket,
    readonly version: string,
  ) {}

  /** Opens a socket and resolves once NCALayer's greeting has arrived. */
  static open(url: string, createSocket: CreateSocket, { timeoutMs }: OpenOptions, events: ConnectionEvents): Promise<Connection> {
    return new Promise((resolve, reject) => {
      let socket: NcaLayerSocket;
      try {
        socket = createSocket(url);
      } catch (cause) {
        reject(new NcaLayerError('ncalayer-unavailable', `Cannot open ${url}`, { cause }));
        return;
      }
      let opened = false;
      let connection: Connection | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const fail = (error: NcaLayerError) => {
        clearTimeout(timer);
        if (connection) return;
        try { socket.close(); } catch { /* already closing */ }
        reject(error);
      };
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => fail(new NcaLayerError('ncalayer-unavailable', `No greeting from NCALayer within ${timeoutMs} ms`)), timeoutMs);
      }

      socket.addEventListener('open', () => { opened = true; });
      // Browsers follow 'error' with 'close'; a custom socket might not, so fail here as well.
      socket.addEventListener('error', () => {
        if (!connection) fail(new NcaLayerError(opened ? 'ncalayer-closed' : 'ncalayer-unavailable', `Connection to ${url} failed`));
      });
      socket.addEventListener('message', (event) => {
        const frame = classifyFrame((event as MessageEvent).data);
        if (frame.kind === 'noise') return;
        if (connection) {
          if (frame.kind === 'json') events.onFrame(frame.value);
          else events.onGarbage(frame.reason);
          return;
        }
        const version = frame.kind === 'json' ? greetingVersion(frame.value) : undefined;
        if (version === undefined) {
          fail(new NcaLayerError('ncalayer-protocol', 'The first frame from NCALayer was not its version greeting'));
          return;
        }
        clearTimeout(timer);
        connection = new Connection(socket, version);
        resolve(connection);
      });
      socket.addEventListener('close', () => {
        if (connection) {
          if (!connection.closedByUs) events.onClosed();
          return;
        }
        fail(opened
          ? new NcaLayerError('ncalayer-closed', 'NCALayer closed the connection before its greeting')
          : new NcaLayerError('ncalayer-unavailable', `Nothing answers at ${url}`));
      });
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  close(): void {
    this.closedByUs = true;
    try { this.socket.close(); } catch { /* already closed */ }
  }
}
