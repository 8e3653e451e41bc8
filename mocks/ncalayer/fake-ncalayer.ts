// An NCALayer that lives in the page, for Storybook and demos where no Node emulator runs. It
// speaks through the emulator's own responder (same frames, same scenarios) with the emulator's
// test certificates and keys: CMS is signed in the page (WebCrypto, the emulator's own CMS
// builder) over the request's data; XML comes precomputed over SAMPLE_XML whatever was sent.
//
//   const fake = new FakeNcaLayer({ scenario: 'ok', cert: 'head-sign' });
//   const client = new NcaLayerClient({ createSocket: fake.createSocket });
import {
  createResponder,
  DEFAULT_CONFIG,
  greetingFrame,
  HEARTBEAT,
  type EmulatorConfig,
  type Session,
  type Signer,
} from 'tirkeu-ncalayer-emulator/responder';
import { createSignedData } from 'tirkeu-ncalayer-emulator/cms';
import type { CreateSocket, NcaLayerSocket } from '../../src/ncalayer/socket.js';
import { FAKE_FIXTURES } from './fixtures.generated.js';
import type { FakeFixture } from './fake-fixture.js';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

const inPageSigner: Signer<FakeFixture> = {
  cms({ fixture, content, encapsulate, digested }) {
    return createSignedData({ certificatePem: fixture.certificate, privateKeyPem: fixture.privateKey, content, encapsulate, digested });
  },
  async xml({ fixture }) {
    return fixture.signedXml;
  },
};

/** One in-page "socket": opens asynchronously, greets, answers through the responder. */
class FakeSocket extends EventTarget implements NcaLayerSocket {
  readyState = CONNECTING;
  private readonly ended = new AbortController();
  /** One per connection, as the responder expects (`stray` remembers the last answer on it). */
  private readonly session: Session;

  constructor(private readonly owner: FakeNcaLayer) {
    super();
    this.session = {
      get config() { return owner.config; },
      send: (text) => setTimeout(() => this.deliver(text), owner.latencyMs),
      drop: () => this.end(1006, ''),
      sleep: (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => resolve(this.readyState === OPEN), ms);
        this.ended.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(false); }, { once: true });
      }),
    };
    // `silent`: something holds the port and never lets the socket open.
    if (owner.config.scenario === 'silent') return;
    setTimeout(() => {
      if (this.readyState !== CONNECTING) return;
      this.readyState = OPEN;
      this.dispatchEvent(new Event('open'));
      if (owner.config.scenario !== 'mute') this.deliver(greetingFrame(owner.config.version));
    }, owner.latencyMs);
  }

  send(data: string): void {
    if (this.readyState !== OPEN) throw new DOMException('Not open', 'InvalidStateError');
    if (data !== HEARTBEAT) this.owner.requests.push(data);
    void this.owner.responder.handle(data, this.session);
  }

  close(code = 1000, reason = ''): void {
    this.end(code, reason);
  }

  private deliver(text: string): void {
    if (this.readyState === OPEN) this.dispatchEvent(new MessageEvent('message', { data: text }));
  }

  /** @internal */
  end(code: number, reason: string): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.ended.abort();
    this.owner.sockets.delete(this);
    setTimeout(() => this.dispatchEvent(new CloseEvent('close', { code, reason, wasClean: code !== 1006 })), 0);
  }
}

export interface FakeNcaLayerOptions extends Partial<EmulatorConfig> {
  /** Delay of every frame, to look like a real round trip. Default 5 ms. */
  latencyMs?: number;
}

export class FakeNcaLayer {
  config: EmulatorConfig;
  readonly latencyMs: number;
  /** Request frames received, as text. */
  readonly requests: string[] = [];
  /** @internal */
  readonly sockets = new Set<FakeSocket>();
  /** @internal */
  readonly responder = createResponder({ fixtures: [...FAKE_FIXTURES], signer: inPageSigner });

  constructor({ latencyMs = 5, ...config }: FakeNcaLayerOptions = {}) {
    this.latencyMs = latencyMs;
    this.config = { ...DEFAULT_CONFIG, ...config };
  }

  /** Pass to `new NcaLayerClient({ createSocket })`. */
  readonly createSocket: CreateSocket = () => {
    const socket = new FakeSocket(this);
    this.sockets.add(socket);
    return socket;
  };

  configure(partial: Partial<EmulatorConfig>): void {
    this.config = { ...this.config, ...partial };
  }

  /** Drops every open socket, as when NCALayer quits. */
  disconnect(): void {
    for (const socket of [...this.sockets]) socket.end(1006, '');
  }
}

export { FAKE_FIXTURES };
