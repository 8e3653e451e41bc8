import {
  deadlineAfterPrompt,
  isPromptPending,
  localNetworkPermissionStatus,
  pageAddressSpace,
  probeNcaLayer,
  queryLocalNetworkPermission,
  type AddressSpace,
} from './availability.js';
import { BasicsModule } from './basics.js';
import { CommonUtilsModule } from './common-utils.js';
import { Connection } from './connection.js';
import { isNcaLayerError, NcaLayerError } from './errors.js';
import { runtimeSocket, type CreateSocket } from './socket.js';
import { DEFAULT_NCALAYER_URL } from './address.js';

// Where the constant lives apart, so that a page can name the address without the client's code.
export { DEFAULT_NCALAYER_URL };

export interface NcaLayerClientOptions {
  /** NCALayer's address; the IP literal, not "localhost" (research §1.1). */
  url?: string;
  /**
   * Socket factory; the runtime's WebSocket by default. Node before 22 has none: pass one from
   * `ws` (without it the constructor throws a TypeError, code `ncalayer-no-websocket`). Tests and
   * the in-page fake pass their own.
   */
  createSocket?: CreateSocket;
  /**
   * Check Local Network Access and probe the port over HTTPS before opening the WebSocket, to fail
   * in about a second when NCALayer is absent. Default: on with the browser WebSocket, off with a
   * custom `createSocket` (there is no server to probe).
   */
  probe?: boolean;
  /** How long the HTTPS probe may take. Default 1000 ms. */
  probeTimeoutMs?: number;
  /**
   * How long the socket may take to open. Default 5000 ms; while Chrome asks the user about
   * local network access, that long after they answer (at most a minute if nobody does).
   */
  connectTimeoutMs?: number;
  /**
   * How long NCALayer may take to greet once the socket is open. Default 5000 ms, and no
   * permission prompt stretches it: a peer that opens the socket and stays silent fails with
   * `ncalayer-not-responding` that long after 'open'.
   */
  greetingTimeoutMs?: number;
  /**
   * The page's Local Network Access address space. Default: from `location` (a page on loopback,
   * such as a developer's localhost, is never asked, although Chrome reports 'prompt' there).
   */
  addressSpace?: AddressSpace;
}

export interface CallOptions {
  /**
   * Cancels this call. The protocol has no timeout of its own (a user may sit in NCALayer's
   * dialog for minutes), so this is the caller's only way to stop waiting. Aborting the call that
   * is being answered resets the socket, so that NCALayer's late answer cannot reach the next call.
   * The promise then rejects with `signal.reason` (an "AbortError" DOMException by default).
   */
  signal?: AbortSignal;
}

/**
 * Turns NCALayer's answer frame into the call's result, or throws an NcaLayerError. It may be
 * async (checking a signature): the next call is not sent before it has finished.
 */
export type Interpret<T> = (frame: unknown) => T | Promise<T>;

interface Job {
  message: unknown;
  interpret: Interpret<unknown>;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  detachAbort(): void;
  /** queued → sent (waiting for its answer) → answered (the answer is being interpreted). */
  phase: 'queued' | 'sent' | 'answered';
  settled: boolean;
}

/**
 * A framework-free NCALayer client. It connects on first use and consumes the version greeting;
 * keeps one request in flight per socket (the protocol has no request ids) and queues the rest,
 * so two widgets calling at once each get their own answer; reconnects on the next call after
 * the socket drops. Every pending promise settles: on an answer, abort, `close()`, a drop, or a
 * corrupted frame.
 *
 * Since nothing ties an answer to its request, a frame that fits no call means the socket is out
 * of step: a frame while no call waits for its answer, or a second one while an answer is being
 * checked, resets the socket (a call not yet sent goes out on a fresh one); a frame of the wrong
 * shape fails the call with `ncalayer-protocol`, a CMS over other data with
 * `ncalayer-signature-mismatch`, and resets the socket too.
 *
 * Events: `open` (greeting received), `close` (the socket dropped), `permission`
 * (`awaitingPermission` changed).
 */
export class NcaLayerClient extends EventTarget {
  readonly url: string;
  /** kz.gov.pki.knca.basics — NCA's recommended module (named arguments). */
  readonly basics: BasicsModule;
  /** kz.gov.pki.knca.commonUtils — the legacy module many portals still use (positional arguments). */
  readonly commonUtils: CommonUtilsModule;

  private readonly createSocket: CreateSocket;
  private readonly probe: boolean;
  private readonly probeTimeoutMs: number;
  private readonly connectTimeoutMs: number;
  private readonly greetingTimeoutMs: number;
  private readonly addressSpace: AddressSpace | undefined;
  private prompting = false;
  private connection: Connection | undefined;
  private connecting: Promise<Connection> | undefined;
  private lastVersion: string | undefined;
  /** Bumped by close(), so a connection that finishes opening afterwards is discarded. */
  private generation = 0;
  private readonly queue: Job[] = [];
  private current: Job | undefined;

  constructor({
    url = DEFAULT_NCALAYER_URL,
    createSocket,
    probe,
    probeTimeoutMs = 1000,
    connectTimeoutMs = 5000,
    greetingTimeoutMs = 5000,
    addressSpace,
  }: NcaLayerClientOptions = {}) {
    super();
    this.url = url;
    this.createSocket = createSocket ?? runtimeSocket();
    this.probe = probe ?? createSocket === undefined;
    this.probeTimeoutMs = probeTimeoutMs;
    this.connectTimeoutMs = connectTimeoutMs;
    this.greetingTimeoutMs = greetingTimeoutMs;
    this.addressSpace = addressSpace;
    this.basics = new BasicsModule(this);
    this.commonUtils = new CommonUtilsModule(this);
  }

  /** NCALayer's version from the greeting of the current (or last) connection. */
  get version(): string | undefined {
    return this.lastVersion;
  }

  get connected(): boolean {
    return this.connection !== undefined;
  }

  /**
   * True while connecting waits on the browser asking the user whether this page may reach
   * NCALayer (Chrome's Local Network Access prompt): a UI should say what to click.
   */
  get awaitingPermission(): boolean {
    return this.prompting;
  }

  /** Connects now (calls do it themselves) and resolves with NCALayer's version. */
  async connect({ signal }: CallOptions = {}): Promise<string> {
    signal?.throwIfAborted();
    const connection = await raceAbort(this.ensureConnection(), signal);
    return connection.version;
  }

  /**
   * Sends one request and resolves with `interpret(answer)`. Low level: prefer `basics` and
   * `commonUtils`; this is for modules they do not wrap.
   */
  call<T>(message: unknown, interpret: Interpret<T>, { signal }: CallOptions = {}): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        message,
        interpret,
        resolve: resolve as (value: unknown) => void,
        reject,
        signal,
        detachAbort: () => {},
        phase: 'queued',
        settled: false,
      };
      if (signal) {
        const onAbort = () => this.abort(job);
        signal.addEventListener('abort', onAbort, { once: true });
        job.detachAbort = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      void this.pump();
    });
  }

  /** Closes the socket and rejects every pending call with `ncalayer-closed`. The next call reconnects. */
  close(): void {
    this.generation += 1;
    const error = new NcaLayerError('ncalayer-closed', 'The NCALayer client was closed');
    const pending = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
    this.current = undefined;
    for (const job of pending) this.settle(job, { error });
    this.connecting = undefined; // an attempt still under way is discarded when it completes
    this.dropConnection();
  }

  private async pump(): Promise<void> {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    // A stray frame may reset the socket between its greeting and this send: then once more on a fresh one.
    for (let attempt = 0; ; attempt += 1) {
      let connection: Connection;
      try {
        connection = await this.ensureConnection();
      } catch (error) {
        if (this.current !== job) return; // aborted meanwhile; whoever took over handles the failure
        this.current = undefined;
        // Nothing to talk to: everyone waiting fails the same way rather than retrying one by one.
        for (const waiting of [job, ...this.queue.splice(0)]) this.settle(waiting, { error });
        return;
      }
      if (this.current !== job) return;
      if (connection !== this.connection) {
        if (attempt === 0) continue;
        this.finishCurrent({ error: new NcaLayerError('ncalayer-protocol', 'NCALayer keeps sending frames nobody asked for') });
        return;
      }
      job.phase = 'sent';
      try {
        connection.send(job.message);
      } catch (cause) {
        this.finishCurrent({ error: new NcaLayerError('ncalayer-closed', 'Could not send to NCALayer', { cause }) });
        this.dropConnection();
      }
      return;
    }
  }

  private ensureConnection(): Promise<Connection> {
    if (this.connection) return Promise.resolve(this.connection);
    if (!this.connecting) {
      const attempt: Promise<Connection> = this.openConnection().finally(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      });
      this.connecting = attempt;
    }
    return this.connecting;
  }

  private async openConnection(): Promise<Connection> {
    const generation = this.generation;
    const addressSpace = this.addressSpace ?? pageAddressSpace();
    let status: PermissionStatus | undefined;
    let listenerSeen = false;
    try {
      if (this.probe) {
        status = await localNetworkPermissionStatus();
        if (status?.state === 'denied') throw localNetworkBlocked();
        this.watchPrompt(status, addressSpace);
        // While Chrome asks the user about local network access, the probe waits on their answer.
        const probe = await probeNcaLayer(this.url, deadlineAfterPrompt(status, addressSpace, this.probeTimeoutMs));
        // The status is live: the user may have answered the prompt with "Block" while the probe waited.
        if ((status?.state as PermissionState | undefined) === 'denied') throw localNetworkBlocked();
        if (probe === 'unreachable') {
          if ((await queryLocalNetworkPermission()) === 'denied') throw localNetworkBlocked();
          throw new NcaLayerError('ncalayer-unavailable', `NCALayer does not answer at ${this.url}`);
        }
        // 'silent': something listens but does not speak HTTP; 'blocked-by-csp': the page allows
        // only the wss:// origin. Both go on to the socket, which has the last word.
        listenerSeen = probe === 'reachable' || probe === 'silent';
      }
      let self: Connection | undefined;
      const mine = () => self !== undefined && this.connection === self;
      const connection = await Connection.open(
        this.url,
        this.createSocket,
        {
          // A prompt still pending (the probe was blocked by the CSP) may hold the socket until
          // it is answered; once the socket is open, the greeting has greetingTimeoutMs, whatever.
          openDeadline: deadlineAfterPrompt(status, addressSpace, this.connectTimeoutMs),
          greetingTimeoutMs: this.greetingTimeoutMs,
          listenerSeen,
        },
        {
          onFrame: (value) => { if (mine()) this.onFrame(value); },
          onGarbage: (reason) => { if (mine()) this.onGarbage(reason); },
          onClosed: () => { if (mine()) this.onClosed(); },
        },
      );
      if (generation !== this.generation) {
        connection.close();
        throw new NcaLayerError('ncalayer-closed', 'The NCALayer client was closed');
      }
      self = connection;
      this.connection = connection;
      this.lastVersion = connection.version;
      this.dispatchEvent(new Event('open'));
      return connection;
    } finally {
      this.setPrompting(false);
    }
  }

  /** Keeps `awaitingPermission` true from now until the pending prompt is answered. */
  private watchPrompt(status: PermissionStatus | undefined, addressSpace: AddressSpace): void {
    if (!isPromptPending(status, addressSpace)) return;
    this.setPrompting(true);
    status!.addEventListener?.('change', () => { if (status!.state !== 'prompt') this.setPrompting(false); }, { once: true });
  }

  private setPrompting(prompting: boolean): void {
    if (this.prompting === prompting) return;
    this.prompting = prompting;
    this.dispatchEvent(new Event('permission'));
  }

  private onFrame(value: unknown): void {
    const job = this.current;
    if (job?.phase !== 'sent') {
      this.onStray();
      return;
    }
    job.phase = 'answered';
    let result: unknown;
    try {
      result = job.interpret(value);
    } catch (error) {
      this.failAnswer(job, error);
      return;
    }
    if (result instanceof Promise) {
      result.then((resolved: unknown) => this.finishAnswer(job, { value: resolved }), (error: unknown) => this.failAnswer(job, error));
    } else {
      this.finishAnswer(job, { value: result });
    }
  }

  private onGarbage(reason: string): void {
    if (this.current?.phase !== 'sent') {
      this.onStray();
      return;
    }
    this.current.phase = 'answered';
    this.dropConnection();
    this.finishCurrent({ error: new NcaLayerError('ncalayer-protocol', `Unexpected frame from NCALayer: ${reason}`) });
  }

  /**
   * A frame no call is waiting for (none in flight, or a second frame while an answer is being
   * checked): the socket is out of step, so no later frame on it can be trusted to answer the
   * next call. Dropping it loses nothing: a call not yet sent goes out on a fresh socket, and a
   * call whose answer is in hand is judged by that answer.
   */
  private onStray(): void {
    this.dropConnection();
  }

  private onClosed(): void {
    this.connection = undefined;
    this.dispatchEvent(new Event('close'));
    if (this.current?.phase === 'sent') {
      this.finishCurrent({ error: new NcaLayerError('ncalayer-closed', 'NCALayer closed the connection during the call') });
    }
  }

  private finishAnswer(job: Job, outcome: Outcome): void {
    if (this.current === job) this.finishCurrent(outcome);
  }

  private failAnswer(job: Job, error: unknown): void {
    if (this.current !== job) return;
    // After an answer that does not fit the call, we cannot know which call the next frame answers.
    if (isNcaLayerError(error, 'ncalayer-protocol') || isNcaLayerError(error, 'ncalayer-signature-mismatch')) this.dropConnection();
    this.finishCurrent({ error });
  }

  private abort(job: Job): void {
    if (job === this.current) {
      this.current = undefined;
      // NCALayer will still answer the request it has; that answer must not reach the next call.
      if (job.phase === 'sent') this.dropConnection();
      this.settle(job, { error: job.signal?.reason });
      void this.pump();
      return;
    }
    const index = this.queue.indexOf(job);
    if (index >= 0) this.queue.splice(index, 1);
    this.settle(job, { error: job.signal?.reason });
  }

  private finishCurrent(outcome: Outcome): void {
    const job = this.current;
    this.current = undefined;
    if (job) this.settle(job, outcome);
    void this.pump();
  }

  private settle(job: Job, outcome: Outcome): void {
    if (job.settled) return;
    job.settled = true;
    job.detachAbort();
    if ('error' in outcome) job.reject(outcome.error);
    else job.resolve(outcome.value);
  }

  private dropConnection(): void {
    this.connection?.close();
    this.connection = undefined;
  }
}

type Outcome = { value: unknown } | { error: unknown };

function localNetworkBlocked(): NcaLayerError {
  return new NcaLayerError('local-network-blocked', 'The browser blocks access to the local network (NCALayer); allow "local network access" for this site');
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
