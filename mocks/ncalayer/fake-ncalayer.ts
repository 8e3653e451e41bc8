// An NCALayer that lives in the page, for Storybook and demos where no Node emulator runs. It
// speaks through the emulator's own responder (same frames, same scenarios) with the emulator's
// certificates; it cannot sign, so it answers with signatures precomputed over SAMPLE_DATA_BASE64
// / SAMPLE_XML whatever the request's data was.
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
} from '../../tools/ncalayer-emulator/responder.mjs';
import type { CreateSocket, NcaLayerSocket } from '../../src/ncalayer/socket.js';
import { FAKE_FIXTURES } from './fixtures.generated.js';
import type { FakeFixture } from './fake-fixture.js';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

const precomputedSigner: Signer = {
  async cms({ fixture, encapsulate }) {
    const known = fixture as unknown as FakeFixture;
    return fromBase64(encapsulate ? known.cmsAttached : known.cmsDetached);
  },
  async xml({ fixture }) {
    return (fixture as unknown as FakeFixture).signedXml;
  },
};

/** One in-page "socket": opens asynchronously, greets, answers through the responder. */
class FakeSocket extends EventTarget implements NcaLayerSocket {
  readyState = CONNECTING;
  private readonly ended = new AbortController();

  constructor(private readonly owner: FakeNcaLayer) {
    super();
    setTimeout(() => {
      if (this.readyState !== CONNECTING) return;
      this.readyState = OPEN;
      this.dispatchEvent(new Event('open'));
      this.deliver(greetingFrame(owner.config.version));
    }, owner.latencyMs);
  }

  send(data: string): void {
    if (this.readyState !== OPEN) throw new DOMException('Not open', 'InvalidStateError');
    if (data !== HEARTBEAT) this.owner.requests.push(data);
    const session: Session = {
      get config() { return owner.config; },
      send: (text) => setTimeout(() => this.deliver(text), this.owner.latencyMs),
      drop: () => this.end(1006, ''),
      sleep: (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => resolve(this.readyState === OPEN), ms);
        this.ended.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(false); }, { once: true });
      }),
    };
    const owner = this.owner;
    void owner.responder.handle(data, session);
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
  readonly responder = createResponder({ fixtures: [...FAKE_FIXTURES], signer: precomputedSigner });

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
