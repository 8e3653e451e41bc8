// No wait without feedback (issue 7, item 4): a peer on the NCALayer port that never answers fails
// with a coded error within 10 s; only the time before the socket opens may be held by Chrome's
// Local Network Access prompt, and while it is, the client says so.
import { expect } from '@open-wc/testing';
import { NcaLayerClient, type NcaLayerError } from '../../src/ncalayer/index.js';
import { addressSpaceOf } from '../../src/ncalayer/availability.js';
import { configureEmulator, emulator, rejectionOf, resetEmulator } from './emulator.js';
import { promptingPermission } from './permissions.js';

async function timed<T>(promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - started };
}

describe('a peer on the NCALayer port that never answers', function () {
  this.timeout(20000);
  beforeEach(() => resetEmulator());

  it('accepts and never answers anything (HTTPS or the upgrade): ncalayer-not-responding within 10 s', async () => {
    await configureEmulator({ scenario: 'silent' });
    // The browser's own permission state: Chromium answers 'prompt' even on this localhost page,
    // where it never asks; that must not switch the timeouts off.
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl });
    const { value: error, ms } = await timed(rejectionOf(client.connect()) as Promise<NcaLayerError>);
    expect(error.code).to.equal('ncalayer-not-responding');
    expect(ms).to.be.below(10000);
    client.close();
  });

  it('opens the WebSocket and never greets: ncalayer-not-responding within 10 s, even while a prompt is unanswered', async () => {
    await configureEmulator({ scenario: 'mute' });
    const prompt = promptingPermission();
    try {
      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, addressSpace: 'public' });
      const { value: error, ms } = await timed(rejectionOf(client.connect()) as Promise<NcaLayerError>);
      expect(error.code).to.equal('ncalayer-not-responding');
      expect(ms).to.be.below(10000);
      client.close();
    } finally {
      prompt.restore();
    }
  });

  it('a socket that never opens: "not running" when nothing was seen listening', async () => {
    const never = Object.assign(new EventTarget(), { readyState: 0, send() {}, close() {} });
    const client = new NcaLayerClient({ createSocket: () => never, connectTimeoutMs: 100 });
    expect(((await rejectionOf(client.connect())) as NcaLayerError).code).to.equal('ncalayer-unavailable');
  });
});

describe('addressSpaceOf (whose pages Chrome asks about loopback access)', () => {
  const cases: Array<[string, string]> = [
    ['localhost', 'loopback'], ['app.localhost', 'loopback'], ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['[::1]', 'loopback'],
    ['10.0.0.5', 'local'], ['192.168.1.20', 'local'], ['172.16.0.1', 'local'], ['172.31.255.255', 'local'], ['printer.local', 'local'],
    ['172.32.0.1', 'public'], ['goszakup.gov.kz', 'public'], ['127.example.kz', 'public'], ['localhost.example.kz', 'public'],
  ];
  for (const [host, space] of cases) {
    it(`${host} → ${space}`, () => expect(addressSpaceOf(host)).to.equal(space));
  }
});
