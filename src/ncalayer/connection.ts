import { cspAdvice, watchCspViolations } from './csp.js';
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
  /**
   * Aborts when the socket has taken too long to open. Only this part of the wait may be held by
   * a Local Network Access prompt, so the caller decides when it ends.
   */
  openDeadline: AbortSignal;
  /** How long NCALayer may take to greet once the socket is open; nothing may stretch this. */
  greetingTimeoutMs: number;
  /**
   * Something was seen listening on the port (the HTTPS probe got through or was left hanging),
   * so a socket that then never opens is "not responding" rather than "not running".
   */
  listenerSeen?: boolean;
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
  static open(url: string, createSocket: CreateSocket, options: OpenOptions, events: ConnectionEvents): Promise<Connection> {
    const { openDeadline, greetingTimeoutMs, listenerSeen = false } = options;
    const csp = watchCspViolations(url);
    return new Promise<Connection>((resolve, reject) => {
      let socket: NcaLayerSocket | undefined;
      let connection: Connection | undefined;
      let opened = false;
      let done = false;
      let greetingTimer: ReturnType<typeof setTimeout> | undefined;

      const finish = () => {
        done = true;
        clearTimeout(greetingTimer);
        openDeadline.removeEventListener('abort', onOpenDeadline);
      };
      const fail = (error: NcaLayerError) => {
        if (done) return;
        finish();
        try { socket?.close(); } catch { /* already closing */ }
        reject(error);
      };
      /** Refused before it opened: the page's CSP, or nothing there. */
      const failUnopened = async (cause?: unknown) => {
        if (done) return;
        const blocked = (await csp.settle()) || (cause as { name?: unknown } | undefined)?.name === 'SecurityError';
        fail(blocked
          ? new NcaLayerError('ncalayer-blocked-by-csp', cspAdvice(url), { cause })
          : new NcaLayerError('ncalayer-unavailable', `Nothing answers at ${url}`, cause === undefined ? {} : { cause }));
      };
      const onOpenDeadline = () => {
        if (opened) return;
        fail(listenerSeen
          ? new NcaLayerError('ncalayer-not-responding', `Something listens at ${url} but the connection did not open`)
          : new NcaLayerError('ncalayer-unavailable', `No connection to ${url}`));
      };

      try {
        socket = createSocket(url);
      } catch (cause) {
        // Some engines refuse a CSP-blocked (or insecure) WebSocket synchronously with a SecurityError.
        void failUnopened(cause);
        return;
      }
      if (openDeadline.aborted) onOpenDeadline();
      else openDeadline.addEventListener('abort', onOpenDeadline, { once: true });

      socket.addEventListener('open', () => {
        opened = true;
        if (done) return;
        greetingTimer = setTimeout(
          () => fail(new NcaLayerError('ncalayer-not-responding', `The connection to ${url} opened, but no NCALayer greeting came within ${greetingTimeoutMs} ms`)),
          greetingTimeoutMs,
        );
      });
      // Browsers follow 'error' with 'close' (not always after a CSP refusal); a custom socket
      // might not, so fail here as well.
      socket.addEventListener('error', () => {
        if (opened) fail(new NcaLayerError('ncalayer-closed', `Connection to ${url} failed`));
        else void failUnopened();
      });
      socket.addEventListener('message', (event) => {
        const frame = classifyFrame(event.data);
        if (frame.kind === 'noise') return;
        if (connection) {
          if (frame.kind === 'json') events.onFrame(frame.value);
          else events.onGarbage(frame.reason);
          return;
        }
        if (done) return;
        const version = frame.kind === 'json' ? greetingVersion(frame.value) : undefined;
        if (version === undefined) {
          fail(new NcaLayerError('ncalayer-protocol', 'The first frame from NCALayer was not its version greeting'));
          return;
        }
        finish();
        connection = new Connection(socket!, version);
        resolve(connection);
      });
      socket.addEventListener('close', () => {
        if (connection) {
          if (!connection.closedByUs) events.onClosed();
          return;
        }
        if (opened) fail(new NcaLayerError('ncalayer-closed', 'NCALayer closed the connection before its greeting'));
        else void failUnopened();
      });
    }).finally(() => csp.stop());
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  close(): void {
    this.closedByUs = true;
    try { this.socket.close(); } catch { /* already closed */ }
  }
}
