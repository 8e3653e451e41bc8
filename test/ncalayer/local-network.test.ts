import { expect } from '@open-wc/testing';
import { NcaLayerClient, queryLocalNetworkPermission, type NcaLayerError } from '../../src/ncalayer/index.js';
import { configureEmulator, emulator, rejectionOf, resetEmulator } from './emulator.js';
import { promptingPermission, stubPermissions } from './permissions.js';

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
      const prompt = promptingPermission();
      restore = () => prompt.restore();

      // As on a portal's public page: on loopback (this test page) Chrome never asks.
      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probeTimeoutMs: 300, addressSpace: 'public' });
      const seen: boolean[] = [];
      client.addEventListener('permission', () => seen.push(client.awaitingPermission));
      let settled = false;
      const connecting = client.connect().finally(() => { settled = true; });
      // Well past the probe's own timeout: an unanswered prompt keeps it waiting, and says so.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(settled, 'still waiting for the user').to.equal(false);
      expect(client.awaitingPermission).to.equal(true);

      prompt.answer('granted');
      expect(await connecting).to.equal('1.4');
      expect(seen).to.deep.equal([true, false]);
      client.close();
    });

    it('"Block" at the prompt: local-network-blocked, and no longer awaiting', async () => {
      const prompt = promptingPermission();
      restore = () => prompt.restore();
      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probeTimeoutMs: 300, addressSpace: 'public' });
      const failing = rejectionOf(client.connect());
      await new Promise((resolve) => setTimeout(resolve, 100));
      prompt.answer('denied');
      expect(((await failing) as NcaLayerError).code).to.equal('local-network-blocked');
      expect(client.awaitingPermission).to.equal(false);
    });

    it('claims no prompt on a loopback page, where Chrome never asks, and keeps its timeouts', async () => {
      const prompt = promptingPermission();
      restore = () => prompt.restore();
      const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probeTimeoutMs: 300, addressSpace: 'loopback' });
      const seen: boolean[] = [];
      client.addEventListener('permission', () => seen.push(client.awaitingPermission));
      const started = performance.now();
      expect(await client.connect()).to.equal('1.4');
      expect(performance.now() - started, 'the probe gave up after its own 300 ms').to.be.below(1500);
      expect(seen).to.deep.equal([]);
      client.close();
    });
  });
});
