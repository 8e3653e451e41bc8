import { expect } from '@open-wc/testing';
import { NcaLayerClient, queryLocalNetworkPermission, type NcaLayerError } from '../../src/ncalayer/index.js';
import { configureEmulator, emulator, rejectionOf, resetEmulator } from './emulator.js';

/** Replaces navigator.permissions.query for one test. */
function stubPermissions(answer: (name: string) => PermissionState | 'unknown'): () => void {
  const permissions = navigator.permissions;
  const original = permissions.query;
  permissions.query = (async ({ name }: { name: string }) => {
    const state = answer(name);
    if (state === 'unknown') throw new TypeError(`The provided value '${name}' is not a valid enum value of type PermissionName.`);
    return { state } as PermissionStatus;
  }) as typeof permissions.query;
  return () => { permissions.query = original; };
}

describe('Local Network Access', () => {
  let restore: (() => void) | undefined;
  beforeEach(() => resetEmulator());
  afterEach(() => restore?.());

  it('asks for loopback-network first, then the older local-network-access', async () => {
    const asked: string[] = [];
    restore = stubPermissions((name) => { asked.push(name); return name === 'local-network-access' ? 'granted' : 'unknown'; });
    expect(await queryLocalNetworkPermission()).to.equal('granted');
    expect(asked).to.deep.equal(['loopback-network', 'local-network-access']);
  });

  it('is "unsupported" when the browser knows neither name', async () => {
    restore = stubPermissions(() => 'unknown');
    expect(await queryLocalNetworkPermission()).to.equal('unsupported');
  });

  it('rejects with local-network-blocked when the permission is denied, without touching the socket', async () => {
    restore = stubPermissions((name) => (name === 'loopback-network' ? 'denied' : 'unknown'));
    let sockets = 0;
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probe: true, createSocket: (url) => { sockets += 1; return new WebSocket(url); } });
    const error = (await rejectionOf(client.connect())) as NcaLayerError;
    expect(error.code).to.equal('local-network-blocked');
    expect(sockets).to.equal(0);
  });

  it('connects normally when the permission is granted', async () => {
    restore = stubPermissions(() => 'granted');
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl });
    expect(await client.connect()).to.equal('1.4');
    client.close();
  });

  it('does not time out under a pending prompt, but still fails fast when nothing listens', async () => {
    restore = stubPermissions(() => 'prompt');
    const client = new NcaLayerClient({ url: (await emulator()).unusedUrl });
    const started = performance.now();
    expect(((await rejectionOf(client.connect())) as NcaLayerError).code).to.equal('ncalayer-unavailable');
    expect(performance.now() - started).to.be.below(1500);
  });

  describe('an NCALayer that does not answer plain HTTPS (it speaks only WebSocket)', () => {
    beforeEach(() => configureEmulator({ silentHttp: true }));

    it('is still found: a probe without an answer means something listens', async () => {
      restore = stubPermissions(() => 'granted');
      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl });
      expect(await client.connect()).to.equal('1.4');
      client.close();
    });

    it('waits for the user to answer the Local Network Access prompt, then connects', async () => {
      // A live permission status, as Chrome gives: its `change` event is the user's answer.
      const status = Object.assign(new EventTarget(), { state: 'prompt' as PermissionState });
      const permissions = navigator.permissions;
      const original = permissions.query;
      permissions.query = (async () => status as unknown as PermissionStatus) as typeof permissions.query;
      restore = () => { permissions.query = original; };

      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probeTimeoutMs: 300 });
      let settled = false;
      const connecting = client.connect().finally(() => { settled = true; });
      // Well past the probe's own timeout: an unanswered prompt keeps it waiting.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(settled, 'still waiting for the user').to.equal(false);

      status.state = 'granted';
      status.dispatchEvent(new Event('change'));
      expect(await connecting).to.equal('1.4');
      client.close();
    });
  });
});
